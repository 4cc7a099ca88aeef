import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Config } from '../config/index.js';

/**
 * Secrets the database keeps for us (TOTP seeds) are sealed with AES-256-GCM under a key that never enters
 * the database (QIFU_DATA_KEY, or generated into the data directory): a dump, a backup or a reader of the
 * table learns nothing. The associated data binds a sealed value to its row, so it cannot be moved to another.
 * Format: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
const PREFIX = 'v1.';

function keyOf(config: Pick<Config, 'dataKey'>): Buffer {
  if (!config.dataKey) throw new Error('data key not configured (QIFU_DATA_KEY or the data directory)');
  return Buffer.from(config.dataKey, 'hex');
}

export const isSealed = (value: string) => value.startsWith(PREFIX);

export function seal(config: Pick<Config, 'dataKey'>, plaintext: string, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(config), iv).setAAD(Buffer.from(boundTo, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return PREFIX + [iv, cipher.getAuthTag(), ct].map((b) => b.toString('base64url')).join('.');
}

/** Opens a sealed value; throws when it was altered, moved to another row or sealed under another key. */
export function unseal(config: Pick<Config, 'dataKey'>, sealed: string, boundTo: string): string {
  const [iv, tag, ct] = sealed
    .slice(PREFIX.length)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', keyOf(config), iv).setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
}
