import type { EntityManager } from '@mikro-orm/postgresql';
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

/**
 * Appends a security event to the audit log. Pass the transaction's EntityManager so the entry commits
 * with the change it records; without one it is written on its own (failures must be kept).
 */
export async function audit(ctx: Ctx, entry: AuditEntry, em: EntityManager = ctx.em): Promise<void> {
  const actorId = entry.actorId !== undefined ? entry.actorId : (ctx.viewer?.accountId ?? null);
  await em.execute(
    `insert into audit_log (actor_id, actor_role, ip, operation, object_type, object_id, result, detail, request_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      actorId,
      ctx.viewer?.roles.join(',') || null,
      ctx.ip,
      entry.operation,
      entry.objectType ?? null,
      entry.objectId ?? null,
      entry.result,
      JSON.stringify(entry.detail ?? {}),
      ctx.requestId,
    ],
  );
}

/**
 * A signed-in viewer addressed another tenant's object by id (it was answered as if it did not exist). Only
 * direct look-ups call this, not relations a page resolves on its own, so each row is an attempt worth reading.
 */
export async function auditCrossTenant(ctx: Ctx, objectType: string, objectId: string): Promise<void> {
  if (!ctx.viewer) return;
  await audit(ctx, { operation: 'authz.crossTenant', objectType, objectId, result: 'FAILURE', detail: { enterpriseId: ctx.viewer.enterpriseId, institutionId: ctx.viewer.institutionId } });
}
