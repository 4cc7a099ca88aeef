import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config/index.js';
import { chainHmac } from './audit-chain.js';
import type { Ctx } from './context.js';

export interface AuditEntry {
  operation: string;
  objectType?: string;
  objectId?: string | null;
  result: 'SUCCESS' | 'FAILURE';
  detail?: Record<string, unknown>;
  /** Actor when not the viewer (e.g. the account of a failed login). */
  actorId?: string | null;
}

export interface AuditRow {
  actorId: string | null;
  actorRole: string | null;
  ip: string | null;
  operation: string;
  objectType: string | null;
  objectId: string | null;
  result: 'SUCCESS' | 'FAILURE';
  detail: Record<string, unknown>;
  requestId: string | null;
}

function chainKey(config: Config): Buffer {
  if (!config.auditKey) throw new Error('audit chain key not configured (QIFU_AUDIT_KEY or the data directory)');
  return Buffer.from(config.auditKey, 'hex');
}

async function appendChained(em: EntityManager, key: Buffer, row: AuditRow): Promise<void> {
  const detail = JSON.stringify(row.detail);
  // bytea travels as hex text: MikroORM's transaction path and the pool path (patches/) map Buffers differently.
  const [next] = await em.execute<{ next_seq: string; prev_hmac: string | null; at_us: string; detail_text: string }[]>(
    `select next_seq::text as next_seq, encode(prev_hmac, 'hex') as prev_hmac, at_us::text as at_us, detail_text from audit_chain_next(?::jsonb)`,
    [detail],
  );
  const actorId = row.actorId?.toLowerCase() ?? null;
  const hmac = chainHmac(key, next.prev_hmac === null ? null : Buffer.from(next.prev_hmac, 'hex'), {
    seq: next.next_seq,
    atUs: next.at_us,
    actorId,
    actorRole: row.actorRole,
    ip: row.ip,
    operation: row.operation,
    objectType: row.objectType,
    objectId: row.objectId,
    result: row.result,
    detailText: next.detail_text,
    requestId: row.requestId,
  });
  // `at` defaults to now(): the same transaction's time that audit_chain_next() returned.
  await em.execute(
    `insert into audit_log (seq, hmac, actor_id, actor_role, ip, operation, object_type, object_id, result, detail, request_id)
     values (?, decode(?, 'hex'), ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [next.next_seq, hmac.toString('hex'), actorId, row.actorRole, row.ip, row.operation, row.objectType, row.objectId, row.result, detail, row.requestId],
  );
}

/**
 * Appends one row to the audit log's hash chain (server/common/audit-chain.ts). Inside a transaction the
 * chain position is held until it commits; outside one, a short transaction of its own is used (the
 * position and the insert must share one transaction and one `now()`).
 */
export async function appendAuditRow(em: EntityManager, config: Config, row: AuditRow): Promise<void> {
  const key = chainKey(config);
  if (em.isInTransaction()) await appendChained(em, key, row);
  else await em.transactional((tx) => appendChained(tx, key, row));
}

/** Appends the rows a mutation deferred (see `audit`), in the order they were recorded, in its transaction. */
export async function appendDeferredAudit(em: EntityManager, config: Config, rows: readonly AuditRow[]): Promise<void> {
  for (const row of rows) await appendChained(em, chainKey(config), row);
}

/**
 * Appends a security event to the audit log. Pass the transaction's EntityManager so the entry commits
 * with the change it records; without one it is written on its own (failures must be kept). Inside a
 * `mutation()` the row joins the chain when the mutation's work is done, just before commit: the chain's
 * lock then covers the commit alone, and no other lock is taken after it (no waits, no deadlocks through it).
 */
export async function audit(ctx: Ctx, entry: AuditEntry, em: EntityManager = ctx.em): Promise<void> {
  const actorId = entry.actorId !== undefined ? entry.actorId : (ctx.viewer?.accountId ?? null);
  const row: AuditRow = {
    actorId,
    actorRole: ctx.viewer?.roles.join(',') || (ctx.client ? 'CLIENT' : null),
    ip: ctx.ip,
    operation: entry.operation,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result,
    detail: entry.detail ?? {},
    requestId: ctx.requestId,
  };
  if (ctx.deferredAudit?.em === em) ctx.deferredAudit.rows.push(row);
  else await appendAuditRow(em, ctx.config, row);
}

/**
 * A signed-in viewer addressed another tenant's object by id (it was answered as if it did not exist). Only
 * direct look-ups call this, not relations a page resolves on its own, so each row is an attempt worth reading.
 */
export async function auditCrossTenant(ctx: Ctx, objectType: string, objectId: string): Promise<void> {
  if (!ctx.viewer) return;
  await audit(ctx, {
    operation: 'authz.crossTenant',
    objectType,
    objectId,
    result: 'FAILURE',
    detail: { enterpriseId: ctx.viewer.enterpriseId, institutionId: ctx.viewer.institutionId },
  });
}
