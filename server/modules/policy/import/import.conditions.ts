/**
 * Eligibility conditions carried by an import line (issue 15): the vocabulary and validation of
 * `policyConditionsSet` (`checkCondition`), with qualifications named by catalogue code, name or alias.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, type Violations } from '../../../common/errors.js';
import { qualificationCatalogue } from '../../enterprise/index.js';
import { checkCondition, normalise } from '../conditions/conditions.service.js';
import { ConditionField, ConditionOperator, type PolicyConditionInput } from '../conditions/conditions.types.js';
import { bodyParagraphs } from '../content/sanitize.js';

/** Stored as the source sentence of an imported condition whose line names none. */
export const NO_SENTENCE = '（批量导入，未标注原文句子）';
const MAX_CONDITIONS = 30;
const KEYS = new Set(['field', 'operator', 'values', 'value', 'qualification', 'sentence', 'changeable']);

/** The catalogue as the importer resolves it: every code, name and alias → the codes it names. */
export interface ImportCatalogue {
  byRef: Map<string, Set<string>>;
  countable: Set<string>;
  codes: Set<string>;
}

export async function importCatalogue(em: EntityManager): Promise<ImportCatalogue> {
  const byRef = new Map<string, Set<string>>();
  const add = (ref: string, code: string) => {
    const key = normalise(ref);
    if (!byRef.has(key)) byRef.set(key, new Set());
    byRef.get(key)!.add(code);
  };
  const kinds = await qualificationCatalogue(em);
  for (const q of kinds) for (const ref of [q.code, q.name, ...q.aliases]) add(ref, q.code);
  // a code is never ambiguous: it names its own entry even when it is also another entry's alias
  for (const q of kinds) byRef.set(normalise(q.code), new Set([q.code]));
  return { byRef, countable: new Set(kinds.filter((q) => q.countUnit).map((q) => q.code)), codes: new Set(kinds.map((q) => q.code)) };
}

export interface ImportedCondition {
  field: string;
  operator: string;
  values: string[];
  changeable: boolean;
  source_sentence: string;
}

const hasConditions = (record: Record<string, unknown> | null) => record != null && record.conditions != null;
export { hasConditions as lineHasConditions };

const text = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x).trim() : null);

/**
 * Validates the `conditions` of one line against the line's (sanitised) body; qualification references resolve
 * to catalogue codes. Errors go to `v` with paths under `conditions[i]`; returns the rows to store.
 */
export function importConditions(v: Violations, raw: unknown, body: string, catalogue: ImportCatalogue): ImportedCondition[] {
  if (!Array.isArray(raw)) {
    v.add(ErrorCode.INVALID, 'conditions', '申报条件应为列表');
    return [];
  }
  if (raw.length > MAX_CONDITIONS) {
    v.add(ErrorCode.TOO_LONG, 'conditions', `每项政策最多${MAX_CONDITIONS}个申报条件`);
    return [];
  }
  const bodyText = normalise(bodyParagraphs(body).join(''));
  const out: ImportedCondition[] = [];
  raw.forEach((item, i) => {
    const path = `conditions[${i}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return v.add(ErrorCode.INVALID, path, '申报条件应为对象');
    const c = item as Record<string, unknown>;
    const unknown = Object.keys(c).filter((k) => !KEYS.has(k));
    if (unknown.length) return v.add(ErrorCode.INVALID, `${path}.${unknown[0]}`, '申报条件含未知字段');
    const list = (x: unknown) => (x == null ? [] : Array.isArray(x) ? x : [x]).map(text);
    let values = list(c.values ?? c.value);
    if (values.some((x) => x === null)) return v.add(ErrorCode.INVALID, `${path}.values`, '条件取值应为文字或数字');
    const field = text(c.field) ?? '';
    if (!(Object.values(ConditionField) as string[]).includes(field)) return v.add(ErrorCode.INVALID, `${path}.field`, '条件字段无效');
    if (!(Object.values(ConditionOperator) as string[]).includes(text(c.operator) ?? '')) return v.add(ErrorCode.INVALID, `${path}.operator`, '条件运算符无效');
    // qualifications by code, name or alias: `qualification` (one or a list), else the values as the mutation takes them
    if (field === 'QUALIFICATION' || field === 'QUALIFICATION_COUNT') {
      const named = c.qualification != null;
      const refs = named ? list(c.qualification) : field === 'QUALIFICATION' ? values : values.slice(0, 1);
      const codes: string[] = [];
      for (const [j, ref] of refs.entries()) {
        const at = named ? (Array.isArray(c.qualification) ? `${path}.qualification[${j}]` : `${path}.qualification`) : `${path}.values[${j}]`;
        const found = ref ? catalogue.byRef.get(normalise(ref)) : undefined;
        if (!found) return v.add(ErrorCode.NOT_FOUND, at, `资质目录中没有“${(ref ?? '').slice(0, 50)}”，请填写资质代码、名称或别名`);
        if (found.size > 1) return v.add(ErrorCode.INVALID, at, `“${ref!.slice(0, 50)}”对应多项资质（${[...found].join('、')}），请改填资质代码`);
        codes.push([...found][0]);
      }
      if (!codes.length) return v.add(ErrorCode.REQUIRED, `${path}.qualification`, '请填写资质（代码、名称或别名）');
      values = field === 'QUALIFICATION' ? codes : [codes[0], ...(named ? values : values.slice(1))];
    }
    const sentence = text(c.sentence) || null;
    const input = {
      field,
      operator: text(c.operator) ?? '',
      values: values as string[],
      changeable: c.changeable === true,
      sourceSentence: sentence ?? NO_SENTENCE,
    } as unknown as PolicyConditionInput;
    const before = v.errors.length;
    const checked = checkCondition(
      v,
      input,
      path,
      sentence ? bodyText : null,
      (x) => catalogue.codes.has(x),
      (x) => catalogue.countable.has(x),
    );
    if (v.errors.length > before) return;
    out.push({ field, operator: input.operator, values: checked, changeable: input.changeable!, source_sentence: input.sourceSentence });
  });
  return out;
}

/** The content hash of a line with conditions: the fields' hash and the conditions (a line without keeps the fields' hash). */
export const hashWithConditions = (hash: string, conditions: ImportedCondition[]) =>
  createHash('sha256').update(hash).update(JSON.stringify(conditions)).digest('hex');

/** Replaces the conditions of the given policies inside the caller's transaction (two statements). */
export async function writeConditions(em: EntityManager, byPolicy: Map<string, ImportedCondition[]>): Promise<void> {
  if (!byPolicy.size) return;
  await em.execute('delete from policy_condition where policy_id = any(?::uuid[])', [`{${[...byPolicy.keys()].join(',')}}`]);
  const rows = [...byPolicy].flatMap(([policyId, list]) => list.map((c, i) => ({ id: randomUUID(), policy_id: policyId, position: i + 1, ...c })));
  if (rows.length)
    await em.execute(
      `insert into policy_condition (id, policy_id, position, field, operator, "values", changeable, source_sentence)
       select x.id, x.policy_id, x.position, x.field, x.operator, x.values, x.changeable, x.source_sentence
         from jsonb_to_recordset(?::jsonb) as x(id uuid, policy_id uuid, position int, field text, operator text, "values" text[], changeable boolean, source_sentence text)`,
      [JSON.stringify(rows)],
    );
}
