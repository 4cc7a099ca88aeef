import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const SITES = graphql(`
  query SmokeSites {
    currentSite {
      code
      name
      parent {
        code
      }
    }
    sites {
      code
    }
  }
`);
const CURRENT_SITE = graphql(`
  query SmokeCurrentSite {
    currentSite {
      code
      parent {
        code
      }
    }
  }
`);

describe('platform', () => {
  it('serves health, readiness and the current site', async () => {
    expect((await fetch(`${p.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${p.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const res = await gql(p, SITES);
    expect(res.errors).toBeUndefined();
    expect(res.data.currentSite).toEqual({ code: 'anhui', name: '安徽省企业公共服务平台', parent: null });
    const hefei = await gql(p, CURRENT_SITE, {}, { site: 'hefei' });
    expect(hefei.data.currentSite).toEqual({ code: 'hefei', parent: { code: 'anhui' } });
  });
});
