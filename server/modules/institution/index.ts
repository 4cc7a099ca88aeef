import type { QifuModule } from '../../common/module.js';
import { institutionSearchSource } from './institution.search.js';
import { AccountInstitutionResolver, InstitutionResolver, SearchHitInstitutionResolver } from './institution.resolver.js';

/** Service institutions: onboarding review, staff, public pages. */
export const institutionModule: QifuModule = {
  name: 'institution',
  resolvers: [InstitutionResolver, AccountInstitutionResolver, SearchHitInstitutionResolver],
  contributes: { searchSources: [institutionSearchSource] },
};

// Public API: what other features may use.
export { Institution } from './institution.entity.js';
export { institutionById } from './institution.service.js';
