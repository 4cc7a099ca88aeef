import { randomInt } from 'node:crypto';

/** Digits and capitals without look-alikes (no 0/O, 1/I/L): 31 symbols, 8 of them ≈ 8.5 × 10^11 codes. */
export const TICKET_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TICKET_CODE_LENGTH = 8;

export function newTicketCode(): string {
  let code = '';
  for (let i = 0; i < TICKET_CODE_LENGTH; i++) code += TICKET_CODE_ALPHABET[randomInt(TICKET_CODE_ALPHABET.length)];
  return code;
}

/** A typed code in canonical form (upper case, without spaces or hyphens; o→0 is not guessed), or null when it is not one. */
export function normaliseTicketCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return code.length === TICKET_CODE_LENGTH && [...code].every((c) => TICKET_CODE_ALPHABET.includes(c)) ? code : null;
}

/** As shown under the QR code: two groups of four (ABCD-EFGH). */
export const formatTicketCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
