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
import {
  CollateralKindLabel,
  FinancingProductTypeLabel,
  FinancingPurposeLabel,
  FinancingUrgencyLabel,
  NeedEventTypeLabel,
  NeedStatusLabel,
  ScenarioCodeLabel,
  StartupResourceKindLabel,
  StartupStageLabel,
  StatsDimensionLabel,
} from '../../gql/labels.js';
import { inOrder } from '../../lib/codes.js';

/** Chinese labels of the columns area's enums (the API documents the same words on each value). */

export const PRODUCT_TYPE_LABELS: Readonly<Record<FinancingProductType, string>> = inOrder(FinancingProductTypeLabel, [
  'CREDIT',
  'MORTGAGE',
  'PLEDGE',
  'GUARANTEE',
  'IP_PLEDGE',
  'LEASING',
  'SUPPLY_CHAIN',
  'RECEIVABLES',
  'MICRO_LOAN',
  'PAWN',
  'TRUST',
  'INTERNET',
  'EQUITY',
]);

export const PURPOSE_LABELS: Readonly<Record<FinancingPurpose, string>> = inOrder(FinancingPurposeLabel, [
  'WORKING_CAPITAL',
  'EQUIPMENT',
  'RND',
  'EXPANSION',
  'TRADE',
  'REFINANCING',
  'OTHER',
]);

export const COLLATERAL_LABELS: Readonly<Record<CollateralKind, string>> = inOrder(CollateralKindLabel, [
  'REAL_ESTATE',
  'EQUIPMENT',
  'RECEIVABLES',
  'INVENTORY',
  'IP',
  'EQUITY',
  'DEPOSIT',
  'NONE',
]);

export const URGENCY_LABELS: Readonly<Record<FinancingUrgency, string>> = inOrder(FinancingUrgencyLabel, [
  'WITHIN_WEEK',
  'WITHIN_MONTH',
  'WITHIN_QUARTER',
  'FLEXIBLE',
]);

export const RESOURCE_KIND_LABELS: Readonly<Record<StartupResourceKind, string>> = inOrder(StartupResourceKindLabel, [
  'SUPPORT_MEASURE',
  'INCUBATOR',
  'VENUE',
  'TRAINING_COURSE',
]);

export const STAGE_LABELS: Readonly<Record<StartupStage, string>> = inOrder(StartupStageLabel, ['IDEA', 'PREPARING', 'EARLY', 'GROWING']);

export const NEED_STATUS_LABELS: Readonly<Record<NeedStatus, string>> = inOrder(NeedStatusLabel, ['OPEN', 'ANSWERED', 'COMPLETED', 'CANCELLED']);

/** Short names of a need's timeline entries; the entry's own text says the rest. */
export const NEED_EVENT_LABELS: Readonly<Record<NeedEventType, string>> = inOrder(NeedEventTypeLabel, [
  'DOCKING_STARTED',
  'DOCKING_COMPLETED',
  'DOCKING_ENDED',
  'RATED',
  'AMOUNT_FINANCED',
  'CLOSED',
]);

export const DIMENSION_LABELS: Readonly<Record<StatsDimension, string>> = inOrder(StatsDimensionLabel, ['COLUMN', 'MONTH', 'REGION', 'INDUSTRY']);

/** Scenario pages live at /scenarios/<key>. */
export const SCENARIOS: readonly { key: string; code: ScenarioCode; title: string; summary: string }[] = [
  { key: 'financing', code: 'FINANCING', title: ScenarioCodeLabel.FINANCING, summary: '了解融资渠道，匹配融资产品，一次提交需求。' },
  { key: 'hiring', code: 'HIRING', title: ScenarioCodeLabel.HIRING, summary: '填写岗位和人数，推送给本地人才服务机构。' },
  { key: 'startup', code: 'STARTUP', title: ScenarioCodeLabel.STARTUP, summary: '扶持措施、创业培训、孵化场地，未注册也能提需求。' },
  { key: 'consulting', code: 'CONSULTING', title: ScenarioCodeLabel.CONSULTING, summary: '技术服务与管理咨询，申请公益诊断。' },
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
