import { PolicyResolver, PolicyVersionResolver } from './policy.resolver.js';
import { PolicyAttachmentResolver, PolicyGuideResolver, PolicyInterpretationResolver, PolicyRelatedResolver } from './related/related.resolver.js';
import { PolicyImportLineResolver, PolicyImportResolver } from './import/import.resolver.js';
import { PolicyConditionResolver, PolicyConditionsResolver } from './conditions/conditions.resolver.js';
import { NotificationResolver, PolicySubscriptionResolver } from './subscription/subscription.resolver.js';
import { PolicyReachResolver } from './reach/reach.resolver.js';
export { createPolicyJobRegistrar, registerPolicyJobs } from './policy.jobs.js';

/** Resolvers of the policy service, added to `RESOLVERS` in server/app/schema.ts. */
export const POLICY_RESOLVERS = [
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
] as const;
