import { median, pairedRatio, percentile } from './stats.js';

/** One side of a comparison. `round(ops)` performs `ops` operations and says what they cost. */
export interface Contender {
  name: string;
  /** CPU microseconds counted for the measured party (see each benchmark for whose CPU that is). */
  round(ops: number): Promise<{ cpuMicros: number; wallMicros: number }>;
}

export interface InterleaveOptions {
  /** Operations per round (per contender). */
  ops: number;
  /** Rounds run and thrown away first (JIT, connection pools, caches). */
  warmupRounds: number;
  /** Measured rounds; each contender runs once per round, in the order given (A/B/A/B…). */
  rounds: number;
}

export interface Samples {
  name: string;
  /** CPU µs per operation, one value per measured round. */
  cpu: number[];
  /** Wall-clock µs per operation, one value per measured round. */
  wall: number[];
}

/** Runs the contenders in alternating rounds so that a noisy machine hurts all of them alike. */
export async function interleave(contenders: readonly Contender[], opts: InterleaveOptions): Promise<Samples[]> {
  const samples = contenders.map((c) => ({ name: c.name, cpu: [] as number[], wall: [] as number[] }));
  for (let r = 0; r < opts.warmupRounds + opts.rounds; r++) {
    for (let i = 0; i < contenders.length; i++) {
      const { cpuMicros, wallMicros } = await contenders[i].round(opts.ops);
      if (r < opts.warmupRounds) continue;
      samples[i].cpu.push(cpuMicros / opts.ops);
      samples[i].wall.push(wallMicros / opts.ops);
    }
  }
  return samples;
}

export interface Summary {
  name: string;
  cpuMedian: number;
  cpuP25: number;
  cpuP75: number;
  wallMedian: number;
  /** Median of per-round ratios to the baseline's round (undefined for the baseline itself). */
  ratio?: number;
}

export function summarize(s: Samples, baseline?: Samples): Summary {
  return {
    name: s.name,
    cpuMedian: median(s.cpu),
    cpuP25: percentile(s.cpu, 0.25),
    cpuP75: percentile(s.cpu, 0.75),
    wallMedian: median(s.wall),
    ratio: baseline && baseline !== s ? pairedRatio(s.cpu, baseline.cpu) : undefined,
  };
}
