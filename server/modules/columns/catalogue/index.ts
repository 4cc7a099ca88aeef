// Public API: what other features may use.
export { CATEGORIES, categoryInfo, ServiceCategory, ServiceCategoryInfo } from './catalogue.js';
