import { createHash } from 'node:crypto';
import { sm2, sm3 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { hmacKeyOf } from './credentials.js';
import { canonicalString, hmacSm3, signatureValid, SM2_USER_ID } from './signature.js';

// The test vectors published in docs/partners.md ("Test vectors"): keep both in step.
const V = {
  secret: 'qcs_TestVectorOnly-NeverUseThisSecret-0000000',
  key: 'bb17f46d2d8afcc0eff08ba67d43f66c5daabc401f1d7d5264e9b2d98849eba8',
  body: '{"query":"{ currentSite { code name } }"}',
  bodySm3: 'c6966461a826a5a8cf95af908ca36cb3c84fdb0516cc6027dd557f5d6f8c6756',
  timestamp: 1765065600,
  nonce: 'n0nce-2026-12-07-0001',
  hmac: 'b997134d18ce551dfdb7370a7caa971ff4009cfc4556e89584bef9bafebb7abd',
  sm2Private: '7a57cf7a35310db9fc0c46d62d657a28df645cb448a35cd21adfc867feed7bd9',
  sm2Public: '04ed8e135fb850bcea5ea525b45758bdba3ff360f76e11ddc1550744a20493576264f62ba0e3cf7c309934c12a8f3fce899d54aa3e90a7659c2801ad70adba095e',
  sm2Signature: '60c1885fc16d0588919b024852fd2817252f616d133d9007f3d24ff248008ed695ed840552c7551bbb3631c62fea983b0be0c13a27ef9def44e60f30d82e21b9',
};

describe('D1 signed requests: the canonical string and the published test vectors', () => {
  const canonical = canonicalString('POST', '/graphql', V.timestamp, V.nonce, V.body);

  it('builds the five-line canonical string', () => {
    expect(canonical).toBe(`POST\n/graphql\n${V.timestamp}\n${V.nonce}\n${V.bodySm3}`);
    expect(createHash('sm3').update('abc').digest('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'); // GB/T 32905 A.1
  });

  it('HMAC-SM3: the key is SM3 of the secret; Node and sm-crypto-v2 agree on the signature', () => {
    expect(hmacKeyOf(V.secret).toString('hex')).toBe(V.key);
    expect(hmacSm3(Buffer.from(V.key, 'hex'), canonical)).toBe(V.hmac);
    expect(sm3(canonical, { key: Buffer.from(V.key, 'hex'), mode: 'hmac' })).toBe(V.hmac);
    const signed = { clientId: '', timestamp: V.timestamp, nonce: V.nonce, algorithm: 'HMAC-SM3' as const, signature: V.hmac };
    expect(signatureValid(signed, canonical, { hmacKeys: [Buffer.from(V.key, 'hex')], sm2PublicKey: null })).toBe(true);
    expect(signatureValid(signed, canonical.replace('POST', 'GET'), { hmacKeys: [Buffer.from(V.key, 'hex')], sm2PublicKey: null })).toBe(false);
  });

  it('SM2 with user id 1234567812345678: the published signature verifies, one over another body does not', () => {
    expect(sm2.getPublicKeyFromPrivateKey(V.sm2Private)).toBe(V.sm2Public);
    const signed = { clientId: '', timestamp: V.timestamp, nonce: V.nonce, algorithm: 'SM2' as const, signature: V.sm2Signature };
    expect(signatureValid(signed, canonical, { hmacKeys: [], sm2PublicKey: V.sm2Public })).toBe(true);
    const other = canonicalString('POST', '/graphql', V.timestamp, V.nonce, V.body.replace('name', 'code'));
    expect(signatureValid(signed, other, { hmacKeys: [], sm2PublicKey: V.sm2Public })).toBe(false);
    // Signed with another user id (Node's crypto.sign uses an empty one): refused.
    const wrongId = sm2.doSignature(canonical, V.sm2Private, { hash: true, userId: '' });
    expect(signatureValid({ ...signed, signature: wrongId }, canonical, { hmacKeys: [], sm2PublicKey: V.sm2Public })).toBe(false);
    expect(SM2_USER_ID).toBe('1234567812345678');
  });
});
