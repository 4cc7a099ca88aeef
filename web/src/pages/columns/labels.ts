import type {
  CollateralKind,
  FinancingProductType,
  FinancingPurpose,
  FinancingUrgency,
  NeedEventType,
  NeedStatus,
  ScenarioCode,
  StartupResourceKind,
  StartupStage,
  StatsDimension,
} from '../../gql/graphql.js';

/** Chinese labels of the columns area's enums (the API documents the same words on each value). */

export const PRODUCT_TYPE_LABELS: Readonly<Record<FinancingProductType, string>> = {
  CREDIT: '信用贷款',
  MORTGAGE: '抵押贷款',
  PLEDGE: '质押贷款',
  GUARANTEE: '担保贷款',
  IP_PLEDGE: '知识产权质押融资',
  LEASING: '融资租赁',
  SUPPLY_CHAIN: '供应链金融',
  RECEIVABLES: '应收账款融资',
  MICRO_LOAN: '小额贷款',
  PAWN: '典当融资',
  TRUST: '信托融资',
  INTERNET: '互联网金融',
  EQUITY: '股权融资',
};

export const PURPOSE_LABELS: Readonly<Record<FinancingPurpose, string>> = {
  WORKING_CAPITAL: '流动资金周转',
  EQUIPMENT: '购置设备',
  RND: '研发投入',
  EXPANSION: '扩大生产经营',
  TRADE: '订单与贸易融资',
  REFINANCING: '续贷或置换',
  OTHER: '其他',
};

export const COLLATERAL_LABELS: Readonly<Record<CollateralKind, string>> = {
  REAL_ESTATE: '房产、土地',
  EQUIPMENT: '机器设备',
  RECEIVABLES: '应收账款',
  INVENTORY: '存货',
  IP: '专利、商标等知识产权',
  EQUITY: '股权',
  DEPOSIT: '存单、票据',
  NONE: '无',
};

export const URGENCY_LABELS: Readonly<Record<FinancingUrgency, string>> = {
  WITHIN_WEEK: '一周内',
  WITHIN_MONTH: '一个月内',
  WITHIN_QUARTER: '三个月内',
  FLEXIBLE: '时间灵活',
};

export const RESOURCE_KIND_LABELS: Readonly<Record<StartupResourceKind, string>> = {
  SUPPORT_MEASURE: '扶持措施',
  INCUBATOR: '孵化器、众创空间',
  VENUE: '创业场地',
  TRAINING_COURSE: '创业培训课程',
};

export const STAGE_LABELS: Readonly<Record<StartupStage, string>> = {
  IDEA: '有创业想法',
  PREPARING: '筹备中，尚未注册',
  EARLY: '已注册，成立不满一年',
  GROWING: '成立一年以上',
};

export const NEED_STATUS_LABELS: Readonly<Record<NeedStatus, string>> = {
  OPEN: '待答复',
  ANSWERED: '已答复',
  COMPLETED: '已办结',
  CANCELLED: '已撤销',
};

/** Short names of a need's timeline entries; the entry's own text says the rest. */
export const NEED_EVENT_LABELS: Readonly<Record<NeedEventType, string>> = {
  DOCKING_STARTED: '转为对接',
  DOCKING_COMPLETED: '对接完成',
  DOCKING_ENDED: '对接结束',
  RATED: '评价计分',
  AMOUNT_FINANCED: '融资到位',
  CLOSED: '需求方关闭',
};

export const DIMENSION_LABELS: Readonly<Record<StatsDimension, string>> = {
  COLUMN: '按栏目',
  MONTH: '按月份',
  REGION: '按地区',
  INDUSTRY: '按行业',
};

/** Scenario pages live at /scenarios/<key>. */
export const SCENARIOS: readonly { key: string; code: ScenarioCode; title: string; summary: string }[] = [
  { key: 'financing', code: 'FINANCING', title: '我要融资', summary: '了解融资渠道，匹配融资产品，一次提交需求。' },
  { key: 'hiring', code: 'HIRING', title: '我要招人', summary: '填写岗位和人数，推送给本地人才服务机构。' },
  { key: 'startup', code: 'STARTUP', title: '我要创业', summary: '扶持措施、创业培训、孵化场地，未注册也能提需求。' },
  { key: 'consulting', code: 'CONSULTING', title: '我要咨询', summary: '技术服务与管理咨询，申请公益诊断。' },
];

/** Where a scenario step's GraphQL operation is done in this client. */
export const OPERATION_PATHS: Readonly<Record<string, string>> = {
  accountRegister: '/register',
  enterpriseRegister: '/enterprise/register',
  financingRoutes: '/financing#routes',
  financingProducts: '/financing#products',
  financingNeedSubmit: '/financing#need',
  profileConsentGrant: '/financing#consents',
  myColumnNeeds: '/my/needs',
  columnNeedClose: '/my/needs',
  startupResources: '/entrepreneurship#directory',
  entrepreneurshipNeedSubmit: '/entrepreneurship#need',
  talentNeedSubmit: '/talent#need',
  diagnosisRequestSubmit: '/consulting#need',
  'scenario:FINANCING': '/scenarios/financing',
  'scenario:HIRING': '/scenarios/hiring',
  'scenario:STARTUP': '/scenarios/startup',
  'scenario:CONSULTING': '/scenarios/consulting',
};

export const formatAmount = (n: number) => `${Number(n.toFixed(2)).toLocaleString('zh-CN')}万元`;
export const formatRate = (n: number) => `${(n * 100).toFixed(1)}%`;
