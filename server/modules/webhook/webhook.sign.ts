import { createHmac } from 'node:crypto';
import { hmacSm3 } from '../partner/index.js';

/**
 * `X-Qifu-Signature: t=<ts>,v1=<hex HMAC-SHA256(secret, ts + "." + body)>[,sm3=<hex HMAC-SM3(secret, same)>]`:
 * the key is the secret's UTF-8 bytes; the timestamp is signed with the body so a captured delivery cannot be
 * replayed later (receivers refuse timestamps older than five minutes and remember X-Qifu-Webhook-Id).
 */
export function webhookSignature(secret: string, timestamp: number, body: string, sm3: boolean): string {
  const signed = `${timestamp}.${body}`;
  const v1 = createHmac('sha256', Buffer.from(secret, 'utf8')).update(signed).digest('hex');
  return `t=${timestamp},v1=${v1}${sm3 ? `,sm3=${hmacSm3(Buffer.from(secret, 'utf8'), signed)}` : ''}`;
}
