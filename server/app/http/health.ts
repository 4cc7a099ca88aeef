import type { ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger.js';
import { pendingMigrations } from '../../db/migrate.js';
import { sendJson } from './respond.js';

export const LIVE_PATH = '/healthz';
export const READY_PATH = '/readyz';

/** Liveness: the process answers. */
export function sendLive(res: ServerResponse): void {
  sendJson(res, 200, { status: 'ok' });
}

/**
 * Readiness: the database answers and has no pending migration. The public answer is terse (`ready` or
 * `not ready`, 503): a raw driver error or migration names tell an outsider too much; the reason is logged.
 */
export function readiness(orm: MikroORM, log: Logger): (res: ServerResponse) => Promise<void> {
  async function check(): Promise<{ ok: boolean; pending?: string[]; error?: string }> {
    try {
      const em = orm.em.fork();
      const pending = await pendingMigrations((sql) => em.execute(sql));
      return pending.length ? { ok: false, pending } : { ok: true };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  }
  return async (res) => {
    const { ok, ...reason } = await check();
    if (!ok) log.warn('not ready', reason);
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
  };
}
