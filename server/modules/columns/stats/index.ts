// Public API: what other features may use.
export { ColumnStatsResolver } from './stats.resolver.js';
