import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** A mutation payload error (`UserError`). */
export interface UserError {
  code: string;
  field?: string | null;
  message: string;
}

export interface FormErrors {
  /** Messages by input field (the `field` path of the error). */
  fields: Record<string, string[]>;
  /** Errors not about one of the form's fields. */
  form: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, form: [] };

/** Places each error next to its field when the form shows that field, otherwise at the top of the form. */
export function groupErrors(errors: readonly UserError[], knownFields: readonly string[]): FormErrors {
  const out: FormErrors = { fields: {}, form: [] };
  for (const e of errors) {
    if (e.field && knownFields.includes(e.field)) (out.fields[e.field] ??= []).push(e.message);
    else out.form.push(e.message);
  }
  return out;
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/** A user-facing sentence for a failed request (network, server or GraphQL error). */
export function describeRequestError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0]?.message;
    return first ? `请求未完成：${first}` : '请求未完成，请稍后重试。';
  }
  if (ServerError.is(error)) return `服务器暂时无法处理请求（${error.statusCode}），请稍后重试。`;
  return '网络连接异常，请检查网络后重试。';
}
