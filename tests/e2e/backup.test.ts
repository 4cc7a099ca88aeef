import { chmodSync, cpSync, existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupEmbedded, latestBackup, layOutBackup, clearRecoverySettings, tableChecksums, verifyBackup } from '../../server/db/backup.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/db/embedded.js';

/**
 * A3 data backup and recovery (issue #13 finding 11): a base backup with checksums of the embedded cluster,
 * restored after a change (the change is gone, the data is back), and a point-in-time restore through the
 * WAL archive to a chosen second.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'qifu-backup-'));
chmodSync(dataDir, 0o755); // as root, the postgres user runs the server and must enter it
const pgDir = join(dataDir, 'pg');
let db: EmbeddedDatabase | undefined;

afterAll(async () => {
  await db?.stop().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

async function restore(port: number, target: Parameters<typeof layOutBackup>[3]): Promise<EmbeddedDatabase> {
  renameSync(pgDir, `${pgDir}.before-${Date.now()}`);
  await layOutBackup(latestBackup(dataDir), pgDir, join(dataDir, 'wal-archive'), target);
  const restored = await startEmbeddedPostgres(pgDir, port);
  await clearRecoverySettings(restored.ownerUrl);
  return restored;
}

describe('A3 backup and restore', () => {
  let port: number;
  let backup: Awaited<ReturnType<typeof backupEmbedded>>;
  // One backup of a 1,000-row table for both tests (each test leaves it as it found it).
  beforeAll(async () => {
    port = await freePort();
    db = await startEmbeddedPostgres(pgDir, port);
    await sql(db.ownerUrl, 'create table ledger (id int primary key, note text)');
    await sql(db.ownerUrl, `insert into ledger select g, 'row ' || g from generate_series(1, 1000) g`);
    backup = await backupEmbedded({ dataDir, ownerUrl: db.ownerUrl, archiveDir: db.archiveDir! });
  }, 60_000);

  it('backs up with checksums, restores after a change, and restores to a chosen second from the WAL archive', async () => {
    expect(Object.keys(backup.manifest.files).length).toBeGreaterThan(100);
    await verifyBackup(backup.dir);
    db ??= await startEmbeddedPostgres(pgDir, port);

    // Changes after the backup: one kept by the point-in-time restore, one after the chosen second.
    await sql(db.ownerUrl, `update ledger set note = 'kept' where id = 1`);
    const [{ t }] = await sql<{ t: Date }>(db.ownerUrl, 'select now() as t');
    await new Promise((r) => setTimeout(r, 1500));
    await sql(db.ownerUrl, `delete from ledger where id > 500`);
    const [{ wal }] = await sql<{ wal: string }>(db.ownerUrl, 'select pg_walfile_name(pg_switch_wal()) as wal');
    for (let i = 0; i < 100; i++) {
      const [a] = await sql<{ last: string | null }>(db.ownerUrl, 'select last_archived_wal as last from pg_stat_archiver');
      if (a.last && a.last >= wal) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await db.stop();

    // To the chosen second first (recovery follows the newest timeline, and every restore starts one):
    // the update is there, the delete is not.
    db = await restore(port, { kind: 'time', time: t.toISOString() });
    const rows = await sql<{ n: number; note: string }>(db.ownerUrl, `select count(*)::int as n, (select note from ledger where id = 1) as note from ledger`);
    expect(rows).toEqual([{ n: 1000, note: 'kept' }]);
    const sums = await tableChecksums(db.ownerUrl);
    expect(sums.find((s) => s.table === 'ledger')).toMatchObject({ rows: 1000 });
    await db.stop();
    // To the end of the backup: the 1,000 rows as they were.
    db = await restore(port, { kind: 'backup' });
    expect(await sql(db.ownerUrl, 'select count(*)::int as n, (select note from ledger where id = 1) as first from ledger')).toEqual([
      { n: 1000, first: 'row 1' },
    ]);
    await db.stop();
    db = undefined;
  }, 90_000);

  it('refuses a backup whose files no longer match the manifest', async () => {
    // A copy, so the backup the restore test reads stays intact whatever the order.
    const dir = join(dataDir, 'tampered-copy');
    cpSync(backup.dir, dir, { recursive: true });
    writeFileSync(join(dir, 'pg', 'PG_VERSION'), '99\n');
    await expect(verifyBackup(dir)).rejects.toThrow(/checksum of pg\/PG_VERSION/);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });
});
