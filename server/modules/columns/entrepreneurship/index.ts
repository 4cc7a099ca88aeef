
// Public API: what other features may use.
export { isDate, regionRange } from './ranges.js';
export { listResources } from './resource.service.js';
export { StartupResource, StartupResourceKind } from './resource.types.js';
