import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Machine codes of expected failures; each has a Chinese message where it is raised. */
export enum ErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  DUPLICATE = 'DUPLICATE',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  INVALID_STATE = 'INVALID_STATE',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  ROLE_CONFLICT = 'ROLE_CONFLICT',
  /** Sign-in needs the second factor (a TOTP code) for this account. */
  TOTP_REQUIRED = 'TOTP_REQUIRED',
  /** A wrong, expired or already used TOTP code. */
  TOTP_INVALID = 'TOTP_INVALID',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  /** 催办: a docking was already urged today. */
  URGE_LIMITED = 'URGE_LIMITED',
  /** An activity ticket that was already used to check in. */
  ALREADY_CHECKED_IN = 'ALREADY_CHECKED_IN',
  /** A forged, tampered or unknown activity ticket. */
  TICKET_INVALID = 'TICKET_INVALID',
  /** An activity registered by invitation, and the account's mobile or e-mail is not invited. */
  NOT_INVITED = 'NOT_INVITED',
  /** A webhook endpoint that is not on its partner app's allowed webhook URLs. */
  WEBHOOK_URL_NOT_ALLOWED = 'WEBHOOK_URL_NOT_ALLOWED',
  /** Too many requests of this kind from this identifier or address for now (e.g. password reset codes). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A wrong, expired or used-up verification code (password reset). */
  CODE_INVALID = 'CODE_INVALID',
}
registerEnumType(ErrorCode, { name: 'ErrorCode', description: '预期错误的机器码 / Machine code of an expected (user) error.' });

@ObjectType({ description: 'An expected failure of a mutation: a code, the input field it concerns, and a Chinese message.' })
export class UserError {
  @Field(() => ErrorCode, { description: 'Machine-readable code.' })
  code!: ErrorCode;

  @Field(() => String, {
    nullable: true,
    description: 'Path of the input field at fault, dot-separated (e.g. "contact.phone"); null when not about one field.',
  })
  field!: string | null;

  @Field(() => String, { description: 'Human-readable message in Chinese, fit to show next to the field.' })
  message!: string;
}

export function userError(code: ErrorCode, field: string | null, message: string): UserError {
  return Object.assign(new UserError(), { code, field, message });
}

/** Thrown inside a service to abort the transaction and return the errors as payload data. */
export class UserErrors extends Error {
  constructor(public readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

export function fail(code: ErrorCode, field: string | null, message: string): never {
  throw new UserErrors([userError(code, field, message)]);
}

/** Not signed in: thrown, reaches the client as an error with code UNAUTHENTICATED. */
export function unauthenticated(): GraphQLError {
  return new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
}

/**
 * A partner app (server/modules/partner) asked for what only a signed-in person may do. Acting on a user's behalf
 * (scope WRITE_ON_BEHALF) needs that user's delegation, which the platform does not issue yet (docs/partners.md):
 * a token holding the scope is told so (WRITE_ON_BEHALF_UNAVAILABLE), any other INSUFFICIENT_SCOPE. Both audited.
 */
export function clientNotAPerson(scopes: readonly string[]): GraphQLError {
  return scopes.includes('WRITE_ON_BEHALF')
    ? new GraphQLError('代用户提交（WRITE_ON_BEHALF）需要用户的委托授权，平台尚未开放；合作应用令牌不能执行需要用户登录的操作', {
        extensions: { code: 'WRITE_ON_BEHALF_UNAVAILABLE' },
      })
    : new GraphQLError('合作应用令牌不能执行需要用户登录的操作', { extensions: { code: 'INSUFFICIENT_SCOPE' } });
}

/** Signed in but not allowed: thrown, code FORBIDDEN. */
export function forbidden(message = '没有权限执行此操作'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Collects field errors during validation and throws them together. */
export class Violations {
  readonly errors: UserError[] = [];
  add(code: ErrorCode, field: string | null, message: string): this {
    this.errors.push(userError(code, field, message));
    return this;
  }
  required(field: string, value: unknown, label: string): boolean {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.add(ErrorCode.REQUIRED, field, `请填写${label}`);
      return false;
    }
    return true;
  }
  maxLength(field: string, value: string | null | undefined, max: number, label: string): void {
    if (value && [...value].length > max) this.add(ErrorCode.TOO_LONG, field, `${label}不能超过${max}个字`);
  }
  throwIfAny(): void {
    if (this.errors.length) throw new UserErrors(this.errors);
  }
}
