// Public API: what other features may use.
export { needDockingObserver, NeedDockingResolver } from './need-docking.js';
export { ColumnNeedResolver, NeedReplyResolver, ProfileConsentResolver } from './need.resolver.js';
export { checkRateLimit, insertNeed, isRequester, needRoutes, newTrackingCode, routableInstitutions } from './need.service.js';
export { ColumnNeed, ColumnNeedPayload, NeedContactInput, NeedStatus } from './need.types.js';
