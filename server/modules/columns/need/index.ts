
// Public API: what other features may use.
export { checkRateLimit, insertNeed, isRequester, needRoutes, newTrackingCode, routableInstitutions } from './need.service.js';
export { ColumnNeed, ColumnNeedPayload, NeedContactInput, NeedStatus } from './need.types.js';
