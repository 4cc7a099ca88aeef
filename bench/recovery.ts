/**
 * `npm run bench -- recovery`: the audit chain and the backups at 1,000,000 audit rows (issue #13):
 * `audit:verify` over the whole chain and with one row tampered by the owner, a base backup, and the restore
 * drill's recovery time (target ≤ 60 s) with every table's row count and checksum.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { chainHmac } from '../server/common/audit-chain.js';
import { verifyAuditChain } from '../server/db/audit-verify.js';
import { backupEmbedded, layOutBackup, tableChecksums } from '../server/db/backup.js';
import { startEmbeddedPostgres } from '../server/db/embedded.js';
import { migrate } from '../server/db/migrate.js';
import { grantApplicationRole } from '../server/db/roles.js';

const ROWS = Number(process.env.QIFU_BENCH_AUDIT_ROWS ?? 1_000_000);
const BATCH = 50_000;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function fill(url: string, key: Buffer): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const base = BigInt(Date.UTC(2026, 0, 1)) * 1000n;
    let prev: Buffer | null = null;
    for (let from = 1; from <= ROWS; from += BATCH) {
      const seqs: string[] = [],
        ats: string[] = [],
        ops: string[] = [],
        ids: string[] = [],
        macs: string[] = [];
      for (let i = from; i < Math.min(from + BATCH, ROWS + 1); i++) {
        const atUs = (base + BigInt(i) * 1000n).toString();
        const row = {
          seq: String(i),
          atUs,
          actorId: null,
          actorRole: null,
          ip: '10.0.0.1',
          operation: i % 3 ? 'auth.login' : 'policy.publish',
          objectType: null,
          objectId: String(i),
          result: 'SUCCESS',
          detailText: '{}',
          requestId: null,
        };
        const mac = chainHmac(key, prev, row);
        prev = mac;
        seqs.push(row.seq);
        ats.push(atUs);
        ops.push(row.operation);
        ids.push(row.objectId);
        macs.push(mac.toString('hex'));
      }
      await client.query(
        `insert into audit_log (seq, at, ip, operation, object_id, result, detail, hmac)
         select s, to_timestamp(a::numeric / 1000000), '10.0.0.1', o, i, 'SUCCESS', '{}', decode(h, 'hex')
           from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[]) as t(s, a, o, i, h)`,
        [seqs, ats, ops, ids, macs],
      );
    }
  } finally {
    await client.end();
  }
}

export async function runRecoveryBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qifu-bench-recovery-'));
  chmodSync(dataDir, 0o755);
  const key = randomBytes(32);
  const db = await startEmbeddedPostgres(join(dataDir, 'pg'), 56000 + (process.pid % 3000));
  try {
    await migrate(db.ownerUrl);
    await grantApplicationRole(db.ownerUrl, 'qifu_app');
    let t = Date.now();
    await fill(db.ownerUrl, key);
    console.log(`recovery bench: ${ROWS.toLocaleString()} chained audit rows written in ${secs(Date.now() - t)}`);
    const ok = await verifyAuditChain(db.url, key);
    console.log(`  audit:verify over ${ok.rows.toLocaleString()} rows: ${ok.ok ? 'OK' : 'BROKEN'} in ${secs(ok.ms)}`);
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const victim = Math.floor(ROWS * 0.65);
    await owner.query('begin');
    await owner.query('set local session_replication_role = replica');
    await owner.query(`update audit_log set operation = 'auth.logout' where seq = $1`, [victim]);
    await owner.query('commit');
    await owner.end();
    const bad = await verifyAuditChain(db.url, key);
    console.log(`  tampered seq ${victim}: ${bad.ok ? 'NOT FOUND' : `named row id ${bad.id} seq ${bad.seq} at ${bad.at?.toISOString()}`} in ${secs(bad.ms)}`);
    t = Date.now();
    const { dir } = await backupEmbedded({ dataDir, ownerUrl: db.ownerUrl, archiveDir: db.archiveDir! });
    console.log(`  backup (base backup + WAL + SHA-256 manifest): ${secs(Date.now() - t)}`);
    t = Date.now();
    const scratch = join(dataDir, 'drill', 'pg');
    await layOutBackup(dir, scratch, undefined, { kind: 'backup' });
    const laid = Date.now();
    const drill = await startEmbeddedPostgres(scratch, 57000 + (process.pid % 3000), { persistent: false, archive: false, secretsDir: dataDir });
    const ready = Date.now();
    const sums = await tableChecksums(drill.ownerUrl);
    const counted = Date.now();
    await drill.stop();
    const audit = sums.find((s) => s.table === 'audit_log');
    const total = ready - t;
    console.log(
      `  restore drill: checksums + layout ${secs(laid - t)}, recovery to ready ${secs(ready - laid)}: ${secs(total)} (target ≤ 60 s: ${total <= 60_000 ? 'PASS' : 'MISS'}); counting ${secs(counted - ready)}`,
    );
    console.log(`  audit_log after restore: ${audit?.rows.toLocaleString()} rows, checksum ${audit?.checksum}`);
  } finally {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
