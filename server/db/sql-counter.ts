import pg from 'pg';
import { requestStore } from '../app/request-store.js';

let installed = false;

/** Counts SQL statements issued on behalf of each request, into the request's store. */
export function installSqlCounter(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    const s = requestStore.getStore();
    if (s) s.sql.count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
}
