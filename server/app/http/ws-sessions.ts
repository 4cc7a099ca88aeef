import type { MikroORM } from '@mikro-orm/postgresql';
import type { WebSocket } from 'ws';
import type { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/context.js';
import type { EventBus } from '../../common/events.js';
import type { Logger } from '../../common/logger.js';
import { ACCOUNT_ACCESS_CHANGED, accessOf, checkSession } from '../../modules/account/index.js';

/** graphql-ws' close code for an ended authorisation; the client may reconnect and sign in again. */
export const SESSION_ENDED_CLOSE = 4403;

interface Watch {
  socket: WebSocket;
  accountId: string;
  sessionId: string;
  /** Roles and memberships the socket's operations were authorised with. */
  access: string;
  expiresAt: number;
  /** A re-check in flight (set synchronously when an access event arrives, so later deliveries wait for it). */
  pending: Promise<boolean> | null;
  closed: boolean;
}

/**
 * Keeps each signed-in socket's session honest for as long as the socket lives. Subscriptions were authorised
 * when they started; the database publishes 'account.accessChanged' whenever a session is revoked or an account
 * is disabled or changes roles or membership (migration 0020), and every event delivered to a socket first
 * waits for the re-check that such a change started. A socket whose session ended, or whose access changed, is
 * closed with 4403 before anything else is sent; an idle-expired session is noticed at the next delivery.
 */
export class SocketSessions {
  private readonly bySocket = new Map<WebSocket, Watch>();
  private readonly byAccount = new Map<string, Set<Watch>>();
  private readonly off: () => void;

  constructor(
    private readonly orm: MikroORM,
    events: EventBus,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.off = events.on(ACCOUNT_ACCESS_CHANGED, ({ accountId }) => {
      for (const watch of this.byAccount.get(accountId) ?? []) this.startRecheck(watch);
    });
  }

  /** Remembers the session a socket's operation was authorised with (the socket carries one token for its life). */
  watch(socket: WebSocket, viewer: Viewer): void {
    if (this.bySocket.has(socket)) return;
    const watch: Watch = {
      socket,
      accountId: viewer.accountId,
      sessionId: viewer.sessionId,
      access: accessOf(viewer),
      expiresAt: 0,
      pending: null,
      closed: false,
    };
    this.bySocket.set(socket, watch);
    let set = this.byAccount.get(viewer.accountId);
    if (!set) this.byAccount.set(viewer.accountId, (set = new Set()));
    set.add(watch);
    socket.once('close', () => this.forget(watch));
    // Learns the expiry (and catches a change between resolving the session and getting here).
    this.startRecheck(watch);
  }

  /** Whether a result may still be sent on this socket; closes it (4403) when its session no longer allows it. */
  async admit(socket: WebSocket): Promise<boolean> {
    const watch = this.bySocket.get(socket);
    if (!watch) return socket.readyState === socket.OPEN;
    if (!watch.pending && this.clock.now().getTime() >= watch.expiresAt) this.startRecheck(watch);
    if (watch.pending) await watch.pending;
    return !watch.closed;
  }

  private startRecheck(watch: Watch): void {
    const p = this.recheck(watch);
    watch.pending = p;
    void p.finally(() => {
      if (watch.pending === p) watch.pending = null;
    });
  }

  private async recheck(watch: Watch): Promise<boolean> {
    let grant;
    try {
      grant = await checkSession(this.orm.em.fork(), watch.sessionId);
    } catch (err) {
      // Unknown is not allowed: the client reconnects and is authorised afresh.
      this.log.warn('socket session re-check failed', { error: (err as Error).message });
      grant = null;
    }
    if (grant && grant.access === watch.access) {
      watch.expiresAt = grant.expiresAt.getTime();
      return true;
    }
    watch.closed = true;
    if (watch.socket.readyState === watch.socket.OPEN) watch.socket.close(SESSION_ENDED_CLOSE, 'Forbidden');
    this.forget(watch);
    return false;
  }

  private forget(watch: Watch): void {
    this.bySocket.delete(watch.socket);
    const set = this.byAccount.get(watch.accountId);
    set?.delete(watch);
    if (set?.size === 0) this.byAccount.delete(watch.accountId);
  }

  close(): void {
    this.off();
  }
}
