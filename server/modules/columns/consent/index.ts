// Public API: what other features may use.
export { enterpriseProfile, type EnterpriseProfileRow, grantConsent, hasActiveConsent, listMyConsents, revokeConsent } from './consent.service.js';
export { ProfileConsent, ProfileConsentInput, ProfileConsentPayload, SharedEnterpriseProfile } from './consent.types.js';
