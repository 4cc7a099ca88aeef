/** Runtime configuration, read once from the environment. Every default works with nothing installed. */
export interface Config {
  /** External PostgreSQL, as the application's least-privilege role; when unset an embedded server is started under dataDir. */
  databaseUrl: string | undefined;
  /** The owner / migrator role's connection to the same database (migrations, grants); DATABASE_URL when unset. */
  migrateDatabaseUrl: string | undefined;
  /** HMAC key of the audit chain, 64 hex digits; generated into dataDir when unset (the platform fills it in). */
  auditKey: string | undefined;
  /** AES-256 key sealing secrets kept in the database (TOTP seeds), 64 hex digits; generated into dataDir when unset. */
  dataKey: string | undefined;
  /** Staff (operators, reviewers, administrators) act in their roles only after binding a TOTP second factor. */
  requireTotp: boolean;
  dataDir: string;
  embeddedPgPort: number;
  host: string;
  port: number;
  production: boolean;
  /** Print demo-login help and seed demo data on an empty database (never with NODE_ENV=production). */
  seedDemo: boolean;
  /** QIFU_SEED_DEMO asked for demo data under NODE_ENV=production, where it is refused (logged at start). */
  seedDemoRefused: boolean;
  /** Serve the built web client from this folder when it exists. */
  webDist: string;
  /** Cost of the scrypt password hash (log2 N). */
  scryptLogN: number;
  /** Browser origins allowed on every site, over HTTP (CORS) and WebSocket (`QIFU_ALLOWED_ORIGINS`); sites add their own. */
  allowedOrigins: string[];
  /** Reverse proxies (addresses or CIDRs) whose X-Forwarded-For is believed for the client address. */
  trustedProxies: string[];
  /** GraphQL requests one anonymous client address may make per minute, counted in PostgreSQL (`QIFU_RATE_ANONYMOUS_PER_MINUTE`; 0 = no limit). */
  anonymousRatePerMinute: number;
  /** Per-minute budgets of expensive fields (search, matching, policy reach, exports): `QIFU_FIELD_RATE_LIMITS=0` turns them off. */
  fieldRateLimits: boolean;
  /** Open WebSockets one client address may hold (`QIFU_WS_MAX_SOCKETS_PER_ADDRESS`). */
  wsMaxSocketsPerAddress: number;
  /** Operations (subscriptions) one WebSocket may have open at once. */
  wsMaxSubscriptionsPerSocket: number;
  /** Count SQL statements per request and report them in response extensions (tests, benchmarks). */
  countSql: boolean;
  /** Poll and run durable jobs in this process (tests turn it off and run jobs explicitly). */
  runJobs: boolean;
  /** Days a completed job is kept (`QIFU_JOB_KEEP_DONE_DAYS`, at least 2: cron ticks look back one day). */
  jobKeepDoneDays: number;
  /** Days a dead letter (a job that used up its attempts) is kept for operators (`QIFU_JOB_KEEP_FAILED_DAYS`). */
  jobKeepFailedDays: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return n;
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const env = process.env;
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    migrateDatabaseUrl: env.QIFU_MIGRATE_DATABASE_URL || undefined,
    auditKey: env.QIFU_AUDIT_KEY || undefined,
    dataKey: env.QIFU_DATA_KEY || undefined,
    // On by default in production: staff without a bound authenticator get their roles after binding one.
    requireTotp: env.QIFU_REQUIRE_TOTP ? env.QIFU_REQUIRE_TOTP !== '0' : env.NODE_ENV === 'production',
    dataDir: env.QIFU_DATA_DIR || '.data',
    embeddedPgPort: int('QIFU_PG_PORT', 54329),
    host: env.HOST || '0.0.0.0',
    port: int('PORT', 4000),
    production: env.NODE_ENV === 'production',
    // Demo data carries published passwords: never in production, whatever QIFU_SEED_DEMO says.
    seedDemo: env.NODE_ENV !== 'production' && env.QIFU_SEED_DEMO !== '0',
    seedDemoRefused: env.NODE_ENV === 'production' && !!env.QIFU_SEED_DEMO && env.QIFU_SEED_DEMO !== '0',
    webDist: env.QIFU_WEB_DIST || 'web/dist',
    scryptLogN: int('QIFU_SCRYPT_LOG_N', 15),
    allowedOrigins: (env.QIFU_ALLOWED_ORIGINS || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustedProxies: (env.QIFU_TRUSTED_PROXIES || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    anonymousRatePerMinute: int('QIFU_RATE_ANONYMOUS_PER_MINUTE', 600),
    fieldRateLimits: env.QIFU_FIELD_RATE_LIMITS !== '0',
    wsMaxSocketsPerAddress: int('QIFU_WS_MAX_SOCKETS_PER_ADDRESS', 50),
    wsMaxSubscriptionsPerSocket: int('QIFU_WS_MAX_SUBSCRIPTIONS_PER_SOCKET', 50),
    countSql: env.QIFU_COUNT_SQL === '1',
    runJobs: env.QIFU_RUN_JOBS !== '0',
    jobKeepDoneDays: Math.max(2, int('QIFU_JOB_KEEP_DONE_DAYS', 14)),
    jobKeepFailedDays: Math.max(1, int('QIFU_JOB_KEEP_FAILED_DAYS', 90)),
    logLevel: (env.LOG_LEVEL as Config['logLevel']) || 'info',
    ...overrides,
  };
}
