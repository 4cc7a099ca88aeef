import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { GENERATED_FILE, generateTableTypes } from '../server/db/codegen.js';

async function onAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
  await admin.query(sql);
  await admin.end();
}

describe('generated row types', () => {
  it(`${GENERATED_FILE} matches the migrated schema`, async () => {
    // A clone, not the template itself: a session on the template would make other files' clones fail.
    const name = `qifu_t_${randomBytes(6).toString('hex')}`;
    await onAdmin(`create database ${name} template qifu_test_template`);
    const url = new URL(inject('adminDatabaseUrl'));
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const text = await generateTableTypes(client);
      expect(text, `${GENERATED_FILE} drifted from the migrations: run \`npm run db:types\` and commit it`).toBe(readFileSync(GENERATED_FILE, 'utf8'));
    } finally {
      await client.end();
      await onAdmin(`drop database if exists ${name} with (force)`);
    }
  }, 120_000); // catalogue reads of ~50 tables: seconds alone, slower beside the rest of the suite
});
