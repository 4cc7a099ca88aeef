import { Field, InputType } from 'type-graphql';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { SqlFilter } from '../../db/sql.js';
import { Account } from './account.entity.js';
import { ACCOUNT_COLUMNS, loadAccount } from './account.service.js';
import { isAdministrator, requestAdminChange } from './admin-change.js';
import { AdminChangeKind } from './admin-change.types.js';
import { revokeAccountSessions } from './session.service.js';
import { updateRow } from '../../db/columns.js';

@InputType({ description: 'Filters of the account list.' })
export class AccountFilter {
  @Field(() => Role, { nullable: true, description: 'Holding this role.' })
  role?: Role | null;
  @Field(() => String, { nullable: true, description: 'Part of the mobile number, e-mail or name (at most 50 characters).' })
  search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only locked (true) or only unlocked (false) accounts.' })
  locked?: boolean | null;
}

@InputType({ description: 'The security administrator disables or re-enables an account.' })
export class AccountStatusSetInput {
  @Field(() => String, { description: 'Global id of the account.' })
  accountId!: string;
  @Field(() => Boolean, { description: 'true disables the account and revokes its sessions; false enables it and clears a lock.' })
  disabled!: boolean;
}

export async function listAccounts(ctx: Ctx, filter: AccountFilter | null | undefined, args: PageArgs) {
  const page = pageOf(args);
  const search = filter?.search?.trim();
  if (search && [...search].length > 50) fail(ErrorCode.TOO_LONG, 'filter.search', '搜索词不能超过50个字');
  const like = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = new SqlFilter()
    .andIf(filter?.role, '? = any(roles)', filter?.role)
    .andIf(like, `(mobile like ? or email like ? or display_name like ?)`, like, like, like);
  if (filter?.locked === true) where.and('locked_until > now()');
  if (filter?.locked === false) where.and('(locked_until is null or locked_until <= now())');
  const rows = await ctx.em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account ${where.sql} order by created_at desc, id desc limit ? offset ?`, [
    ...where.params,
    page.limit + 1,
    page.offset,
  ]);
  return connectionOf(rows, page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from account ${where.sql}`, where.params);
    return r.n;
  });
}

export function setAccountStatus(ctx: Ctx, input: AccountStatusSetInput) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.accountId, 'Account');
    const account = id ? await loadAccount(em, id, true) : undefined;
    if (!account) fail(ErrorCode.NOT_FOUND, 'accountId', '账号不存在');
    if (account.id === ctx.viewer!.accountId) fail(ErrorCode.FORBIDDEN, 'accountId', '不能停用自己的账号');
    // Disabling or re-enabling an administrator takes a second administrator (三权分立); unlocking does not.
    if (isAdministrator(account.roles) && account.disabled !== input.disabled) {
      return { account, request: await requestAdminChange(ctx, em, account, input.disabled ? AdminChangeKind.DISABLE : AdminChangeKind.ENABLE, null) };
    }
    account.disabled = input.disabled;
    if (!input.disabled) {
      account.failedLogins = 0;
      account.lockedUntil = null;
    }
    await updateRow(em, 'account', account.id, input.disabled ? { disabled: true } : { disabled: false, failedLogins: 0, lockedUntil: null });
    if (input.disabled) await revokeAccountSessions(em, account.id);
    await audit(ctx, { operation: input.disabled ? 'account.disable' : 'account.enable', objectType: 'Account', objectId: account.id, result: 'SUCCESS' }, em);
    return { account, request: null };
  });
}
