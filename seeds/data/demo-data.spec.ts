import { describe, expect, it } from 'vitest';
import { QUALIFICATION_CODES } from '../../server/common/codes/qualifications.js';
import { isIndustryCode, industrySection } from '../../server/common/codes/industries.js';
import { isRegionCode, regionAncestors } from '../../server/common/codes/regions.js';
import { classifySize, SIZE_CLASSES } from '../../server/modules/enterprise/size-class.js';
import { validateUscc } from '../../server/modules/enterprise/uscc.js';
import { INSTITUTION_TYPES, SERVICE_COLUMNS, generateEnterprises, generateInstitutions, mulberry32 } from './demo-data.js';

const SEED = 20240601;
const enterprises = generateEnterprises(200, SEED);
const institutions = generateInstitutions(SEED);

const MOBILE = /^1[3-9]\d{9}$/;
const EMAIL = /^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(mulberry32(2)()).not.toBe(mulberry32(1)());
  });
});

describe('generateEnterprises', () => {
  it('is deterministic for a seed and varies across seeds', () => {
    expect(generateEnterprises(200, SEED)).toEqual(enterprises);
    expect(generateEnterprises(20, SEED + 1)).not.toEqual(enterprises.slice(0, 20));
  });

  it('returns the requested count', () => {
    expect(enterprises).toHaveLength(200);
    expect(generateEnterprises(0, 1)).toEqual([]);
    expect(generateEnterprises(1000, 7)).toHaveLength(1000);
  });

  it('all USCCs are valid and unique, and carry the region code', () => {
    for (const e of enterprises) {
      expect(validateUscc(e.uscc)).toEqual({ ok: true });
      expect(e.uscc.slice(0, 2)).toBe('91');
      expect(e.uscc.slice(2, 8)).toBe(e.regionCode);
    }
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(200);
  });

  it('names are unique company names', () => {
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(200);
    for (const e of enterprises) expect(e.name).toMatch(/^[\u4e00-\u9fa5]{6,}(股份)?有限公司$/);
  });

  it('regions are Anhui codes, mostly 合肥/芜湖 districts', () => {
    for (const e of enterprises) {
      expect(isRegionCode(e.regionCode)).toBe(true);
      expect(regionAncestors(e.regionCode).at(-1)).toBe('340000');
    }
    const hefeiWuhu = enterprises.filter((e) => /^340[12]/.test(e.regionCode)).length;
    expect(hefeiWuhu).toBeGreaterThan(80);
    expect(new Set(enterprises.map((e) => e.regionCode.slice(0, 4))).size).toBeGreaterThan(8);
  });

  it('industries are GB/T 4754 divisions weighted to manufacturing, software, wholesale and retail', () => {
    for (const e of enterprises) {
      expect(e.industryCode).toMatch(/^\d{2}$/);
      expect(isIndustryCode(e.industryCode)).toBe(true);
    }
    const manufacturing = enterprises.filter((e) => industrySection(e.industryCode) === 'C').length;
    const software = enterprises.filter((e) => e.industryCode === '65').length;
    const wholesale = enterprises.filter((e) => e.industryCode === '51').length;
    const retail = enterprises.filter((e) => e.industryCode === '52').length;
    expect(manufacturing).toBeGreaterThan(50);
    expect(software).toBeGreaterThan(10);
    expect(wholesale).toBeGreaterThan(10);
    expect(retail).toBeGreaterThan(5);
  });

  it('metrics are plausible and span all size classes', () => {
    const seen = new Set<string>();
    for (const e of enterprises) {
      expect(Number.isInteger(e.employees)).toBe(true);
      expect(e.employees).toBeGreaterThan(0);
      expect(e.revenue).toBeGreaterThan(0);
      expect(e.totalAssets).toBeGreaterThan(0);
      const size = classifySize(e);
      expect(size).not.toBeNull();
      seen.add(size!);
    }
    expect([...seen].sort()).toEqual([...SIZE_CLASSES].sort());
  });

  it('establishment dates fall within 1995–2024', () => {
    for (const e of enterprises) {
      expect(e.establishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.establishedOn >= '1995-01-01' && e.establishedOn <= '2024-12-31').toBe(true);
      expect(new Date(`${e.establishedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.establishedOn);
    }
  });

  it('qualifications are occasional, known and ordered', () => {
    const withQ = enterprises.filter((e) => e.qualifications.length > 0).length;
    expect(withQ).toBeGreaterThan(10);
    expect(withQ).toBeLessThan(150);
    for (const e of enterprises) {
      const order = e.qualifications.map((q) => QUALIFICATION_CODES.indexOf(q));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      if (e.qualifications.includes('LITTLE_GIANT')) expect(e.qualifications).toContain('SRDI');
      if (e.qualifications.includes('TECH_SME')) expect(classifySize(e)).not.toBe('LARGE');
    }
  });

  it('contacts look real', () => {
    for (const e of enterprises) {
      expect(e.contactName).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(e.contactPhone).toMatch(MOBILE);
      expect(e.contactEmail).toMatch(EMAIL);
    }
  });
});

describe('generateInstitutions', () => {
  it('is deterministic', () => {
    expect(generateInstitutions(SEED)).toEqual(institutions);
  });

  it('returns about 20 institutions with unique names', () => {
    expect(institutions.length).toBeGreaterThanOrEqual(18);
    expect(new Set(institutions.map((i) => i.name)).size).toBe(institutions.length);
    expect(institutions.map((i) => i.name)).toContain('安徽省中小企业服务中心');
  });

  it('uses valid types, columns and regions', () => {
    const types = new Set<string>();
    const columns = new Set<string>();
    for (const i of institutions) {
      expect(INSTITUTION_TYPES).toContain(i.type);
      types.add(i.type);
      expect(i.columns.length).toBeGreaterThan(0);
      expect(new Set(i.columns).size).toBe(i.columns.length);
      for (const c of i.columns) {
        expect(SERVICE_COLUMNS).toContain(c);
        columns.add(c);
      }
      expect(i.regionCodes.length).toBeGreaterThan(0);
      for (const r of i.regionCodes) expect(isRegionCode(r)).toBe(true);
    }
    expect(types.size).toBe(INSTITUTION_TYPES.length);
    expect(columns.size).toBe(SERVICE_COLUMNS.length);
  });

  it('has descriptive fields and contacts', () => {
    for (const i of institutions) {
      expect(i.qualifications).not.toBe('');
      expect(i.responsibleDepartment).not.toBe('');
      expect(i.description.length).toBeGreaterThan(10);
      expect(i.contactName).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(i.contactPhone).toMatch(/^(1[3-9]\d{9}|0\d{3}-\d{8})$/);
      expect(i.contactEmail).toMatch(EMAIL);
    }
  });

  it('returns fresh arrays (callers may mutate safely)', () => {
    const before = generateInstitutions(1);
    const mutated = generateInstitutions(1);
    mutated[0]!.columns.push('FINANCING');
    mutated[0]!.regionCodes.length = 0;
    expect(generateInstitutions(1)).toEqual(before);
  });
});
