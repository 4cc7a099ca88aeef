import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** zxcvbn's score (0–4) a new password must reach: 3 is "safely unguessable" (about 10^8 guesses and more). */
export const MIN_PASSWORD_SCORE = 3;

/**
 * The maintained strength estimate (zxcvbn-ts with its common-password, name and keyboard dictionaries): the
 * character-class rule alone let Password1, P@ssw0rd and Admin123 through. Built once per platform (~60 ms).
 */
export class PasswordStrength {
  private readonly zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

  /** Chinese reason why a password is too weak, or null when it is acceptable. `related`: the person's own identifiers. */
  weakness(password: string, related: readonly (string | null | undefined)[] = []): string | null {
    if (password.length < 8) return '密码至少8位';
    if (password.length > 128) return '密码不能超过128位';
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
    if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
    const inputs = related.filter((r): r is string => !!r);
    if (this.zxcvbn.check(password, inputs).score < MIN_PASSWORD_SCORE)
      return '密码过于常见或容易被猜到（如 Password1、P@ssw0rd、Admin123 或含手机号、姓名），请换一个更难猜的密码';
    return null;
  }
}

declare module '../../common/platform-services.js' {
  interface PlatformServices {
    passwordStrength: PasswordStrength;
  }
}
