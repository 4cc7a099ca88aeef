import type { QifuModule } from '../../common/module.js';
import { createLogger } from '../../common/logger.js';
import { logChannel } from './channels/log.js';
import { smtpChannel } from './channels/email.js';
import { aliyunSmsChannel, tencentSmsChannel } from './channels/sms.js';
import { NotificationCentre } from './notification.centre.js';
import { notificationConfig } from './notification.config.js';
import { notificationJobs, scheduleCleanup } from './notification.delivery.js';
import { AccountNotificationResolver, NotificationDeliveryResolver, NotificationPreferencesResolver } from './notification.resolver.js';

/**
 * The notification centre (issue 17): every event a person should know about becomes one notification with a
 * kind, a link and read state (我的消息, the header badge), and goes out by e-mail (SMTP) and SMS (Aliyun /
 * Tencent Cloud) as durable, exactly-once deliveries under each person's preferences. Log channels by default.
 */
export const notificationModule: QifuModule = {
  name: 'notification',
  resolvers: [AccountNotificationResolver, NotificationPreferencesResolver, NotificationDeliveryResolver],
  services: (deps) => {
    const config = notificationConfig();
    const log = createLogger(deps.config.logLevel);
    const sms =
      config.smsProvider === 'aliyun' ? aliyunSmsChannel(config) : config.smsProvider === 'tencent' ? tencentSmsChannel(config) : logChannel('SMS', log);
    return {
      notifications: new NotificationCentre(deps, config, { EMAIL: config.smtpUrl ? smtpChannel(config) : logChannel('EMAIL', log), SMS: sms }),
    };
  },
  jobs: (deps) => notificationJobs(deps, createLogger(deps.config.logLevel)),
  start: async (deps) => {
    await scheduleCleanup(deps.orm.em.fork(), deps, deps.clock.now()).catch((err) =>
      createLogger(deps.config.logLevel).warn('notification cleanup not scheduled', { error: (err as Error).message }),
    );
  },
};

// Public API: what other features may use (they reach the centre as ctx.services.notifications).
export { NotificationKind } from './notification.kinds.js';
export type { NotificationCentre, NotifyInput, NotifyResult } from './notification.centre.js';
