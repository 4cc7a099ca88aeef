import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/errors.js';
import { Account } from './account.entity.js';

@ObjectType({ description: 'Result of accountRegister.' })
export class AccountRegisterPayload {
  @Field(() => Account, { nullable: true, description: 'The new account (not yet signed in).' })
  account?: Account | null;
  @Field(() => [UserError], { description: 'Why the registration was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({
  description: 'Result of login. Every client gets an HttpOnly cookie; apps (requests without an Origin header) also get the token to use as a Bearer token.',
})
export class LoginPayload {
  @Field(() => Account, { nullable: true, description: 'The signed-in account.' })
  account?: Account | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Opaque session token for `Authorization: Bearer`. Revocable; never stored in clear. Null for browsers (requests with an Origin header), which use the HttpOnly cookie. Sessions end after 30 idle minutes (15 for staff) and 12 hours after sign-in in any case.',
  })
  token?: string | null;
  @Field(() => Int, { nullable: true, description: 'Idle timeout in seconds (1800, or 900 for operators and administrators).' })
  idleTimeoutSeconds?: number | null;
  @Field(() => [UserError], { description: 'INVALID_CREDENTIALS, ACCOUNT_LOCKED, TOTP_REQUIRED or TOTP_INVALID; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of logout.' })
export class LogoutPayload {
  @Field(() => Boolean, { description: 'Whether a session was revoked.' })
  revoked!: boolean;
  @Field(() => [UserError], { description: 'Always empty.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of a mutation that returns an account.' })
export class AccountPayload {
  @Field(() => Account, { nullable: true, description: 'The account after the change.' })
  account?: Account | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}
