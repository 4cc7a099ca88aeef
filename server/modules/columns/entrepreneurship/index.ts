// Public API: what other features may use.
export { StartupNeedFieldsResolver, StartupResourceResolver } from './entrepreneurship.resolver.js';
export { StartupNeedBoardResolver } from './need-board.js';
export { isDate, regionRange } from './ranges.js';
export { listResources } from './resource.service.js';
export { StartupResource, StartupResourceKind } from './resource.types.js';
export { startupResourceSearchSource } from './startup-resource.search.js';
