import { createHmac } from 'node:crypto';

/**
 * The keyed hash chain over audit_log (migration 0018). Row n stores
 *   hmac_n = HMAC-SHA256(key, hmac_{n-1} || canonical(row_n))
 * in the order of `seq`, which `audit_chain_next()` hands out under a transaction-scoped advisory lock: the
 * next writer waits until the previous one committed or rolled back, so the chain never forks and has no
 * holes. The key never enters the database (QIFU_AUDIT_KEY, or generated into the data directory), so the
 * owner role can rewrite a row but not its hmac, and `npm run audit:verify` names the first row that differs.
 */
export interface ChainedAuditRow {
  seq: string;
  /** `at` in microseconds since the epoch (as text, from the database). */
  atUs: string;
  actorId: string | null;
  actorRole: string | null;
  ip: string | null;
  operation: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  /** `detail::text` as PostgreSQL normalises jsonb. */
  detailText: string;
  requestId: string | null;
}

/** Length-prefixed fields (bytes), so no value can imitate a separator; null is distinct from ''. */
export function canonicalAuditRow(r: ChainedAuditRow): Buffer {
  const fields = [r.seq, r.atUs, r.actorId, r.actorRole, r.ip, r.operation, r.objectType, r.objectId, r.result, r.detailText, r.requestId];
  return Buffer.from(fields.map((f) => (f === null ? '~' : `${Buffer.byteLength(f)}:${f}`)).join('|'), 'utf8');
}

export function chainHmac(key: Buffer, prev: Buffer | null, row: ChainedAuditRow): Buffer {
  const mac = createHmac('sha256', key);
  if (prev) mac.update(prev);
  return mac.update(canonicalAuditRow(row)).digest();
}

/** The columns `canonicalAuditRow` reads, as a select list over audit_log. */
export const CHAINED_COLUMNS = `id, seq::text as seq, at, (extract(epoch from at) * 1000000)::bigint::text as at_us, actor_id::text as actor_id,
  actor_role, ip, operation, object_type, object_id, result, detail::text as detail_text, request_id, hmac`;
// Note: `seq` is aliased to text here; order and filter by the table's column (`a.seq`), not the alias.

export interface ChainedDbRow {
  id: string;
  seq: string;
  at: Date;
  at_us: string;
  actor_id: string | null;
  actor_role: string | null;
  ip: string | null;
  operation: string;
  object_type: string | null;
  object_id: string | null;
  result: string;
  detail_text: string;
  request_id: string | null;
  hmac: Buffer | null;
}

export function chainedRowOf(r: Omit<ChainedDbRow, 'hmac' | 'id' | 'at'>): ChainedAuditRow {
  return {
    seq: r.seq,
    atUs: r.at_us,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    ip: r.ip,
    operation: r.operation,
    objectType: r.object_type,
    objectId: r.object_id,
    result: r.result,
    detailText: r.detail_text,
    requestId: r.request_id,
  };
}
