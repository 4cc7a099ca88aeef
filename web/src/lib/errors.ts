import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

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

/** What kind of failure a request met, by the server's error code (never guessed from the message). */
export type RequestFailure = 'unauthenticated' | 'forbidden' | 'network' | 'server' | 'rejected';

interface ClassifiedError {
  kind: RequestFailure;
  /** The server's message for the first error, when it sent one. */
  message: string | null;
  code: string | null;
}

const ROLE_WORDS = /仅|只有|需要|请先/;

/** The first GraphQL error's code and message in a response, from Apollo's error or a non-2xx body. */
function graphqlErrors(error: unknown): { code: string | null; message: string | null }[] | null {
  if (CombinedGraphQLErrors.is(error))
    return error.errors.map((e) => ({ code: (e.extensions?.code as string | undefined) ?? null, message: e.message ?? null }));
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message?: string; extensions?: { code?: string } }[] };
      if (Array.isArray(body.errors)) return body.errors.map((e) => ({ code: e.extensions?.code ?? null, message: e.message ?? null }));
    } catch {}
  }
  return null;
}

export function classifyRequestError(error: unknown): ClassifiedError {
  const errors = graphqlErrors(error);
  const pick = (code: string) => errors?.find((e) => e.code === code);
  const unauthenticated =
    pick('UNAUTHENTICATED') ?? (ServerError.is(error) && error.statusCode === 401 ? { code: 'UNAUTHENTICATED', message: null } : undefined);
  if (unauthenticated) return { kind: 'unauthenticated', message: unauthenticated.message, code: 'UNAUTHENTICATED' };
  const forbidden = pick('FORBIDDEN') ?? (ServerError.is(error) && error.statusCode === 403 ? { code: 'FORBIDDEN', message: null } : undefined);
  if (forbidden) return { kind: 'forbidden', message: forbidden.message, code: 'FORBIDDEN' };
  if (errors?.length) {
    const first = errors[0]!;
    const server = first.code === 'INTERNAL_SERVER_ERROR' || (ServerError.is(error) && error.statusCode >= 500);
    return { kind: server ? 'server' : 'rejected', message: first.message, code: first.code };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return { kind: 'server', message: null, code: null };
  // Only a request that never got an answer is a network failure (fetch rejects with a TypeError).
  if (error instanceof TypeError || (error instanceof Error && /Failed to fetch|NetworkError|Load failed|network/i.test(error.message)))
    return { kind: 'network', message: null, code: null };
  return { kind: 'rejected', message: error instanceof Error ? error.message : null, code: null };
}

/** The sentence for each kind of failure (shown in the page's error state). */
export function describeRequestError(error: unknown): string {
  const e = classifyRequestError(error);
  switch (e.kind) {
    case 'unauthenticated':
      return '登录已过期或尚未登录，请重新登录后继续。';
    case 'forbidden':
      // The server's message names the role an operation needs (e.g. 仅平台运营人员…); say it is a permission matter.
      return e.message && ROLE_WORDS.test(e.message)
        ? `没有权限：${e.message.replace(/[。.]$/, '')}。`
        : `没有权限：${e.message ?? '您的账号没有执行此操作所需的角色'}，如需开通请联系平台运营人员。`;
    case 'network':
      return '网络连接异常，请检查网络后重试。';
    case 'server':
      return ServerError.is(error) ? `服务器暂时无法处理请求（${error.statusCode}），请稍后重试。` : '服务器暂时无法处理请求，请稍后重试。';
    case 'rejected':
      return e.message ? `请求未完成：${e.message}` : '请求未完成，请稍后重试。';
  }
}
