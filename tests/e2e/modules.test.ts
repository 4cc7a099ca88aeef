import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../server/app/modules.js';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, testModules, type TestPlatform } from '../setup/platform.js';

/**
 * The module contract (docs/architecture.md): a feature contributes only what its index.ts declares, through
 * server/app/modules.ts. A platform without the columns feature serves everything else and nothing of columns.
 */
const QUERY_FIELDS = graphql(`
  query ModulesQueryFields {
    __schema {
      queryType {
        fields {
          name
        }
      }
    }
  }
`);
const SEARCH_AND_SITE = graphql(`
  query ModulesSearchAndSite {
    search(input: { query: "融资" }) {
      totalCount
    }
    currentSite {
      code
    }
  }
`);

describe('features listed in server/app/modules.ts', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform(testModules(['columns']));
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('lists every feature folder once', () => {
    const names = MODULES.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'account',
        'activity',
        'audit',
        'columns',
        'demand',
        'docking',
        'enterprise',
        'help',
        'institution',
        'policy',
        'product',
        'search',
        'site',
      ]),
    );
  });

  it('without columns: no column schema, no column search sources, no column observers; the rest answers', async () => {
    const types = await gql(p, QUERY_FIELDS);
    const fields = (types.data.__schema.queryType.fields ?? []).map((f) => f.name);
    expect(fields).toContain('policies');
    expect(fields).toContain('search');
    expect(fields).not.toContain('columnNeeds');
    expect(fields).not.toContain('financingProducts');
    expect(p.extensions.searchSources.map((s) => s.kind)).not.toContain('financingProduct');
    expect(p.extensions.dockingOutcomeObservers).toHaveLength(0);
    const res = await gql(p, SEARCH_AND_SITE);
    expect(res.errors).toBeUndefined();
    expect(res.data.currentSite.code).toBe('anhui');
  });

  it('with every feature: each declared search source and observer is wired', () => {
    const all = MODULES.flatMap((m) => m.contributes?.searchSources ?? []).map((s) => s.kind);
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(new Set(all).size).toBe(all.length);
  });
});
