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

/** Order of a review queue: operators work oldest first, or look at the newest. */
export enum ReviewOrder {
  SUBMITTED_ASC = 'SUBMITTED_ASC',
  SUBMITTED_DESC = 'SUBMITTED_DESC',
}

registerEnumType(ReviewOrder, {
  name: 'ReviewOrder',
  description: '审核队列排序 / Order of a list by the time its items were submitted (review queues).',
  valuesConfig: labelValues<ReviewOrder>({ SUBMITTED_ASC: '最早提交优先', SUBMITTED_DESC: '最新提交优先' }),
});

/** Description of the `order` argument, the same on every list that serves as a review queue. */
export const REVIEW_ORDER_ARG = 'By submission time, for review queues (SUBMITTED_ASC: oldest first); omitted: the order the list describes.';

/**
 * The `order by` of a list that also serves as a review queue: by `submittedColumn` when an order is asked
 * for, else the list's own `otherwise`. Ties end on id, so offset pages never repeat or skip a row.
 */
export function reviewOrderBy(order: ReviewOrder | null | undefined, submittedColumn: string, otherwise: string): string {
  if (order === ReviewOrder.SUBMITTED_ASC) return `${submittedColumn} asc, id asc`;
  if (order === ReviewOrder.SUBMITTED_DESC) return `${submittedColumn} desc, id desc`;
  return otherwise;
}
