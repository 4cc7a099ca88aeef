import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { AccountFilter, AccountStatusSetInput, listAccounts, setAccountStatus } from './account.admin.js';
import { requireRole } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { Role } from '../../common/roles.js';
import { Account } from './account.entity.js';
import { AccountRegisterInput, AccountRolesSetInput, LoginInput, PasswordChangeInput, StaffAccountCreateInput } from './account.inputs.js';
import { AccountPayload, AccountRegisterPayload, LoginPayload, LogoutPayload } from './account.payloads.js';
import { AccountChangePayload } from './admin-change.types.js';
import * as accounts from './account.service.js';
import {
  confirmPasswordReset,
  PasswordResetConfirmInput,
  PasswordResetConfirmPayload,
  PasswordResetRequestInput,
  PasswordResetRequestPayload,
  requestPasswordReset,
} from './password-reset.js';
import { confirmTotp, enrolTotp, resetTotp, TotpConfirmInput, TotpEnrolPayload, TotpPayload } from './totp.js';

const AccountConnection = ConnectionType(Account, 'Account', 'account');

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() account: Account): string {
    return toGlobalId('Account', account.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether five failed logins have locked the account now.' })
  locked(@Root() account: Account): boolean {
    return !!account.lockedUntil && new Date(account.lockedUntil) > new Date();
  }

  @FieldResolver(() => Boolean, { description: 'Whether the security administrator disabled the account.' })
  disabled(@Root() account: Account): boolean {
    return account.disabled;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True for the signed-in staff account while its roles wait for a TOTP second factor (QIFU_REQUIRE_TOTP): bind one with totpEnrol and totpConfirm; always false for other accounts.',
  })
  secondFactorSetupRequired(@Root() account: Account, @GqlCtx() ctx: Ctx): boolean {
    return ctx.viewer?.accountId === account.id && !!ctx.viewer.withheldRoles?.length;
  }

  @Query(() => AccountConnection, { description: 'All accounts, newest first. Requires SECURITY_ADMIN or SYSTEM_ADMIN.' })
  accounts(@GqlCtx() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => AccountFilter, { nullable: true }) filter?: AccountFilter) {
    requireRole(ctx, Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN);
    return listAccounts(ctx, filter, page);
  }

  @Mutation(() => AccountChangePayload, {
    description:
      'Disable (revoking sessions) or enable (clearing a lock) an account. Requires SECURITY_ADMIN; audited. For an administrator account it makes a request that another administrator must approve (adminChangeApprove).',
  })
  accountStatusSet(@GqlCtx() ctx: Ctx, @Arg('input', () => AccountStatusSetInput) input: AccountStatusSetInput) {
    requireRole(ctx, Role.SECURITY_ADMIN);
    return setAccountStatus(ctx, input);
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null when not signed in.' })
  async me(@GqlCtx() ctx: Ctx): Promise<Account | null> {
    return ctx.viewer ? accounts.accountById(ctx, ctx.viewer.accountId) : null;
  }

  @Mutation(() => AccountRegisterPayload, { description: 'Register an account (public). Errors: REQUIRED, INVALID, DUPLICATE, WEAK_PASSWORD.' })
  accountRegister(@GqlCtx() ctx: Ctx, @Arg('input', () => AccountRegisterInput) input: AccountRegisterInput) {
    return accounts.register(ctx, input);
  }

  @Mutation(() => LoginPayload, { description: 'Sign in (public). Five consecutive failures lock the account for 15 minutes.' })
  login(@GqlCtx() ctx: Ctx, @Arg('input', () => LoginInput) input: LoginInput) {
    return accounts.login(ctx, input);
  }

  @Mutation(() => LogoutPayload, { description: 'Revoke the current session and clear the cookie.' })
  logout(@GqlCtx() ctx: Ctx) {
    return accounts.logout(ctx);
  }

  @Mutation(() => AccountPayload, { description: 'Change own password (signed in). Other sessions are revoked.' })
  passwordChange(@GqlCtx() ctx: Ctx, @Arg('input', () => PasswordChangeInput) input: PasswordChangeInput) {
    return accounts.changePassword(ctx, input);
  }

  @Mutation(() => PasswordResetRequestPayload, {
    description:
      '忘记密码 (public): send a six-digit code to the mobile number (SMS) or e-mail address given, if an account signs in with it; the answer is the same either way. At most one a minute and 5 an hour per identifier, 20 an hour per client address (RATE_LIMITED). Audited.',
  })
  passwordResetRequest(@GqlCtx() ctx: Ctx, @Arg('input', () => PasswordResetRequestInput) input: PasswordResetRequestInput) {
    return requestPasswordReset(ctx, input);
  }

  @Mutation(() => PasswordResetConfirmPayload, {
    description:
      'Set a new password with the code from passwordResetRequest (public; 10 minutes, 5 tries). Every session of the account is revoked and a sign-in lock cleared. Errors: CODE_INVALID, WEAK_PASSWORD. Audited.',
  })
  passwordResetConfirm(@GqlCtx() ctx: Ctx, @Arg('input', () => PasswordResetConfirmInput) input: PasswordResetConfirmInput) {
    return confirmPasswordReset(ctx, input);
  }

  @Mutation(() => TotpEnrolPayload, {
    description:
      'Start binding a TOTP authenticator (second factor) to the signed-in account. Operators, reviewers and administrators only; they sign in with the password alone until they confirm a first code (totpConfirm), and with password and code from then on.',
  })
  totpEnrol(@GqlCtx() ctx: Ctx) {
    return enrolTotp(ctx);
  }

  @Mutation(() => TotpPayload, { description: 'Confirm the TOTP binding with a first code; sign-in then needs a code. Errors: TOTP_INVALID, INVALID_STATE.' })
  totpConfirm(@GqlCtx() ctx: Ctx, @Arg('input', () => TotpConfirmInput) input: TotpConfirmInput) {
    return confirmTotp(ctx, input);
  }

  @Mutation(() => TotpPayload, {
    description: 'Remove the TOTP binding of another account (a lost phone), revoking its sessions. Requires SECURITY_ADMIN; audited.',
  })
  accountTotpReset(@GqlCtx() ctx: Ctx, @Arg('accountId', () => ID, { description: 'Global id of the account.' }) accountId: string) {
    requireRole(ctx, Role.SECURITY_ADMIN);
    return resetTotp(ctx, accountId);
  }

  @Mutation(() => AccountPayload, { description: 'Create a staff account without roles. Requires SYSTEM_ADMIN; roles are then set by the SECURITY_ADMIN.' })
  staffAccountCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => StaffAccountCreateInput) input: StaffAccountCreateInput) {
    requireRole(ctx, Role.SYSTEM_ADMIN);
    return accounts.createStaffAccount(ctx, input);
  }

  @Mutation(() => AccountChangePayload, {
    description:
      'Set platform roles of an account. Requires SECURITY_ADMIN; ROLE_CONFLICT when two administrator roles are combined. Granting or removing an administrator role (or changing an administrator) makes a request that another administrator must approve (adminChangeApprove).',
  })
  accountRolesSet(@GqlCtx() ctx: Ctx, @Arg('input', () => AccountRolesSetInput) input: AccountRolesSetInput) {
    return accounts.setRoles(ctx, input);
  }
}
