import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAuditRow } from '../../../common/audit.js';
import type { PlatformDeps } from '../../../common/system-context.js';
import { systemContext } from '../../../common/system-context.js';
import type { JobRow } from '../../../common/jobs.js';
import { runImport, type LineReport } from './import.service.js';
import type { ImportFormatName } from './import.parse.js';

export const POLICY_IMPORT_QUEUE = 'policy.import';

/** Writes reports (idempotently, a retried job rewrites nothing) and the counters. */
export async function saveImportProgress(em: EntityManager, importId: string, reports: LineReport[], total: number, written: number): Promise<void> {
  const fresh = reports.slice(written);
  if (fresh.length) {
    await em.execute(
      `insert into policy_import_line (import_id, line_no, result, policy_id, reason)
       select ?, x.line_no, x.result, x.policy_id, x.reason from jsonb_to_recordset(?::jsonb) as x(line_no int, result text, policy_id uuid, reason text)
       on conflict do nothing`,
      [importId, JSON.stringify(fresh.map((r) => ({ line_no: r.lineNo, result: r.result, policy_id: r.policyId, reason: r.reason })))],
    );
  }
  const count = (k: LineReport['result']) => reports.filter((r) => r.result === k).length;
  await em.execute(`update policy_import set total = ?, processed = ?, created = ?, updated = ?, unchanged = ?, errored = ? where id = ?`, [
    total,
    reports.length,
    count('CREATED'),
    count('UPDATED'),
    count('UNCHANGED'),
    count('ERROR'),
    importId,
  ]);
}

/** Runs a queued import; each chunk commits on its own so progress is visible while it runs. */
export function importJobHandler(deps: PlatformDeps) {
  return async (job: JobRow<{ importId: string }>) => {
    const em = deps.orm.em.fork();
    const [imp] = await em.execute<{ id: string; siteId: string; format: ImportFormatName; content: string; createdBy: string | null }[]>(
      `update policy_import set status = 'RUNNING' where id = ? returning id, site_id as "siteId", format, content, created_by as "createdBy"`,
      [job.payload.importId],
    );
    if (!imp) return;
    const ctx = systemContext(deps, null);
    let written = 0;
    const reports = await runImport(ctx, { siteId: imp.siteId, actorId: imp.createdBy, now: deps.clock.now() }, imp.format, imp.content, {
      onChunk: async (done, total) => {
        await saveImportProgress(deps.orm.em.fork(), imp.id, done, total, written);
        written = done.length;
      },
    });
    const fin = deps.orm.em.fork();
    await saveImportProgress(fin, imp.id, reports, Math.max(reports.length, 0), reports.length);
    await fin.execute(`update policy_import set status = 'DONE', finished_at = ? where id = ?`, [deps.clock.now(), imp.id]);
    await appendAuditRow(fin, deps.config, {
      actorId: imp.createdBy,
      actorRole: null,
      ip: null,
      operation: 'policy.import',
      objectType: 'PolicyImport',
      objectId: imp.id,
      result: 'SUCCESS',
      detail: { lines: reports.length, errors: reports.filter((r) => r.result === 'ERROR').length },
      requestId: null,
    });
  };
}
