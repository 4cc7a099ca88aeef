import { ErrorCode, type Violations } from './errors.js';

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

export function isMobile(v: string): boolean {
  return MOBILE.test(v);
}
export function isEmail(v: string): boolean {
  return v.length <= 254 && EMAIL.test(v);
}

export function checkMobile(v: Violations, field: string, value: string | null | undefined): void {
  if (value && !isMobile(value)) v.add(ErrorCode.INVALID, field, '手机号码格式不正确（应为11位大陆手机号）');
}
/** Contact telephone: a mobile number or a landline with area code (0551-65123456). */
export function checkPhone(v: Violations, field: string, value: string | null | undefined): void {
  if (value && !isMobile(value) && !LANDLINE.test(value)) v.add(ErrorCode.INVALID, field, '联系电话格式不正确（手机号或带区号的固定电话）');
}
export function checkEmail(v: Violations, field: string, value: string | null | undefined): void {
  if (value && !isEmail(value)) v.add(ErrorCode.INVALID, field, '电子邮箱格式不正确');
}

/** Trims strings and turns empty ones into null. */
export function clean(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const t = value.trim();
  return t === '' ? null : t;
}
