import { createLogger } from '../../common/logger.js';
import type { QifuModule } from '../../common/module.js';
import { webhookConfig } from './webhook.config.js';
import { WEBHOOK_QUEUE_OPTIONS, WEBHOOK_RETENTION_QUEUE, webhookJobs } from './webhook.delivery.js';
import { webhookTap } from './webhook.fanout.js';
import { WebhookDeliveryResolver, WebhookSubscriptionResolver } from './webhook.resolver.js';

/**
 * Webhooks (issue 12): partner apps subscribe their allowed endpoints to policy, activity, docking and demand
 * events. Each event is recorded as one delivery per subscription in the transaction that causes it, signed
 * (HMAC-SHA256, HMAC-SM3 on request), sent once across instances by a durable job with backoff, and logged
 * for replay (docs/partners.md, "Webhooks").
 */
export const webhookModule: QifuModule = {
  name: 'webhook',
  resolvers: [WebhookSubscriptionResolver, WebhookDeliveryResolver],
  jobs: (deps) => webhookJobs(deps, webhookConfig(deps.config.production), createLogger(deps.config.logLevel)),
  queueOptions: WEBHOOK_QUEUE_OPTIONS,
  cron: [{ name: 'webhook-log-retention', cron: '40 3 * * *', queue: WEBHOOK_RETENTION_QUEUE, payload: {} }],
  start: (deps) => {
    deps.events.tap(webhookTap(deps));
  },
};

// Public API: what other features may use.
export { webhookSignature } from './webhook.sign.js';
