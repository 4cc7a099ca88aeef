import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/auth.js';
import { hasRole, type Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { Site } from '../site/index.js';
import { ApiClient, ApiClientCreatePayload, ApiClientPayload, ApiClientSecretRotatePayload, SiteAllowedOriginsPayload } from './partner.entity.js';
import { ApiClientCreateInput, ApiClientSecretRotateInput, ApiClientUpdateInput, SiteAllowedOriginsInput } from './partner.inputs.js';
import * as partners from './partner.service.js';

const ApiClientConnection = ConnectionType(ApiClient, 'ApiClient', 'partner app');

/**
 * Partner apps are machine credentials into the platform: registering, changing and rotating them is system
 * configuration (SYSTEM_ADMIN, not the operators who run content); revoking is also open to the SECURITY_ADMIN,
 * who answers incidents. Both may read them.
 */
@Resolver(() => ApiClient)
export class ApiClientResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() c: ApiClient): string {
    return toGlobalId('ApiClient', c.id);
  }

  @FieldResolver(() => Site, { description: 'The site whose content and origins it uses.' })
  site(@Root() c: ApiClient, @GqlCtx() ctx: Ctx): Site {
    return ctx.sites.byId(c.siteId) as Site;
  }

  @Query(() => ApiClientConnection, { description: 'Partner apps, newest first. Requires SYSTEM_ADMIN or SECURITY_ADMIN.' })
  apiClients(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeRevoked', () => Boolean, { nullable: true, description: 'Also list revoked apps (default false).' }) includeRevoked?: boolean,
  ) {
    requireRole(ctx, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN);
    return partners.listClients(ctx, page, includeRevoked ?? false);
  }

  @Query(() => ApiClient, { nullable: true, description: 'One partner app by global id; null when not found. Requires SYSTEM_ADMIN or SECURITY_ADMIN.' })
  apiClient(@GqlCtx() ctx: Ctx, @Arg('id', () => ID, { description: 'Global id of the partner app.' }) id: string) {
    requireRole(ctx, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN);
    return partners.clientById(ctx, id);
  }

  @Mutation(() => ApiClientCreatePayload, {
    description: 'Register a partner app; answers its client secret once. Requires SYSTEM_ADMIN; audited. Errors: REQUIRED, TOO_LONG, INVALID, NOT_FOUND.',
  })
  apiClientCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => ApiClientCreateInput) input: ApiClientCreateInput) {
    requireRole(ctx, Role.SYSTEM_ADMIN);
    return partners.createClient(ctx, input);
  }

  @Mutation(() => ApiClientPayload, {
    description:
      'Change a partner app (scopes, quota, origins, webhooks, SM2 key). Requires SYSTEM_ADMIN; audited. Errors: NOT_FOUND, INVALID_STATE, TOO_LONG, INVALID.',
  })
  apiClientUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => ApiClientUpdateInput) input: ApiClientUpdateInput) {
    requireRole(ctx, Role.SYSTEM_ADMIN);
    return partners.updateClient(ctx, input);
  }

  @Mutation(() => ApiClientSecretRotatePayload, {
    description:
      'Generate a new client secret (answered once); the previous one stays valid for the overlap, then is refused. Requires SYSTEM_ADMIN; audited. Errors: NOT_FOUND, INVALID_STATE, INVALID.',
  })
  apiClientSecretRotate(@GqlCtx() ctx: Ctx, @Arg('input', () => ApiClientSecretRotateInput) input: ApiClientSecretRotateInput) {
    requireRole(ctx, Role.SYSTEM_ADMIN);
    return partners.rotateSecret(ctx, input);
  }

  @Mutation(() => ApiClientPayload, {
    description:
      'Revoke a partner app: its tokens and signed requests are refused from the next request on, on every instance; it cannot get new tokens. Irreversible. Requires SYSTEM_ADMIN or SECURITY_ADMIN; audited. Errors: NOT_FOUND, INVALID_STATE.',
  })
  apiClientRevoke(@GqlCtx() ctx: Ctx, @Arg('id', () => ID, { description: 'Global id of the partner app.' }) id: string) {
    requireRole(ctx, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN);
    return partners.revokeClient(ctx, id);
  }
}

@Resolver(() => Site)
export class SiteOriginsResolver {
  @FieldResolver(() => [String], {
    nullable: true,
    description:
      'Browser origins allowed to call the API for this site (CORS, beside QIFU_ALLOWED_ORIGINS); null unless the viewer is SYSTEM_ADMIN or SECURITY_ADMIN.',
  })
  allowedOrigins(@Root() site: Site, @GqlCtx() ctx: Ctx): Promise<string[]> | null {
    if (!hasRole(ctx, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)) return null;
    return partners.siteOrigins(ctx, site.id);
  }

  @Mutation(() => SiteAllowedOriginsPayload, {
    description:
      'Replace the browser origins allowed for a site (every instance follows within a moment). Requires SYSTEM_ADMIN; audited with the list before. Errors: NOT_FOUND, INVALID.',
  })
  siteAllowedOriginsSet(@GqlCtx() ctx: Ctx, @Arg('input', () => SiteAllowedOriginsInput) input: SiteAllowedOriginsInput) {
    requireRole(ctx, Role.SYSTEM_ADMIN);
    return partners.setSiteOrigins(ctx, input);
  }
}
