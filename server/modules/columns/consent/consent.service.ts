import { audit } from '../../../common/audit.js';
import { requireViewer } from '../../../common/auth.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, fail, forbidden } from '../../../common/errors.js';
import { fromGlobalId } from '../../../common/ids.js';
import { byKeys } from '../../../common/loaders.js';
import { mutation } from '../../../common/mutation.js';
import { pgArray } from '../../../db/sql.js';
import type { Enterprise } from '../../enterprise/index.js';
import type { ProfileConsent, ProfileConsentInput } from './consent.types.js';
import { columns } from '../../../db/columns.js';

const CONSENT_COLUMNS = columns('profile_consent', { alias: 'c', omit: ['grantedBy'] });

/** The profile fields an institution may see under consent (a subset of the enterprise row). */
const PROFILE_COLUMNS = columns('enterprise', {
  only: [
    'id',
    'uscc',
    'name',
    'regionCode',
    'industryCode',
    'establishedOn',
    'employees',
    'revenue',
    'totalAssets',
    'sizeClass',
    'qualifications',
    'contactName',
    'contactPhone',
    'contactEmail',
    'status',
  ],
  as: { revenue: '%s::float8', totalAssets: '%s::float8' },
});

export type EnterpriseProfileRow = Pick<
  Enterprise,
  | 'id'
  | 'uscc'
  | 'name'
  | 'regionCode'
  | 'industryCode'
  | 'establishedOn'
  | 'employees'
  | 'revenue'
  | 'totalAssets'
  | 'sizeClass'
  | 'qualifications'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail'
  | 'status'
>;

/** Raw profile rows, batched. Callers decide visibility (requester, operator, or consent). */
export function enterpriseProfile(ctx: Ctx, enterpriseId: string): Promise<EnterpriseProfileRow | null> {
  return ctx.loaders
    .get<string, EnterpriseProfileRow>('columnsEnterpriseProfile', async (ids) =>
      byKeys(ids, await ctx.em.execute<EnterpriseProfileRow[]>(`select ${PROFILE_COLUMNS} from enterprise where id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(enterpriseId);
}

/** Whether the enterprise has an active (unrevoked) consent for the institution; batched. */
export async function hasActiveConsent(ctx: Ctx, enterpriseId: string, institutionId: string): Promise<boolean> {
  const key = `${enterpriseId}:${institutionId}`;
  const r = await ctx.loaders
    .get<string, { id: string }>('columnsActiveConsent', async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows = await ctx.em.execute<{ enterpriseId: string; institutionId: string }[]>(
        `select enterprise_id as "enterpriseId", institution_id as "institutionId" from profile_consent
          where revoked_at is null and (enterprise_id, institution_id) in (select unnest(?::uuid[]), unnest(?::uuid[]))`,
        [pgArray(pairs.map((p) => p[0])), pgArray(pairs.map((p) => p[1]))],
      );
      return byKeys(
        keys,
        rows.map((x) => ({ id: `${x.enterpriseId}:${x.institutionId}` })),
      );
    })
    .load(key);
  return !!r;
}

export async function listMyConsents(ctx: Ctx): Promise<ProfileConsent[]> {
  const v = requireViewer(ctx);
  if (!v.enterpriseId) return [];
  return ctx.em.execute<ProfileConsent[]>(`select ${CONSENT_COLUMNS} from profile_consent c where c.enterprise_id = ? order by c.granted_at desc limit 100`, [
    v.enterpriseId,
  ]);
}

function enterpriseOf(ctx: Ctx): string {
  const v = requireViewer(ctx);
  if (!v.enterpriseId) throw forbidden('只有企业用户可以授权共享企业信息');
  return v.enterpriseId;
}

/** Grants (or grants again) one institution access to the enterprise profile. */
export function grantConsent(ctx: Ctx, input: ProfileConsentInput) {
  const enterpriseId = enterpriseOf(ctx);
  return mutation(ctx, async (em) => {
    const institutionId = fromGlobalId(input.institutionId, 'Institution');
    const [inst] = institutionId ? await em.execute<{ id: string }[]>(`select id from institution where id = ? and status = 'APPROVED'`, [institutionId]) : [];
    if (!inst) fail(ErrorCode.NOT_FOUND, 'institutionId', '服务机构不存在');
    const now = ctx.clock.now();
    await em.execute(
      `insert into profile_consent (enterprise_id, institution_id, granted_by, granted_at) values (?, ?, ?, ?)
       on conflict (enterprise_id, institution_id) do update set granted_by = excluded.granted_by, granted_at = excluded.granted_at, revoked_at = null`,
      [enterpriseId, inst.id, ctx.viewer!.accountId, now],
    );
    await audit(
      ctx,
      { operation: 'profileConsent.grant', objectType: 'Enterprise', objectId: enterpriseId, result: 'SUCCESS', detail: { institutionId: inst.id } },
      em,
    );
    const [consent] = await em.execute<ProfileConsent[]>(
      `select ${CONSENT_COLUMNS} from profile_consent c where c.enterprise_id = ? and c.institution_id = ?`,
      [enterpriseId, inst.id],
    );
    return { consent };
  });
}

/** Revokes a consent; it takes effect on the institution's next request. */
export function revokeConsent(ctx: Ctx, input: ProfileConsentInput) {
  const enterpriseId = enterpriseOf(ctx);
  return mutation(ctx, async (em) => {
    const institutionId = fromGlobalId(input.institutionId, 'Institution');
    const [consent] = institutionId
      ? await em.execute<ProfileConsent[]>(
          `update profile_consent c set revoked_at = coalesce(revoked_at, ?) where enterprise_id = ? and institution_id = ? returning ${CONSENT_COLUMNS}`,
          [ctx.clock.now(), enterpriseId, institutionId],
        )
      : [];
    if (!consent) fail(ErrorCode.NOT_FOUND, 'institutionId', '没有对该机构的授权');
    await audit(
      ctx,
      { operation: 'profileConsent.revoke', objectType: 'Enterprise', objectId: enterpriseId, result: 'SUCCESS', detail: { institutionId } },
      em,
    );
    return { consent };
  });
}
