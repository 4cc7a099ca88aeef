import { describe, expect, it } from 'vitest';
import { USCC_CHARSET, isValidUscc, makeUscc, normalizeUscc, orgCodeCheckChar, usccCheckChar, validateUscc } from './uscc.js';

/** 公开的真实代码（校验位已按本算法逐一核对）。 */
const REAL_CODES = [
  '91110000802100433B', // 中国银行股份有限公司
  '91340000704920454F',
  '91110000100010433L',
  '91350100M000100Y43',
  '91310000MA1FL4B24G',
];

function seededRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('validateUscc', () => {
  it.each(REAL_CODES)('accepts real code %s', (code) => {
    expect(validateUscc(code)).toEqual({ ok: true });
  });

  it('real codes also carry a valid GB 11714 organisation-code check char', () => {
    for (const code of REAL_CODES) {
      expect(orgCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
    }
  });

  it('accepts lower case and surrounding whitespace', () => {
    expect(validateUscc('91110000802100433b')).toEqual({ ok: true });
    expect(validateUscc('  91310000ma1fl4b24g ')).toEqual({ ok: true });
    expect(normalizeUscc(' 91310000ma1fl4b24g ')).toBe('91310000MA1FL4B24G');
  });

  it('rejects wrong length', () => {
    for (const code of ['', '9111000080210043', '91110000802100433B1']) {
      expect(validateUscc(code)).toEqual({ ok: false, reason: '统一社会信用代码应为18位' });
    }
  });

  it('rejects characters outside the charset (I O Z S V and symbols)', () => {
    for (const bad of ['I', 'O', 'Z', 'S', 'V', '-', '中']) {
      const code = `9111000080210043${bad}B`;
      expect(validateUscc(code)).toEqual({ ok: false, reason: '统一社会信用代码含有非法字符' });
    }
  });

  it('rejects a wrong check char', () => {
    expect(validateUscc('91110000802100433C')).toEqual({ ok: false, reason: '统一社会信用代码校验位错误' });
    expect(validateUscc('91110000802100434B')).toEqual({ ok: false, reason: '统一社会信用代码校验位错误' });
    expect(isValidUscc('91340100MA2MXXXXXX')).toBe(false);
  });

  it('detects every single-character substitution in a real code', () => {
    const code = REAL_CODES[0]!;
    for (let i = 0; i < 18; i++) {
      for (const ch of USCC_CHARSET) {
        if (ch === code[i]) continue;
        const mutated = code.slice(0, i) + ch + code.slice(i + 1);
        expect(isValidUscc(mutated)).toBe(false);
      }
    }
  });
});

describe('check-char helpers', () => {
  it('maps a sum divisible by 31 to "0"', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });
  it('returns null for invalid input', () => {
    expect(usccCheckChar('123')).toBeNull();
    expect(usccCheckChar('9111000080210043I')).toBeNull();
    expect(orgCodeCheckChar('1234567')).toBeNull();
    expect(orgCodeCheckChar('1234567a')).toBeNull();
  });
  it('GB 11714 organisation-code check char (weights 3,7,9,10,5,8,4,2; 10 → X, 11 → 0)', () => {
    expect(orgCodeCheckChar('00000001')).toBe('9'); // sum 2 → 11 - 2
    expect(orgCodeCheckChar('00000005')).toBe('1'); // sum 10 → 11 - 10
    expect(orgCodeCheckChar('00000100')).toBe('3'); // sum 8 → 11 - 8
    expect(orgCodeCheckChar('00000000')).toBe('0'); // sum 0 → 11 → '0'
    expect(orgCodeCheckChar('00100001')).toBe('0'); // sum 11 → 11 → '0'
    expect(orgCodeCheckChar('00000006')).toBe('X'); // sum 12 → 10 → 'X'
    expect(orgCodeCheckChar('M000100Y')).toBe('4'); // letters count as 10–35
  });
});

describe('makeUscc', () => {
  it('generates valid, well-structured codes', () => {
    const rng = seededRng(42);
    for (let i = 0; i < 500; i++) {
      const code = makeUscc(rng, '340104');
      expect(validateUscc(code)).toEqual({ ok: true });
      expect(code.slice(0, 8)).toBe('91340104');
      expect(orgCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
    }
  });

  it('is deterministic for the same rng sequence', () => {
    expect(makeUscc(seededRng(7), '340100')).toBe(makeUscc(seededRng(7), '340100'));
  });

  it('handles rng returning values close to 1', () => {
    const code = makeUscc(() => 0.9999999999, '340200');
    expect(isValidUscc(code)).toBe(true);
  });

  it('rejects a malformed region code', () => {
    expect(() => makeUscc(Math.random, '3401')).toThrow();
  });
});
