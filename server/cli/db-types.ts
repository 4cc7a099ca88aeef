/**
 * `npm run db:types`: migrates a scratch database (on DATABASE_URL's server, or a temporary embedded
 * PostgreSQL) and rewrites server/db/tables.generated.ts from its catalogue. Run it after adding a migration.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { GENERATED_FILE, generateTableTypes } from '../db/codegen.js';
import { projectRoot } from '../db/paths.js';
import { scratchDatabase } from '../db/scratch.js';

async function main(): Promise<void> {
  const db = await scratchDatabase('qifu_db_types');
  try {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const text = await generateTableTypes(client);
      writeFileSync(join(projectRoot(), GENERATED_FILE), text);
      console.log(`wrote ${GENERATED_FILE}`);
    } finally {
      await client.end();
    }
  } finally {
    await db.close();
  }
}

await main();
