import { describe, expect, it } from 'vitest';
import {
  QUALIFICATIONS,
  QUALIFICATION_CODES,
  QUALIFICATION_LABELS,
  type QualificationCode,
  isQualificationCode,
  qualificationLabel,
} from './qualifications.js';

describe('qualifications', () => {
  it('seeds the catalogue: the seven original codes first, then the ones issue 15 adds', () => {
    expect(QUALIFICATION_CODES.slice(0, 7)).toEqual(['HIGH_TECH', 'TECH_SME', 'SRDI', 'LITTLE_GIANT', 'INNOVATIVE_SME', 'GAZELLE', 'ENTERPRISE_TECH_CENTER']);
    expect(QUALIFICATIONS).toHaveLength(15);
    expect(qualificationLabel('INVENTION_PATENT')).toBe('有效发明专利');
    expect(QUALIFICATIONS.find((q) => q.code === 'INVENTION_PATENT')?.countUnit).toBe('项');
  });

  it('has Chinese labels', () => {
    const code: QualificationCode = 'LITTLE_GIANT';
    expect(QUALIFICATION_LABELS[code]).toBe('专精特新“小巨人”企业');
    expect(QUALIFICATION_LABELS.HIGH_TECH).toBe('高新技术企业');
    expect(qualificationLabel('ENTERPRISE_TECH_CENTER')).toBe('省级企业技术中心');
    expect(qualificationLabel('NOPE')).toBeNull();
  });

  it('isQualificationCode', () => {
    expect(isQualificationCode('SRDI')).toBe(true);
    expect(isQualificationCode('srdi')).toBe(false);
  });
});
