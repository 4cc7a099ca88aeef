// Public API: what other features may use.
export { ScenarioResolver } from './scenario.resolver.js';
