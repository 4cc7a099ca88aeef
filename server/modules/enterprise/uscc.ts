/**
 * 统一社会信用代码（GB 32100-2015）校验与生成。
 *
 * 结构（18 位）：
 *   1     登记管理部门代码（如 9 = 工商/市场监管）
 *   2     机构类别代码（如 1 = 企业）
 *   3-8   登记管理机关行政区划码（GB/T 2260）
 *   9-17  主体标识码（组织机构代码，GB 11714，第 17 位为其本体校验码）
 *   18    校验码
 */

/** GB 32100-2015 代码字符集（不使用 I、O、Z、S、V），下标即字符数值。 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 第 1-17 位的加权因子：3^(i) mod 31。 */
export const USCC_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11714 组织机构代码本体（前 8 位）加权因子。 */
const ORG_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

const USCC_LENGTH = 18;

export type UsccValidation = { ok: true } | { ok: false; reason: string };

/** 去除首尾空白并转为大写。 */
export function normalizeUscc(code: string): string {
  return code.trim().toUpperCase();
}

/** 由前 17 位计算第 18 位校验码；含非法字符时返回 null。 */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== USCC_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = USCC_CHARSET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * USCC_WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARSET[check]!;
}

/** GB 11714 组织机构代码校验码（本体 8 位为数字或大写字母）；非法时返回 null。 */
export function orgCodeCheckChar(body8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body8)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8.charCodeAt(i);
    const value = ch <= 57 ? ch - 48 : ch - 55; // '0'-'9' → 0-9, 'A'-'Z' → 10-35
    sum += value * ORG_CODE_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** 校验统一社会信用代码（大小写不敏感，首尾空白忽略）。 */
export function validateUscc(code: string): UsccValidation {
  const normalized = normalizeUscc(code);
  if (normalized.length !== USCC_LENGTH) {
    return { ok: false, reason: '统一社会信用代码应为18位' };
  }
  for (const ch of normalized) {
    if (!USCC_CHARSET.includes(ch)) {
      return { ok: false, reason: '统一社会信用代码含有非法字符' };
    }
  }
  if (usccCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, reason: '统一社会信用代码校验位错误' };
  }
  return { ok: true };
}

/** 便捷布尔判断。 */
export function isValidUscc(code: string): boolean {
  return validateUscc(code).ok;
}

/**
 * 生成合法的企业统一社会信用代码（种子数据用）：
 * '9' + '1' + 6 位区划码 + 8 位数字本体 + GB 11714 校验码 + GB 32100 校验码。
 * rng 返回 [0, 1) 区间的数。组织机构代码校验码为 'X' 时可直接使用（X 属于字符集）。
 */
export function makeUscc(rng: () => number, regionCode: string): string {
  if (!/^\d{6}$/.test(regionCode)) {
    throw new Error(`行政区划代码应为6位数字：${regionCode}`);
  }
  let body = '';
  for (let i = 0; i < 8; i++) {
    body += String(Math.min(9, Math.floor(rng() * 10)));
  }
  const orgCheck = orgCodeCheckChar(body)!;
  const first17 = `91${regionCode}${body}${orgCheck}`;
  return first17 + usccCheckChar(first17)!;
}
