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
  };
  if (secrets.ownerPassword !== stored.ownerPassword || secrets.appPassword !== stored.appPassword || secrets.auditKey !== stored.auditKey) {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a crash never leaves a half-written file (a lost password locks the data out).
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, file);
  }
  chmodSync(file, 0o600);
  return secrets;
}

/** The audit chain key: QIFU_AUDIT_KEY (64 hex digits) or the one generated into the data directory. */
export function auditKeyFrom(configured: string | undefined, dataDir: string): Buffer {
  if (configured) {
    if (!/^[0-9a-fA-F]{64}$/.test(configured)) throw new Error('QIFU_AUDIT_KEY must be 64 hex digits (32 bytes): openssl rand -hex 32');
    return Buffer.from(configured, 'hex');
  }
  return Buffer.from(localSecrets(dataDir).auditKey, 'hex');
}
