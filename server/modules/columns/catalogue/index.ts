
// Public API: what other features may use.
export { CATEGORIES, ServiceCategory, ServiceCategoryInfo, categoryInfo } from './catalogue.js';
