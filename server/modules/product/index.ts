import type { QifuModule } from '../../common/module.js';
import { productSearchSource } from './product.search.js';
import { InstitutionProductResolver, ProductPictureResolver, ServiceProductResolver } from './product.resolver.js';

/** Service products that institutions publish (reviewed before they show). */
export const productModule: QifuModule = {
  name: 'product',
  resolvers: [ServiceProductResolver, ProductPictureResolver, InstitutionProductResolver],
  contributes: { searchSources: [productSearchSource] },
};

// Public API: what other features may use.
export { checkPicture } from './picture.js';
export { PRODUCT_COLUMNS, ProductStatus, ServiceProduct } from './product.entity.js';
export { PictureInput } from './product.inputs.js';
export { productById } from './product.service.js';
