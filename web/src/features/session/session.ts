import { useSyncExternalStore } from 'react';

/**
 * Whether the session this browser had has ended on the server (expired, revoked or signed out elsewhere).
 * Remembered across reloads in localStorage: a page opened after the cookie expired can then ask to sign in
 * *again* instead of explaining which role a page needs.
 */

const KEY = 'qifu.signedIn';
const listeners = new Set<() => void>();
let expired = false;

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function write(value: boolean): void {
  try {
    if (value) window.localStorage.setItem(KEY, '1');
    else window.localStorage.removeItem(KEY);
  } catch {}
}

function set(value: boolean): void {
  if (expired === value) return;
  expired = value;
  for (const l of listeners) l();
}

/** The viewer query answered: a signed-in account, or nobody (which, after a session, means it ended). */
export function observeViewer(signedIn: boolean): void {
  if (signedIn) {
    write(true);
    set(false);
  } else if (read()) set(true);
}

/** The server answered UNAUTHENTICATED to an operation. */
export function observeUnauthenticated(): void {
  if (read()) set(true);
}

/** Signed out on purpose, or asked to sign in again: forget the old session. */
export function forgetSession(): void {
  write(false);
  set(false);
}

export function useSessionExpired(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => expired,
    () => false,
  );
}
