import {
  EntityManager,
  MikroORM,
  type AnyEntity,
  type Dictionary,
  type EmExecuteOptions,
  type EntityData,
  type LoggingOptions,
  type NativeQueryBuilder,
  type PostgreSqlConnection,
  type QueryResult,
  type RawQueryFragment,
} from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { requestStore } from '../app/request-store.js';
import type { Pool, PoolClient, QueryResult as PgResult } from 'pg';

const COUNTED_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

type ExecuteResult = QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[];
type Sql = string | NativeQueryBuilder | RawQueryFragment;

/**
 * `em.execute(sql, [params])` outside a transaction sends the SQL MikroORM formats (the same text, simple
 * query protocol, as before) to the `pg` pool MikroORM owns, instead of through its Kysely executor.
 *
 * Why (bench/foundation-list, `--trace-gc-nvp` on the server): through Kysely, which awaits pg's promise
 * API, the rows and results of a 100-row list survived young-generation collections — 3.4 MB survived each
 * scavenge and was promoted, against 0.2 MB on this path — and the server spent about 1.6× the CPU of plain
 * graphql-js per request instead of 1.2–1.3×. Results, driver exceptions (converted by the driver into
 * MikroORM's DriverException classes, as before) and SQL counting are the same. Everything else — inside a
 * transaction (`mutation()`), with a session context, abort options, logger context, debug or slow-query
 * logging, named parameters or a query builder — takes MikroORM's own path unchanged.
 */
export class QifuEntityManager extends EntityManager {
  override execute<T extends ExecuteResult = EntityData<AnyEntity>[]>(
    query: Sql,
    params?: unknown[] | Dictionary,
    method?: 'all' | 'get' | 'run',
    loggerContext?: LoggingOptions,
  ): Promise<T>;
  override execute<T extends ExecuteResult = EntityData<AnyEntity>[]>(query: Sql, params: unknown[] | Dictionary, options: EmExecuteOptions): Promise<T>;
  override execute<T extends ExecuteResult>(
    query: Sql,
    params: unknown[] | Dictionary = [],
    methodOrOptions: 'all' | 'get' | 'run' | EmExecuteOptions = 'all',
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    if (
      typeof query === 'string' &&
      Array.isArray(params) &&
      typeof methodOrOptions === 'string' &&
      loggerContext === undefined &&
      !this.config.get('debug') &&
      this.config.get('slowQueryThreshold') == null
    ) {
      const context = this.getContext(false);
      if (!context.getTransactionContext() && !context.getTransactionSessionContext() && !context.getAbortOptions()) {
        return this.executeOnPool<T>(query, params, methodOrOptions);
      }
    }
    return typeof methodOrOptions === 'string'
      ? super.execute<T>(query, params, methodOrOptions, loggerContext)
      : super.execute<T>(query, params, methodOrOptions);
  }

  private async executeOnPool<T>(query: string, params: unknown[], method: 'all' | 'get' | 'run'): Promise<T> {
    const connection = this.getConnection('write') as PostgreSqlConnection;
    let result: PgResult;
    try {
      const pool: Pool = await connection.getNativeClient();
      const sql = this.getPlatform().formatQuery(this.config.get('onQuery')(query, params), params);
      result = await queryOnPool(pool, sql);
    } catch (err) {
      // As the driver does for its own path: pg errors become MikroORM's DriverException classes.
      throw this.getDriver().convertException(err as Error);
    }
    // As Kysely's pg connection reads a result (a multi-statement text gives an array: no rows, no count).
    const rows: unknown[] = (result as Partial<PgResult>).rows ?? [];
    if (method === 'all') return rows as T;
    if (method === 'get') return rows[0] as T;
    const affected = COUNTED_COMMANDS.has(result.command) ? result.rowCount : undefined;
    return { affectedRows: Number(affected ?? rows.length), insertId: undefined, row: rows[0], rows } as T;
  }
}

/**
 * One statement on a pooled client, callback style (as `pool.query()`; see QifuEntityManager for why not
 * the promise API). The statement is issued in the caller's request store: when the pool has no free
 * client, pg-pool calls back from the request that released one, and the per-request SQL counter
 * (sql-counter.ts) reads the store. The client goes back to the pool without an error after an SQL error,
 * as with Kysely.
 */
function queryOnPool(pool: Pool, sql: string): Promise<PgResult> {
  const store = requestStore.getStore();
  return new Promise((ok, fail) => {
    pool.connect((err: Error | undefined, client: PoolClient | undefined, release: (err?: Error) => void) => {
      if (err || !client) return fail(err ?? new Error('no pooled connection'));
      const done = (queryErr: Error | null, result: PgResult) => {
        release();
        if (queryErr) fail(queryErr);
        else ok(result);
      };
      if (store) requestStore.run(store, () => client.query(sql, done));
      else client.query(sql, done);
    });
  });
}

export function initOrm(clientUrl: string, poolMax = 20): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl,
    // No entities: data is read and written in SQL with generated row types (server/db/tables.generated.ts).
    entities: [],
    entityManager: QifuEntityManager,
    metadataProvider: ReflectMetadataProvider,
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: poolMax },
    allowGlobalContext: false,
    debug: false,
  });
}
