import nodemailer from 'nodemailer';
import type { NotificationConfig } from '../notification.config.js';
import { ChannelError, type ChannelAdapter } from './port.js';

/**
 * E-mail over SMTP (`QIFU_SMTP_URL`) with nodemailer. The delivery id becomes the Message-ID, so a message sent
 * again after a crash between sending and recording it carries the same id (receivers and logs can tell).
 * 5xx replies (unknown mailbox, refused sender) are permanent; timeouts, connection errors and 4xx are retried.
 */
export function smtpChannel(config: NotificationConfig): ChannelAdapter {
  const transport = nodemailer.createTransport(
    {
      url: config.smtpUrl!,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
      ...(config.dkim ? { dkim: config.dkim } : {}),
    } as Parameters<typeof nodemailer.createTransport>[0],
    { from: config.mailFrom },
  );
  const domain = /@([^>\s]+)/.exec(config.mailFrom)?.[1] ?? 'qifu.local';
  return {
    name: 'smtp',
    async send(m) {
      try {
        const info = (await transport.sendMail({
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
          messageId: `<${m.idempotencyKey}@${domain}>`,
          headers: m.unsubscribeUrl ? { 'List-Unsubscribe': `<${m.unsubscribeUrl}>` } : undefined,
        })) as { messageId?: string; rejected?: unknown[] };
        if (info.rejected?.length) throw new ChannelError(`收件地址被拒绝：${m.to}`, true);
        return { providerMessageId: info.messageId ?? null };
      } catch (err) {
        if (err instanceof ChannelError) throw err;
        const e = err as { responseCode?: number; code?: string; message?: string };
        const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
        throw new ChannelError(`SMTP ${e.responseCode ?? e.code ?? ''} ${e.message ?? String(err)}`.trim().slice(0, 500), permanent);
      }
    },
  };
}
