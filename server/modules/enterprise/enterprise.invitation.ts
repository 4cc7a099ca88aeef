import { randomUUID } from 'node:crypto';
import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { audit } from '../../common/audit.js';
import { requireViewer } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, UserError, fail } from '../../common/errors.js';
import { fromGlobalId, toGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { Role } from '../../common/roles.js';
import { isEmail, isMobile } from '../../common/validate.js';
import { Account, ACCOUNT_COLUMNS, loadAccount } from '../account/index.js';
import { updateRow } from '../../db/columns.js';
import { loadEnterprise } from './enterprise.service.js';

@ObjectType({ description: 'An invitation to join an enterprise as a member, waiting for the invitee. Visible to the invitee only.' })
export class EnterpriseInvitation {
  id!: string;
  @Field(() => String, { description: 'Name of the inviting enterprise.' })
  enterpriseName!: string;
  @Field(() => String, { description: 'Name of the owner who invited.' })
  invitedByName!: string;
  @Field(() => Date, { description: 'When the invitation was made.' })
  createdAt!: Date;
}

@ObjectType({ description: 'Result of enterpriseInvitationAccept and enterpriseInvitationDecline.' })
export class EnterpriseInvitationPayload {
  @Field(() => Boolean, { nullable: true, description: 'Whether the viewer is now a member of the enterprise; null when refused.' })
  joined?: boolean | null;
  @Field(() => [UserError], { description: 'NOT_FOUND (no such open invitation for the viewer) or ALREADY_MEMBER; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Answer an invitation.' })
export class EnterpriseInvitationInput {
  @Field(() => ID, { description: 'Global id of the invitation.' })
  invitationId!: string;
}

/** The account may join an enterprise: it belongs nowhere and holds no platform role. */
const unaffiliated = (a: Pick<Account, 'enterpriseId' | 'institutionId' | 'roles'>) => !a.enterpriseId && !a.institutionId && a.roles.length === 0;

/**
 * The owner invites by mobile number or e-mail. The answer is the same whether or not the identifier is
 * registered or free to join, so it cannot be used to find out who has an account; the audit log records which.
 */
export function inviteMember(ctx: Ctx, owner: { accountId: string; enterpriseId: string }, identifierInput: string) {
  return mutation(ctx, async (em) => {
    const identifier = (identifierInput ?? '').trim().toLowerCase();
    if (!isMobile(identifier) && !isEmail(identifier)) fail(ErrorCode.INVALID, 'identifier', '请输入正确的手机号码或电子邮箱');
    const [account] = await em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account where mobile = ? or email = ? for update`, [identifier, identifier]);
    let outcome = 'unknown';
    if (account && account.id !== owner.accountId && unaffiliated(account)) {
      await em.execute(
        `insert into enterprise_invitation (id, enterprise_id, account_id, invited_by) values (?, ?, ?, ?) on conflict (enterprise_id, account_id) where status = 'PENDING' do nothing`,
        [randomUUID(), owner.enterpriseId, account.id, owner.accountId],
      );
      outcome = 'invited';
    } else if (account) outcome = 'notEligible';
    await audit(
      ctx,
      {
        operation: 'enterprise.memberInvite',
        objectType: 'Enterprise',
        objectId: owner.enterpriseId,
        result: 'SUCCESS',
        detail: { outcome, accountId: account?.id ?? null },
      },
      em,
    );
    return { enterprise: (await loadEnterprise(em, owner.enterpriseId))! };
  });
}

async function answer(ctx: Ctx, input: EnterpriseInvitationInput, accept: boolean) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.invitationId, 'EnterpriseInvitation');
    const [inv] = id
      ? await em.execute<{ enterprise_id: string }[]>(
          `select enterprise_id from enterprise_invitation where id = ? and account_id = ? and status = 'PENDING' for update`,
          [id, viewer.accountId],
        )
      : [];
    if (!inv) fail(ErrorCode.NOT_FOUND, 'invitationId', '邀请不存在或已处理');
    if (accept) {
      const account = (await loadAccount(em, viewer.accountId, true))!;
      if (!unaffiliated(account)) fail(ErrorCode.ALREADY_MEMBER, 'invitationId', '您已属于企业或机构，或已有平台角色，不能再加入');
      account.enterpriseId = inv.enterprise_id;
      account.enterpriseRole = 'MEMBER';
      account.roles = [Role.ENTERPRISE_USER];
      await updateRow(em, 'account', account.id, { enterpriseId: account.enterpriseId, enterpriseRole: account.enterpriseRole, roles: account.roles });
      // Other open invitations lapse: one enterprise per account.
      await em.execute(`update enterprise_invitation set status = 'DECLINED', decided_at = now() where account_id = ? and status = 'PENDING' and id <> ?`, [
        viewer.accountId,
        id,
      ]);
    }
    await em.execute(`update enterprise_invitation set status = ?, decided_at = now() where id = ?`, [accept ? 'ACCEPTED' : 'DECLINED', id]);
    await audit(
      ctx,
      {
        operation: accept ? 'enterprise.memberJoin' : 'enterprise.invitationDecline',
        objectType: 'Enterprise',
        objectId: inv.enterprise_id,
        result: 'SUCCESS',
        detail: { invitationId: id },
      },
      em,
    );
    return { joined: accept };
  });
}

@Resolver(() => EnterpriseInvitation)
export class EnterpriseInvitationResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() i: EnterpriseInvitation): string {
    return toGlobalId('EnterpriseInvitation', i.id);
  }

  @Query(() => [EnterpriseInvitation], { description: 'Open invitations to the signed-in account (at most 20, newest first).' })
  async myEnterpriseInvitations(@GqlCtx() ctx: Ctx): Promise<EnterpriseInvitation[]> {
    const viewer = requireViewer(ctx);
    return ctx.em.execute<EnterpriseInvitation[]>(
      `select i.id, e.name as "enterpriseName", a.display_name as "invitedByName", i.created_at as "createdAt"
         from enterprise_invitation i join enterprise e on e.id = i.enterprise_id join account a on a.id = i.invited_by
        where i.account_id = ? and i.status = 'PENDING' order by i.created_at desc limit 20`,
      [viewer.accountId],
    );
  }

  @Mutation(() => EnterpriseInvitationPayload, {
    description: 'Accept an invitation: the account joins the enterprise as a member (signed in, belonging nowhere yet); audited.',
  })
  enterpriseInvitationAccept(@GqlCtx() ctx: Ctx, @Arg('input', () => EnterpriseInvitationInput) input: EnterpriseInvitationInput) {
    return answer(ctx, input, true);
  }

  @Mutation(() => EnterpriseInvitationPayload, { description: 'Decline an invitation; audited.' })
  enterpriseInvitationDecline(@GqlCtx() ctx: Ctx, @Arg('input', () => EnterpriseInvitationInput) input: EnterpriseInvitationInput) {
    return answer(ctx, input, false);
  }
}
