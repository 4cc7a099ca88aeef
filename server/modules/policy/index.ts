import type { QifuModule } from '../../common/module.js';
import { PolicyConditionResolver, PolicyConditionsResolver } from './conditions/conditions.resolver.js';
import { PolicyImportLineResolver, PolicyImportResolver } from './import/import.resolver.js';
import { eligiblePolicies } from './matching/matching.service.js';
import { RulebookCache } from './matching/rulebook.js';
import { policyJobs, startPolicyJobs } from './policy.jobs.js';
import { PolicyResolver, PolicyVersionResolver } from './policy.resolver.js';
import { policySearchSource } from './policy.search.js';
import { PolicyReachResolver } from './reach/reach.resolver.js';
import { POLICY_FILE_ROUTES } from './related/files.http.js';
import { PolicyAttachmentResolver, PolicyGuideResolver, PolicyInterpretationResolver, PolicyRelatedResolver } from './related/related.resolver.js';
import { NotificationResolver, PolicySubscriptionResolver } from './subscription/subscription.resolver.js';
import type { SearchProfileProvider } from '../search/index.js';

/** Search ranks a signed-in enterprise's results with its profile and the policies it is eligible for. */
const searchProfile: SearchProfileProvider = async (ctx, enterpriseId, limit) => {
  const found = await eligiblePolicies(ctx, enterpriseId, limit);
  return found && { regionCode: found.profile.regionCode, industryCode: found.profile.industryCode, eligiblePolicyIds: found.policyIds };
};

/** Policies: library, review, versions, related documents, decomposition and matching, reach, subscriptions and push. */
export const policyModule: QifuModule = {
  name: 'policy',
  resolvers: [
    PolicyResolver,
    PolicyVersionResolver,
    PolicyRelatedResolver,
    PolicyAttachmentResolver,
    PolicyInterpretationResolver,
    PolicyGuideResolver,
    PolicyImportResolver,
    PolicyImportLineResolver,
    PolicyConditionsResolver,
    PolicyConditionResolver,
    NotificationResolver,
    PolicySubscriptionResolver,
    PolicyReachResolver,
  ],
  services: () => ({ rulebook: new RulebookCache() }),
  jobs: (deps) => policyJobs(deps),
  start: startPolicyJobs,
  routes: POLICY_FILE_ROUTES,
  contributes: { searchSources: [policySearchSource], searchProfiles: [searchProfile] },
};

// Public API: what other features may use.
export { type ImportFormatName } from './import/import.parse.js';
export { runImport } from './import/import.service.js';
export { Policy } from './policy.entity.js';
export { POLICY_PUBLISHED, type PolicyPublishedEvent } from './policy.events.js';
export { sanitizeBody } from './content/sanitize.js';
