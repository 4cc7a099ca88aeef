import 'reflect-metadata';
import { loadConfig } from './config/index.js';
import { createLogger } from './common/logger.js';
import { startPlatform, type Platform } from './app/platform.js';
import { seedDemoIfEmpty } from '../seeds/demo.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
const started = Date.now();
if (config.seedDemoRefused)
  log.warn(
    'QIFU_SEED_DEMO is ignored with NODE_ENV=production: demo data (published passwords) is never seeded there; create the first administrator with `npm run admin:create`',
  );
let platform: Platform;
try {
  platform = await startPlatform(config, log);
} catch (err) {
  // A start-up failure (database unreachable, data directory the postgres user cannot enter, port taken)
  // is said in one line, not as an unhandled exception.
  log.error('Qifu could not start', { error: (err as Error).message });
  process.exit(1);
}
if (config.seedDemo) await seedDemoIfEmpty(platform, log);
log.info('Qifu is ready', { graphql: `${platform.url}/graphql`, web: `${platform.url}/`, ms: Date.now() - started });

let stopping = false;
async function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  log.info('shutting down', { signal });
  const force = setTimeout(() => process.exit(1), 20_000);
  try {
    await platform.stop();
  } finally {
    clearTimeout(force);
    process.exit(exitCode);
  }
}
process.on('uncaughtException', (err) => {
  log.error('uncaught exception', { error: err.stack });
  void shutdown('uncaughtException', 1);
});
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
