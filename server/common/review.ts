import { registerEnumType } from 'type-graphql';
import { ErrorCode, fail } from './errors.js';
import { labelValues } from './labels.js';
import { clean } from './validate.js';

/** An operator's decision on something submitted for review: an enterprise, an institution, a product, an activity, a demand. */
export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: '审核结论 / Review decision.',
  valuesConfig: labelValues<ReviewDecision>({ APPROVE: '通过', REJECT: '驳回（须填写理由）' }),
});

/** Longest review reason, in characters; it is shown to whoever submitted. */
export const MAX_REVIEW_REASON = 500;

/**
 * The reason of a review decision, trimmed (null when empty): required when rejecting (REQUIRED, with
 * `requiredMessage`), at most 500 characters (TOO_LONG); both on the input field `reason`.
 */
export function reviewReason(decision: ReviewDecision, reason: string | null | undefined, requiredMessage = '驳回时请填写理由'): string | null {
  const text = clean(reason);
  if (decision === ReviewDecision.REJECT && !text) fail(ErrorCode.REQUIRED, 'reason', requiredMessage);
  if (text && [...text].length > MAX_REVIEW_REASON) fail(ErrorCode.TOO_LONG, 'reason', `理由不能超过${MAX_REVIEW_REASON}个字`);
  return text;
}
