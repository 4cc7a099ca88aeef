// Public API: what other features may use.
export { AdvisoryResolver } from './advisory.resolver.js';
