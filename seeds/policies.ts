import { systemContext, viewerOf, type PlatformDeps } from '../server/common/system-context.js';
import type { Logger } from '../server/common/logger.js';
import { toGlobalId } from '../server/common/ids.js';
import type { Account } from '../server/modules/account/account.entity.js';
import { ACCOUNT_COLUMNS } from '../server/modules/account/account.service.js';
import { runImport } from '../server/modules/policy/import/import.service.js';
import * as policies from '../server/modules/policy/policy.service.js';
import * as related from '../server/modules/policy/related/related.service.js';
import { setConditions } from '../server/modules/policy/conditions/conditions.service.js';
import { createSubscription } from '../server/modules/policy/subscription/subscription.service.js';
import { PushChannel, SubscriptionFrequency } from '../server/modules/policy/subscription/subscription.types.js';
import { PolicyReviewDecision } from '../server/modules/policy/policy.inputs.js';
import type { ConditionField, ConditionOperator } from '../server/modules/policy/conditions/conditions.types.js';
import { generatePolicies } from './data/policies.js';

const OPERATOR_MOBILE = '13800000004';
const REVIEWER_MOBILE = '13800000005';
const DEMO_ENTERPRISE_MOBILE = '13800000006';
const COUNT = 320;

async function must<T extends { errors: { message: string; field: string | null }[] }>(what: string, p: Promise<T>): Promise<T> {
  const r = await p;
  if (r.errors.length) throw new Error(`seed ${what} failed: ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return r;
}

/**
 * Demo policies through the policy services: collected by the import path (set-based), then submitted
 * by the demo operator, approved by the demo reviewer and published; with interpretations, guides,
 * links and, for the first 60, eligibility conditions.
 */
export async function seedPolicies(deps: PlatformDeps, log?: Logger): Promise<void> {
  const started = Date.now();
  const em = deps.orm.em.fork();
  const byMobile = async (mobile: string) => (await em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account where mobile = ?`, [mobile]))[0];
  const operatorAccount = await byMobile(OPERATOR_MOBILE);
  const reviewerAccount = await byMobile(REVIEWER_MOBILE);
  if (!operatorAccount || !reviewerAccount) throw new Error('seed policies: demo operator and reviewer accounts are missing');
  const operator = viewerOf(operatorAccount);
  const reviewer = viewerOf(reviewerAccount);
  const data = generatePolicies(COUNT, 3727);

  const lines = data.map(({ conditions: _c, conditionSentences: _s, interpretation: _i, guide: _g, ...fields }) => JSON.stringify(fields)).join('\n');
  const opCtx = systemContext(deps, operator);
  const reports = await runImport(opCtx, { siteId: opCtx.site.id, actorId: operator.accountId, now: deps.clock.now() }, 'JSONL', lines);
  const failed = reports.filter((r) => r.result === 'ERROR');
  if (failed.length) throw new Error(`seed policies: ${failed.length} lines failed, first: ${failed[0].reason}`);

  // The demo enterprise user follows 专精特新 and 数字化 policies (inbox at once, e-mail as a daily digest):
  // publishing below fills its inbox.
  const demoOwner = await byMobile(DEMO_ENTERPRISE_MOBILE);
  if (demoOwner?.enterpriseId) {
    await must(
      'subscription',
      createSubscription(systemContext(deps, viewerOf(demoOwner)), {
        name: '专精特新与数字化',
        keywords: ['专精特新', '数字化'],
        channels: [PushChannel.EMAIL],
        email: 'chenchen@example.cn',
        frequency: SubscriptionFrequency.DAILY,
      }),
    );
  }

  const ids = reports.map((r) => toGlobalId('Policy', r.policyId!));
  const imported = Date.now() - started;
  const byType = new Map<string, string[]>();
  for (const [i, d] of data.entries()) byType.set(d.policyType, [...(byType.get(d.policyType) ?? []), ids[i]]);
  // each policy's chain is independent: run a few at once (commits are the bottleneck, not the CPU)
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < data.length; i = next++) {
      const d = data[i];
      const id = ids[i];
      const ctx = () => systemContext(deps, operator);
      if (d.conditions.length) {
        await must(
          'conditions',
          setConditions(ctx(), {
            policyId: id,
            conditions: d.conditions.map((c) => ({ ...c, field: c.field as ConditionField, operator: c.operator as ConditionOperator })),
            conditionSentences: d.conditionSentences,
          }),
        );
      }
      if (d.interpretation) await must('interpretation', related.addInterpretation(ctx(), { policyId: id, fields: d.interpretation }));
      if (d.guide) await must('guide', related.addGuide(ctx(), { policyId: id, fields: d.guide }));
      await must('submit', policies.submitPolicy(ctx(), { policyId: id }));
      await must(
        'review',
        policies.reviewPolicy(systemContext(deps, reviewer), { policyId: id, decision: PolicyReviewDecision.APPROVE, comment: '内容与原文一致，同意发布' }),
      );
      await must('publish', policies.publishPolicy(ctx(), { policyId: id, note: '首次发布' }));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  // 政策精选: each featured policy linked to one management measures document and one application notice
  const measures = byType.get('MANAGEMENT_MEASURES') ?? [];
  const notices = byType.get('APPLICATION_NOTICE') ?? [];
  let links = 0;
  for (const [i, d] of data.entries()) {
    if (!d.featured) continue;
    for (const other of [measures[links % measures.length], notices[links % notices.length]]) {
      if (other) await must('link', related.linkPolicies(systemContext(deps, operator), { policyId: ids[i], relatedPolicyId: other }, true));
    }
    links++;
  }
  log?.info('demo policies seeded', {
    importMs: imported,
    policies: data.length,
    decomposed: data.filter((d) => d.conditions.length).length,
    featured: links,
    ms: Date.now() - started,
  });
}
