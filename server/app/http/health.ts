import type { ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pendingMigrations } from '../../db/migrate.js';
import { sendJson } from './respond.js';

export const LIVE_PATH = '/healthz';
export const READY_PATH = '/readyz';

/** Liveness: the process answers. */
export function sendLive(res: ServerResponse): void {
  sendJson(res, 200, { status: 'ok' });
}

/** Readiness: the database answers and has no pending migration (503 with the reason otherwise). */
export function readiness(orm: MikroORM): (res: ServerResponse) => Promise<void> {
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
    const r = await check();
    sendJson(res, r.ok ? 200 : 503, r.ok ? { status: 'ready' } : { status: 'not ready', ...r });
  };
}
