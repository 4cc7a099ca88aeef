import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSealed, seal, unseal } from './sealed.js';

const config = { dataKey: randomBytes(32).toString('hex') };

describe('sealed secrets', () => {
  it('round-trips, and refuses another row, another key or an altered value', () => {
    const sealed = seal(config, 'JBSWY3DPEHPK3PXP', 'account-1');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(unseal(config, sealed, 'account-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => unseal(config, sealed, 'account-2')).toThrow();
    expect(() => unseal({ dataKey: randomBytes(32).toString('hex') }, sealed, 'account-1')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('AAAAAAAAAAAAAAAA').toString('base64url');
    expect(() => unseal(config, parts.join('.'), 'account-1')).toThrow();
    expect(seal(config, 'x', 'a')).not.toBe(seal(config, 'x', 'a'));
  });
});
