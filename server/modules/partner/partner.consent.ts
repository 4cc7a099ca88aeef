import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx as GqlCtx, Field, GraphQLISODateTime, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { audit } from '../../common/audit.js';
import { requireViewer } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail, forbidden, UserError } from '../../common/errors.js';
import { toGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { ConnectionType, connectionOf, PageArgs, pageOf } from '../../common/relay.js';
import { pgArray } from '../../db/sql.js';
import { ClientScope } from './partner.scopes.js';
import { UUID } from './signature.js';

/**
 * ENTERPRISE_DATA (issue 12): a partner app reads an enterprise's own data only while that enterprise's owner
 * consents to that app. The token must carry the scope (asked for at /oauth/token, held by the client), and the
 * consent is checked on every read, so a revoked consent takes effect on the next request on every instance.
 */

@ObjectType({ description: "An enterprise owner's consent to one partner app reading the enterprise's own data (scope ENTERPRISE_DATA)." })
export class ApiClientConsent {
  enterpriseUuid!: string;

  @Field(() => String, { description: 'The OAuth client_id of the partner app.' })
  clientId!: string;

  @Field(() => String, { description: 'Name of the partner app.' })
  clientName!: string;

  @Field(() => ID, { description: 'Global id of the enterprise that consented (query `enterprise(id:)` with it).' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Name of the enterprise that consented.' })
  enterpriseName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the consent was (last) granted.' })
  grantedAt!: Date;
}

@InputType({ description: 'The partner app a consent is about.' })
export class ApiClientConsentInput {
  @Field(() => String, { description: 'The OAuth client_id the partner gave the enterprise.' })
  clientId!: string;
}

@ObjectType({ description: 'Result of apiClientConsentGrant and apiClientConsentRevoke.' })
export class ApiClientConsentPayload {
  @Field(() => ApiClientConsent, { nullable: true, description: 'The consent granted (null after a revocation).' })
  consent?: ApiClientConsent | null;
  @Field(() => [UserError], {
    description: 'NOT_FOUND (no such app, or no consent to revoke) or INVALID (the app does not hold ENTERPRISE_DATA); empty on success.',
  })
  errors!: UserError[];
}

const ApiClientConsentConnection = ConnectionType(ApiClientConsent, 'ApiClientConsent', 'consent');

/** Thrown for a partner request a field needs a scope for (RFC 6750 §3.1 insufficient_scope); audited as a denial. */
export function insufficientScope(scope: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INSUFFICIENT_SCOPE', scope } });
}

async function auditConsentMissing(ctx: Ctx, enterpriseId: string) {
  await audit(ctx, {
    operation: 'partner.consentMissing',
    objectType: 'Enterprise',
    objectId: enterpriseId,
    result: 'FAILURE',
    actorId: null,
    detail: { code: 'CONSENT_MISSING', clientId: ctx.client?.clientId ?? null },
  });
}

/**
 * Whether the partner app behind the request may read this enterprise's own data: its token carries
 * ENTERPRISE_DATA and the enterprise's consent to it stands. Without the scope it throws INSUFFICIENT_SCOPE;
 * without the consent it answers false (the enterprise reads as not found). Both are audited.
 */
export async function clientMayReadEnterprise(ctx: Ctx, enterpriseId: string): Promise<boolean> {
  const client = ctx.client;
  if (!client) return false;
  // Thrown denials are audited with the operation (operation-policy.ts, authz.denied).
  if (!client.scopes.includes(ClientScope.ENTERPRISE_DATA)) {
    throw insufficientScope(ClientScope.ENTERPRISE_DATA, '访问令牌未包含 ENTERPRISE_DATA 范围，不能读取企业数据');
  }
  const consented = await ctx.loaders
    .get<string, boolean>('clientConsent', async (ids) => {
      const rows = await ctx.em.execute<{ enterpriseId: string }[]>(
        `select enterprise_id as "enterpriseId" from api_client_consent where client_id = ? and enterprise_id = any(?::uuid[]) and revoked_at is null`,
        [client.clientId, pgArray(ids)],
      );
      const ok = new Set(rows.map((r) => r.enterpriseId));
      return ids.map((id) => ok.has(id));
    })
    .load(enterpriseId);
  if (consented !== true) await auditConsentMissing(ctx, enterpriseId);
  return consented === true;
}

const CONSENT_SELECT = `select k.enterprise_id as "enterpriseUuid", k.client_id as "clientId", c.name as "clientName", e.name as "enterpriseName",
         k.granted_at as "grantedAt"
    from api_client_consent k join api_client c on c.id = k.client_id join enterprise e on e.id = k.enterprise_id`;

const asConsent = (r: ApiClientConsent): ApiClientConsent => ({
  ...r,
  enterpriseId: toGlobalId('Enterprise', r.enterpriseUuid),
  grantedAt: r.grantedAt instanceof Date ? r.grantedAt : new Date(r.grantedAt),
});

function ownerOf(ctx: Ctx): string {
  const viewer = requireViewer(ctx);
  if (!viewer.enterpriseId || viewer.enterpriseRole !== 'OWNER') throw forbidden('只有企业负责人可以授权合作应用');
  return viewer.enterpriseId;
}

@Resolver()
export class ApiClientConsentResolver {
  @Query(() => ApiClientConsentConnection, {
    description:
      'Standing consents, newest first. An enterprise owner sees the consents of the own enterprise; a partner app (token with ENTERPRISE_DATA) sees the enterprises that consented to it. Anyone else: FORBIDDEN; a partner token without the scope: INSUFFICIENT_SCOPE.',
  })
  async apiClientConsents(@GqlCtx() ctx: Ctx, @Args(() => PageArgs) args: PageArgs) {
    const page = pageOf(args);
    let where: string;
    let key: string;
    if (ctx.client) {
      if (!ctx.client.scopes.includes(ClientScope.ENTERPRISE_DATA)) {
        throw insufficientScope(ClientScope.ENTERPRISE_DATA, '访问令牌未包含 ENTERPRISE_DATA 范围');
      }
      where = 'k.client_id = ?';
      key = ctx.client.clientId;
    } else {
      where = 'k.enterprise_id = ?';
      key = ownerOf(ctx);
    }
    const rows = await ctx.em.execute<ApiClientConsent[]>(
      `${CONSENT_SELECT} where ${where} and k.revoked_at is null order by k.granted_at desc, k.client_id limit ? offset ?`,
      [key, page.limit + 1, page.offset],
    );
    return connectionOf(rows.map(asConsent), page, async () => {
      const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from api_client_consent k where ${where} and k.revoked_at is null`, [key]);
      return r.n;
    });
  }

  @Mutation(() => ApiClientConsentPayload, {
    description:
      "Consent to a partner app reading the own enterprise's data (its profile and contact) with scope ENTERPRISE_DATA, until revoked. Enterprise owner only; audited. Errors: NOT_FOUND, INVALID.",
  })
  apiClientConsentGrant(@GqlCtx() ctx: Ctx, @Arg('input', () => ApiClientConsentInput) input: ApiClientConsentInput) {
    const enterpriseId = ownerOf(ctx);
    return mutation(ctx, async (em) => {
      const id = input.clientId.trim();
      const [client] = UUID.test(id) ? await em.execute<{ scopes: string[] }[]>(`select scopes from api_client where id = ? and revoked_at is null`, [id]) : [];
      if (!client) return fail(ErrorCode.NOT_FOUND, 'clientId', '合作应用不存在或已吊销');
      if (!client.scopes.includes(ClientScope.ENTERPRISE_DATA))
        fail(ErrorCode.INVALID, 'clientId', '该合作应用未获准读取企业数据（ENTERPRISE_DATA），无需授权');
      await em.execute(
        `insert into api_client_consent (enterprise_id, client_id, granted_by) values (?, ?, ?)
           on conflict (enterprise_id, client_id) do update set granted_by = excluded.granted_by, granted_at = now(), revoked_at = null`,
        [enterpriseId, id, ctx.viewer!.accountId],
      );
      await audit(ctx, { operation: 'partner.consent.grant', objectType: 'ApiClient', objectId: id, result: 'SUCCESS', detail: { enterpriseId } }, em);
      const [row] = await em.execute<ApiClientConsent[]>(`${CONSENT_SELECT} where k.enterprise_id = ? and k.client_id = ?`, [enterpriseId, id]);
      return { consent: asConsent(row) };
    });
  }

  @Mutation(() => ApiClientConsentPayload, {
    description:
      "Withdraw a consent: the app's next read of the enterprise finds nothing, on every instance. Enterprise owner only; audited. Errors: NOT_FOUND.",
  })
  apiClientConsentRevoke(@GqlCtx() ctx: Ctx, @Arg('input', () => ApiClientConsentInput) input: ApiClientConsentInput) {
    const enterpriseId = ownerOf(ctx);
    return mutation(ctx, async (em) => {
      const id = input.clientId.trim();
      const rows = UUID.test(id)
        ? await em.execute(
            `update api_client_consent set revoked_at = now() where enterprise_id = ? and client_id = ? and revoked_at is null returning client_id`,
            [enterpriseId, id],
          )
        : [];
      if (!rows.length) return fail(ErrorCode.NOT_FOUND, 'clientId', '没有对该应用的授权');
      await audit(ctx, { operation: 'partner.consent.revoke', objectType: 'ApiClient', objectId: id, result: 'SUCCESS', detail: { enterpriseId } }, em);
      return { consent: null };
    });
  }
}
