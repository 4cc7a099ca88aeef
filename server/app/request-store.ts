import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts needed where no context is passed (error formatting, SQL counting). */
export interface RequestStore {
  requestId: string;
  sql: { count: number };
}

export const requestStore = new AsyncLocalStorage<RequestStore>();
