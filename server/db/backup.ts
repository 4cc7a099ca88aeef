import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import pg from 'pg';
import { postgresOwner } from './embedded.js';

/**
 * Physical backups of the embedded cluster, and restores to the backup point or to a chosen time by
 * replaying the WAL archive (point-in-time recovery). Physical, not pg_dump: the embedded package ships no
 * pg_dump, Debian's client is older than server 18 (pg_dump refuses newer servers), and a point-in-time
 * restore needs a base backup plus WAL anyway. Layout of one backup:
 *   <dataDir>/backups/<name>/pg/…          the data directory with backup_label and the WAL it needs
 *   <dataDir>/backups/<name>/files/…       local files under the data directory (when there are any)
 *   <dataDir>/backups/<name>/manifest.json SHA-256 of every file above, checked before any restore
 * Secrets (secrets.json: passwords, audit key) are not in a backup: keep them apart (docs/security.md).
 */
export const MANIFEST = 'manifest.json';

export interface BackupManifest {
  format: 'qifu-physical-1' | 'qifu-pg-dump-1';
  name: string;
  createdAt: string;
  startLsn: string;
  stopLsn: string;
  files: Record<string, string>;
}

// Contents PostgreSQL documents as safe (and better) to leave out of a base backup.
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'recovery.signal', 'standby.signal']);
const EMPTY_DIRS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);

function copyTree(from: string, to: string, top = true): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  let entries: string[];
  try {
    entries = readdirSync(from);
  } catch {
    return; // a folder dropped while copying: WAL replay recreates what is needed
  }
  for (const name of entries) {
    if (top && SKIP_FILES.has(name)) continue;
    if (name.startsWith('pgsql_tmp')) continue;
    const src = join(from, name);
    const dst = join(to, name);
    try {
      const st = lstatSync(src);
      if (st.isDirectory()) {
        if (top && EMPTY_DIRS.has(name)) mkdirSync(join(dst, name === 'pg_wal' ? 'archive_status' : ''), { recursive: true, mode: 0o700 });
        else copyTree(src, dst, false);
      } else if (st.isFile()) copyFileSync(src, dst);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err; // a file dropped while copying
    }
  }
}

function listFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isDirectory()) out.push(...listFiles(root, path));
    else if (st.isFile()) out.push(relative(root, path));
  }
  return out;
}

function sha256(path: string): Promise<string> {
  return new Promise((ok, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => hash.update(c))
      .on('end', () => ok(hash.digest('hex')))
      .on('error', fail);
  });
}

export async function checksums(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const f of listFiles(root).sort()) if (f !== MANIFEST) files[f] = await sha256(join(root, f));
  return files;
}

/** Every file of the manifest present with its checksum, and nothing missing; throws naming the first difference. */
export async function verifyBackup(dir: string): Promise<BackupManifest> {
  const manifestPath = join(dir, MANIFEST);
  if (!existsSync(manifestPath)) throw new Error(`${dir} has no ${MANIFEST}: not a Qifu backup`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BackupManifest;
  for (const [file, sum] of Object.entries(manifest.files)) {
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`backup damaged: ${file} is missing`);
    if ((await sha256(path)) !== sum) throw new Error(`backup damaged: checksum of ${file} differs from the manifest`);
  }
  return manifest;
}

/** Base backup of the running embedded cluster (as the superuser) with the WAL to make it consistent. */
export async function backupEmbedded(opts: {
  dataDir: string;
  ownerUrl: string;
  archiveDir: string;
  out?: string;
}): Promise<{ dir: string; manifest: BackupManifest }> {
  const dataDir = resolve(opts.dataDir);
  const name = `qifu-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const dir = resolve(opts.out ?? join(dataDir, 'backups', name));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const client = new pg.Client({ connectionString: opts.ownerUrl });
  await client.connect();
  let startLsn: string;
  let stopLsn: string;
  try {
    startLsn = (await client.query<{ lsn: string }>(`select pg_backup_start($1, true)::text as lsn`, [name])).rows[0].lsn;
    try {
      copyTree(join(dataDir, 'pg'), join(dir, 'pg'));
    } catch (err) {
      await client.query('select pg_backup_stop(false)').catch(() => {});
      throw err;
    }
    // wait_for_archive: returns once every WAL segment the backup needs is in the archive.
    const stop = (
      await client.query<{ lsn: string; labelfile: string; walfile: string }>(
        `select lsn::text as lsn, labelfile, pg_walfile_name(lsn) as walfile from pg_backup_stop(true)`,
      )
    ).rows[0];
    stopLsn = stop.lsn;
    writeFileSync(join(dir, 'pg', 'backup_label'), stop.labelfile);
    const startFile = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(stop.labelfile)?.[1];
    if (!startFile) throw new Error('backup_label without a start WAL file');
    // The segments from the start to the stop location travel with the backup, so it restores on its own.
    for (const f of readdirSync(opts.archiveDir)) {
      if (/^[0-9A-F]{24}$/.test(f) && f >= startFile && f <= stop.walfile) copyFileSync(join(opts.archiveDir, f), join(dir, 'pg', 'pg_wal', f));
    }
  } finally {
    await client.end();
  }
  const files = join(dataDir, 'files');
  if (existsSync(files)) cpSync(files, join(dir, 'files'), { recursive: true });
  const manifest: BackupManifest = { format: 'qifu-physical-1', name, createdAt: new Date().toISOString(), startLsn, stopLsn, files: await checksums(dir) };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return { dir, manifest };
}

/** The newest backup under `<dataDir>/backups`. */
export function latestBackup(dataDir: string): string {
  const root = join(resolve(dataDir), 'backups');
  const all = existsSync(root)
    ? readdirSync(root)
        .filter((n) => existsSync(join(root, n, MANIFEST)))
        .sort()
    : [];
  if (!all.length) throw new Error(`no backup under ${root}: run npm run backup first`);
  return join(root, all[all.length - 1]);
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (lstatSync(path).isDirectory()) for (const n of readdirSync(path)) chownTree(join(path, n), uid, gid);
}

/** PostgreSQL's recovery_target_time takes no ISO 'T'/'Z': any time Date parses, as 'YYYY-MM-DD HH:MM:SS.mmm+00'. */
export function recoveryTime(input: string): string {
  const d = new Date(input);
  if (Number.isNaN(d.getTime())) throw new Error(`not a time: ${input} (e.g. "2026-12-07 10:15:30+08:00")`);
  return d.toISOString().replace('T', ' ').replace('Z', '+00');
}

export type RecoveryTarget = { kind: 'backup' } | { kind: 'time'; time: string } | { kind: 'latest' };

/**
 * Lays a verified backup out as the data directory `pgDir` (which must not exist) and arranges recovery:
 * to the end of the backup, to a time, or through the whole archive. The recovery itself happens when the
 * server next starts; the recovery settings are written to postgresql.auto.conf and removed afterwards
 * by `clearRecoverySettings`.
 */
export async function layOutBackup(backupDir: string, pgDir: string, archiveDir: string | undefined, target: RecoveryTarget): Promise<BackupManifest> {
  const manifest = await verifyBackup(backupDir);
  if (existsSync(pgDir)) throw new Error(`${pgDir} exists: move it aside first`);
  cpSync(join(backupDir, 'pg'), pgDir, { recursive: true });
  chmodSync(pgDir, 0o700);
  const wal = join(pgDir, 'pg_wal');
  let source = archiveDir ?? wal;
  if (target.kind === 'backup' || !archiveDir) {
    // The backup's own segments, moved beside the data directory (restore_command must not copy a file onto itself).
    source = resolve(pgDir, '..', `${manifest.name}-wal`);
    mkdirSync(source, { recursive: true });
    for (const f of readdirSync(wal)) if (/^[0-9A-F]{24}$/.test(f)) renameSync(join(wal, f), join(source, f));
  }
  const settings = [
    `restore_command = 'test -f "${source}/%f" && cp "${source}/%f" "%p"'`,
    target.kind === 'backup' ? `recovery_target = 'immediate'` : '',
    target.kind === 'time' ? `recovery_target_time = '${recoveryTime(target.time)}'` : '',
    `recovery_target_action = 'promote'`,
  ].filter(Boolean);
  const conf = join(pgDir, 'postgresql.auto.conf');
  writeFileSync(conf, `${readFileSync(conf, 'utf8')}\n# qifu restore\n${settings.join('\n')}\n`);
  writeFileSync(join(pgDir, 'recovery.signal'), '');
  if (process.getuid?.() === 0) {
    const owner = postgresOwner();
    if (owner) chownTree(source, owner.uid, owner.gid);
  }
  if (process.getuid?.() === 0) {
    const owner = postgresOwner();
    if (owner) chownTree(pgDir, owner.uid, owner.gid);
  }
  return manifest;
}

/** After recovery: the restore settings go, so the next start is an ordinary one. */
export async function clearRecoverySettings(superUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: superUrl });
  await client.connect();
  try {
    for (const s of ['restore_command', 'recovery_target', 'recovery_target_time', 'recovery_target_action']) await client.query(`alter system reset ${s}`);
  } finally {
    await client.end();
  }
}

/** Row count and an order-independent checksum of every table in the public schema. */
export async function tableChecksums(url: string): Promise<{ table: string; rows: number; checksum: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query<{ t: string }>(`select tablename as t from pg_tables where schemaname = 'public' order by tablename`)).rows;
    const out: { table: string; rows: number; checksum: string }[] = [];
    for (const { t } of tables) {
      const r = await client.query<{ n: string; sum: string }>(
        `select count(*)::text as n, coalesce(sum(('x' || substr(md5(x::text), 1, 15))::bit(60)::bigint), 0)::text as sum from "${t}" x`,
      );
      out.push({ table: t, rows: Number(r.rows[0].n), checksum: (BigInt(r.rows[0].sum) & 0xffffffffffffffffn).toString(16).padStart(16, '0') });
    }
    return out;
  } finally {
    await client.end();
  }
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', (e) => fail(new Error(`${cmd}: ${e.message} (install a PostgreSQL client at least as new as the server)`)));
    child.once('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} exited ${code}: ${err.trim()}`))));
  });
}

/** DATABASE_URL: `pg_dump -Fc` as the owner, with a manifest like the embedded backups. */
export async function backupExternal(opts: { dataDir: string; ownerUrl: string; out?: string }): Promise<{ dir: string; manifest: BackupManifest }> {
  const name = `qifu-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const dir = resolve(opts.out ?? join(resolve(opts.dataDir), 'backups', name));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  await run('pg_dump', ['-Fc', '-f', join(dir, 'db.dump'), opts.ownerUrl]);
  const files = join(resolve(opts.dataDir), 'files');
  if (existsSync(files)) cpSync(files, join(dir, 'files'), { recursive: true });
  const manifest: BackupManifest = {
    format: 'qifu-pg-dump-1',
    name,
    createdAt: new Date().toISOString(),
    startLsn: '',
    stopLsn: '',
    files: await checksums(dir),
  };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return { dir, manifest };
}

/** DATABASE_URL: checksums, then `pg_restore --clean --if-exists` as the owner. */
export async function restoreExternal(backupDir: string, ownerUrl: string): Promise<void> {
  await verifyBackup(backupDir);
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '-d', ownerUrl, join(backupDir, 'db.dump')]);
}
