import type {
  DockingEventType,
  DockingParty,
  DockingStatus,
  EnterpriseStatus,
  FeeType,
  InstitutionType,
  PolicyType,
  PolicyValidity,
  RegistrationStatus,
  ServiceColumn,
  ServiceForm,
  SizeClass,
} from '../gql/graphql.js';
import {
  DockingEventTypeLabel,
  DockingPartyLabel,
  DockingStatusLabel,
  EnterpriseStatusLabel,
  FeeTypeLabel,
  InstitutionTypeLabel,
  PolicyTypeLabel,
  PolicyValidityLabel,
  RegistrationStatusLabel,
  ServiceColumnLabel,
  ServiceFormLabel,
  SizeClassLabel,
} from '../gql/labels.js';

/**
 * A label map generated from the schema (web/src/gql/labels.ts) in the order users read the values; the schema
 * lists them alphabetically. Labels are never copied here: change the enum value's description on the server.
 */
export function inOrder<K extends string>(labels: Readonly<Record<K, string>>, order: readonly K[]): Readonly<Record<K, string>> {
  return Object.fromEntries(order.map((k) => [k, labels[k]])) as Record<K, string>;
}

/** The seven columns of the portal (A1); search spans them all. */
export interface ColumnLink {
  path: string;
  label: string;
  column: ServiceColumn | null;
  summary: string;
}

export const COLUMN_LINKS: readonly ColumnLink[] = [
  { path: '/policy', label: ServiceColumnLabel.POLICY, column: 'POLICY', summary: '惠企政策发布、解读与精准推送，政策兑现一站办理。' },
  { path: '/financing', label: ServiceColumnLabel.FINANCING, column: 'FINANCING', summary: '对接银行、担保与投资机构，发布融资需求。' },
  { path: '/entrepreneurship', label: ServiceColumnLabel.ENTREPRENEURSHIP, column: 'ENTREPRENEURSHIP', summary: '创业辅导、孵化载体与创业活动信息。' },
  { path: '/talent', label: ServiceColumnLabel.TALENT, column: 'TALENT', summary: '人才招聘、培训与人才政策服务。' },
  { path: '/technology', label: ServiceColumnLabel.TECHNOLOGY, column: 'TECHNOLOGY', summary: '检验检测、技术转移与科技成果对接。' },
  { path: '/consulting', label: ServiceColumnLabel.CONSULTING, column: 'CONSULTING', summary: '战略、财务、法律与质量管理等咨询服务。' },
  { path: '/search', label: '搜索', column: null, summary: '跨栏目检索政策、服务与服务机构。' },
];

export const COLUMN_LABELS: Readonly<Record<ServiceColumn, string>> = inOrder(ServiceColumnLabel, [
  'POLICY',
  'FINANCING',
  'ENTREPRENEURSHIP',
  'TALENT',
  'TECHNOLOGY',
  'CONSULTING',
]);

export const INSTITUTION_TYPE_LABELS: Readonly<Record<InstitutionType, string>> = inOrder(InstitutionTypeLabel, ['PUBLIC_INTEREST', 'GOVERNMENT', 'MARKET']);

export const SIZE_CLASS_LABELS: Readonly<Record<SizeClass, string>> = inOrder(SizeClassLabel, ['LARGE', 'MEDIUM', 'SMALL', 'MICRO']);

export const ENTERPRISE_STATUS_LABELS: Readonly<Record<EnterpriseStatus, string>> = inOrder(EnterpriseStatusLabel, ['PENDING', 'VERIFIED', 'REJECTED']);

/**
 * The catalogue's initial entries (migration 0030), for labels before `qualificationCatalogue` has loaded; operators
 * add more (`useQualificationCatalogue` in lib/qualifications.ts reads the live catalogue).
 */
export const QUALIFICATION_OPTIONS: readonly { value: string; label: string; countUnit?: string }[] = [
  { value: 'HIGH_TECH', label: '高新技术企业' },
  { value: 'TECH_SME', label: '科技型中小企业' },
  { value: 'SRDI', label: '专精特新中小企业' },
  { value: 'LITTLE_GIANT', label: '专精特新“小巨人”企业' },
  { value: 'INNOVATIVE_SME', label: '创新型中小企业' },
  { value: 'GAZELLE', label: '瞪羚企业' },
  { value: 'ENTERPRISE_TECH_CENTER', label: '省级企业技术中心' },
  { value: 'INVENTION_PATENT', label: '有效发明专利', countUnit: '项' },
  { value: 'UTILITY_MODEL', label: '实用新型专利', countUnit: '项' },
  { value: 'TRADEMARK', label: '注册商标', countUnit: '项' },
  { value: 'SOFTWARE_COPYRIGHT', label: '软件著作权', countUnit: '项' },
  { value: 'ABOVE_SCALE_INDUSTRY', label: '规模以上工业企业' },
  { value: 'FOREIGN_TRADE_RECORD', label: '对外贸易经营者备案' },
  { value: 'GREEN_FACTORY', label: '绿色工厂' },
  { value: 'IP_COMPLIANCE', label: '知识产权合规管理体系认证' },
];

export interface OptionGroup {
  label: string;
  options: readonly { value: string; label: string }[];
}

/** GB/T 2260 divisions offered at registration: Hefei and Wuhu down to districts, other Anhui cities whole. */
export const REGION_GROUPS: readonly OptionGroup[] = [
  {
    label: '合肥市',
    options: [
      { value: '340100', label: '合肥市（市本级）' },
      { value: '340102', label: '合肥市瑶海区' },
      { value: '340103', label: '合肥市庐阳区' },
      { value: '340104', label: '合肥市蜀山区' },
      { value: '340111', label: '合肥市包河区' },
      { value: '340121', label: '合肥市长丰县' },
      { value: '340122', label: '合肥市肥东县' },
      { value: '340123', label: '合肥市肥西县' },
      { value: '340124', label: '合肥市庐江县' },
      { value: '340181', label: '巢湖市' },
    ],
  },
  {
    label: '芜湖市',
    options: [
      { value: '340200', label: '芜湖市（市本级）' },
      { value: '340202', label: '芜湖市镜湖区' },
      { value: '340207', label: '芜湖市鸠江区' },
      { value: '340209', label: '芜湖市弋江区' },
      { value: '340210', label: '芜湖市湾沚区' },
      { value: '340212', label: '芜湖市繁昌区' },
      { value: '340223', label: '芜湖市南陵县' },
      { value: '340281', label: '无为市' },
    ],
  },
  {
    label: '其他地市',
    options: [
      { value: '340300', label: '蚌埠市' },
      { value: '340400', label: '淮南市' },
      { value: '340500', label: '马鞍山市' },
      { value: '340600', label: '淮北市' },
      { value: '340700', label: '铜陵市' },
      { value: '340800', label: '安庆市' },
      { value: '341000', label: '黄山市' },
      { value: '341100', label: '滁州市' },
      { value: '341200', label: '阜阳市' },
      { value: '341300', label: '宿州市' },
      { value: '341500', label: '六安市' },
      { value: '341600', label: '亳州市' },
      { value: '341700', label: '池州市' },
      { value: '341800', label: '宣城市' },
    ],
  },
];

/** Common GB/T 4754-2017 divisions, grouped by section. */
export const INDUSTRY_GROUPS: readonly OptionGroup[] = [
  {
    label: '制造业',
    options: [
      { value: '13', label: '13 农副食品加工业' },
      { value: '26', label: '26 化学原料和化学制品制造业' },
      { value: '29', label: '29 橡胶和塑料制品业' },
      { value: '34', label: '34 通用设备制造业' },
      { value: '35', label: '35 专用设备制造业' },
      { value: '36', label: '36 汽车制造业' },
      { value: '38', label: '38 电气机械和器材制造业' },
      { value: '39', label: '39 计算机、通信和其他电子设备制造业' },
    ],
  },
  { label: '建筑业', options: [{ value: '47', label: '47 房屋建筑业' }] },
  {
    label: '批发和零售业',
    options: [
      { value: '51', label: '51 批发业' },
      { value: '52', label: '52 零售业' },
    ],
  },
  { label: '交通运输、仓储和邮政业', options: [{ value: '54', label: '54 道路运输业' }] },
  {
    label: '住宿和餐饮业',
    options: [
      { value: '61', label: '61 住宿业' },
      { value: '62', label: '62 餐饮业' },
    ],
  },
  {
    label: '信息传输、软件和信息技术服务业',
    options: [
      { value: '63', label: '63 电信、广播电视和卫星传输服务' },
      { value: '64', label: '64 互联网和相关服务' },
      { value: '65', label: '65 软件和信息技术服务业' },
    ],
  },
  { label: '租赁和商务服务业', options: [{ value: '72', label: '72 商务服务业' }] },
  {
    label: '科学研究和技术服务业',
    options: [
      { value: '73', label: '73 研究和试验发展' },
      { value: '75', label: '75 科技推广和应用服务业' },
    ],
  },
];

export const POLICY_TYPE_LABELS: Readonly<Record<PolicyType, string>> = inOrder(PolicyTypeLabel, [
  'LAW',
  'REGULATION',
  'RULE',
  'NORMATIVE_DOCUMENT',
  'MANAGEMENT_MEASURES',
  'APPLICATION_NOTICE',
  'GUIDE',
  'INTERPRETATION',
  'OTHER',
]);

export const POLICY_VALIDITY_LABELS: Readonly<Record<PolicyValidity, string>> = inOrder(PolicyValidityLabel, [
  'IN_FORCE',
  'EXPIRED',
  'SUPERSEDED',
  'WITHDRAWN',
]);

export const FEE_TYPE_LABELS: Readonly<Record<FeeType, string>> = inOrder(FeeTypeLabel, ['FREE', 'PAID']);

export const SERVICE_FORM_LABELS: Readonly<Record<ServiceForm, string>> = inOrder(ServiceFormLabel, ['ONLINE', 'OFFLINE', 'BOTH']);

export const DOCKING_STATUS_LABELS: Readonly<Record<DockingStatus, string>> = inOrder(DockingStatusLabel, [
  'SUBMITTED',
  'ACCEPTED',
  'IN_SERVICE',
  'COMPLETED',
  'DECLINED',
  'CANCELLED',
  'CLOSED',
]);

export const DOCKING_EVENT_LABELS: Readonly<Record<DockingEventType, string>> = inOrder(DockingEventTypeLabel, [
  'SUBMITTED',
  'ACCEPTED',
  'IN_SERVICE',
  'COMPLETED',
  'DECLINED',
  'CANCELLED',
  'CLOSED',
  'ESCALATED',
  'EVALUATED',
  'EVALUATION_REPLIED',
  'MESSAGE',
  'REMINDER',
  'SLA_BREACHED',
  'URGED',
]);

export const DOCKING_PARTY_LABELS: Readonly<Record<DockingParty, string>> = inOrder(DockingPartyLabel, ['ENTERPRISE', 'INSTITUTION', 'OPERATOR', 'SYSTEM']);

export const REGISTRATION_STATUS_LABELS: Readonly<Record<RegistrationStatus, string>> = inOrder(RegistrationStatusLabel, [
  'REGISTERED',
  'WAITLISTED',
  'CANCELLED',
]);

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '—' : dateTimeFormat.format(d);
}
