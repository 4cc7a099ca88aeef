import { randomInt } from 'node:crypto';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import type { TestPlatform } from '../setup/platform.js';

export const PASSWORD = 'Qifu@2026pass';

let counter = 0;
export function uniqueMobile(): string {
  counter++;
  return `139${String(randomInt(0, 10_000)).padStart(4, '0')}${String(counter % 10_000).padStart(4, '0')}`;
}

export interface TestAccount {
  id: string;
  mobile: string;
  token: string;
}

const REGISTER_ACCOUNT = graphql(`
  mutation TestAccountRegister($i: AccountRegisterInput!) {
    accountRegister(input: $i) {
      account {
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

const LOGIN = graphql(`
  mutation TestLogin($i: LoginInput!) {
    login(input: $i) {
      token
      errors {
        code
        message
      }
    }
  }
`);

/** Registers an account through the API and signs it in. */
export async function signUp(p: TestPlatform, name = '测试用户'): Promise<TestAccount> {
  const mobile = uniqueMobile();
  const reg = await gql(p, REGISTER_ACCOUNT, {
    i: { mobile, displayName: name, password: PASSWORD },
  });
  if (reg.data?.accountRegister?.errors?.length || !reg.data) throw new Error(JSON.stringify(reg.errors ?? reg.data));
  const token = await login(p, mobile);
  return { id: reg.data.accountRegister.account!.id, mobile, token };
}

export async function login(p: TestPlatform, identifier: string, password = PASSWORD): Promise<string> {
  const res = await gql(p, LOGIN, { i: { identifier, password } });
  const token = res.data?.login?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(res.data ?? res.errors)}`);
  return token;
}

/**
 * Registers an account and grants it platform roles. The first security administrator cannot be made
 * through the API (someone installs it), so roles are granted here as the installer would.
 */
export async function staff(p: TestPlatform, roles: string[], name = '平台人员'): Promise<TestAccount> {
  const a = await signUp(p, name);
  await p.sql(`update account set roles = $1 where mobile = $2`, [roles, a.mobile]);
  return { ...a, token: await login(p, a.mobile) };
}
