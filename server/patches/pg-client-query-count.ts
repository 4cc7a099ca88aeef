/**
 * Patches `pg.Client.prototype.query` to count the SQL statements issued on behalf of each request, into the
 * request's store (`extensions.sqlCount` when `QIFU_COUNT_SQL=1`).
 *
 * Why a patch (a guarantee, not a speed-up; no figure measured): every statement reaches PostgreSQL through
 * this one method — MikroORM's Kysely executor, the pool path of mikro-orm-execute.ts, raw `pg` — while
 * MikroORM's logger sees only its own path. The query-count tests (tests/e2e/query-count.test.ts and the
 * `sqlCount` assertions elsewhere) rely on it counting all of them.
 */
import pg from 'pg';
import { requestStore } from '../app/request-store.js';

let installed = false;

/** Idempotent: the prototype is patched once per process, whatever the number of servers started in it. */
export function installPgQueryCounter(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    const s = requestStore.getStore();
    if (s) s.sql.count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
}
