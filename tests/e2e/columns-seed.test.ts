import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedColumns } from '../../seeds/columns.js';
import { call, columnInstitution, operatorAccount } from '../factories/columns.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
  const op = await operatorAccount(p);
  await columnInstitution(p, op, ['FINANCING'], ['340100']);
  await columnInstitution(p, op, ['FINANCING'], ['340000']);
  await columnInstitution(p, op, ['TALENT', 'TECHNOLOGY', 'CONSULTING', 'ENTREPRENEURSHIP'], ['340000']);
  for (let i = 0; i < 32; i++) await enterpriseOwner(p);
});
afterAll(async () => {
  await p?.stop();
});

describe('column demo seeds', () => {
  it('write products, directories and answered needs through the services', async () => {
    await seedColumns(p);
    const [c] = await p.sql<{
      products: number;
      resources: number;
      needs: number;
      replies: number;
    }>(`select (select count(*) from financing_product)::int as products, (select count(*) from startup_resource)::int as resources,
      (select count(*) from column_need)::int as needs, (select count(*) from column_need_reply)::int as replies`);
    expect(c).toMatchObject({ products: 40, resources: 48, needs: 35 });
    expect(c.replies).toBeGreaterThan(0);
    const op = await operatorAccount(p);
    const stats = await call(
      p,
      graphql(`
        query ColumnsSeedColumnStatistics {
          columnStatistics(groupBy: COLUMN) {
            total {
              received
              answered
              completed
              rated
              amountFinanced
            }
          }
        }
      `),
      {},
      op.token,
    );
    expect(stats.total.received).toBe(35);
    expect(stats.total.rated).toBe(stats.total.completed); // every completed demo need is rated
    expect(stats.total.completed).toBeGreaterThan(0);
    expect(stats.total.amountFinanced).toBeGreaterThan(0);
    const map = await call(
      p,
      graphql(`
        query ColumnsSeedStartupResources {
          startupResources(first: 100, filter: { within: { south: 31.7, west: 117.1, north: 32.0, east: 117.5 } }) {
            totalCount
          }
        }
      `),
    );
    expect(map.totalCount).toBeGreaterThan(5);
  });
});
