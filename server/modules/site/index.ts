import type { QifuModule } from '../../common/module.js';
import { SiteResolver } from './site.resolver.js';

/** Sites (province and city sub-sites); the registry itself is built by the platform, which every request needs. */
export const siteModule: QifuModule = {
  name: 'site',
  resolvers: [SiteResolver],
};

// Public API: what other features may use.
export { bootstrapSites } from './site.bootstrap.js';
export { Site } from './site.entity.js';
export { SiteRegistry } from './site.registry.js';
export { siteScope, siteAncestors, provinceOnlyIds, type SiteScope } from './site.scope.js';
