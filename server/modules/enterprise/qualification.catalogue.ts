/**
 * The qualification catalogue (资质目录) kept by operators, and the qualifications an enterprise declares with
 * their validity dates and counts; an operator can mark a declaration verified. Matching reads the codes.
 */
import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import { requireRole, requireViewer } from '../../common/auth.js';
import { registerQualificationNames } from '../../common/codes/qualifications.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, UserError, Violations, fail } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { Role } from '../../common/roles.js';
import { Enterprise, ProfileFieldSource } from './enterprise.entity.js';
import { columns } from '../../db/columns.js';
import { pgArray } from '../../db/sql.js';

@ObjectType({ description: 'An entry of the qualification catalogue (资质目录) kept by operators. Public.' })
export class QualificationKind {
  @Field(() => String, { description: 'Code used in profiles and conditions, e.g. HIGH_TECH, INVENTION_PATENT.' })
  code!: string;
  @Field(() => String, { description: 'Chinese name.' })
  name!: string;
  @Field(() => [String], { description: 'Other names it is known by (for import and search).' })
  aliases!: string[];
  @Field(() => String, { description: 'Issuing or certifying body.' })
  issuingBody!: string;
  @Field(() => Int, { nullable: true, description: 'Years an award stays valid; null: no fixed term.' })
  validityYears!: number | null;
  @Field(() => String, { nullable: true, description: 'For numeric kinds (有效发明专利 …), the unit of the declared count (项); null: held or not.' })
  countUnit!: string | null;
}

@ObjectType({ description: 'A qualification an enterprise declares. Visible with the enterprise.' })
export class EnterpriseQualification {
  enterpriseId!: string;
  @Field(() => String, { description: 'Catalogue code.' })
  code!: string;
  @Field(() => String, { description: 'Catalogue name.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Valid from, YYYY-MM-DD (null: not declared).' })
  validFrom!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Valid until, YYYY-MM-DD (null: no end declared); after it the qualification does not count in matching.',
  })
  validTo!: string | null;
  @Field(() => Int, { nullable: true, description: 'Count for numeric kinds (e.g. 有效发明专利 件数); 0 does not count as held.' })
  count!: number | null;
  @Field(() => Date, { nullable: true, description: 'When an operator verified it (null: self-declared).' })
  verifiedAt!: Date | null;
}

@InputType({ description: 'A qualification held, with its validity and count.' })
export class EnterpriseQualificationInput {
  @Field(() => String, { description: 'Catalogue code.' })
  code!: string;
  @Field(() => String, { nullable: true, description: 'Valid from, YYYY-MM-DD.' })
  validFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Valid until, YYYY-MM-DD (not before validFrom).' })
  validTo?: string | null;
  @Field(() => Int, { nullable: true, description: 'Count for numeric kinds (0–1,000,000).' })
  count?: number | null;
}

@InputType({ description: 'An operator adds a catalogue entry.' })
export class QualificationKindCreateInput {
  @Field(() => String, { description: 'Code: an upper-case letter, then 1–39 upper-case letters, digits or _ (e.g. PROVINCIAL_DESIGN_CENTER); never changes.' })
  code!: string;
  @Field(() => String, { description: 'Chinese name (2–50 characters), unique in the catalogue.' })
  name!: string;
  @Field(() => [String], { description: 'Aliases (at most 20, each at most 50 characters).' })
  aliases!: string[];
  @Field(() => String, { description: 'Issuing body (at most 100 characters).' })
  issuingBody!: string;
  @Field(() => Int, { nullable: true, description: 'Years valid, 1–50; null: no fixed term.' })
  validityYears?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'For numeric kinds (有效发明专利 …): the unit of the declared count (项, 件; at most 5 characters); null: held or not.',
  })
  countUnit?: string | null;
}

@InputType({ description: 'An operator edits a catalogue entry (the code stays).' })
export class QualificationKindUpdateInput {
  @Field(() => String, { description: 'Catalogue code.' })
  code!: string;
  @Field(() => String, { description: 'Chinese name (2–50 characters).' })
  name!: string;
  @Field(() => [String], { description: 'Aliases (at most 20, each at most 50 characters).' })
  aliases!: string[];
  @Field(() => String, { description: 'Issuing body (at most 100 characters).' })
  issuingBody!: string;
  @Field(() => Int, { nullable: true, description: 'Years valid, 1–50; null: no fixed term.' })
  validityYears?: number | null;
}

@ObjectType({ description: 'Result of editing a catalogue entry.' })
export class QualificationKindPayload {
  @Field(() => QualificationKind, { nullable: true, description: 'The entry after the change.' })
  qualification?: QualificationKind | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of verifying a declared qualification.' })
export class EnterpriseQualificationsPayload {
  @Field(() => [EnterpriseQualification], { nullable: true, description: 'The enterprise’s declared qualifications after the change.' })
  qualifications?: EnterpriseQualification[] | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

const KIND_COLUMNS = columns('qualification', { omit: ['createdAt', 'updatedAt'] });

/** The catalogue, in code order (at most 500 entries); refreshes the names reasons use. */
export async function qualificationCatalogue(em: EntityManager): Promise<QualificationKind[]> {
  const rows = await em.execute<QualificationKind[]>(`select ${KIND_COLUMNS} from qualification order by created_at, code limit 500`);
  registerQualificationNames(rows);
  return rows;
}

/** The catalogue's codes (validation of profiles, conditions and imports). */
export async function qualificationCodes(em: EntityManager): Promise<Set<string>> {
  return new Set((await qualificationCatalogue(em)).map((q) => q.code));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** Checks the editable fields of a catalogue entry; returns them cleaned (aliases as a PostgreSQL array literal). */
function checkKind(v: Violations, input: Omit<QualificationKindUpdateInput, 'code'>) {
  const name = input.name.trim();
  if ([...name].length < 2 || [...name].length > 50) v.add(ErrorCode.INVALID, 'name', '资质名称应为2至50个字');
  const aliases = [...new Set(input.aliases.map((a) => a.trim()).filter(Boolean))];
  if (aliases.length > 20 || aliases.some((a) => [...a].length > 50)) v.add(ErrorCode.INVALID, 'aliases', '别名最多20个，每个不超过50个字');
  if ([...input.issuingBody].length > 100) v.add(ErrorCode.TOO_LONG, 'issuingBody', '认定机构不能超过100个字');
  if (input.validityYears != null && (!Number.isInteger(input.validityYears) || input.validityYears < 1 || input.validityYears > 50))
    v.add(ErrorCode.INVALID, 'validityYears', '有效期应为1到50年');
  return { name, aliases: pgArray(aliases), issuingBody: input.issuingBody.trim(), validityYears: input.validityYears ?? null };
}

/** Checks declarations against the catalogue; returns them cleaned (one per code). */
export function checkDeclarations(v: Violations, list: EnterpriseQualificationInput[], codes: Set<string>): EnterpriseQualificationInput[] {
  if (list.length > 50) v.add(ErrorCode.TOO_LONG, 'qualificationDetails', '资质最多50项');
  const out = new Map<string, EnterpriseQualificationInput>();
  list.forEach((q, i) => {
    const path = `qualificationDetails.${i}`;
    if (!codes.has(q.code)) v.add(ErrorCode.INVALID, `${path}.code`, '资质不在资质目录中');
    for (const key of ['validFrom', 'validTo'] as const)
      if (q[key] && !validDate(q[key]!)) v.add(ErrorCode.INVALID, `${path}.${key}`, '日期格式应为 YYYY-MM-DD');
    if (q.validFrom && q.validTo && q.validFrom > q.validTo) v.add(ErrorCode.INVALID, `${path}.validTo`, '有效期止不能早于有效期起');
    if (q.count != null && (!Number.isInteger(q.count) || q.count < 0 || q.count > 1_000_000))
      v.add(ErrorCode.INVALID, `${path}.count`, '数量应为0到1000000之间的整数');
    out.set(q.code, { code: q.code, validFrom: q.validFrom || null, validTo: q.validTo || null, count: q.count ?? null });
  });
  return [...out.values()];
}

/** Replaces an enterprise's declarations (keeping an operator's verification of an unchanged one). */
export async function saveDeclarations(em: EntityManager, enterpriseId: string, list: EnterpriseQualificationInput[]): Promise<void> {
  await em.execute(
    `with input as (select * from jsonb_to_recordset(?::jsonb) as x(code text, "validFrom" date, "validTo" date, count int)),
          gone as (delete from enterprise_qualification q where q.enterprise_id = ? and not exists (
                     select 1 from input i where i.code = q.code and i."validFrom" is not distinct from q.valid_from
                        and i."validTo" is not distinct from q.valid_to and i.count is not distinct from q.count))
     insert into enterprise_qualification (enterprise_id, code, valid_from, valid_to, count)
     select ?, code, "validFrom", "validTo", count from input
     on conflict (enterprise_id, code) do update set valid_from = excluded.valid_from, valid_to = excluded.valid_to, count = excluded.count,
        verified_at = case when (enterprise_qualification.valid_from, enterprise_qualification.valid_to, enterprise_qualification.count)
                                is not distinct from (excluded.valid_from, excluded.valid_to, excluded.count) then enterprise_qualification.verified_at end,
        verified_by = case when (enterprise_qualification.valid_from, enterprise_qualification.valid_to, enterprise_qualification.count)
                                is not distinct from (excluded.valid_from, excluded.valid_to, excluded.count) then enterprise_qualification.verified_by end`,
    [JSON.stringify(list), enterpriseId, enterpriseId],
  );
}

@Resolver(() => Enterprise)
export class EnterpriseQualificationResolver {
  @FieldResolver(() => [ProfileFieldSource], {
    name: 'fieldSources',
    description: 'Where each declared profile field comes from (self-declared, verified by an operator, imported); fields not listed are self-declared.',
  })
  fieldSourceList(@Root() e: Enterprise): ProfileFieldSource[] {
    return Object.entries(e.fieldSources ?? {}).map(([field, source]) => ({ field, source }));
  }

  @FieldResolver(() => [EnterpriseQualification], { description: 'Qualifications declared, with validity, counts and verification.' })
  async qualificationDetails(@Root() e: Enterprise, @GqlCtx() ctx: Ctx): Promise<EnterpriseQualification[]> {
    return ctx.em.execute<EnterpriseQualification[]>(
      `select q.enterprise_id as "enterpriseId", q.code, k.name, to_char(q.valid_from, 'YYYY-MM-DD') as "validFrom", to_char(q.valid_to, 'YYYY-MM-DD') as "validTo",
              q.count, q.verified_at as "verifiedAt"
         from enterprise_qualification q join qualification k on k.code = q.code where q.enterprise_id = ? order by k.created_at, q.code limit 50`,
      [e.id],
    );
  }

  @Query(() => [QualificationKind], { description: 'The qualification catalogue (资质目录), at most 500 entries. Public.' })
  qualificationCatalogue(@GqlCtx() ctx: Ctx) {
    return qualificationCatalogue(ctx.em);
  }

  @Mutation(() => QualificationKindPayload, {
    description: 'An operator adds a qualification to the catalogue; profiles, conditions and filters accept its code at once. Requires OPERATOR; audited.',
  })
  qualificationKindCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => QualificationKindCreateInput) input: QualificationKindCreateInput) {
    requireRole(ctx, Role.OPERATOR);
    return mutation(ctx, async (em) => {
      const v = new Violations();
      const code = input.code.trim();
      if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(code)) v.add(ErrorCode.INVALID, 'code', '资质代码应为大写字母开头的2至40位大写字母、数字或下划线');
      const entry = checkKind(v, input);
      const countUnit = input.countUnit?.trim() || null;
      if (countUnit !== null && [...countUnit].length > 5) v.add(ErrorCode.TOO_LONG, 'countUnit', '计数单位不能超过5个字');
      v.throwIfAny();
      const taken = await em.execute<{ code: string; name: string }[]>('select code, name from qualification where code = ? or name = ? limit 2', [
        code,
        entry.name,
      ]);
      if (taken.some((r) => r.code === code)) fail(ErrorCode.DUPLICATE, 'code', '资质目录中已有该代码');
      if (taken.length) fail(ErrorCode.DUPLICATE, 'name', '资质目录中已有同名资质');
      const [row] = await em.execute<QualificationKind[]>(
        `insert into qualification (code, name, aliases, issuing_body, validity_years, count_unit) values (?, ?, ?::text[], ?, ?, ?) returning ${KIND_COLUMNS}`,
        [code, entry.name, entry.aliases, entry.issuingBody, entry.validityYears, countUnit],
      );
      await audit(ctx, { operation: 'qualification.create', objectType: 'Qualification', objectId: null, result: 'SUCCESS', detail: { code } }, em);
      registerQualificationNames([row]);
      return { qualification: row };
    });
  }

  @Mutation(() => QualificationKindPayload, {
    description: 'An operator edits a catalogue entry (name, aliases, issuing body, validity). Requires OPERATOR; audited.',
  })
  qualificationKindUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => QualificationKindUpdateInput) input: QualificationKindUpdateInput) {
    requireRole(ctx, Role.OPERATOR);
    return mutation(ctx, async (em) => {
      const v = new Violations();
      const entry = checkKind(v, input);
      v.throwIfAny();
      const [row] = await em.execute<QualificationKind[]>(
        `update qualification set name = ?, aliases = ?::text[], issuing_body = ?, validity_years = ?, updated_at = now() where code = ? returning ${KIND_COLUMNS}`,
        [entry.name, entry.aliases, entry.issuingBody, entry.validityYears, input.code],
      );
      if (!row) fail(ErrorCode.NOT_FOUND, 'code', '资质目录中没有该资质');
      await audit(ctx, { operation: 'qualification.update', objectType: 'Qualification', objectId: null, result: 'SUCCESS', detail: { code: input.code } }, em);
      registerQualificationNames([row]);
      return { qualification: row };
    });
  }

  @Mutation(() => EnterpriseQualificationsPayload, {
    description: 'An operator marks an enterprise’s declared qualification verified (核实), e.g. against the award notice. Requires OPERATOR; audited.',
  })
  enterpriseQualificationVerify(
    @GqlCtx() ctx: Ctx,
    @Arg('enterpriseId', () => ID, { description: 'Global id of the enterprise.' }) enterpriseId: string,
    @Arg('code', () => String, { description: 'Catalogue code of the declared qualification.' }) code: string,
  ) {
    requireRole(ctx, Role.OPERATOR);
    const viewer = requireViewer(ctx);
    return mutation(ctx, async (em) => {
      const id = fromGlobalId(enterpriseId, 'Enterprise');
      const rows = id
        ? await em.execute('update enterprise_qualification set verified_at = ?, verified_by = ? where enterprise_id = ? and code = ? returning code', [
            ctx.clock.now(),
            viewer.accountId,
            id,
            code,
          ])
        : [];
      if (!rows.length) fail(ErrorCode.NOT_FOUND, 'code', '该企业未申报此资质');
      await audit(ctx, { operation: 'enterprise.qualification.verify', objectType: 'Enterprise', objectId: id, result: 'SUCCESS', detail: { code } }, em);
      return { qualifications: await this.qualificationDetails({ id } as Enterprise, { ...ctx, em } as Ctx) };
    });
  }
}
