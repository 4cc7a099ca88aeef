/**
 * Service catalogue of the columns (S1, T1, K1, C1): static typed categories with Chinese labels. Needs
 * and diagnosis requests name a category; routing uses the category's column.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceColumn } from '../../../common/service-column.js';

export enum ServiceCategory {
  // 创业服务 S1
  STARTUP_TRAINING = 'STARTUP_TRAINING',
  RESOURCE_DOCKING = 'RESOURCE_DOCKING',
  BUSINESS_PLANNING = 'BUSINESS_PLANNING',
  STARTUP_AGENCY = 'STARTUP_AGENCY',
  VENUE_DOCKING = 'VENUE_DOCKING',
  // 人才服务 T1
  MANAGEMENT_TRAINING = 'MANAGEMENT_TRAINING',
  SKILLS_TRAINING = 'SKILLS_TRAINING',
  RECRUITMENT = 'RECRUITMENT',
  JOB_AGENCY_DISPATCH = 'JOB_AGENCY_DISPATCH',
  HR_AGENCY_CONSULTING = 'HR_AGENCY_CONSULTING',
  // 技术服务 K1
  RESULTS_EVALUATION = 'RESULTS_EVALUATION',
  TECH_CONSULTING = 'TECH_CONSULTING',
  IUR_COOPERATION = 'IUR_COOPERATION',
  TECH_TRANSFER = 'TECH_TRANSFER',
  INTELLECTUAL_PROPERTY = 'INTELLECTUAL_PROPERTY',
  RND = 'RND',
  INFORMATISATION = 'INFORMATISATION',
  TESTING_INSPECTION = 'TESTING_INSPECTION',
  ENERGY_SAVING = 'ENERGY_SAVING',
  GREEN_PRODUCTION = 'GREEN_PRODUCTION',
  // 管理咨询 C1
  DIAGNOSIS_STRATEGY = 'DIAGNOSIS_STRATEGY',
  DIAGNOSIS_LEAN = 'DIAGNOSIS_LEAN',
  DIAGNOSIS_BRAND = 'DIAGNOSIS_BRAND',
  DIAGNOSIS_HR = 'DIAGNOSIS_HR',
  DIAGNOSIS_SUPPLY_CHAIN = 'DIAGNOSIS_SUPPLY_CHAIN',
  CONSULTING_STRATEGY = 'CONSULTING_STRATEGY',
  CONSULTING_FINANCE = 'CONSULTING_FINANCE',
  CONSULTING_HR = 'CONSULTING_HR',
  CONSULTING_MARKETING = 'CONSULTING_MARKETING',
  CONSULTING_BUSINESS_MODEL = 'CONSULTING_BUSINESS_MODEL',
  CONSULTING_OPERATIONS = 'CONSULTING_OPERATIONS',
  CONSULTING_ORGANISATION = 'CONSULTING_ORGANISATION',
  CONSULTING_EQUITY_INCENTIVE = 'CONSULTING_EQUITY_INCENTIVE',
  CONSULTING_COST_RISK = 'CONSULTING_COST_RISK',
  AGENCY_TAX = 'AGENCY_TAX',
  AGENCY_ACCOUNTING = 'AGENCY_ACCOUNTING',
  AGENCY_HR = 'AGENCY_HR',
  AGENCY_ONSITE_MANAGEMENT = 'AGENCY_ONSITE_MANAGEMENT',
}

export interface CategoryInfo {
  code: ServiceCategory;
  column: ServiceColumn;
  group: string;
  label: string;
  description: string;
}

const E = ServiceColumn.ENTREPRENEURSHIP;
const T = ServiceColumn.TALENT;
const K = ServiceColumn.TECHNOLOGY;
const C = ServiceColumn.CONSULTING;
const c = (code: ServiceCategory, column: ServiceColumn, group: string, label: string, description: string): CategoryInfo => ({
  code,
  column,
  group,
  label,
  description,
});

export const CATEGORIES: readonly CategoryInfo[] = Object.freeze([
  c(ServiceCategory.STARTUP_TRAINING, E, '创业服务', '创业辅导与培训', '创业意识、创业技能培训和导师辅导。'),
  c(ServiceCategory.RESOURCE_DOCKING, E, '创业服务', '创业资源对接', '对接资金、技术、市场、人才等创业资源。'),
  c(ServiceCategory.BUSINESS_PLANNING, E, '创业服务', '创业规划', '商业计划书编制、项目论证与创业路径规划。'),
  c(ServiceCategory.STARTUP_AGENCY, E, '创业服务', '创业代理服务', '工商注册、税务登记、代理记账等开办服务。'),
  c(ServiceCategory.VENUE_DOCKING, E, '创业服务', '创业场地信息与对接', '孵化器、众创空间、创业园区场地推荐与入驻对接。'),
  c(ServiceCategory.MANAGEMENT_TRAINING, T, '人才服务', '经营管理培训', '企业经营者和管理人员的管理能力培训。'),
  c(ServiceCategory.SKILLS_TRAINING, T, '人才服务', '专业技术与技能培训', '专业技术人员继续教育、职业技能培训与评价。'),
  c(ServiceCategory.RECRUITMENT, T, '人才服务', '招聘对接', '发布岗位、组织招聘会、精准推荐人才。'),
  c(ServiceCategory.JOB_AGENCY_DISPATCH, T, '人才服务', '职业中介与劳务派遣', '依法开展的职业中介、劳务派遣和人力资源外包。'),
  c(ServiceCategory.HR_AGENCY_CONSULTING, T, '人才服务', '人事代理与咨询', '人事档案、社保代理，薪酬绩效等人力资源咨询。'),
  c(ServiceCategory.RESULTS_EVALUATION, K, '技术服务', '科技成果评价', '对科技成果的创新性、成熟度和应用价值进行评价。'),
  c(ServiceCategory.TECH_CONSULTING, K, '技术服务', '技术信息与咨询', '技术信息检索、技术路线与项目咨询。'),
  c(ServiceCategory.IUR_COOPERATION, K, '技术服务', '产学研合作', '对接高校、科研院所，开展联合研发与共建平台。'),
  c(ServiceCategory.TECH_TRANSFER, K, '技术服务', '技术转移', '技术许可、转让、作价入股等成果转化服务。'),
  c(ServiceCategory.INTELLECTUAL_PROPERTY, K, '技术服务', '知识产权', '专利、商标、版权的申请、布局、运营与维权。'),
  c(ServiceCategory.RND, K, '技术服务', '研究开发', '委托研发、工业设计与中试服务。'),
  c(ServiceCategory.INFORMATISATION, K, '技术服务', '信息化与数字化转型', '信息系统建设、上云用数赋智与数字化改造。'),
  c(ServiceCategory.TESTING_INSPECTION, K, '技术服务', '检验检测', '产品检验检测、计量校准与认证。'),
  c(ServiceCategory.ENERGY_SAVING, K, '技术服务', '节能降耗', '能源审计、节能诊断与合同能源管理。'),
  c(ServiceCategory.GREEN_PRODUCTION, K, '技术服务', '绿色生产', '清洁生产审核、绿色工厂与碳排放管理。'),
  c(ServiceCategory.DIAGNOSIS_STRATEGY, C, '公益性咨询诊断', '战略诊断', '免费诊断企业发展战略与定位。'),
  c(ServiceCategory.DIAGNOSIS_LEAN, C, '公益性咨询诊断', '精益生产诊断', '现场诊断生产组织、质量与效率问题。'),
  c(ServiceCategory.DIAGNOSIS_BRAND, C, '公益性咨询诊断', '品牌诊断', '品牌定位与传播诊断。'),
  c(ServiceCategory.DIAGNOSIS_HR, C, '公益性咨询诊断', '人力资源诊断', '组织架构、薪酬绩效与人才梯队诊断。'),
  c(ServiceCategory.DIAGNOSIS_SUPPLY_CHAIN, C, '公益性咨询诊断', '供应链诊断', '采购、库存与物流环节诊断。'),
  c(ServiceCategory.CONSULTING_STRATEGY, C, '专业咨询', '战略咨询', '战略规划与实施方案。'),
  c(ServiceCategory.CONSULTING_FINANCE, C, '专业咨询', '财务咨询', '财务管理、预算与融资规划。'),
  c(ServiceCategory.CONSULTING_HR, C, '专业咨询', '人力资源咨询', '人力资源体系设计。'),
  c(ServiceCategory.CONSULTING_MARKETING, C, '专业咨询', '市场营销咨询', '市场调研、渠道与营销策略。'),
  c(ServiceCategory.CONSULTING_BUSINESS_MODEL, C, '专业咨询', '商业模式咨询', '商业模式设计与创新。'),
  c(ServiceCategory.CONSULTING_OPERATIONS, C, '专业咨询', '运营管理咨询', '流程优化与运营效率提升。'),
  c(ServiceCategory.CONSULTING_ORGANISATION, C, '专业咨询', '组织管理咨询', '组织变革与治理结构。'),
  c(ServiceCategory.CONSULTING_EQUITY_INCENTIVE, C, '专业咨询', '股权激励咨询', '股权激励方案设计与实施。'),
  c(ServiceCategory.CONSULTING_COST_RISK, C, '专业咨询', '成本与风险控制咨询', '成本管控、内控与风险管理。'),
  c(ServiceCategory.AGENCY_TAX, C, '代理服务', '税务代理', '纳税申报、税务筹划与涉税鉴证。'),
  c(ServiceCategory.AGENCY_ACCOUNTING, C, '代理服务', '代理记账', '记账、报表编制与财务外包。'),
  c(ServiceCategory.AGENCY_HR, C, '代理服务', '人力资源代理', '招聘、薪酬发放与社保代理。'),
  c(ServiceCategory.AGENCY_ONSITE_MANAGEMENT, C, '代理服务', '现场管理代理', '现场管理与驻厂辅导。'),
]);

const BY_CODE = new Map(CATEGORIES.map((x) => [x.code, x]));
export const categoryInfo = (code: string): CategoryInfo | undefined => BY_CODE.get(code as ServiceCategory);

registerEnumType(ServiceCategory, {
  name: 'ServiceCategory',
  description: '栏目服务类别 / Category of a column service (S1 创业, T1 人才, K1 技术, C1 管理咨询).',
  valuesConfig: Object.fromEntries(CATEGORIES.map((x) => [x.code, { description: `${x.group}：${x.label}` }])),
});

@ObjectType({ description: 'A category of the service catalogue (public).' })
export class ServiceCategoryInfo {
  @Field(() => ServiceCategory, { description: 'Code.' })
  code!: ServiceCategory;
  @Field(() => ServiceColumn, { description: 'Column it belongs to; requests in this category are routed to institutions of this column.' })
  column!: ServiceColumn;
  @Field(() => String, { description: 'Group within the column (e.g. 公益性咨询诊断, 专业咨询, 代理服务).' })
  group!: string;
  @Field(() => String, { description: 'Name (中文).' })
  label!: string;
  @Field(() => String, { description: 'What the service covers.' })
  description!: string;
}
