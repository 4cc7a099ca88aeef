/** T3: the talent-need form (人才需求) of an enterprise, routed to TALENT institutions of the work location. */
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, Violations } from '../../../common/errors.js';
import { mutation } from '../../../common/mutation.js';
import { clean } from '../../../common/validate.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { categoryInfo, ServiceCategory } from '../catalogue/index.js';
import { isDate } from '../entrepreneurship/index.js';
import { checkRateLimit, insertNeed } from '../need/index.js';
import { NeedContactInput } from '../need/index.js';
import { checkRegion, needContact, ownEnterprise } from '../financing/index.js';
import { chinaDate } from '../../../common/china-time.js';

@InputType({ description: 'One position wanted.' })
export class TalentPositionInput {
  @Field(() => String, { description: 'Position title, 2–50 characters.' })
  title!: string;
  @Field(() => Int, { description: 'People wanted, 1–1,000.' })
  headcount!: number;
  @Field(() => [String], { nullable: true, description: 'Skills (at most 10, each at most 20 characters).' })
  skills?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Lowest monthly salary, 元 (0–1,000,000).' })
  salaryMin?: number | null;
  @Field(() => Int, { nullable: true, description: 'Highest monthly salary, 元, ≥ salaryMin.' })
  salaryMax?: number | null;
}

@ObjectType({ description: 'One position of a talent need.' })
export class TalentPosition {
  @Field(() => String, { description: 'Position title.' })
  title!: string;
  @Field(() => Int, { description: 'People wanted.' })
  headcount!: number;
  @Field(() => [String], { description: 'Skills.' })
  skills!: string[];
  @Field(() => Int, { nullable: true, description: 'Lowest monthly salary, 元.' })
  salaryMin!: number | null;
  @Field(() => Int, { nullable: true, description: 'Highest monthly salary, 元.' })
  salaryMax!: number | null;
}

@InputType({ description: "A talent need of the viewer's enterprise (enterprise members only)." })
export class TalentNeedSubmitInput {
  @Field(() => [TalentPositionInput], { description: 'Positions, 1–10.' })
  positions!: TalentPositionInput[];
  @Field(() => String, { nullable: true, description: "Work location (GB/T 2260); defaults to the enterprise's." })
  regionCode?: string | null;
  @Field(() => String, { description: 'Fill the positions by this date, YYYY-MM-DD, from today up to a year ahead.' })
  deadline!: string;
  @Field(() => [ServiceCategory], { nullable: true, description: 'TALENT services wanted (default RECRUITMENT), at most 5.' })
  services?: ServiceCategory[] | null;
  @Field(() => String, { nullable: true, description: 'More about the need, at most 1,000 characters.' })
  description?: string | null;
  @Field(() => NeedContactInput, { nullable: true, description: 'Contact; defaults to the enterprise contact.' })
  contact?: NeedContactInput | null;
}

@ObjectType({ description: 'The talent-specific part of a need.' })
export class TalentNeedDetails {
  @Field(() => [TalentPosition], { description: 'Positions.' })
  positions!: TalentPosition[];
  @Field(() => String, { description: 'Deadline, YYYY-MM-DD.' })
  deadline!: string;
  @Field(() => [ServiceCategory], { description: 'TALENT services wanted.' })
  services!: ServiceCategory[];
}

export function submitTalentNeed(ctx: Ctx, input: TalentNeedSubmitInput) {
  return mutation(ctx, async (em) => {
    const enterprise = await ownEnterprise(ctx, '人才需求');
    const v = new Violations();
    const positions: TalentPosition[] = [];
    const list = input.positions ?? [];
    if (list.length === 0) v.add(ErrorCode.REQUIRED, 'positions', '请至少填写一个岗位');
    if (list.length > 10) v.add(ErrorCode.INVALID, 'positions', '一次最多填写10个岗位');
    list.slice(0, 10).forEach((p, i) => {
      const f = (name: string) => `positions.${i}.${name}`;
      const title = clean(p.title);
      if (v.required(f('title'), title, '岗位名称')) {
        if ([...title!].length < 2) v.add(ErrorCode.INVALID, f('title'), '岗位名称至少2个字');
        v.maxLength(f('title'), title, 50, '岗位名称');
      }
      if (!Number.isInteger(p.headcount) || p.headcount < 1 || p.headcount > 1000) v.add(ErrorCode.INVALID, f('headcount'), '招聘人数应为1到1000人');
      const skills = (p.skills ?? []).map((s) => clean(s)).filter((s): s is string => !!s);
      if (skills.length > 10 || skills.some((s) => [...s].length > 20)) v.add(ErrorCode.INVALID, f('skills'), '技能要求最多10项，每项不超过20个字');
      const min = p.salaryMin ?? null;
      const max = p.salaryMax ?? null;
      if (min !== null && (!Number.isInteger(min) || min < 0 || min > 1_000_000)) v.add(ErrorCode.INVALID, f('salaryMin'), '最低月薪应在0到1000000元之间');
      if (max !== null && (!Number.isInteger(max) || max < 0 || max > 1_000_000)) v.add(ErrorCode.INVALID, f('salaryMax'), '最高月薪应在0到1000000元之间');
      else if (min !== null && max !== null && max < min) v.add(ErrorCode.INVALID, f('salaryMax'), '最高月薪不能低于最低月薪');
      positions.push({ title: title ?? '', headcount: p.headcount, skills, salaryMin: min, salaryMax: max });
    });
    checkRegion(v, 'regionCode', input.regionCode);
    const today = chinaDate(ctx.clock.now());
    const yearAhead = chinaDate(ctx.clock.now().getTime() + 366 * 86_400_000);
    if (v.required('deadline', clean(input.deadline), '截止日期')) {
      if (!isDate(input.deadline)) v.add(ErrorCode.INVALID, 'deadline', '日期格式应为YYYY-MM-DD');
      else if (input.deadline < today || input.deadline > yearAhead) v.add(ErrorCode.INVALID, 'deadline', '截止日期应在今天到一年之内');
    }
    const services = [...new Set(input.services?.length ? input.services : [ServiceCategory.RECRUITMENT])];
    if (services.length > 5 || services.some((s) => categoryInfo(s)?.column !== ServiceColumn.TALENT))
      v.add(ErrorCode.INVALID, 'services', '请选择人才服务类别（最多5项）');
    const description = clean(input.description);
    v.maxLength('description', description, 1000, '需求说明');
    const contact = needContact(v, input.contact, enterprise);
    v.throwIfAny();
    await checkRateLimit(ctx, em, ctx.viewer!.accountId, 20);
    const headcount = positions.reduce((s, p) => s + p.headcount, 0);
    const { need } = await insertNeed(ctx, em, {
      column: ServiceColumn.TALENT,
      title: `人才需求：${positions
        .map((p) => p.title)
        .slice(0, 3)
        .join('、')}${positions.length > 3 ? '等' : ''}，共${headcount}人`,
      description: description ?? '',
      enterpriseId: enterprise.id,
      accountId: ctx.viewer!.accountId,
      contactName: contact.name,
      contactPhone: contact.phone,
      regionCode: input.regionCode ?? enterprise.regionCode,
      industryCode: enterprise.industryCode.slice(0, 2),
      headcount,
      category: services[0],
      details: { positions, deadline: input.deadline, services },
    });
    return { need };
  });
}
