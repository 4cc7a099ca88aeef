import { Arg, Ctx as GqlCtx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { audit } from '../../common/audit.js';
import { requireRole } from '../../common/auth.js';
import { chinaDate } from '../../common/china-time.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, UserError, Violations, fail } from '../../common/errors.js';
import { mutation } from '../../common/mutation.js';
import { Role } from '../../common/roles.js';
import { clean } from '../../common/validate.js';
import { PUBLISHED_HOLIDAY_YEARS, isoDay, workingCalendar } from './working-time.js';

/** M1: operators correct the SLA working-day calendar (public holidays and 调休 come from chinese-days). */

/** At most this many overrides in all, and only for dates from last year to five years ahead. */
export const MAX_WORKING_DAY_OVERRIDES = 2000;
const DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export enum WorkingDaySource {
  OVERRIDE = 'OVERRIDE',
  PUBLIC_HOLIDAY = 'PUBLIC_HOLIDAY',
  MAKE_UP_WORKDAY = 'MAKE_UP_WORKDAY',
  WEEK = 'WEEK',
}
registerEnumType(WorkingDaySource, {
  name: 'WorkingDaySource',
  description: '工作日判定依据 / Why a day is, or is not, a working day for SLA clocks.',
  valuesConfig: {
    OVERRIDE: { description: '运营人员调整' },
    PUBLIC_HOLIDAY: { description: '法定节假日' },
    MAKE_UP_WORKDAY: { description: '调休上班日' },
    WEEK: { description: '周一至周五上班，周末休息' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'One day of the SLA working-day calendar (China dates; working hours 09:00–17:00). Operators and reviewers.',
})
export class WorkingDay {
  @Field(() => String, { description: 'China date, YYYY-MM-DD.' })
  date!: string;
  @Field(() => Boolean, { description: 'Whether SLA clocks run on this day.' })
  working!: boolean;
  @Field(() => WorkingDaySource, { description: 'Why: an override, a public holiday or make-up working day (chinese-days), or the week.' })
  source!: WorkingDaySource;
  @Field(() => Boolean, { description: "Whether the chinese-days package knows this year's State Council holiday notice (else: weekdays and overrides only)." })
  publicCalendarKnown!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "An operator's correction of one day of the SLA working-day calendar. Operators and reviewers." })
export class WorkingDayOverride {
  @Field(() => String, { description: 'China date, YYYY-MM-DD.' })
  date!: string;
  @Field(() => Boolean, { description: 'True: a working day; false: a day off.' })
  workday!: boolean;
  @Field(() => String, { description: 'Why (e.g. 2027年春节假期，国务院办公厅通知).' })
  note!: string;
  @Field(() => Date, { description: 'When last changed.' })
  updatedAt!: Date;
}

@InputType({ description: 'Set one day of the SLA working-day calendar.' })
export class WorkingDayOverrideInput {
  @Field(() => String, { description: 'China date, YYYY-MM-DD, from last year to five years ahead.' })
  date!: string;
  @Field(() => Boolean, { description: 'True: a working day; false: a day off.' })
  workday!: boolean;
  @Field(() => String, { description: 'Why (1–200 characters).' })
  note!: string;
}

@InputType({ description: 'Remove the override of one day: the public calendar applies again.' })
export class WorkingDayOverrideRemoveInput {
  @Field(() => String, { description: 'China date, YYYY-MM-DD.' })
  date!: string;
}

@ObjectType({ description: 'Result of setting or removing a working-day override.' })
export class WorkingDayOverridePayload {
  @Field(() => WorkingDay, { nullable: true, description: 'The day as SLA clocks now see it.' })
  day?: WorkingDay | null;
  @Field(() => [UserError], { description: 'Why the change was refused (INVALID, REQUIRED, TOO_LONG, NOT_FOUND); empty on success.' })
  errors!: UserError[];
}

const OVERRIDE_SELECT = `to_char(day, 'YYYY-MM-DD') as date, workday, note, updated_at as "updatedAt"`;

/** Day number (days since 1970-01-01) of a valid ISO date, else null. */
function dayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isoDay(ms / DAY) === date ? ms / DAY : null;
}

async function dayOf(ctx: Pick<Ctx, 'em'>, day: number): Promise<WorkingDay> {
  const kind = (await workingCalendar(ctx.em)).dayKind(day);
  const date = isoDay(day);
  return { date, working: kind.working, source: WorkingDaySource[kind.source], publicCalendarKnown: PUBLISHED_HOLIDAY_YEARS.has(Number(date.slice(0, 4))) };
}

function checkDate(ctx: Ctx, v: Violations, date: string): number | null {
  const day = dayNumber(date);
  if (day === null) {
    v.add(ErrorCode.INVALID, 'date', '日期格式应为 YYYY-MM-DD');
    return null;
  }
  const year = Number(chinaDate(ctx.clock.now()).slice(0, 4));
  const y = Number(date.slice(0, 4));
  if (y < year - 1 || y > year + 5) v.add(ErrorCode.INVALID, 'date', `只能调整${year - 1}年至${year + 5}年的日期`);
  return day;
}

export function setWorkingDayOverride(ctx: Ctx, input: WorkingDayOverrideInput) {
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const day = checkDate(ctx, v, input.date);
    const note = clean(input.note);
    if (v.required('note', note, '调整说明')) v.maxLength('note', note, 200, '调整说明');
    v.throwIfAny();
    const [before] = await em.execute<WorkingDayOverride[]>(`select ${OVERRIDE_SELECT} from working_day_override where day = ?::date for update`, [input.date]);
    if (!before) {
      const [{ n }] = await em.execute<{ n: number }[]>('select count(*)::int as n from working_day_override');
      if (n >= MAX_WORKING_DAY_OVERRIDES) fail(ErrorCode.INVALID, 'date', `调整的日期最多${MAX_WORKING_DAY_OVERRIDES}个，请先删除过期的调整`);
    }
    await em.execute(
      `insert into working_day_override (day, workday, note, updated_by, updated_at) values (?::date, ?, ?, ?, ?)
       on conflict (day) do update set workday = excluded.workday, note = excluded.note, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [input.date, input.workday, note, ctx.viewer!.accountId, ctx.clock.now()],
    );
    await audit(
      ctx,
      {
        operation: 'docking.workingDay.set',
        objectType: 'WorkingDayOverride',
        objectId: input.date,
        result: 'SUCCESS',
        detail: { before: before ? { workday: before.workday, note: before.note } : null, after: { workday: input.workday, note } },
      },
      em,
    );
    return { day: await dayOf({ em }, day!) };
  });
}

export function removeWorkingDayOverride(ctx: Ctx, input: WorkingDayOverrideRemoveInput) {
  return mutation(ctx, async (em) => {
    const day = dayNumber(input.date);
    if (day === null) fail(ErrorCode.INVALID, 'date', '日期格式应为 YYYY-MM-DD');
    const [before] = await em.execute<{ workday: boolean; note: string }[]>('delete from working_day_override where day = ?::date returning workday, note', [
      input.date,
    ]);
    if (!before) fail(ErrorCode.NOT_FOUND, 'date', '该日期没有调整');
    await audit(
      ctx,
      { operation: 'docking.workingDay.remove', objectType: 'WorkingDayOverride', objectId: input.date, result: 'SUCCESS', detail: { before } },
      em,
    );
    return { day: await dayOf({ em }, day) };
  });
}

@Resolver()
export class WorkingCalendarResolver {
  @Query(() => [WorkingDay], {
    description:
      'Days of the SLA working-day calendar from a China date (at most 92 days): working or not, and why (override, public holiday or make-up working day from chinese-days, or the week). Requires OPERATOR or REVIEWER.',
  })
  async workingDays(
    @GqlCtx() ctx: Ctx,
    @Arg('from', () => String, { description: 'First China date, YYYY-MM-DD.' }) from: string,
    @Arg('days', () => Int, { description: 'How many days (1–92).' }) days: number,
  ): Promise<WorkingDay[]> {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    const first = dayNumber(from);
    if (first === null || !Number.isInteger(days) || days < 1 || days > 92) return [];
    const calendar = await workingCalendar(ctx.em);
    return Array.from({ length: days }, (_, i) => {
      const kind = calendar.dayKind(first + i);
      const date = isoDay(first + i);
      return { date, working: kind.working, source: WorkingDaySource[kind.source], publicCalendarKnown: PUBLISHED_HOLIDAY_YEARS.has(Number(date.slice(0, 4))) };
    });
  }

  @Query(() => [WorkingDayOverride], {
    description: `Operators' overrides of one year, by date (at most 366). Requires OPERATOR or REVIEWER.`,
  })
  workingDayOverrides(@GqlCtx() ctx: Ctx, @Arg('year', () => Int, { description: 'Calendar year.' }) year: number): Promise<WorkingDayOverride[]> {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    return ctx.em.execute<WorkingDayOverride[]>(
      `select ${OVERRIDE_SELECT} from working_day_override where day >= make_date(?, 1, 1) and day < make_date(?, 1, 1) order by day limit 366`,
      [year, year + 1],
    );
  }

  @Mutation(() => WorkingDayOverridePayload, {
    description: `Make one China date a working day or a day off for SLA clocks, whatever the public calendar says (at most ${MAX_WORKING_DAY_OVERRIDES} overrides; last year to five years ahead). Clocks started afterwards use it; running clocks keep their deadlines. Requires OPERATOR; audited. Errors: INVALID, REQUIRED, TOO_LONG.`,
  })
  workingDayOverrideSet(@GqlCtx() ctx: Ctx, @Arg('input', () => WorkingDayOverrideInput) input: WorkingDayOverrideInput) {
    requireRole(ctx, Role.OPERATOR);
    return setWorkingDayOverride(ctx, input);
  }

  @Mutation(() => WorkingDayOverridePayload, {
    description: 'Remove the override of one date; the public calendar applies again. Requires OPERATOR; audited. Errors: INVALID, NOT_FOUND.',
  })
  workingDayOverrideRemove(@GqlCtx() ctx: Ctx, @Arg('input', () => WorkingDayOverrideRemoveInput) input: WorkingDayOverrideRemoveInput) {
    requireRole(ctx, Role.OPERATOR);
    return removeWorkingDayOverride(ctx, input);
  }
}
