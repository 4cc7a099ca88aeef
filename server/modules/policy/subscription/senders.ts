import type { Logger } from '../../../common/logger.js';

export interface OutboundMessage {
  channel: 'EMAIL' | 'SMS';
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail and SMS; deployments plug in real gateways (`createPolicyJobRegistrar(senders)`). */
export interface MessageSender {
  send(message: OutboundMessage): Promise<void>;
}

/** Default sender: writes the message to the log (addresses masked), so nothing leaves the machine. */
export function logSender(log: Logger): MessageSender {
  return {
    async send(m) {
      const masked = m.channel === 'SMS' ? m.to.replace(/^(\d{3})\d{4}/, '$1****') : m.to.replace(/^(.).*(@.*)$/, '$1***$2');
      log.info('policy notification', { channel: m.channel, to: masked, subject: m.subject });
    },
  };
}
