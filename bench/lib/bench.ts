/** What a benchmark file exports, and what the runner gives it. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../server/db/paths.js';
import { printProfile, type Profilable } from './profile.js';
import { startQifu, type QifuServer } from './qifu.js';
import type { Row } from './report.js';

export interface Benchmark {
  /** CLI name: `npm run bench -- <name>`. */
  name: string;
  /** One line: what is measured against what. */
  description: string;
  /** Runs, prints its own progress, and returns its table rows (printed by the runner). */
  run(ctx: BenchContext): Promise<Row[]>;
}

export interface BenchContext {
  /** The Qifu platform shared by all benchmarks of this run (child process; started on first use, stopped at the end). */
  qifu(): Promise<QifuServer>;
  /** Runs `fn` on exit of the run, in reverse order of registration (stop your own servers here). */
  defer(fn: () => Promise<void> | void): void;
  /** Progress line (to stderr, so stdout stays the report). */
  log(message: string): void;
  /** `--profile`: profile server children during the measured rounds (numbers are then inflated: read the profile, not the ratios). */
  readonly profiling: boolean;
  /**
   * Profiles `targets` (server children, or `thisProcess` for in-process work) while `fn` runs when
   * `--profile` is on (else just runs `fn`), then prints a summary of each profile. Profiles are kept
   * under `.data/bench-profiles/`, loadable in Chrome DevTools.
   */
  profiled<T>(label: string, targets: Profilable[], fn: () => Promise<T>): Promise<T>;
}

export function createContext(opts: { profiling: boolean }): BenchContext & { close(): Promise<void> } {
  const deferred: (() => Promise<void> | void)[] = [];
  let qifu: Promise<QifuServer> | undefined;
  const log = (message: string) => process.stderr.write(`  · ${message}\n`);
  return {
    profiling: opts.profiling,
    log,
    defer: (fn) => void deferred.push(fn),
    qifu() {
      if (!qifu) {
        log('starting Qifu (child process)…');
        const t0 = performance.now();
        qifu = startQifu().then((q) => {
          deferred.unshift(() => q.stop()); // stopped last
          log(
            `Qifu up in ${((performance.now() - t0) / 1000).toFixed(1)} s at ${q.url}${process.env.DATABASE_URL ? ' (DATABASE_URL)' : ' (embedded PostgreSQL)'}`,
          );
          return q;
        });
      }
      return qifu;
    },
    async profiled(label, servers: Profilable[], fn) {
      if (!opts.profiling) return fn();
      const dir = join(projectRoot(), '.data', 'bench-profiles');
      mkdirSync(dir, { recursive: true });
      await Promise.all(servers.map((s) => s.startProfile()));
      const result = await fn();
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      for (const s of servers) {
        const file = join(dir, `${label}-${s.name}-${stamp}.cpuprofile`);
        await s.stopProfile(file);
        printProfile(`${label} / ${s.name}`, file, (l) => process.stderr.write(`${l}\n`));
      }
      return result;
    },
    async close() {
      for (const fn of deferred.reverse()) {
        try {
          await fn();
        } catch (err) {
          process.stderr.write(`cleanup failed: ${(err as Error).message}\n`);
        }
      }
    },
  };
}
