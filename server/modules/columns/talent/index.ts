// Public API: what other features may use.
export { TalentResolver } from './talent.resolver.js';
