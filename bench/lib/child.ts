/**
 * Servers under test run in child processes so that their CPU can be measured apart from the load
 * generator: the parent asks the child for `process.cpuUsage()` over IPC before and after a round
 * (µs resolution, every thread of the child: JS, GC, libuv pool; PostgreSQL is a separate process and
 * not counted). Reading /proc/<pid>/stat would give the same number in 10 ms ticks.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';

type ToChild =
  | { type: 'start'; args: unknown }
  | { type: 'cpu'; id: number }
  | { type: 'profile-start'; id: number; intervalMicros: number }
  | { type: 'profile-stop'; id: number; file: string }
  | { type: 'stop' };
type FromChild =
  | { type: 'ready'; url: string; info: unknown }
  | { type: 'error'; message: string }
  | { type: 'cpu'; id: number; micros: number }
  | { type: 'done'; id: number; error?: string }
  | { type: 'stopped' };

export interface ChildServer<I = Record<string, unknown>> {
  name: string;
  pid: number;
  url: string;
  /** Whatever the child reported when it became ready (e.g. its database URL). */
  info: I;
  /** CPU time used so far by the child process, in µs. */
  cpuMicros(): Promise<number>;
  /** Starts the V8 sampling profiler in the child (inflates its CPU while on: never mix with the numbers). */
  startProfile(intervalMicros?: number): Promise<void>;
  /** Stops the profiler and writes a `.cpuprofile` (Chrome DevTools format) to `file`. */
  stopProfile(file: string): Promise<void>;
  stop(): Promise<void>;
}

export interface ChildOptions {
  /** Extra node flags for the child, e.g. `--cpu-prof`. */
  execArgv?: string[];
  /** How long the child may take to become ready. */
  startTimeoutMs?: number;
}

/** Forks `entry` (a compiled module that calls `serveChild`), sends it `args`, and waits until it listens. */
export async function startChild<I = Record<string, unknown>>(name: string, entry: URL, args: unknown, opts: ChildOptions = {}): Promise<ChildServer<I>> {
  const child: ChildProcess = fork(fileURLToPath(entry), [], {
    execArgv: opts.execArgv ?? [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const send = (m: ToChild) => child.send(m);
  let nextId = 1;
  const pending = new Map<number, { ok: (m: FromChild) => void; fail: (e: Error) => void }>();
  let exited = false;
  const exitedP = new Promise<void>((ok) =>
    child.once('exit', (code, signal) => {
      exited = true;
      for (const p of pending.values()) p.fail(new Error(`${name} exited (${signal ?? code}) while the bench waited for it`));
      pending.clear();
      ok();
    }),
  );

  const ready = new Promise<{ url: string; info: I }>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${name}: not ready after ${opts.startTimeoutMs ?? 120_000} ms`)), opts.startTimeoutMs ?? 120_000);
    child.on('message', (m: FromChild) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        ok({ url: m.url, info: m.info as I });
      } else if (m.type === 'error') {
        clearTimeout(timer);
        fail(new Error(`${name}: ${m.message}`));
      } else if (m.type === 'cpu' || m.type === 'done') {
        pending.get(m.id)?.ok(m);
        pending.delete(m.id);
      }
    });
    child.once('exit', (code) => (clearTimeout(timer), fail(new Error(`${name}: exited with code ${code} before it was ready`))));
  });
  send({ type: 'start', args });
  let started: { url: string; info: I };
  try {
    started = await ready;
  } catch (err) {
    if (!exited) child.kill('SIGKILL');
    throw err;
  }

  function ask(m: Extract<ToChild, { id: number }>): Promise<FromChild> {
    if (exited) return Promise.reject(new Error(`${name} has exited`));
    const id = nextId++;
    return new Promise((ok, fail) => {
      pending.set(id, { ok, fail });
      send({ ...m, id });
    });
  }

  return {
    name,
    pid: child.pid!,
    url: started.url,
    info: started.info,
    async cpuMicros() {
      const m = await ask({ type: 'cpu', id: 0 });
      return m.type === 'cpu' ? m.micros : Number.NaN;
    },
    async startProfile(intervalMicros = 500) {
      const m = await ask({ type: 'profile-start', id: 0, intervalMicros });
      if (m.type === 'done' && m.error) throw new Error(`${name}: ${m.error}`);
    },
    async stopProfile(file: string) {
      const m = await ask({ type: 'profile-stop', id: 0, file });
      if (m.type === 'done' && m.error) throw new Error(`${name}: ${m.error}`);
    },
    async stop() {
      if (exited) return;
      send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exitedP;
      clearTimeout(timer);
    },
  };
}

export interface Started<I> {
  url: string;
  info: I;
  stop(): Promise<void>;
}

/** Child side: starts the server when asked, answers CPU queries, stops on request or when the parent goes away. */
export function serveChild<A, I>(start: (args: A) => Promise<Started<I>>): void {
  if (!process.send) throw new Error('serveChild: not started through startChild (no IPC channel)');
  const reply = (m: FromChild) => process.send!(m);
  let server: Started<I> | undefined;
  let stopping = false;
  let inspector: Session | undefined;
  const profiler = async (m: ToChild) => {
    if (m.type === 'profile-start') {
      inspector ??= new Session();
      inspector.connect();
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.setSamplingInterval', { interval: m.intervalMicros });
      await inspector.post('Profiler.start');
    } else if (m.type === 'profile-stop' && inspector) {
      const { profile } = await inspector.post('Profiler.stop');
      await writeFile(m.file, JSON.stringify(profile));
      inspector.disconnect();
      inspector = undefined;
    }
  };
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await server?.stop();
    } finally {
      if (process.connected) reply({ type: 'stopped' });
      process.disconnect?.();
      process.exit(0);
    }
  };
  process.on('message', (m: ToChild) => {
    if (m.type === 'cpu') {
      const u = process.cpuUsage();
      reply({ type: 'cpu', id: m.id, micros: u.user + u.system });
    } else if (m.type === 'start') {
      start(m.args as A).then(
        (s) => ((server = s), reply({ type: 'ready', url: s.url, info: s.info })),
        (err: Error) => (reply({ type: 'error', message: err.stack ?? err.message }), void shutdown()),
      );
    } else if (m.type === 'profile-start' || m.type === 'profile-stop') {
      profiler(m).then(
        () => reply({ type: 'done', id: m.id }),
        (err: Error) => reply({ type: 'done', id: m.id, error: err.message }),
      );
    } else if (m.type === 'stop') void shutdown();
  });
  process.on('disconnect', () => void shutdown());
}
