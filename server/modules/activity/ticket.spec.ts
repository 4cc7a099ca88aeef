import { describe, expect, it } from 'vitest';
import { looksAbbreviated } from './organiser.js';
import { makeTicket, verifyTicket } from './ticket.js';

describe('tickets', () => {
  const secret = Buffer.from('k'.repeat(32));
  const id = '0b7c3f3e-8f5a-4d2b-9a61-2f9b1c7d4e10';
  it('verifies its own tickets and rejects forged ones', () => {
    const t = makeTicket(secret, id);
    expect(verifyTicket(secret, t)).toBe(id);
    expect(verifyTicket(Buffer.from('x'.repeat(32)), t)).toBeNull();
    expect(verifyTicket(secret, t.replace(id, '0b7c3f3e-8f5a-4d2b-9a61-2f9b1c7d4e11'))).toBeNull();
    expect(verifyTicket(secret, 'QF1.garbage')).toBeNull();
  });
});

describe('organiser names (I2)', () => {
  it('flags abbreviations', () => {
    expect(looksAbbreviated('省经信厅')).toBe(true);
    expect(looksAbbreviated('合肥高新区')).toBe(true);
    expect(looksAbbreviated('安徽省经济和信息化厅')).toBe(false);
    expect(looksAbbreviated('中国银行股份有限公司安徽省分行')).toBe(false);
  });
});
