import { describe, expect, it } from 'vitest';
import { REGIONS, isAncestorOrSelf, isRegionCode, regionAncestors, regionByCode, regionChildren, regionName } from './regions.js';

describe('REGIONS', () => {
  it('has unique six-digit codes', () => {
    const codes = REGIONS.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
  });

  it('lists all 34 provincial-level divisions', () => {
    const provinces = regionChildren(null);
    expect(provinces).toHaveLength(34);
    for (const p of provinces) expect(p.code.endsWith('0000')).toBe(true);
    expect(regionName('110000')).toBe('北京市');
    expect(regionName('540000')).toBe('西藏自治区');
    expect(regionName('650000')).toBe('新疆维吾尔自治区');
    expect(regionName('710000')).toBe('台湾省');
    expect(regionName('820000')).toBe('澳门特别行政区');
  });

  it('lists the 16 prefecture cities of 安徽省', () => {
    const cities = regionChildren('340000');
    expect(cities).toHaveLength(16);
    expect(cities[0]).toEqual({ code: '340100', name: '合肥市', parent: '340000' });
    expect(cities.at(-1)).toEqual({ code: '341800', name: '宣城市', parent: '340000' });
    // 巢湖地级市（341400）已于 2011 年撤销；340900 未使用
    expect(isRegionCode('341400')).toBe(false);
    expect(isRegionCode('340900')).toBe(false);
  });

  it('holds every county-level unit from the maintained package (GB/T 2260), with hierarchy', () => {
    expect(regionName('340302')).toBe('龙子湖区');
    expect(regionAncestors('340302')).toEqual(['340302', '340300', '340000']);
    expect(regionName('320500')).toBe('苏州市');
    expect(regionAncestors('320505')).toEqual(['320505', '320500', '320000']);
    expect(regionName('110100')).toBe('北京市');
    expect(regionAncestors('110105')).toEqual(['110105', '110100', '110000']);
    expect(isRegionCode('340171')).toBe(false); // 合肥高新区: a statistical unit, not a GB/T 2260 division
    expect(REGIONS.filter((r) => /^\d{4}(?!00)\d{2}$/.test(r.code)).length).toBeGreaterThan(2800);
  });

  it('lists the districts/counties of 合肥市 and 芜湖市', () => {
    expect(regionChildren('340100').map((r) => r.name)).toEqual(['瑶海区', '庐阳区', '蜀山区', '包河区', '长丰县', '肥东县', '肥西县', '庐江县', '巢湖市']);
    expect(regionChildren('340200').map((r) => r.code)).toEqual(['340202', '340207', '340209', '340210', '340212', '340223', '340281']);
    expect(regionName('340210')).toBe('湾沚区');
    expect(regionName('340281')).toBe('无为市');
    // 2020 年撤销的旧代码
    expect(isRegionCode('340203')).toBe(false); // 原弋江区
    expect(isRegionCode('340208')).toBe(false); // 原三山区
    expect(isRegionCode('340221')).toBe(false); // 原芜湖县
  });

  it('every parent exists and shares the code prefix', () => {
    for (const r of REGIONS) {
      if (r.parent === null) continue;
      expect(isRegionCode(r.parent)).toBe(true);
      const keep = r.parent.endsWith('0000') ? 2 : 4;
      expect(r.code.slice(0, keep)).toBe(r.parent.slice(0, keep));
    }
  });
});

describe('lookups', () => {
  it('regionName / isRegionCode / regionByCode', () => {
    expect(regionName('340104')).toBe('蜀山区');
    expect(regionName('999999')).toBeNull();
    expect(isRegionCode('340000')).toBe(true);
    expect(isRegionCode('34')).toBe(false);
    expect(regionByCode('340181')).toEqual({ code: '340181', name: '巢湖市', parent: '340100' });
    expect(regionByCode('000000')).toBeNull();
  });

  it('regionAncestors walks up to the province', () => {
    expect(regionAncestors('340104')).toEqual(['340104', '340100', '340000']);
    expect(regionAncestors('340212')).toEqual(['340212', '340200', '340000']);
    expect(regionAncestors('341800')).toEqual(['341800', '340000']);
    expect(regionAncestors('110000')).toEqual(['110000']);
    expect(regionAncestors('123456')).toEqual([]);
  });

  it('isAncestorOrSelf', () => {
    expect(isAncestorOrSelf('340000', '340104')).toBe(true);
    expect(isAncestorOrSelf('340100', '340104')).toBe(true);
    expect(isAncestorOrSelf('340104', '340104')).toBe(true);
    expect(isAncestorOrSelf('340200', '340104')).toBe(false);
  });
});
