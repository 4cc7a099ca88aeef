/** Webhook sending settings, read from the environment when a platform starts (README, "Configuration"). */
export interface WebhookConfig {
  /** Milliseconds an endpoint has to answer (`QIFU_WEBHOOK_TIMEOUT_MS`, default 5000). */
  timeoutMs: number;
  /** Only https endpoints (production). */
  httpsOnly: boolean;
  /**
   * Addresses or CIDRs an endpoint may resolve to although private, loopback or link-local
   * (`QIFU_WEBHOOK_ALLOW_PRIVATE`, comma-separated; `*` for any). Outside production the default is `*`.
   */
  allowPrivate: string[];
}

export function webhookConfig(production: boolean, env: NodeJS.ProcessEnv = process.env): WebhookConfig {
  const timeout = Number(env.QIFU_WEBHOOK_TIMEOUT_MS || 5000);
  if (!Number.isInteger(timeout) || timeout < 100 || timeout > 60_000) throw new Error('QIFU_WEBHOOK_TIMEOUT_MS must be an integer from 100 to 60000');
  const raw = env.QIFU_WEBHOOK_ALLOW_PRIVATE ?? (production ? '' : '*');
  return {
    timeoutMs: timeout,
    httpsOnly: production,
    allowPrivate: raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
