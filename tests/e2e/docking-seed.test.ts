import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { seedDemo } from '../../seeds/demo.js';
import { graphql } from '../gql/index.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

describe('docking demo seed', () => {
  it('creates listed products, demands, activities and dockings in several states through the services', async () => {
    const infos: Record<string, unknown>[] = [];
    await seedDemo(p, {
      info: (msg: string, f?: Record<string, unknown>) => infos.push({ msg, ...f }),
      warn: () => {},
      error: () => {},
      debug: () => {},
    } as never);
    const seeded = infos.find((i) => i.msg === 'docking demo data seeded')!;
    expect(seeded).toBeDefined();
    const products = await gql(
      p,
      graphql(`
        query DockingSeedServiceProducts {
          serviceProducts(first: 1) {
            totalCount
          }
          activities(first: 1) {
            totalCount
          }
        }
      `),
    );
    expect(products.data.serviceProducts.totalCount).toBeGreaterThanOrEqual(45);
    expect(products.data.activities.totalCount).toBeGreaterThanOrEqual(15);
    const states = await p.sql<{ status: string }>('select distinct status from docking order by status');
    expect(states.map((s) => s.status)).toEqual(['ACCEPTED', 'CANCELLED', 'COMPLETED', 'DECLINED', 'IN_SERVICE', 'SUBMITTED']);
    const [d] = await p.sql<{ n: number }>('select count(*)::int as n from demand');
    expect(d.n).toBeGreaterThanOrEqual(25);
  }, 180_000);
});
