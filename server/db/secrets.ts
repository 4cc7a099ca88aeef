import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Secrets the embedded setup generates once and keeps in the data directory (never in code or in the
 * database): the PostgreSQL superuser's and the application role's passwords, and the audit chain key.
 * The file is mode 600; QIFU_AUDIT_KEY, when set, wins over the stored key.
 */
export interface LocalSecrets {
  /** Password of the `postgres` superuser: the migrator / owner of the embedded database. */
  ownerPassword: string;
  /** Password of the `qifu_app` login role the application connects as. */
  appPassword: string;
  /** HMAC key of the audit chain, hex (32 bytes). */
  auditKey: string;
  /** AES-256-GCM key for secrets kept in the database (TOTP seeds), hex (32 bytes). */
  dataKey: string;
}

export const SECRETS_FILE = 'secrets.json';

const newSecret = () => randomBytes(24).toString('base64url');

/** Reads `<dataDir>/secrets.json`, adding (and saving, mode 600) any secret it lacks. */
export function localSecrets(dataDir: string): LocalSecrets {
  const dir = resolve(dataDir);
  const file = join(dir, SECRETS_FILE);
  const stored: Partial<LocalSecrets> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>) : {};
  const secrets: LocalSecrets = {
    ownerPassword: stored.ownerPassword ?? newSecret(),
    appPassword: stored.appPassword ?? newSecret(),
    auditKey: stored.auditKey ?? randomBytes(32).toString('hex'),
    dataKey: stored.dataKey ?? randomBytes(32).toString('hex'),
  };
  if ((Object.keys(secrets) as (keyof LocalSecrets)[]).some((k) => secrets[k] !== stored[k])) {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a crash never leaves a half-written file (a lost password locks the data out).
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, file);
  }
  chmodSync(file, 0o600);
  return secrets;
}

function keyFrom(name: string, configured: string | undefined, stored: () => string): Buffer {
  if (configured) {
    if (!/^[0-9a-fA-F]{64}$/.test(configured)) throw new Error(`${name} must be 64 hex digits (32 bytes): openssl rand -hex 32`);
    return Buffer.from(configured, 'hex');
  }
  return Buffer.from(stored(), 'hex');
}

/** The audit chain key: QIFU_AUDIT_KEY (64 hex digits) or the one generated into the data directory. */
export const auditKeyFrom = (configured: string | undefined, dataDir: string): Buffer =>
  keyFrom('QIFU_AUDIT_KEY', configured, () => localSecrets(dataDir).auditKey);

/** The key that seals secrets stored in the database: QIFU_DATA_KEY (64 hex digits) or the generated one. */
export const dataKeyFrom = (configured: string | undefined, dataDir: string): Buffer =>
  keyFrom('QIFU_DATA_KEY', configured, () => localSecrets(dataDir).dataKey);
