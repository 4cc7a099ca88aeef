import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql/index.js';
import type { PolicyFieldsInput } from '../gql/graphql.js';
import { gql } from '../setup/client.js';
import type { TestPlatform } from '../setup/platform.js';
import { staff, type TestAccount } from './accounts.js';

let n = 0;

/** Valid fields of a new policy (title and 文号 unique per call), with `overrides` applied. */
export function policyFields(overrides: Partial<PolicyFieldsInput> = {}): PolicyFieldsInput {
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

/** An operator adds a qualification kind to the catalogue (policy matching's qualifications). */
export const QUALIFICATION_KIND_CREATE = graphql(`
  mutation TestQualificationKindCreate($i: QualificationKindCreateInput!) {
    qualificationKindCreate(input: $i) {
      qualification {
        code
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

export const CREATE = graphql(`
  mutation TestFactoryPolicyCreate($i: PolicyCreateInput!) {
    policyCreate(input: $i) {
      policy {
        ...TestPolicyFields
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

/** What a workflow transition answers: the policy's new state, or why not. */
graphql(`
  fragment TestPolicyTransition on PolicyPayload {
    policy {
      id
      status
      publishedVersion
    }
    errors {
      ...TestUserError
    }
  }
`);

/** The workflow mutations that take a PolicyTransitionInput, by mutation name. */
const TRANSITIONS = {
  policySubmit: graphql(`
    mutation TestFactoryPolicySubmit($i: PolicyTransitionInput!) {
      policySubmit(input: $i) {
        ...TestPolicyTransition
      }
    }
  `),
  policyPublish: graphql(`
    mutation TestFactoryPolicyPublish($i: PolicyTransitionInput!) {
      policyPublish(input: $i) {
        ...TestPolicyTransition
      }
    }
  `),
  policyRevise: graphql(`
    mutation TestFactoryPolicyRevise($i: PolicyTransitionInput!) {
      policyRevise(input: $i) {
        ...TestPolicyTransition
      }
    }
  `),
  policyWithdraw: graphql(`
    mutation TestFactoryPolicyWithdraw($i: PolicyTransitionInput!) {
      policyWithdraw(input: $i) {
        ...TestPolicyTransition
      }
    }
  `),
  policyExpire: graphql(`
    mutation TestFactoryPolicyExpire($i: PolicyTransitionInput!) {
      policyExpire(input: $i) {
        ...TestPolicyTransition
      }
    }
  `),
};

/** The typed document of a workflow transition (`policySubmit`, `policyPublish`, …). */
export function transition<K extends keyof typeof TRANSITIONS>(name: K): (typeof TRANSITIONS)[K] {
  return TRANSITIONS[name];
}
export const REVIEW = graphql(`
  mutation TestFactoryPolicyReview($i: PolicyReviewInput!) {
    policyReview(input: $i) {
      policy {
        id
        status
        reviewComment
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

export interface Editors {
  operator: TestAccount;
  reviewer: TestAccount;
}

export async function editors(p: TestPlatform): Promise<Editors> {
  return { operator: await staff(p, ['OPERATOR'], '运营人员'), reviewer: await staff(p, ['REVIEWER'], '审核人') };
}

/** A policy mutation's payload (every one of them has `policy` and `errors`). */
type PolicyPayload = { policy: { id: string } | null; errors: unknown[] };

/** Sends a policy mutation on `site` (X-Qifu-Site; the default site when absent); throws on a transport, GraphQL or payload error; returns the policy. */
async function send<P extends PolicyPayload, V>(p: TestPlatform, query: TypedDocumentNode<Record<string, P>, V>, vars: V, token: string, site?: string) {
  const res = await gql(p, query, vars, { token, site });
  const payload = res.data && Object.values(res.data)[0];
  if (!payload?.policy || payload.errors.length) throw new Error(JSON.stringify(res.errors ?? payload?.errors));
  return payload.policy as NonNullable<P['policy']>;
}

/** A draft policy made by the operator (on `site`, else the default site); returns it as CREATE selects it. */
export async function draftPolicy(p: TestPlatform, e: Editors, overrides: Partial<PolicyFieldsInput> = {}, site?: string) {
  return send(p, CREATE, { i: { fields: policyFields(overrides) } }, e.operator.token, site);
}

/** Creates, submits, approves and publishes a policy through the API (on `site`, else the default site); returns its global id. */
export async function publishedPolicy(p: TestPlatform, e: Editors, overrides: Partial<PolicyFieldsInput> = {}, site?: string): Promise<string> {
  const policy = await draftPolicy(p, e, overrides, site);
  await send(p, transition('policySubmit'), { i: { policyId: policy.id } }, e.operator.token, site);
  await send(p, REVIEW, { i: { policyId: policy.id, decision: 'APPROVE' } }, e.reviewer.token, site);
  await send(p, transition('policyPublish'), { i: { policyId: policy.id } }, e.operator.token, site);
  return policy.id;
}
