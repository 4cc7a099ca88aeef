import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from './paths.js';

export interface MigrationFile {
  id: string;
  sql: string;
}

export function migrationFiles(): MigrationFile[] {
  const dir = join(projectRoot(), 'migrations');
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') }));
}

const LOCK_KEY = 727_2020; // one migrator at a time across instances

/** Applies pending SQL migrations in order, each in its own transaction, under an advisory lock. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('select pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query('create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())');
    const done = new Set((await client.query<{ id: string }>('select id from schema_migrations')).rows.map((r) => r.id));
    for (const m of migrationFiles()) {
      if (done.has(m.id)) continue;
      await client.query('begin');
      try {
        await client.query(m.sql);
        await client.query('insert into schema_migrations (id) values ($1)', [m.id]);
        await client.query('commit');
        applied.push(m.id);
      } catch (err) {
        await client.query('rollback');
        throw new Error(`migration ${m.id} failed: ${(err as Error).message}`, { cause: err });
      }
    }
  } finally {
    await client.query('select pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return applied;
}

/** Names of migration files not yet applied (readiness check). */
export async function pendingMigrations(query: (sql: string) => Promise<{ id: string }[]>): Promise<string[]> {
  const done = new Set((await query('select id from schema_migrations')).map((r) => r.id));
  return migrationFiles()
    .filter((m) => !done.has(m.id))
    .map((m) => m.id);
}
