import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowedPrivate, checkAddress, isPrivateAddress } from './webhook.address.js';
import { webhookConfig } from './webhook.config.js';
import { postWebhook } from './webhook.post.js';
import { webhookSignature } from './webhook.sign.js';

describe('webhook SSRF guard', () => {
  it('treats loopback, private, link-local, CGNAT and mapped addresses as private', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '202.96.134.133', '2400:3200::1']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses private addresses unless the allowance names them', () => {
    expect(() => checkAddress('10.0.0.5', [])).toThrow(/内网/);
    expect(() => checkAddress('10.0.0.5', ['10.0.0.0/8'])).not.toThrow();
    expect(allowedPrivate('192.168.1.9', ['192.168.1.9'])).toBe(true);
    expect(allowedPrivate('192.168.1.10', ['192.168.1.9'])).toBe(false);
    expect(allowedPrivate('127.0.0.1', ['*'])).toBe(true);
  });

  it('production defaults: https only and no private address, before any connection', async () => {
    const config = webhookConfig(true, {});
    expect(config).toMatchObject({ httpsOnly: true, allowPrivate: [] });
    expect((await postWebhook(config, 'http://example.com/hook', '{}', {})).error).toMatch(/https/);
    const local = await postWebhook(config, 'https://127.0.0.1:1/hook', '{}', {});
    expect(local).toMatchObject({ ok: false, statusCode: null });
    expect(local.error).toMatch(/内网/);
    const byName = await postWebhook(config, 'https://localhost:1/hook', '{}', {});
    expect(byName.error).toMatch(/内网/);
    expect(webhookConfig(false, {}).allowPrivate).toEqual(['*']);
  });
});

describe('webhook signature', () => {
  it('is t=<ts>,v1=<HMAC-SHA256(secret, ts.body)> with sm3=<HMAC-SM3> on request', () => {
    const body = '{"id":"1"}';
    const v1 = createHmac('sha256', 'whsec_test').update(`1700000000.${body}`).digest('hex');
    const sm3 = createHmac('sm3', 'whsec_test').update(`1700000000.${body}`).digest('hex');
    expect(webhookSignature('whsec_test', 1700000000, body, false)).toBe(`t=1700000000,v1=${v1}`);
    expect(webhookSignature('whsec_test', 1700000000, body, true)).toBe(`t=1700000000,v1=${v1},sm3=${sm3}`);
  });
});
