import { gql } from '../setup/client.js';
import type { TestPlatform } from '../setup/platform.js';
import { staff, type TestAccount } from './accounts.js';

let n = 0;

export const POLICY_FIELDS = `id title docNo departments publishedOn effectiveFrom effectiveTo validity author sourceName sourceUrl body
  tags policyType industries sizeClasses regions hotWords columns featured status reviewComment publishedVersion viewCount`;

export function policyFields(overrides: Record<string, unknown> = {}) {
  n++;
  return {
    title: `关于支持中小企业高质量发展的若干措施（测试${n}-${Math.floor(Math.random() * 1e6)}）`,
    docNo: `皖政办〔2026〕${n}${Math.floor(Math.random() * 1e6)}号`,
    departments: ['安徽省人民政府办公厅', '安徽省经济和信息化厅'],
    publishedOn: '2026-03-15',
    effectiveFrom: '2026-04-01',
    effectiveTo: '2028-12-31',
    validity: 'IN_FORCE',
    author: '省经信厅中小企业处',
    sourceName: '安徽省人民政府网',
    sourceUrl: 'https://www.ah.gov.cn/zwyw/policy/1.html',
    body: '<h1>总则</h1><p>为支持中小企业发展，制定本措施。</p><p>一、对新认定的专精特新企业给予奖励。</p>',
    tags: ['专精特新', '奖补'],
    policyType: 'NORMATIVE_DOCUMENT',
    industries: ['C'],
    sizeClasses: ['SMALL', 'MICRO'],
    regions: ['340000'],
    hotWords: ['专精特新'],
    columns: ['POLICY'],
    ...overrides,
  };
}

export const CREATE = `mutation($i: PolicyCreateInput!) { policyCreate(input: $i) { policy { ${POLICY_FIELDS} } errors { code field message } } }`;

export function transition(name: string) {
  return `mutation($i: PolicyTransitionInput!) { ${name}(input: $i) { policy { id status publishedVersion } errors { code field message } } }`;
}
export const REVIEW = `mutation($i: PolicyReviewInput!) { policyReview(input: $i) { policy { id status reviewComment } errors { code field message } } }`;

export interface Editors {
  operator: TestAccount;
  reviewer: TestAccount;
}

export async function editors(p: TestPlatform): Promise<Editors> {
  return { operator: await staff(p, ['OPERATOR'], '运营人员'), reviewer: await staff(p, ['REVIEWER'], '审核人') };
}

async function must(p: TestPlatform, query: string, vars: Record<string, unknown>, token: string) {
  const res = await gql(p, query, vars, { token });
  const payload = res.data && (Object.values(res.data)[0] as { errors: unknown[]; policy: any });
  if (!payload || payload.errors.length) throw new Error(JSON.stringify(res.errors ?? payload?.errors));
  return payload.policy;
}

export async function draftPolicy(p: TestPlatform, e: Editors, overrides: Record<string, unknown> = {}) {
  return must(p, CREATE, { i: { fields: policyFields(overrides) } }, e.operator.token);
}

/** Creates, submits, approves and publishes a policy through the API; returns its global id. */
export async function publishedPolicy(p: TestPlatform, e: Editors, overrides: Record<string, unknown> = {}): Promise<string> {
  const policy = await draftPolicy(p, e, overrides);
  await must(p, transition('policySubmit'), { i: { policyId: policy.id } }, e.operator.token);
  await must(p, REVIEW, { i: { policyId: policy.id, decision: 'APPROVE' } }, e.reviewer.token);
  await must(p, transition('policyPublish'), { i: { policyId: policy.id } }, e.operator.token);
  return policy.id;
}
