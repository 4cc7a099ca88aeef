/** CPU time of this process (all threads: JS, GC, libuv pool) in microseconds, from `process.cpuUsage()`. */
export function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** CPU and wall time spent by `fn` in this process. */
export async function measureCpu(fn: () => Promise<void> | void): Promise<{ cpuMicros: number; wallMicros: number }> {
  const wall0 = performance.now();
  const cpu0 = cpuMicros();
  await fn();
  return { cpuMicros: cpuMicros() - cpu0, wallMicros: (performance.now() - wall0) * 1000 };
}
