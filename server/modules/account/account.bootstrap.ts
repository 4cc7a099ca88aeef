import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ADMIN_ROLES, type Role } from '../../common/roles.js';
import { register } from './account.service.js';

/** Passwords too well known for an administrator, whatever their character classes (the demo one included). */
const KNOWN_WEAK = ['password1', 'p@ssw0rd', 'admin123', 'qifu@2026', 'qifudemo@2026', 'abc@12345', 'passw0rd!', 'admin@123', 'qwer@1234', '1qaz@wsx'];

/** Stricter than for users: 12+ characters, 3 classes, not a known password, not the mobile number. */
export function administratorPasswordWeakness(ctx: Ctx, password: string, mobile: string): string | null {
  const basic = ctx.services.passwordStrength.weakness(password, [mobile]);
  if (basic) return basic;
  if (password.length < 12) return '管理员密码至少12位';
  const lower = password.toLowerCase();
  if (KNOWN_WEAK.some((w) => lower.includes(w))) return '密码过于常见';
  if (lower.includes(mobile)) return '密码不能包含手机号码';
  if (/(.)\1{3,}/.test(password)) return '密码不能含有连续重复的字符';
  return null;
}

export type FirstAdministratorResult = { ok: true; accountId: string } | { ok: false; message: string };

/**
 * `npm run admin:create`: the first holder of an administrator role on a database where nobody holds it
 * (a fresh production database has no demo accounts). Afterwards the web console grants roles.
 */
export async function createFirstAdministrator(
  ctx: Ctx,
  input: { mobile: string; displayName: string; password: string; role: Role },
): Promise<FirstAdministratorResult> {
  if (!(ADMIN_ROLES as readonly Role[]).includes(input.role)) return { ok: false, message: `${input.role} 不是管理员角色` };
  const weak = administratorPasswordWeakness(ctx, input.password, input.mobile);
  if (weak) return { ok: false, message: weak };
  const holders = await ctx.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from account where ? = any(roles)', [input.role]);
  if (holders[0].n > 0) return { ok: false, message: `已有账号担任 ${input.role}：请由安全管理员在管理后台授予角色` };
  const created = await register(ctx, { mobile: input.mobile, displayName: input.displayName, password: input.password });
  if (created.errors.length || !created.account) return { ok: false, message: created.errors.map((e) => e.message).join('；') };
  const id = created.account.id;
  await ctx.em.fork().transactional(async (em) => {
    await em.execute('update account set roles = ?::text[] where id = ?', [`{${input.role}}`, id]);
    await audit(
      ctx,
      { operation: 'account.admin.bootstrap', objectType: 'Account', objectId: id, result: 'SUCCESS', detail: { role: input.role, via: 'cli' } },
      em,
    );
  });
  return { ok: true, accountId: id };
}
