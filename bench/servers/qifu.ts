/** Child process: the full Qifu platform (HTTP + GraphQL + ORM + embedded PostgreSQL unless databaseUrl). */
import { startPlatform } from '../../server/app/platform.js';
import { loadConfig, type Config } from '../../server/config/index.js';
import { serveChild } from '../lib/child.js';

export interface QifuChildArgs {
  /** Overrides on top of `loadConfig()` (port 0, 127.0.0.1, no demo seed, quiet logs are set by the parent). */
  config: Partial<Config>;
}

export interface QifuChildInfo {
  databaseUrl: string;
  /** The child's own view of its configuration, so the parent can hash passwords at the same cost. */
  scryptLogN: number;
}

serveChild<QifuChildArgs, QifuChildInfo>(async ({ config }) => {
  const platform = await startPlatform(loadConfig(config));
  return {
    url: platform.url,
    info: { databaseUrl: platform.databaseUrl, scryptLogN: platform.config.scryptLogN },
    stop: () => platform.stop(),
  };
});
