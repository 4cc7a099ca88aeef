/**
 * Summarises a V8 `.cpuprofile` into where the time goes: self time per code area (package or Qifu
 * folder), and self / inclusive time of the hottest functions. Used by `npm run bench -- --profile`.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/** Something whose CPU can be profiled: a server child (ChildServer) or this process (`thisProcess`). */
export interface Profilable {
  name: string;
  startProfile(intervalMicros?: number): Promise<void>;
  stopProfile(file: string): Promise<void>;
}

let session: Session | undefined;
/** The benchmark process itself, for in-process micro-benchmarks. */
export const thisProcess: Profilable = {
  name: 'bench-process',
  async startProfile(intervalMicros = 500) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalMicros });
    await session.post('Profiler.start');
  },
  async stopProfile(file) {
    if (!session) return;
    const { profile } = await session.post('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
    session = undefined;
  },
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Code area of a frame: npm package, Qifu source folder, Node internals, or V8 pseudo-frames. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName === '(garbage collector)' ? '(gc)' : functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const m = /\/dist\/((?:server|bench)\/(?:modules\/[^/]+|[^/]+))/.exec(url);
  if (m) return m[1].replace(/\.js$/, '');
  return url;
}

const short = (url: string) =>
  url
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/dist\//, '')
    .replace(/^file:\/\//, '');

export interface ProfileSummary {
  totalMs: number;
  areas: { area: string; selfMs: number }[];
  functions: { fn: string; selfMs: number; totalMs: number }[];
}

export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

  const areaSelf = new Map<string, number>();
  const fnSelf = new Map<string, number>();
  const fnTotal = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    const leaf = byId.get(p.samples[i]);
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    total += dt;
    const area = areaOf(leaf.callFrame.url, leaf.callFrame.functionName);
    areaSelf.set(area, (areaSelf.get(area) ?? 0) + dt);
    fnSelf.set(key(leaf), (fnSelf.get(key(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      fnTotal.set(k, (fnTotal.get(k) ?? 0) + dt);
    }
  }
  const ms = (us: number) => us / 1000;
  return {
    totalMs: ms(total),
    areas: [...areaSelf].sort((a, b) => b[1] - a[1]).map(([area, us]) => ({ area, selfMs: ms(us) })),
    functions: [...fnSelf]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, us]) => ({ fn, selfMs: ms(us), totalMs: ms(fnTotal.get(fn) ?? us) })),
  };
}

/** Inclusive time of the frames whose key contains `needle` (e.g. "executeHTTPGraphQLRequest"), in ms. */
export function inclusiveOf(file: string, needles: string[]): { needle: string; totalMs: number }[] {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map(needles.map((n) => [n, 0]));
  for (let i = 0; i < p.samples.length; i++) {
    const leaf = byId.get(p.samples[i]);
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    const hit = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      const k = `${f.functionName} ${f.url}`;
      for (const n of needles) if (k.includes(n)) hit.add(n);
    }
    for (const n of hit) out.set(n, out.get(n)! + (p.timeDeltas[i] ?? 0));
  }
  return [...out].map(([needle, us]) => ({ needle, totalMs: us / 1000 }));
}

export function printProfile(title: string, file: string, out: (line: string) => void = console.log, top = 25): void {
  const s = summarizeProfile(file, top);
  const pct = (x: number) => `${((100 * x) / s.totalMs).toFixed(1).padStart(5)}%`;
  out(`\nProfile of ${title}: ${s.totalMs.toFixed(0)} ms sampled (${file})`);
  out('  self time by area:');
  for (const a of s.areas.slice(0, 20)) out(`    ${pct(a.selfMs)}  ${a.selfMs.toFixed(1).padStart(8)} ms  ${a.area}`);
  out('  hottest functions (self / inclusive):');
  for (const f of s.functions) out(`    ${pct(f.selfMs)} ${pct(f.totalMs)}  ${f.fn}`);
}
