/**
 * `npm run bench` runs every benchmark; `npm run bench -- <name> [<name>…]` runs some; `--list` lists them;
 * `--profile` profiles the server children during measured rounds and prints where their time goes.
 *
 * To add a benchmark: create `bench/<name>.ts` exporting a `Benchmark` (see bench/lib/bench.ts and
 * bench/foundation-list.ts), and add it to BENCHMARKS below. Use `interleave` (A/B rounds, warm-up,
 * medians) and compare against a baseline measured in the same run; report targets, never fail on them.
 */
import 'reflect-metadata';
import { cpus } from 'node:os';
import { runDashboardBench } from './dashboard.js';
import { foundationList } from './foundation-list.js';
import { createContext, type Benchmark } from './lib/bench.js';
import { printTable, verdict, type Row } from './lib/report.js';
import { partnerBench } from './partner.js';
import { runNotificationBench } from './notifications.js';
import { runPolicyBench } from './policy.js';
import { runRecoveryBench } from './recovery.js';
import { runRestartBench } from './restarts.js';
import { runSearchBench } from './search.js';
import { runSubscriptionBench } from './subscriptions.js';

/** A benchmark that starts its own platform and prints its own table (targets with PASS/MISS). */
function selfReporting(name: string, description: string, run: () => Promise<void>): Benchmark {
  return {
    name,
    description,
    async run() {
      await run();
      return [];
    },
  };
}

export const BENCHMARKS: readonly Benchmark[] = [
  foundationList,
  partnerBench,
  selfReporting('policy', 'policy matching over 10,000 policies, publish fan-out to 100,000 enterprises, import vs raw INSERT', runPolicyBench),
  selfReporting('search', 'search, suggestions and query understanding over 100,000 generated policies', runSearchBench),
  selfReporting('subscriptions', 'memory of 10,000 idle graphql-ws subscriptions, fan-out latency and deliveries per second', runSubscriptionBench),
  selfReporting('dashboard', 'operator dashboard statistics over 1,000,000 generated needs', runDashboardBench),
  selfReporting('recovery', 'audit:verify over 1,000,000 chained audit rows (and one tampered), backup, restore drill time', runRecoveryBench),
  selfReporting(
    'notifications',
    'notification centre: 10,000 recipients fanned out and queued for e-mail (target ≤ 5 s), vs a bare INSERT',
    runNotificationBench,
  ),
  selfReporting('restarts', 'kill -9 of Node, then start on the same data, twenty times in a row (orphaned embedded PostgreSQL)', runRestartBench),
];

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const names = argv.filter((a) => !a.startsWith('--'));
  if (flags.has('--list') || flags.has('--help')) {
    console.log('Benchmarks (npm run bench -- [--profile] [name…]):');
    for (const b of BENCHMARKS) console.log(`  ${b.name.padEnd(24)} ${b.description}`);
    return 0;
  }
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length) {
    console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const selected = names.length ? BENCHMARKS.filter((b) => names.includes(b.name)) : BENCHMARKS;
  const profiling = flags.has('--profile');
  const ctx = createContext({ profiling });
  const onSignal = () => void ctx.close().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  console.log(`Qifu benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString()}`);
  console.log('CPU µs/op: median over interleaved rounds; ratio: median of per-round ratios to the baseline of the same run.');
  if (profiling) console.log('--profile: the profiler inflates server CPU; read the profiles, not the ratios.');
  const all: Row[] = [];
  let failed = 0;
  const t0 = performance.now();
  try {
    for (const b of selected) {
      console.log(`\n▶ ${b.name}: ${b.description}`);
      const tb = performance.now();
      try {
        const rows = await b.run(ctx);
        if (rows.length) printTable(rows);
        all.push(...rows);
      } catch (err) {
        failed++;
        console.error(`✖ ${b.name} could not run: ${(err as Error).stack ?? err}`);
      }
      console.log(`  (${((performance.now() - tb) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await ctx.close();
  }
  const targets = all.filter((r) => verdict(r));
  if (selected.length > 1 && targets.length) {
    console.log('\nSummary of targets');
    printTable(targets);
  }
  // Benchmarks that print their own tables count their own targets above; say nothing of targets when none came here.
  const counts = targets.length
    ? `: ${targets.filter((r) => verdict(r) === 'PASS').length} PASS, ${targets.filter((r) => verdict(r) === 'MISS').length} MISS (targets are reported, not enforced)`
    : '';
  console.log(`\nDone in ${((performance.now() - t0) / 1000).toFixed(1)} s${counts}${failed ? `, ${failed} benchmark(s) could not run` : ''}.`);
  // A benchmark that cannot run (setup error) fails the command; a missed target never does.
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => (console.error(err.stack ?? err), process.exit(1)),
);
