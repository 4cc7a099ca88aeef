import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Shared by the web e2e tests: builds web/dist on demand and launches the system Chromium. */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'tests/e2e/__screenshots__');

function newestSource(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, entry)));
  return newest;
}

let building: Promise<void> | null = null;

/** Builds the client with the project's Vite (same Node as this process) unless web/dist is up to date. */
export function ensureWebBuilt(): Promise<void> {
  building ??= build();
  return building;
}

/** Test files run in parallel processes: one builds at a time (a lock directory), the others then find dist fresh. */
async function build(): Promise<void> {
  const lock = join(ROOT, 'web/.build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a crashed run is stale after five minutes.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    await buildUnlocked();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function buildUnlocked(): Promise<void> {
  const index = join(ROOT, 'web/dist/index.html');
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/widgets'].map((p) => join(ROOT, p)).filter(existsSync);
  const newest = Math.max(...sources.map(newestSource));
  const widgets = join(ROOT, 'web/dist/widgets/v1/qifu.js');
  if (existsSync(index) && existsSync(widgets) && statSync(index).mtimeMs >= newest) return;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  // The web client, then the widgets (web/widgets, into dist/widgets/v1 after the client's build emptied dist).
  for (const config of ['web/vite.config.ts', 'web/widgets/vite.config.ts']) {
    const output: string[] = [];
    const code = await new Promise<number | null>((ok, fail) => {
      const child = spawn(process.execPath, [vite, 'build', '--config', config, '--logLevel', 'warn'], {
        cwd: ROOT,
        // vitest sets NODE_ENV=test, which would make Vite bundle React's development build (2.5× larger).
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (d) => output.push(String(d)));
      child.stderr.on('data', (d) => output.push(String(d)));
      child.on('error', fail);
      child.on('close', ok);
    });
    if (code !== 0) throw new Error(`building ${config} failed (vite build exited ${code}):\n${output.join('')}`);
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The web e2e test drives the system Chromium (browsers are never downloaded): ` +
        'install it with `apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
