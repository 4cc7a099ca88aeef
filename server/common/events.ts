import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from './logger.js';

export const EVENTS_CHANNEL = 'qifu_events';
const MAX_PAYLOAD_BYTES = 7000; // PostgreSQL's NOTIFY limit is 8000 bytes

/**
 * Topic → payload type. Each feature adds its topics by declaration merging in its `x.events.ts`, so publishing
 * and observing are checked by the compiler:
 *
 *   declare module '../../common/events.js' { interface EventMap { 'docking.updated': DockingUpdatedEvent } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventMap {}
export type Topic = keyof EventMap;

/** Observers a feature declares in its index.ts: run after commit, on every instance. */
export type EventObservers = { [K in Topic]?: (payload: EventMap[K]) => void | Promise<void> };

interface BusEvent {
  topic: string;
  payload: unknown;
}

type Listener = (payload: unknown) => void;

/**
 * Work that must commit or roll back with the event's change (webhook deliveries): runs inside `publish`, in the
 * publisher's transaction, on the publishing instance only.
 */
export type EventTap = (em: EntityManager, topic: Topic, payload: EventMap[Topic]) => Promise<void>;

/**
 * Events between server instances through PostgreSQL LISTEN/NOTIFY. `publish` runs `pg_notify` in the
 * caller's transaction, so an event is delivered only if that transaction commits, exactly once to every
 * instance (including the publishing one), whichever instance made it. Payloads carry ids, not entities.
 */
export class EventBus {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly taps = new Set<EventTap>();
  private client: pg.Client | undefined;
  private closed = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (msg) => this.dispatch(msg.payload));
    client.on('error', (err) => {
      this.log.error('event bus connection lost', { error: err.message });
      if (!this.closed) setTimeout(() => void this.reconnect(), 1000);
    });
    await client.connect();
    await client.query(`listen ${EVENTS_CHANNEL}`);
    this.client = client;
  }

  private async reconnect(): Promise<void> {
    try {
      await this.client?.end().catch(() => {});
      if (!this.closed) await this.start();
    } catch {
      if (!this.closed) setTimeout(() => void this.reconnect(), 2000);
    }
  }

  private dispatch(raw: string | undefined): void {
    if (!raw) return;
    let event: BusEvent;
    try {
      event = JSON.parse(raw) as BusEvent;
    } catch {
      return;
    }
    const set = this.listeners.get(event.topic);
    if (set) for (const l of set) l(event.payload);
  }

  /** Queues an event in the transaction of `em`; it is delivered after commit. */
  async publish<K extends Topic>(em: EntityManager, topic: K, payload: EventMap[K]): Promise<void> {
    const text = JSON.stringify({ topic, payload });
    if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) throw new Error(`event ${topic} too large; send ids`);
    for (const tap of this.taps) await tap(em, topic, payload);
    await em.execute('select pg_notify(?, ?)', [EVENTS_CHANNEL, text]);
  }

  /** Registers work to run in every publisher's transaction (see `EventTap`); returns the function that removes it. */
  tap(fn: EventTap): () => void {
    this.taps.add(fn);
    return () => this.taps.delete(fn);
  }

  /** Registers a callback; returns the function that removes it. */
  on<K extends Topic>(topic: K, listener: (payload: EventMap[K]) => void): () => void {
    return this.listen(topic, listener as Listener);
  }

  private listen(topic: string, listener: Listener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(topic);
    };
  }

  /** An async iterator over a topic's payloads, for GraphQL subscriptions; `filter` runs per event. */
  subscribe<K extends Topic, T extends EventMap[K] = EventMap[K]>(topic: K, filter: (payload: T) => boolean = () => true): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let wake: ((r: IteratorResult<T>) => void) | null = null;
    let done = false;
    const off = this.listen(topic, (p) => {
      const payload = p as T;
      if (done || !filter(payload)) return;
      if (wake) {
        const w = wake;
        wake = null;
        w({ value: payload, done: false });
      } else if (queue.length < 1000) queue.push(payload);
    });
    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      off();
      queue.length = 0;
      if (wake) wake({ value: undefined, done: true });
      wake = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (wake = resolve));
      },
      return: finish,
      throw: (err) => {
        void finish();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.client?.end().catch(() => {});
  }
}
