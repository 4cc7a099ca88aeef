import { isRegionCode } from '../../../common/codes/regions.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, fail } from '../../../common/errors.js';
import { pgArray } from '../../../db/sql.js';
import { type Institution } from '../../institution/index.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { institutionById } from '../../institution/index.js';
import { CATEGORIES } from '../catalogue/index.js';
import { listResources } from '../entrepreneurship/index.js';
import { StartupResourceKind } from '../entrepreneurship/index.js';
import { productWhere } from '../financing/index.js';
import { PRODUCT_COLUMNS, type FinancingProduct } from '../financing/index.js';
import { FINANCING_ROUTES } from '../financing/index.js';
import { routableInstitutions } from '../need/index.js';
import {
  SCENARIO_TITLES,
  ScenarioCode,
  ScenarioRelatedKind,
  type Scenario,
  type ScenarioAction,
  type ScenarioLink,
  type ScenarioStep,
} from './scenario.types.js';
import { chinaDate } from '../../../common/china-time.js';

/**
 * The seam to other modules: a provider per kind (policies, activities, service products) returns at
 * most 5 items for a scenario. None is connected yet; a module connects by adding its provider here.
 */
export type ScenarioRelatedProvider = (ctx: Ctx, code: ScenarioCode, regionCode: string | null) => Promise<ScenarioLink[]>;
export const SCENARIO_RELATED_PROVIDERS: Partial<Record<ScenarioRelatedKind, ScenarioRelatedProvider>> = {};

const act = (label: string, operation: string, requiresLogin = true): ScenarioAction => ({ label, operation, requiresLogin });

interface Definition {
  title: string;
  summary: string;
  columns: ServiceColumn[];
  steps: [string, string, ScenarioAction][];
  /** The operation that submits the scenario's need, and whether it needs an enterprise. */
  submit: ScenarioAction;
  needsEnterprise: boolean;
}

const DEFINITIONS: Record<ScenarioCode, Definition> = {
  FINANCING: {
    title: SCENARIO_TITLES.FINANCING,
    summary: '从了解融资渠道到获得资金：查看适合的融资产品，一次提交需求，平台按额度、期限、行业、规模、地区等条件匹配产品并推送给本地区融资服务机构。',
    columns: [ServiceColumn.FINANCING],
    steps: [
      ['了解融资渠道', '用通俗的语言了解银行信贷、担保、融资租赁、供应链金融、股权融资等方式及其适用条件。', act('查看融资渠道指引', 'financingRoutes', false)],
      ['完善企业信息', '登记企业基本信息，平台据此计算信用与成长评分，并自动用于融资匹配，无需重复填写。', act('登记企业信息', 'enterpriseRegister')],
      ['浏览融资产品', '按额度、期限、利率、是否需要抵押等条件筛选各机构发布的融资产品。', act('查看融资产品', 'financingProducts', false)],
      [
        '提交融资需求',
        '填写金额、期限、用途、可提供的抵质押物和紧迫程度。平台逐项说明每个产品是否匹配及原因；没有合适产品时推荐融资咨询。',
        act('提交融资需求', 'financingNeedSubmit'),
      ],
      ['授权机构查看企业信息', '企业信息仅在您授权后对所选机构可见，可随时撤销，撤销立即生效。', act('授权共享企业信息', 'profileConsentGrant')],
      ['等待答复与对接', '机构须在一个工作日内首次答复，超时会被标记并纳入统计考核。', act('查看我的需求', 'myColumnNeeds')],
      ['办结', '获得资金或不再需要时关闭需求。', act('办结需求', 'columnNeedClose')],
    ],
    submit: act('提交融资需求', 'financingNeedSubmit'),
    needsEnterprise: true,
  },
  HIRING: {
    title: SCENARIO_TITLES.HIRING,
    summary: '一次填写岗位、人数、技能和薪资，需求推送给工作地所在地区的人才服务机构，由其推荐人才或提供招聘、培训、人事代理服务。',
    columns: [ServiceColumn.TALENT],
    steps: [
      ['了解人才服务', '经营管理培训、技能培训、招聘对接、职业中介与劳务派遣、人事代理与咨询。', act('查看人才服务类别', 'serviceCatalogue', false)],
      ['完善企业信息', '人才需求使用企业登记信息，无需重复填写。', act('登记企业信息', 'enterpriseRegister')],
      ['提交人才需求', '填写岗位、人数、技能要求、薪资范围、工作地点和截止日期，最多10个岗位。', act('提交人才需求', 'talentNeedSubmit')],
      ['等待机构答复', '人才服务机构须在一个工作日内首次答复。', act('查看我的需求', 'myColumnNeeds')],
      ['办结', '招到人或不再需要时关闭需求。', act('办结需求', 'columnNeedClose')],
    ],
    submit: act('提交人才需求', 'talentNeedSubmit'),
    needsEnterprise: true,
  },
  STARTUP: {
    title: SCENARIO_TITLES.STARTUP,
    summary: '了解扶持措施，参加创业培训，找到孵化器和场地，在线提出创业需求——尚未注册企业也可以，甚至无需注册账号。',
    columns: [ServiceColumn.ENTREPRENEURSHIP],
    steps: [
      ['了解扶持措施', '创业补贴、创业担保贷款、税费减免等扶持措施。', act('查看扶持措施', 'startupResources', false)],
      ['参加创业培训', '创业意识、创业技能培训课程及开课时间、剩余名额。', act('查看培训课程', 'startupResources', false)],
      ['寻找场地', '孵化器、众创空间和创业园区的位置、面积、租金和空余工位，支持地图范围查询。', act('查看孵化器和场地', 'startupResources', false)],
      [
        '提交创业需求',
        '说明需要的帮助，本地区创业服务机构将在一个工作日内答复；未登录提交会得到查询码。',
        act('提交创业需求', 'entrepreneurshipNeedSubmit', false),
      ],
      ['注册企业', '企业成立后登记企业信息，即可使用融资、人才等全部服务。', act('登记企业信息', 'enterpriseRegister')],
      ['创业融资', '需要资金时进入“我要融资”。', act('我要融资', 'scenario:FINANCING', false)],
    ],
    submit: act('提交创业需求', 'entrepreneurshipNeedSubmit', false),
    needsEnterprise: false,
  },
  CONSULTING: {
    title: SCENARIO_TITLES.CONSULTING,
    summary:
      '技术服务（成果评价、技术转移、知识产权、检验检测、信息化、节能与绿色生产）和管理咨询（公益诊断、专业咨询、财税人事代理），选择类别提交，由对应机构答复。',
    columns: [ServiceColumn.TECHNOLOGY, ServiceColumn.CONSULTING],
    steps: [
      ['选择服务类别', '技术服务和管理咨询的服务类别及说明。', act('查看服务类别', 'serviceCatalogue', false)],
      ['提交咨询或诊断需求', '描述问题，可申请上门诊断；需求按类别推送给本地区对应机构。', act('提交咨询需求', 'diagnosisRequestSubmit')],
      ['等待机构答复', '机构须在一个工作日内首次答复。', act('查看我的需求', 'myColumnNeeds')],
      ['办结', '问题解决后关闭需求。', act('办结需求', 'columnNeedClose')],
    ],
    submit: act('提交咨询需求', 'diagnosisRequestSubmit'),
    needsEnterprise: true,
  },
};

function nextAction(ctx: Ctx, d: Definition): ScenarioAction {
  if (!ctx.viewer && d.submit.requiresLogin) return act('注册或登录', 'accountRegister', false);
  if (d.needsEnterprise && !ctx.viewer?.enterpriseId) return act('登记企业信息', 'enterpriseRegister');
  return d.submit;
}

export async function scenario(ctx: Ctx, code: ScenarioCode, regionCode: string | null | undefined): Promise<Scenario> {
  const d = DEFINITIONS[code];
  if (!d) fail(ErrorCode.INVALID, 'code', '场景无效');
  if (regionCode && !isRegionCode(regionCode)) fail(ErrorCode.INVALID, 'regionCode', '地区代码无效');
  const region = regionCode ?? null;
  const institutionIds = region
    ? await routableInstitutions(ctx, ctx.em, d.columns, region, 10)
    : (
        await ctx.em.execute<{ id: string }[]>(
          `select id from institution where status = 'APPROVED' and columns && ?::text[] and site_id = any(?::uuid[]) order by created_at, id limit 10`,
          [pgArray(d.columns), pgArray(ctx.sites.scope(ctx.site.id))],
        )
      ).map((r) => r.id);
  const institutions = (await Promise.all(institutionIds.map((id) => institutionById(ctx, id)))).filter((i): i is Institution => i !== null);

  let financingProducts: FinancingProduct[] = [];
  if (code === ScenarioCode.FINANCING) {
    const where = productWhere(ctx, { regionCode: region });
    financingProducts = await ctx.em.execute<FinancingProduct[]>(
      `select ${PRODUCT_COLUMNS} from financing_product p ${where.sql} order by p.rate_min, p.id limit 5`,
      where.params,
    );
  }
  const startupResources = code === ScenarioCode.STARTUP ? await startupHighlights(ctx, region) : [];
  const related = await Promise.all(
    Object.values(ScenarioRelatedKind).map(async (kind) => {
      const provider = SCENARIO_RELATED_PROVIDERS[kind];
      return { kind, available: !!provider, items: provider ? (await provider(ctx, code, region)).slice(0, 5) : [] };
    }),
  );
  const steps: ScenarioStep[] = d.steps.map(([title, description, action], i) => ({ order: i + 1, title, description, action }));
  return {
    code,
    regionCode: region,
    title: d.title,
    summary: d.summary,
    steps,
    nextAction: nextAction(ctx, d),
    institutions,
    financingProducts,
    financingRoutes: code === ScenarioCode.FINANCING ? [...FINANCING_ROUTES] : [],
    startupResources,
    categories: CATEGORIES.filter((c) => d.columns.includes(c.column)),
    related,
  };
}

/** A few entries of each directory kind: measures (any region), then courses, incubators and venues of the region's city. */
async function startupHighlights(ctx: Ctx, region: string | null) {
  const city = region && isRegionCode(`${region.slice(0, 4)}00`) ? `${region.slice(0, 4)}00` : region;
  const kinds = [StartupResourceKind.SUPPORT_MEASURE, StartupResourceKind.TRAINING_COURSE, StartupResourceKind.INCUBATOR, StartupResourceKind.VENUE];
  const today = chinaDate(ctx.clock.now());
  const pages = await Promise.all(
    kinds.map((kind) => listResources(ctx, { kind, regionCode: kind === StartupResourceKind.SUPPORT_MEASURE ? null : city, activeOn: today }, { first: 3 })),
  );
  return pages.flatMap((p) => p.nodes).slice(0, 10);
}
