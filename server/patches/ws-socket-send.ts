/**
 * Patches `send` of each `ws` socket that graphql-ws serves: the socket is corked on the first send of an
 * event-loop tick and uncorked after it, so one event fanned out to many subscriptions on one socket becomes
 * one TCP write instead of one per subscription.
 *
 * Why: bench/subscriptions.ts (`npm run bench -- subscriptions`: fan-out of one event to 5,000 subscribers,
 * deliveries per second at 10,000). No before/after figure was recorded when the patch landed (commit
 * 1ca7da0); the bench is the place to measure it, on a quiet machine.
 */
import type { Socket } from 'node:net';
import type { WebSocketServer } from 'ws';

export function corkSendsPerTick(wss: WebSocketServer): void {
  wss.on('connection', (socket) => {
    const raw = (socket as unknown as { _socket?: Socket })._socket;
    if (!raw) return;
    const send = socket.send.bind(socket);
    let corked = false;
    socket.send = ((...args: Parameters<typeof send>) => {
      if (!corked) {
        corked = true;
        raw.cork();
        setImmediate(() => {
          corked = false;
          raw.uncork();
        });
      }
      return send(...args);
    }) as typeof socket.send;
  });
}
