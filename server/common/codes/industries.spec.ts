import { describe, expect, it } from 'vitest';
import {
  ALL_INDUSTRIES,
  INDUSTRIES,
  industryAncestors,
  industryDivisions,
  industryName,
  industrySection,
  isIndustryCode,
  normalizeIndustryCode,
} from './industries.js';

describe('INDUSTRIES', () => {
  const sections = INDUSTRIES.filter((i) => i.level === 'SECTION');
  const divisions = INDUSTRIES.filter((i) => i.level === 'DIVISION');

  it('has 20 sections A–T and 97 divisions 01–97', () => {
    expect(sections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(divisions).toHaveLength(97);
    expect(divisions.map((d) => d.code)).toEqual(Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(INDUSTRIES.map((i) => i.code)).size).toBe(117);
  });

  it('per-section division counts', () => {
    const counts = Object.fromEntries(sections.map((s) => [s.code, industryDivisions(s.code).length]));
    expect(counts).toEqual({
      A: 5,
      B: 7,
      C: 31,
      D: 3,
      E: 4,
      F: 2,
      G: 8,
      H: 2,
      I: 3,
      J: 4,
      K: 1,
      L: 2,
      M: 3,
      N: 4,
      O: 3,
      P: 1,
      Q: 2,
      R: 5,
      S: 6,
      T: 1,
    });
  });

  it('names', () => {
    expect(industryName('C')).toBe('制造业');
    expect(industryName('I')).toBe('信息传输、软件和信息技术服务业');
    expect(industryName('01')).toBe('农业');
    expect(industryName('13')).toBe('农副食品加工业');
    expect(industryName('34')).toBe('通用设备制造业');
    expect(industryName('39')).toBe('计算机、通信和其他电子设备制造业');
    expect(industryName('43')).toBe('金属制品、机械和设备修理业');
    expect(industryName('51')).toBe('批发业');
    expect(industryName('59')).toBe('装卸搬运和仓储业');
    expect(industryName('65')).toBe('软件和信息技术服务业');
    expect(industryName('79')).toBe('土地管理业');
    expect(industryName('90')).toBe('娱乐业');
    expect(industryName('97')).toBe('国际组织');
    expect(industryName('98')).toBeNull();
  });

  it('isIndustryCode', () => {
    expect(isIndustryCode('A')).toBe(true);
    expect(isIndustryCode('T')).toBe(true);
    expect(isIndustryCode('U')).toBe(false);
    expect(isIndustryCode('00')).toBe(false);
    expect(isIndustryCode('1')).toBe(false);
    expect(isIndustryCode('3411')).toBe(true);
    expect(isIndustryCode('3410')).toBe(false);
  });

  it('holds the full table: 20 sections, 97 divisions, 473 groups, 1380 classes', () => {
    const count = (level: string) => ALL_INDUSTRIES.filter((i) => i.level === level).length;
    expect([count('SECTION'), count('DIVISION'), count('GROUP'), count('CLASS')]).toEqual([20, 97, 473, 1380]);
    expect(industryName('3421')).toBe('金属切削机床制造');
    expect(industryName('342')).toBe('金属加工机械制造');
  });

  it('normalizes GB/T 4754 notation: C3421, 3421 and C', () => {
    expect(normalizeIndustryCode('C3421')).toBe('3421');
    expect(normalizeIndustryCode('3421')).toBe('3421');
    expect(normalizeIndustryCode('c34')).toBe('34');
    expect(normalizeIndustryCode('C')).toBe('C');
    expect(normalizeIndustryCode('I')).toBe('I');
    expect(normalizeIndustryCode('I3421')).toBeNull(); // letter of another section
    expect(normalizeIndustryCode('3410')).toBeNull();
    expect(normalizeIndustryCode('')).toBeNull();
    expect(industryAncestors('3421')).toEqual(['C', '34', '342', '3421']);
  });

  it('industrySection', () => {
    expect(industrySection('C')).toBe('C');
    expect(industrySection('05')).toBe('A');
    expect(industrySection('06')).toBe('B');
    expect(industrySection('43')).toBe('C');
    expect(industrySection('44')).toBe('D');
    expect(industrySection('60')).toBe('G');
    expect(industrySection('70')).toBe('K');
    expect(industrySection('3411')).toBe('C');
    expect(industrySection('651')).toBe('I');
    expect(industrySection('99')).toBeNull();
    expect(industrySection('Z')).toBeNull();
  });
});
