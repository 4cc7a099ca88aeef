import { describe, expect, it } from 'vitest';
import { formatTicketCode, newTicketCode, normaliseTicketCode, TICKET_CODE_ALPHABET } from './ticket-code.js';

describe('short ticket codes', () => {
  it('are eight characters without look-alikes', () => {
    for (let i = 0; i < 200; i++) expect(newTicketCode()).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(TICKET_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('accept what a person types: lower case, the hyphen, spaces', () => {
    expect(normaliseTicketCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normaliseTicketCode('ABCD EFGH')).toBe('ABCDEFGH');
    expect(normaliseTicketCode('ABCDEFG')).toBeNull();
    expect(normaliseTicketCode('ABCDEFG0')).toBeNull();
    expect(formatTicketCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});
