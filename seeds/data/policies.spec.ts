import { describe, expect, it } from 'vitest';
import { generatePolicies } from './policies.js';

describe('demo policy generator', () => {
  const data = generatePolicies(320, 3727);
  it('is deterministic, unique by docNo + department and by title', () => {
    expect(generatePolicies(320, 3727)).toEqual(data);
    expect(new Set(data.map((d) => `${d.docNo}|${d.departments[0]}`)).size).toBe(320);
    expect(new Set(data.map((d) => d.title)).size).toBe(320);
  });
  it('pins every condition to a sentence of the body and decomposes at least 50', () => {
    expect(data.filter((d) => d.conditions.length).length).toBeGreaterThanOrEqual(50);
    for (const d of data) for (const c of d.conditions) expect(d.body).toContain(c.sourceSentence);
    expect(data.filter((d) => d.interpretation).length).toBeGreaterThan(90);
    expect(data.filter((d) => d.guide).length).toBeGreaterThan(90);
    expect(data.some((d) => /^皖政办〔20\d\d〕\d+号$/.test(d.docNo))).toBe(true);
  });
});
