import { audit } from '../../common/audit.js';
import type { Ctx, Viewer } from '../../common/context.js';
import { ErrorCode, fail, forbidden } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { Role } from '../../common/roles.js';
import { Account } from '../account/index.js';
import { revokeAccountSessions } from '../account/index.js';
import { ACCOUNT_COLUMNS } from '../account/index.js';
import { updateRow } from '../../db/columns.js';
import { Enterprise, EnterpriseStatus } from './enterprise.entity.js';
import type { EnterpriseMemberAddInput, EnterpriseMemberRemoveInput, EnterpriseUpdateInput } from './enterprise.inputs.js';
import { inviteMember } from './enterprise.invitation.js';
import { PROFILE_FIELDS, validateProfile } from './enterprise.profile.js';
import { qualificationCodes, saveDeclarations } from './qualification.catalogue.js';
import { loadEnterprise } from './enterprise.service.js';

/** Fields whose change needs a new verification (they identify the registered business). */
const IDENTIFYING = ['name', 'regionCode', 'industryCode', 'establishedOn'] as const;

function requireOwner(ctx: Ctx): Viewer & { enterpriseId: string } {
  const v = ctx.viewer;
  if (!v?.enterpriseId || v.enterpriseRole !== 'OWNER') throw forbidden('只有企业所有者可以执行此操作');
  return v as Viewer & { enterpriseId: string };
}

export function updateEnterprise(ctx: Ctx, input: EnterpriseUpdateInput) {
  const owner = requireOwner(ctx);
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.enterpriseId, 'Enterprise');
    if (id !== owner.enterpriseId) fail(ErrorCode.NOT_FOUND, 'enterpriseId', '企业不存在');
    const { qualificationDetails, ...profile } = validateProfile(input, undefined, await qualificationCodes(em));
    const enterprise = await loadEnterprise(em, id, true);
    if (!enterprise) throw new Error(`enterprise ${id} not found`);
    const reverify = IDENTIFYING.some((k) => enterprise[k] !== profile[k]);
    // a field the owner changes is self-declared again (an operator's verification or an import no longer vouches for it)
    const fieldSources = { ...enterprise.fieldSources };
    for (const k of PROFILE_FIELDS) if (JSON.stringify(enterprise[k]) !== JSON.stringify(profile[k])) delete fieldSources[k];
    const change: Partial<Enterprise> = { ...profile, fieldSources, updatedAt: new Date() };
    if (reverify && enterprise.status !== EnterpriseStatus.PENDING) {
      change.status = EnterpriseStatus.PENDING;
      change.reviewReason = null;
    }
    Object.assign(enterprise, change);
    await updateRow(em, 'enterprise', id, change);
    if (qualificationDetails) await saveDeclarations(em, id, qualificationDetails);
    await audit(ctx, { operation: 'enterprise.update', objectType: 'Enterprise', objectId: id, result: 'SUCCESS', detail: { reverify } }, em);
    return { enterprise };
  });
}

/** Invites a member (enterprise.invitation.ts): nobody joins without accepting. */
export function addMember(ctx: Ctx, input: EnterpriseMemberAddInput) {
  const owner = requireOwner(ctx);
  return inviteMember(ctx, owner, input.identifier);
}

export function removeMember(ctx: Ctx, input: EnterpriseMemberRemoveInput) {
  const owner = requireOwner(ctx);
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.accountId, 'Account');
    const [account] = id
      ? await em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account where id = ? and enterprise_id = ? for update`, [id, owner.enterpriseId])
      : [];
    if (!account) fail(ErrorCode.NOT_FOUND, 'accountId', '该账号不是本企业成员');
    if (account.id === owner.accountId) fail(ErrorCode.FORBIDDEN, 'accountId', '所有者不能移除自己');
    account.enterpriseId = null;
    account.enterpriseRole = null;
    account.roles = account.roles.filter((r) => r !== Role.ENTERPRISE_USER);
    await updateRow(em, 'account', account.id, { enterpriseId: null, enterpriseRole: null, roles: account.roles });
    await revokeAccountSessions(em, account.id);
    await audit(
      ctx,
      { operation: 'enterprise.memberRemove', objectType: 'Account', objectId: account.id, result: 'SUCCESS', detail: { enterpriseId: owner.enterpriseId } },
      em,
    );
    return { enterprise: await loadEnterprise(em, owner.enterpriseId) };
  });
}
