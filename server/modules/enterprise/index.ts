import type { QifuModule } from '../../common/module.js';
import { EnterpriseInvitationResolver } from './enterprise.invitation.js';
import { AccountEnterpriseResolver, EnterpriseResolver } from './enterprise.resolver.js';
import { EnterpriseQualificationResolver } from './qualification.catalogue.js';

/** Enterprises: registration, verification, members and the declared profile. */
export const enterpriseModule: QifuModule = {
  name: 'enterprise',
  resolvers: [EnterpriseResolver, AccountEnterpriseResolver, EnterpriseInvitationResolver, EnterpriseQualificationResolver],
};

// Public API: what other features may use.
export { Enterprise, EnterpriseStatus, SizeClassEnum, TaxCreditGrade } from './enterprise.entity.js';
export { SIZE_CLASS_LABELS, SIZE_CLASS_NAMES, type SizeClass } from './size-class.js';
export { qualificationCatalogue, qualificationCodes } from './qualification.catalogue.js';
export { possibleSizes } from './size-class.js';
