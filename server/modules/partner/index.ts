import { createLogger } from '../../common/logger.js';
import type { QifuModule } from '../../common/module.js';
import { sealStoredHmacKeys } from './credentials.js';
import { OAUTH_ROUTES } from './oauth.route.js';
import { ORIGINS_CHANGED } from './partner.events.js';
import { PartnerGate } from './partner.gate.js';
import { ApiClientConsentResolver } from './partner.consent.js';
import { ApiClientResolver, SiteOriginsResolver } from './partner.resolver.js';

declare module '../../common/platform-services.js' {
  interface PlatformServices {
    /** CORS origins per site and client, admission of partner requests, quotas (the HTTP layer's RequestGate). */
    requestGate: PartnerGate;
  }
}

/**
 * Partner apps (issue 12): API clients with OAuth 2.0 client credentials and 国密 signed requests, quotas and rate
 * limits counted in PostgreSQL, and the browser origins allowed per site (docs/partners.md).
 */
export const partnerModule: QifuModule = {
  name: 'partner',
  resolvers: [ApiClientResolver, SiteOriginsResolver, ApiClientConsentResolver],
  services: (deps) => ({ requestGate: new PartnerGate(deps, createLogger(deps.config.logLevel)) }),
  observers: (deps) => ({ [ORIGINS_CHANGED]: () => deps.services.requestGate.reloadOrigins() }),
  start: async (deps) => {
    // HMAC keys stored in clear before they were sealed (migration 0065) are sealed once.
    await sealStoredHmacKeys(deps.orm.em.fork(), deps.config);
    await deps.services.requestGate.reloadOrigins();
  },
  routes: OAUTH_ROUTES,
};

// Public API: what other features may use.
export { ClientScope } from './partner.scopes.js';
export { clientMayReadEnterprise } from './partner.consent.js';
export { canonicalString, hmacSm3, SM2_USER_ID } from './signature.js';
