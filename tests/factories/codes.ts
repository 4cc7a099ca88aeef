import type { OutgoingMessage } from '../../server/modules/notification/channels/port.js';
import type { TestPlatform } from '../setup/platform.js';

export interface CapturedMessage extends OutgoingMessage {
  channel: 'EMAIL' | 'SMS';
  /** The six-digit code in the text, if any. */
  code: string | undefined;
}

/**
 * Replaces the platform's e-mail and SMS channels (the log channels when nothing is configured) with ones that keep
 * what they are given, so a test can read a password reset code the way a person reads their phone.
 */
export function captureCodes(p: TestPlatform): CapturedMessage[] {
  const sent: CapturedMessage[] = [];
  const channels = p.services.notifications.channels;
  for (const channel of ['EMAIL', 'SMS'] as const) {
    channels[channel] = {
      name: `capture-${channel.toLowerCase()}`,
      async send(m) {
        sent.push({ ...m, channel, code: /(\d{6})/.exec(m.text)?.[1] });
        return { providerMessageId: null };
      },
    };
  }
  return sent;
}
