
// Public API: what other features may use.
export { type EnterpriseProfileRow, enterpriseProfile, grantConsent, hasActiveConsent, listMyConsents, revokeConsent } from './consent.service.js';
export { ProfileConsent, ProfileConsentInput, ProfileConsentPayload, SharedEnterpriseProfile } from './consent.types.js';
