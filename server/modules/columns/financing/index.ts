// Public API: what other features may use.
export { financingProductSearchSource } from './financing-product.search.js';
export { ColumnNeedFinancingResolver, EnterpriseCreditRatingResolver, FinancingProductResolver, SharedProfileResolver } from './financing.resolver.js';
export { checkRegion, financingMatches, needContact, ownEnterprise } from './need.service.js';
export { FinancingMatchResult, FinancingNeedDetails } from './need.types.js';
export { productWhere } from './product.service.js';
export { FinancingProduct, PRODUCT_COLUMNS } from './product.types.js';
export { FINANCING_ROUTES, FinancingRoute } from './routes.js';
