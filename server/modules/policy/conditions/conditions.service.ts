import { randomUUID } from 'node:crypto';
import { audit } from '../../../common/audit.js';
import { normalizeIndustryCode } from '../../../common/codes/industries.js';
import { isQualificationCode, qualificationUnit } from '../../../common/codes/qualifications.js';
import { isRegionCode } from '../../../common/codes/regions.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, Violations, fail } from '../../../common/errors.js';
import { mutation } from '../../../common/mutation.js';
import { POLICY_COLUMNS, PolicyStatus, type Policy } from '../policy.entity.js';
import { childrenOf } from '../policy.queries.js';
import { lockPolicy } from '../policy.service.js';
import { TaxCreditGrade } from '../../enterprise/index.js';
import { NUMERIC_FIELDS, type ConditionFieldName } from '../matching/matching.js';
import type { PolicyCondition, PolicyConditionInput, PolicyConditionsSetInput } from './conditions.types.js';
import { bodyParagraphs } from '../content/sanitize.js';
import { columns } from '../../../db/columns.js';
import { pgArray } from '../../../db/sql.js';
import { qualificationCatalogue } from '../../enterprise/index.js';

export const CONDITION_COLUMNS = columns('policy_condition', { omit: ['createdAt'] });

export const conditionsOf = (ctx: Ctx, policyId: string) =>
  childrenOf<PolicyCondition>(
    ctx,
    'policyConditions',
    `select ${CONDITION_COLUMNS} from policy_condition where policy_id = any(?::uuid[]) order by position`,
  )(policyId);

/** The marked sentences of the conditions section (null: not marked). */
export async function conditionSentencesOf(ctx: Ctx, policyId: string): Promise<string[] | null> {
  const [row] = await ctx.em.execute<{ sentences: string[] | null }[]>('select condition_sentences as sentences from policy where id = ?', [policyId]);
  return row?.sentences ?? null;
}

const SIZE = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];
export const normalise = (s: string) => s.replace(/\s+/g, '');

/**
 * Validates one condition; returns its cleaned values (industry codes in their stored form: C3421 → 3421).
 * `qualifications` are the catalogue's codes (default: the built-in ones).
 */
export function checkCondition(
  v: Violations,
  c: PolicyConditionInput,
  path: string,
  bodyText: string | null,
  qualifications: (code: string) => boolean = isQualificationCode,
  countable: (code: string) => boolean = (code) => isQualificationCode(code) && qualificationUnit(code) !== null,
): string[] {
  const field = c.field as ConditionFieldName;
  let values = [...new Set((c.values ?? []).map((x) => String(x).trim()).filter(Boolean))];
  if (field === 'MANUAL') {
    if (c.operator !== 'CHECK') v.add(ErrorCode.INVALID, `${path}.operator`, '人工核验条件只能使用“人工核验”');
    if (values.length !== 1 || [...values[0]].length > 100) v.add(ErrorCode.INVALID, `${path}.values`, '人工核验条件需要1项核验内容，不超过100个字');
  } else if (!values.length || values.length > 100 || values.some((x) => [...x].length > 30)) {
    v.add(ErrorCode.INVALID, `${path}.values`, '条件取值应为1至100项，每项不超过30个字');
    return values;
  } else if (c.operator === 'CHECK') v.add(ErrorCode.INVALID, `${path}.operator`, '只有人工核验条件可以使用“人工核验”');
  if (field === 'MANUAL') {
    // checked by hand: nothing to compare
  } else if (field === 'QUALIFICATION_COUNT') {
    // [code, n] (BETWEEN: [code, lo, hi]): the declared count of a numeric kind of the catalogue
    values = (c.values ?? []).map((x) => String(x).trim());
    if (!['GTE', 'LTE', 'BETWEEN'].includes(c.operator)) v.add(ErrorCode.INVALID, `${path}.operator`, '资质数量条件只能使用不低于、不高于或介于');
    const n = c.operator === 'BETWEEN' ? 3 : 2;
    const counts = values.slice(1);
    if (!countable(values[0] ?? '')) v.add(ErrorCode.INVALID, `${path}.values`, '资质数量条件的第1项应为资质目录中计数类资质的代码（如有效发明专利）');
    else if (values.length !== n || counts.some((x) => !/^\d{1,7}$/.test(x)))
      v.add(ErrorCode.INVALID, `${path}.values`, `该条件需要资质代码和${n - 1}个不小于0的整数`);
    else if (n === 3 && Number(counts[0]) > Number(counts[1])) v.add(ErrorCode.INVALID, `${path}.values`, '区间下限不能大于上限');
    else values = [values[0], ...counts.map((x) => String(Number(x)))];
  } else if (NUMERIC_FIELDS.includes(field)) {
    if (!['GTE', 'LTE', 'BETWEEN'].includes(c.operator)) v.add(ErrorCode.INVALID, `${path}.operator`, '数值条件只能使用不低于、不高于或介于');
    const n = c.operator === 'BETWEEN' ? 2 : 1;
    if (values.length !== n || values.some((x) => !Number.isFinite(Number(x)))) v.add(ErrorCode.INVALID, `${path}.values`, `该条件需要${n}个数值`);
    else if (n === 2 && Number(values[0]) > Number(values[1])) v.add(ErrorCode.INVALID, `${path}.values`, '区间下限不能大于上限');
    // R&D ratio is a percentage: a fraction (0.03 meaning 3%) would silently ask for 0.03%, so it is refused
    else if (field === 'RD_RATIO' && values.some((x) => Number(x) > 0 && Number(x) < 1))
      v.add(ErrorCode.INVALID, `${path}.values`, '研发投入占比按百分数填写（如3%填3），不能填小数0.03');
    else if (field === 'RD_RATIO' && values.some((x) => Number(x) < 0 || Number(x) > 100))
      v.add(ErrorCode.INVALID, `${path}.values`, '研发投入占比应在0到100（%）之间');
  } else {
    if (!['IN', 'NOT_IN', 'HAS'].includes(c.operator)) v.add(ErrorCode.INVALID, `${path}.operator`, '该条件只能使用属于、不属于或具有');
    const valid =
      field === 'REGION'
        ? isRegionCode
        : field === 'INDUSTRY'
          ? (x: string) => normalizeIndustryCode(x) !== null
          : field === 'SIZE_CLASS'
            ? (x: string) => SIZE.includes(x)
            : field === 'QUALIFICATION'
              ? qualifications
              : (x: string) => (Object.values(TaxCreditGrade) as string[]).includes(x); // CREDIT_RATING: 纳税信用等级
    if (values.some((x) => !valid(x))) v.add(ErrorCode.INVALID, `${path}.values`, '条件取值中有无效的代码');
    else if (field === 'INDUSTRY') values = [...new Set(values.map((x) => normalizeIndustryCode(x)!))];
  }
  const sentence = (c.sourceSentence ?? '').trim();
  if (!sentence) v.add(ErrorCode.REQUIRED, `${path}.sourceSentence`, '请填写条件对应的原文句子');
  else if ([...sentence].length > 500) v.add(ErrorCode.TOO_LONG, `${path}.sourceSentence`, '原文句子不能超过500个字');
  else if (bodyText !== null && !bodyText.includes(normalise(sentence)))
    v.add(ErrorCode.INVALID, `${path}.sourceSentence`, '正文中找不到该原文句子，请从正文中复制');
  return values;
}

/** Replaces the conditions of a policy (decomposition, O1); audited. */
export function setConditions(ctx: Ctx, input: PolicyConditionsSetInput) {
  return mutation(ctx, async (em) => {
    const policy = await lockPolicy(ctx, em, input.policyId);
    if (policy.status === PolicyStatus.WITHDRAWN) fail(ErrorCode.INVALID_STATE, 'policyId', '已撤回的政策不能拆解');
    const list = input.conditions ?? [];
    if (list.length > 30) fail(ErrorCode.TOO_LONG, 'conditions', '每项政策最多30个申报条件');
    const bodyText = normalise(bodyParagraphs(policy.body).join(''));
    const v = new Violations();
    const catalogue = new Map((await qualificationCatalogue(em)).map((q) => [q.code, q.countUnit]));
    const rows = list.map((c, i) => ({
      c,
      values: checkCondition(
        v,
        c,
        `conditions.${i}`,
        bodyText,
        (x) => catalogue.has(x),
        (x) => !!catalogue.get(x),
      ),
    }));
    const sentences = input.conditionSentences?.map((x) => x.trim()).filter(Boolean);
    if (sentences) {
      if (sentences.length > 60) v.add(ErrorCode.TOO_LONG, 'conditionSentences', '申报条件句子最多60句');
      sentences.forEach((x, i) => {
        if ([...x].length > 500) v.add(ErrorCode.TOO_LONG, `conditionSentences.${i}`, '原文句子不能超过500个字');
        else if (!bodyText.includes(normalise(x))) v.add(ErrorCode.INVALID, `conditionSentences.${i}`, '正文中找不到该原文句子，请从正文中复制');
      });
    }
    v.throwIfAny();
    if (sentences)
      await em.execute('update policy set condition_sentences = ?::text[] where id = ?', [
        sentences.length ? pgArray([...new Set(sentences)]) : null,
        policy.id,
      ]);
    await em.execute('delete from policy_condition where policy_id = ?', [policy.id]);
    if (rows.length) {
      await em.execute(
        `insert into policy_condition (id, policy_id, position, field, operator, "values", changeable, source_sentence)
         select x.id, ?, x.position, x.field, x.operator, x.values, x.changeable, x.source_sentence
           from jsonb_to_recordset(?::jsonb) as x(id uuid, position int, field text, operator text, "values" text[], changeable boolean, source_sentence text)`,
        [
          policy.id,
          JSON.stringify(
            rows.map(({ c, values }, i) => ({
              id: randomUUID(),
              position: i + 1,
              field: c.field,
              operator: c.operator,
              values,
              changeable: !!c.changeable,
              source_sentence: c.sourceSentence.trim(),
            })),
          ),
        ],
      );
    }
    await audit(
      ctx,
      {
        operation: 'policy.conditions.set',
        objectType: 'Policy',
        objectId: policy.id,
        result: 'SUCCESS',
        detail: { count: rows.length, sentences: sentences?.length ?? null },
      },
      em,
    );
    const [row] = await em.execute<Policy[]>(`update policy set updated_at = ? where id = ? returning ${POLICY_COLUMNS}`, [ctx.clock.now(), policy.id]);
    return { policy: row };
  });
}
