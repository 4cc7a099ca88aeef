/** I2: organisers by full name. Names shorter than 6 characters or without an institutional suffix look abbreviated. */
export const ORGANISER_SUFFIXES = [
  '局',
  '厅',
  '委',
  '办',
  '中心',
  '公司',
  '协会',
  '学会',
  '商会',
  '联合会',
  '委员会',
  '大学',
  '学院',
  '银行',
  '分行',
  '支行',
  '所',
  '院',
  '园',
  '基地',
  '集团',
  '政府',
  '平台',
];

export function looksAbbreviated(name: string): boolean {
  return [...name].length < 6 || !ORGANISER_SUFFIXES.some((s) => name.endsWith(s));
}
