import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../gql/index.js';
import type { InstitutionApplyInput, ServiceProductCreateInput } from '../gql/graphql.js';
import { must as ok } from '../setup/client.js';
import type { TestPlatform } from '../setup/platform.js';
import { login, signUp, staff, type TestAccount } from './accounts.js';

/** Throws on transport errors and payload errors; returns the payload. */
export { ok };

let n = 0;
export interface TestInstitution extends TestAccount {
  institutionId: string;
}

export const INSTITUTION_APPLY = graphql(`
  mutation TestInstitutionApply($i: InstitutionApplyInput!) {
    institutionApply(input: $i) {
      institution {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const INSTITUTION_REVIEW = graphql(`
  mutation TestInstitutionReview($i: InstitutionReviewInput!) {
    institutionReview(input: $i) {
      institution {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** An enterprise asks for a listed product: the docking, or why not. */
export const DOCKING_SUBMIT = graphql(`
  mutation TestDockingSubmit($i: DockingSubmitInput!) {
    dockingSubmit(input: $i) {
      docking {
        id
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

/** An approved institution with its administrator signed in again (the staff role comes with approval). */
export async function approvedInstitution(p: TestPlatform, operator: TestAccount, overrides: Partial<InstitutionApplyInput> = {}): Promise<TestInstitution> {
  const admin = await signUp(p, '机构管理员');
  n++;
  const applied = await ok(
    p,
    INSTITUTION_APPLY,
    {
      i: {
        name: `安徽省测试企业服务中心${n}${Math.floor(Math.random() * 1e6)}`,
        type: 'PUBLIC_INTEREST',
        columns: ['CONSULTING', 'TECHNOLOGY', 'FINANCING'],
        regionCodes: ['340000'],
        qualifications: '具备相关服务资质',
        description: '面向中小企业提供综合服务',
        responsibleDepartment: '企业服务部',
        contactName: '刘洋',
        contactPhone: '0551-65123456',
        ...overrides,
      },
    },
    admin.token,
  );
  const institutionId = applied.institution!.id;
  await ok(
    p,
    INSTITUTION_REVIEW,
    {
      i: { institutionId, decision: 'APPROVE' },
    },
    operator.token,
  );
  return { ...admin, token: await login(p, admin.mobile), institutionId };
}

export function operator(p: TestPlatform): Promise<TestAccount> {
  return staff(p, ['OPERATOR'], '运营人员');
}

export const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export function productInput(overrides: Partial<ServiceProductCreateInput> = {}): ServiceProductCreateInput {
  return {
    name: '安徽省知识产权咨询服务',
    column: 'CONSULTING',
    subcategory: '知识产权',
    description: '为中小企业提供专利、商标布局与维权咨询。',
    process: [
      { title: '提交需求', description: '企业在线提交咨询需求' },
      { title: '专家诊断', description: '3个工作日内安排专家对接' },
      { title: '出具方案', description: '形成书面咨询意见' },
    ],
    feeType: 'FREE',
    form: 'BOTH',
    contactName: '刘洋',
    contactPhone: '0551-65123456',
    targetAudience: '省内科技型中小企业',
    regionCodes: ['340000'],
    pictures: [{ base64: PNG_1X1 }],
    ...overrides,
  };
}

export const PRODUCT_CREATE = graphql(`
  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {
    serviceProductCreate(input: $i) {
      product {
        id
        name
        status
      }
      warnings {
        field
        message
        suggestion
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const PRODUCT_REVIEW = graphql(`
  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {
    serviceProductReview(input: $i) {
      product {
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** A listed product of the institution (created, submitted and approved through the API). */
export async function listedProduct(
  p: TestPlatform,
  inst: TestInstitution,
  op: TestAccount,
  overrides: Partial<ServiceProductCreateInput> = {},
): Promise<string> {
  const created = await ok(p, PRODUCT_CREATE, { i: productInput({ submit: true, ...overrides }) }, inst.token);
  const productId = created.product!.id;
  await ok(p, PRODUCT_REVIEW, { i: { productId, decision: 'APPROVE' } }, op.token);
  return productId;
}

export interface LiveSubscription<T = unknown> {
  received: T[];
  errors: unknown[];
  /** Waits until at least `n` results arrived (or throws after `ms`). */
  waitFor(n: number, ms?: number): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Opens a graphql-ws connection as `token` and subscribes to a typed document; resolves once the subscription is
 * set up on the server.
 */
export async function subscribe<T, V>(url: string, token: string, document: TypedDocumentNode<T, V>, variables?: V): Promise<LiveSubscription<T>> {
  const query = print(document);
  const client: Client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
  const received: T[] = [];
  const errors: unknown[] = [];
  client.subscribe<T>(
    { query, variables: (variables ?? {}) as Record<string, unknown> },
    {
      next: (v) => {
        if (v.errors) errors.push(v.errors);
        else received.push(v.data as T);
      },
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  // the server resolves the session and registers the listener asynchronously
  await new Promise((r) => setTimeout(r, 300));
  return {
    received,
    errors,
    async waitFor(n, ms = 5000) {
      const until = Date.now() + ms;
      while (received.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} events, got ${received.length}: ${JSON.stringify(errors)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return received;
    },
    async close() {
      await client.dispose();
    },
  };
}

/** Lets in-flight notifications arrive before asserting that nothing (more) came. */
export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
