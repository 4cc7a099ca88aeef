import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import QRCode from 'qrcode';

/**
 * Signed tickets: `QF1.<registration id>.<HMAC-SHA256(id) base64url>`; the QR code encodes this string.
 * The key comes from QIFU_TICKET_SECRET, or is generated once and stored in platform_secret (never in code).
 */
const NAME = 'ticket_hmac';

async function loadSecret(em: EntityManager): Promise<Buffer> {
  const fromEnv = process.env.QIFU_TICKET_SECRET;
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  await em.execute('insert into platform_secret (name, value) values (?, ?) on conflict (name) do nothing', [NAME, randomBytes(32).toString('hex')]);
  const [row] = await em.execute<{ value: string }[]>('select value from platform_secret where name = ?', [NAME]);
  return Buffer.from(row.value, 'hex');
}

/** The ticket key of one platform (`ctx.services.ticketKey`), read once. */
export class TicketKey {
  private key: Promise<Buffer> | undefined;

  /** `em` must not be inside a transaction that may roll back (pass a fresh fork). */
  get(em: EntityManager): Promise<Buffer> {
    if (!this.key) {
      const key = loadSecret(em);
      this.key = key;
      key.catch(() => (this.key = undefined));
    }
    return this.key;
  }
}

declare module '../../common/platform-services.js' {
  interface PlatformServices {
    /** The key that signs activity tickets. */
    ticketKey: TicketKey;
  }
}

const sign = (secret: Buffer, id: string) => createHmac('sha256', secret).update(`registration:${id}`).digest('base64url');

export function makeTicket(secret: Buffer, registrationId: string): string {
  return `QF1.${registrationId}.${sign(secret, registrationId)}`;
}

/** The registration id of a genuine ticket, or null for a forged or malformed one. */
export function verifyTicket(secret: Buffer, ticket: string): string | null {
  if (typeof ticket !== 'string' || ticket.length > 200) return null;
  const m = /^QF1\.([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(ticket.trim());
  if (!m) return null;
  const expected = Buffer.from(sign(secret, m[1]));
  const given = Buffer.from(m[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1] : null;
}

/**
 * The ticket as an SVG QR code. Rendered on the server so that every client (the web page, partner apps,
 * a printed confirmation) shows the same image without a QR library of its own; SVG stays sharp at any size.
 */
export function ticketQrSvg(ticket: string): Promise<string> {
  return QRCode.toString(ticket, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
