/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Self-registration of an account (enterprise users and institution applicants). */
export type AccountRegisterInput = {
  /** Name, at most 50 characters. */
  displayName: string;
  /** E-mail address. Mobile or e-mail is required. */
  email?: string | null | undefined;
  /** Mainland mobile number (11 digits). Mobile or e-mail is required. */
  mobile?: string | null | undefined;
  /** At least 8 characters of at least 3 classes (upper, lower, digit, symbol). */
  password: string;
};

/** An activity id. */
export type ActivityRefInput = {
  /** Global id of the activity. */
  activityId: string | number;
};

/** Result of one condition for one enterprise. */
export type ConditionOutcome =
  /** 符合 */
  | 'MET'
  /** 不符合 */
  | 'NOT_MET'
  /** 无法判断（企业画像缺少数据） */
  | 'UNKNOWN';

/** 对接时间线事件类型 / Kind of timeline event. */
export type DockingEventType =
  /** 受理 */
  | 'ACCEPTED'
  /** 撤销 */
  | 'CANCELLED'
  /** 关闭 */
  | 'CLOSED'
  /** 确认完成 */
  | 'COMPLETED'
  /** 拒绝 */
  | 'DECLINED'
  /** 升级至运营人员 */
  | 'ESCALATED'
  /** 企业评价 */
  | 'EVALUATED'
  /** 机构回复评价 */
  | 'EVALUATION_REPLIED'
  /** 开始服务 */
  | 'IN_SERVICE'
  /** 留言 */
  | 'MESSAGE'
  /** 时限提醒 */
  | 'REMINDER'
  /** 超出时限 */
  | 'SLA_BREACHED'
  /** 提交对接 */
  | 'SUBMITTED'
  /** 企业催办 */
  | 'URGED';

/** 时间线事件的发起方 / Who caused a timeline event. */
export type DockingParty =
  /** 企业 */
  | 'ENTERPRISE'
  /** 服务机构 */
  | 'INSTITUTION'
  /** 平台运营 */
  | 'OPERATOR'
  /** 系统（时限提醒、超时） */
  | 'SYSTEM';

/** 对接状态 / Docking status: SUBMITTED → ACCEPTED → IN_SERVICE → COMPLETED, or DECLINED / CANCELLED / CLOSED. */
export type DockingStatus =
  /** 机构已受理 */
  | 'ACCEPTED'
  /** 企业已撤销 */
  | 'CANCELLED'
  /** 运营人员已关闭 */
  | 'CLOSED'
  /** 已完成（企业确认） */
  | 'COMPLETED'
  /** 机构已拒绝 */
  | 'DECLINED'
  /** 服务中 */
  | 'IN_SERVICE'
  /** 已提交，待机构受理 */
  | 'SUBMITTED';

/** An enterprise asks for a listed service product. */
export type DockingSubmitInput = {
  /** What the enterprise needs (1–2,000 characters). */
  needs: string;
  /** Global id of a LISTED product. */
  productId: string;
};

/** Registration of an enterprise by a signed-in account that belongs to none; it becomes the owner. */
export type EnterpriseRegisterInput = {
  /** Contact e-mail. */
  contactEmail?: string | null | undefined;
  /** Contact person (at most 50 characters). */
  contactName: string;
  /** Contact telephone: mobile or landline with area code. */
  contactPhone: string;
  /** Number of employees, 0–10,000,000. */
  employees: number;
  /** Date of establishment, YYYY-MM-DD, not in the future. */
  establishedOn: string;
  /** GB/T 4754-2017 industry division code (two digits), e.g. 34. */
  industryCode: string;
  /** Full registered name (2–100 characters). */
  name: string;
  /** Qualifications held (at most 20). */
  qualifications?: Array<Qualification> | null | undefined;
  /** GB/T 2260 division code, e.g. 340104. */
  regionCode: string;
  /** Annual operating revenue in 万元, ≥ 0. */
  revenue: number;
  /** Total assets in 万元, ≥ 0. */
  totalAssets: number;
  /** 统一社会信用代码, 18 characters; the check character is verified. */
  uscc: string;
};

/** 企业认证状态 / Verification status. */
export type EnterpriseStatus =
  /** 待审核 */
  | 'PENDING'
  /** 已驳回 */
  | 'REJECTED'
  /** 已认证 */
  | 'VERIFIED';

/** 预期错误的机器码 / Machine code of an expected (user) error. */
export type ErrorCode =
  | 'ACCOUNT_LOCKED'
  | 'ALREADY_MEMBER'
  | 'DUPLICATE'
  | 'FORBIDDEN'
  | 'INVALID'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'ROLE_CONFLICT'
  | 'TOO_LONG'
  | 'WEAK_PASSWORD';

/** 收费方式 / Free or paid. */
export type FeeType =
  /** 免费 */
  | 'FREE'
  /** 收费 */
  | 'PAID';

/** 服务机构类型 / Kind of service institution. */
export type InstitutionType =
  /** 政府主办 */
  | 'GOVERNMENT'
  /** 市场化 */
  | 'MARKET'
  /** 公益性 */
  | 'PUBLIC_INTEREST';

/** Sign in with a mobile number or e-mail address and a password. */
export type LoginInput = {
  /** Mobile number or e-mail address. */
  identifier: string;
  /** Password. */
  password: string;
};

/** Overall result of matching an enterprise against a policy. */
export type MatchVerdict =
  /** 符合条件 */
  | 'ELIGIBLE'
  /** 可能符合（部分数据未知） */
  | 'LIKELY'
  /** 不符合 */
  | 'NOT_ELIGIBLE';

/** Filters of the policy list; all given filters must hold. */
export type PolicyFilter = {
  /** Issued by this department (exact name, at most 50 characters). */
  department?: string | null | undefined;
  /** Only selected policies (政策精选). */
  featured?: boolean | null | undefined;
  /** Concerns this industry (division code or section letter); policies for all industries included. */
  industry?: string | null | undefined;
  /** Part of the title (at most 50 characters). */
  keyword?: string | null | undefined;
  /** Any of these types (at most 9). */
  policyTypes?: Array<PolicyType> | null | undefined;
  /** Published on or after, YYYY-MM-DD. */
  publishedFrom?: string | null | undefined;
  /** Published on or before, YYYY-MM-DD. */
  publishedTo?: string | null | undefined;
  /** Applies in this division (its ancestors and nationwide policies included). */
  region?: string | null | undefined;
  /** Concerns this enterprise size; policies for all sizes included. */
  sizeClass?: SizeClass | null | undefined;
  /** OPERATOR or REVIEWER: list working copies in these editorial statuses instead of published versions. */
  statuses?: Array<PolicyStatus> | null | undefined;
  /** Has this tag. */
  tag?: string | null | undefined;
  /** Only this legal status. */
  validity?: PolicyValidity | null | undefined;
};

/** 编辑流程状态 / Editorial workflow status (P3 入库审核). */
export type PolicyStatus =
  /** 审核通过，待发布 */
  | 'APPROVED'
  /** 已采集（导入或抓取，待编辑） */
  | 'COLLECTED'
  /** 草稿（含已发布政策的修订稿） */
  | 'DRAFT'
  /** 已过期（仍可查阅） */
  | 'EXPIRED'
  /** 已发布 */
  | 'PUBLISHED'
  /** 审核退回（附意见） */
  | 'RETURNED'
  /** 已提交审核 */
  | 'SUBMITTED'
  /** 已撤回（公众不可见） */
  | 'WITHDRAWN';

/** 政策类型 / Kind of policy document. */
export type PolicyType =
  /** 申报通知 */
  | 'APPLICATION_NOTICE'
  /** 政策指引 */
  | 'GUIDE'
  /** 政策解读 */
  | 'INTERPRETATION'
  /** 法律 */
  | 'LAW'
  /** 管理办法 */
  | 'MANAGEMENT_MEASURES'
  /** 规范性文件 */
  | 'NORMATIVE_DOCUMENT'
  /** 其他 */
  | 'OTHER'
  /** 行政法规 */
  | 'REGULATION'
  /** 部门规章 */
  | 'RULE';

/** 政策效力状态 / Legal status of the document (I1). */
export type PolicyValidity =
  /** 已失效 */
  | 'EXPIRED'
  /** 现行有效 */
  | 'IN_FORCE'
  /** 已被替代 */
  | 'SUPERSEDED'
  /** 已废止 */
  | 'WITHDRAWN';

/** 企业资质 / Enterprise qualification. */
export type Qualification =
  /** 省级企业技术中心 */
  | 'ENTERPRISE_TECH_CENTER'
  /** 瞪羚企业 */
  | 'GAZELLE'
  /** 高新技术企业 */
  | 'HIGH_TECH'
  /** 创新型中小企业 */
  | 'INNOVATIVE_SME'
  /** 专精特新“小巨人”企业 */
  | 'LITTLE_GIANT'
  /** 专精特新中小企业 */
  | 'SRDI'
  /** 科技型中小企业 */
  | 'TECH_SME';

/** 报名状态 / Registration status. */
export type RegistrationStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 报名成功 */
  | 'REGISTERED'
  /** 候补中 */
  | 'WAITLISTED';

/** 账号角色 / Account role. SYSTEM_ADMIN, SECURITY_ADMIN and AUDIT_ADMIN are never held together. */
export type Role =
  /** 审计管理员 */
  | 'AUDIT_ADMIN'
  /** 企业用户 */
  | 'ENTERPRISE_USER'
  /** 服务机构人员 */
  | 'INSTITUTION_STAFF'
  /** 平台运营人员 */
  | 'OPERATOR'
  /** 审核人 */
  | 'REVIEWER'
  /** 安全管理员 */
  | 'SECURITY_ADMIN'
  /** 系统管理员 */
  | 'SYSTEM_ADMIN';

/** 分面维度 / Dimension of a facet (Q4 multi-dimensional categories). */
export type SearchFacetField =
  /** 栏目 */
  | 'COLUMN'
  /** 发文或责任部门 */
  | 'DEPARTMENT'
  /** 行业 */
  | 'INDUSTRY'
  /** 内容类别（政策、机构、产品…） */
  | 'KIND'
  /** 地区 */
  | 'REGION'
  /** 站点（站群检索） */
  | 'SITE'
  /** 类型 */
  | 'TYPE';

/** Search conditions (Q1, Q2, Q4). Lists take at most 20 values; the query at most 100 characters. */
export type SearchInput = {
  /** Cursor after which the page starts. */
  after?: string | null | undefined;
  /** Columns (栏目): local search within columns. */
  columns?: Array<ServiceColumn> | null | undefined;
  /** Published on or after (Q2 time range). */
  dateFrom?: string | null | undefined;
  /** Published before (Q2 time range). */
  dateTo?: string | null | undefined;
  /** Issuing or responsible departments. */
  departments?: Array<string> | null | undefined;
  /** Search the words exactly as typed: no pinyin conversion, correction or expansion (undo). */
  exact?: boolean | null | undefined;
  /** Page size, 1–50 (default 10). */
  first?: number | null | undefined;
  /** GB/T 4754 industry codes. */
  industries?: Array<string> | null | undefined;
  /** Content kinds (institution, policy, serviceProduct, guide, activity …); empty = all. */
  kinds?: Array<string> | null | undefined;
  /** Keywords as typed: Chinese, pinyin (full, initials, mixed), traditional characters, colloquial words. */
  query?: string | null | undefined;
  /** GB/T 2260 region codes. */
  regions?: Array<string> | null | undefined;
  /** Local (SITE, default) or site-group (GROUP) search. */
  siteScope?: SearchSiteScope | null | undefined;
  /** RELEVANCE (default) or DATE. */
  sort?: SearchSort | null | undefined;
  /** Match titles only (Q2: title or full text; default full text). */
  titleOnly?: boolean | null | undefined;
  /** Content types (facet values of field TYPE). */
  types?: Array<string> | null | undefined;
  /** Previous queries to search within (二次检索), at most 5; all must match too. */
  within?: Array<string> | null | undefined;
};

/** 检索范围 / Which sites to search (Q1). */
export type SearchSiteScope =
  /** 站群检索：全部站点，站点作为分面。 */
  | 'GROUP'
  /** 本站检索：当前站点及其下级站点。 */
  | 'SITE';

/** 排序方式 / Order of search hits. */
export type SearchSort =
  /** 按发布日期从新到旧。 */
  | 'DATE'
  /** 综合排序：相关度、标题命中、时效、有效性、热度，以及登录企业的地区和行业 (Q4)。 */
  | 'RELEVANCE';

/** 服务栏目 / Service column (A1; search is the seventh column and spans them all). */
export type ServiceColumn =
  /** 管理咨询服务 */
  | 'CONSULTING'
  /** 创业服务 */
  | 'ENTREPRENEURSHIP'
  /** 融资服务 */
  | 'FINANCING'
  /** 政策服务 */
  | 'POLICY'
  /** 人才服务 */
  | 'TALENT'
  /** 技术服务 */
  | 'TECHNOLOGY';

/** 服务形式 / How the service is delivered. */
export type ServiceForm =
  /** 线上线下结合 */
  | 'BOTH'
  /** 线下 */
  | 'OFFLINE'
  /** 线上 */
  | 'ONLINE';

/** Filters of the product catalogue. */
export type ServiceProductFilter = {
  /** In this column. */
  column?: ServiceColumn | null | undefined;
  /** Free or paid. */
  feeType?: FeeType | null | undefined;
  /** Of this form (BOTH matches ONLINE and OFFLINE filters too). */
  form?: ServiceForm | null | undefined;
  /** Of this institution (global id). */
  institutionId?: string | null | undefined;
  /** Name or description contains (at most 50 characters). */
  keyword?: string | null | undefined;
  /** Serving this division (or one containing it). */
  regionCode?: string | null | undefined;
  /** Status; anything but LISTED requires OPERATOR or REVIEWER (institutions use myInstitutionServiceProducts). */
  status?: ServiceProductStatus | null | undefined;
  /** In this subcategory. */
  subcategory?: string | null | undefined;
};

/** 服务产品状态 / Status of a service product: DRAFT → UNDER_REVIEW → LISTED (or REJECTED) → DELISTED. */
export type ServiceProductStatus =
  /** 已下架 */
  | 'DELISTED'
  /** 草稿 */
  | 'DRAFT'
  /** 已上架 */
  | 'LISTED'
  /** 审核未通过 */
  | 'REJECTED'
  /** 待审核 */
  | 'UNDER_REVIEW';

/** 企业划型（大中小微），按《中小企业划型标准规定》由行业、从业人员、营业收入、资产总额计算得出。 */
export type SizeClass =
  /** 大型 */
  | 'LARGE'
  /** 中型 */
  | 'MEDIUM'
  /** 微型 */
  | 'MICRO'
  /** 小型 */
  | 'SMALL';

/** 联想词来源 / Where a suggestion comes from. */
export type SuggestionSource =
  /** 热门搜索 */
  | 'QUERY'
  /** 词库 */
  | 'TERM'
  /** 内容标题 */
  | 'TITLE';

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { revoked: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { currentSite: { id: string, code: string, name: string }, me: { id: string, displayName: string, roles: Array<Role>, enterprise: { id: string, name: string } | null } | null };

export type ActivityListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ActivityListQuery = { activities: { totalCount: number, nodes: Array<{ id: string, name: string, column: ServiceColumn, organisers: Array<string>, startsAt: string, endsAt: string, placeAddress: string | null, onlineUrl: string | null, capacity: number, registeredCount: number, institution: { id: string, name: string } | null }> } };

export type ActivityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityDetailQuery = { activity: { id: string, name: string, column: ServiceColumn, organisers: Array<string>, startsAt: string, endsAt: string, registrationDeadline: string, placeAddress: string | null, onlineUrl: string | null, capacity: number, registeredCount: number, remainingSeats: number, waitlistedCount: number, content: string, targetAudience: string, participants: string, contactName: string, contactPhone: string, institution: { id: string, name: string } | null, myRegistration: { id: string, status: RegistrationStatus, ticket: string | null, waitlistPosition: number | null } | null } | null };

export type ActivityRegisterMutationVariables = Exact<{
  input: ActivityRefInput;
}>;


export type ActivityRegisterMutation = { activityRegister: { registration: { id: string, status: RegistrationStatus, ticket: string | null, waitlistPosition: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type EnterpriseDetailFragment = { id: string, name: string, uscc: string, regionCode: string, regionName: string | null, industryCode: string, industryName: string | null, establishedOn: string, employees: number, revenue: number, totalAssets: number, sizeClass: SizeClass, qualifications: Array<Qualification>, contactName: string, contactPhone: string, contactEmail: string | null, status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null, createdAt: string };

export type MyEnterpriseQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseQuery = { me: { id: string, displayName: string, enterpriseRole: string | null, enterprise: { id: string, name: string, uscc: string, regionCode: string, regionName: string | null, industryCode: string, industryName: string | null, establishedOn: string, employees: number, revenue: number, totalAssets: number, sizeClass: SizeClass, qualifications: Array<Qualification>, contactName: string, contactPhone: string, contactEmail: string | null, status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null, createdAt: string } | null } | null };

export type MyEnterpriseReviewedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseReviewedSubscription = { myEnterpriseReviewed: { status: EnterpriseStatus, reason: string | null, at: string, enterprise: { id: string, name: string, uscc: string, regionCode: string, regionName: string | null, industryCode: string, industryName: string | null, establishedOn: string, employees: number, revenue: number, totalAssets: number, sizeClass: SizeClass, qualifications: Array<Qualification>, contactName: string, contactPhone: string, contactEmail: string | null, status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null, createdAt: string } | null } };

export type EnterpriseRegisterMutationVariables = Exact<{
  input: EnterpriseRegisterInput;
}>;


export type EnterpriseRegisterMutation = { enterpriseRegister: { enterprise: { id: string, name: string, uscc: string, regionCode: string, regionName: string | null, industryCode: string, industryName: string | null, establishedOn: string, employees: number, revenue: number, totalAssets: number, sizeClass: SizeClass, qualifications: Array<Qualification>, contactName: string, contactPhone: string, contactEmail: string | null, status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null, createdAt: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type HomeInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeInstitutionsQuery = { institutions: { totalCount: number, nodes: Array<{ id: string, name: string, type: InstitutionType, columns: Array<ServiceColumn>, description: string }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { account: { id: string, roles: Array<Role> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type MyDockingsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyDockingsQuery = { dockings: { totalCount: number, nodes: Array<{ id: string, status: DockingStatus, needs: string, updatedAt: string, product: { id: string, name: string } | null, institution: { id: string, name: string } | null }> } };

export type DockingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DockingDetailQuery = { docking: { id: string, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, product: { id: string, name: string } | null, institution: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }> } | null };

export type PolicyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyDetailQuery = { policy: { id: string, title: string, docNo: string | null, departments: Array<string>, publishedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, validity: PolicyValidity, policyType: PolicyType, sourceName: string | null, sourceUrl: string | null, tags: Array<string>, body: string, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number }>, interpretations: Array<{ id: string, title: string, authority: string, author: string | null, publishedOn: string | null, body: string }>, guides: Array<{ id: string, title: string, beneficiaries: string, conditions: string, materials: Array<string>, applicationStart: string | null, applicationEnd: string | null, whereToApply: string, hotline: string | null, paymentDeadline: string | null }> } | null };

export type PolicyListItemsFragment = { totalCount: number, nodes: Array<{ id: string, title: string, docNo: string | null, departments: Array<string>, publishedOn: string | null, policyType: PolicyType, validity: PolicyValidity, tags: Array<string> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type PolicyListQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PolicyListQuery = { policies: { totalCount: number, nodes: Array<{ id: string, title: string, docNo: string | null, departments: Array<string>, publishedOn: string | null, policyType: PolicyType, validity: PolicyValidity, tags: Array<string> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PolicyMatchesQueryVariables = Exact<{
  verdicts?: Array<MatchVerdict> | MatchVerdict | null | undefined;
  first?: number | null | undefined;
}>;


export type PolicyMatchesQuery = { policyMatches: { totalCount: number, nodes: Array<{ verdict: MatchVerdict, deadline: string | null, policy: { id: string, title: string, docNo: string | null, publishedOn: string | null }, conditions: Array<{ outcome: ConditionOutcome, reason: string, condition: { id: string, sourceSentence: string } }>, improvements: Array<{ outcome: ConditionOutcome, reason: string, condition: { id: string, sourceSentence: string } }> }> } };

export type AccountRegisterMutationVariables = Exact<{
  input: AccountRegisterInput;
}>;


export type AccountRegisterMutation = { accountRegister: { account: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SearchHitsFragment = { nodes: Array<{ id: string, kind: string, kindLabel: string, title: string, titleHighlight: string, highlight: string, url: string | null, date: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type SearchPageQueryVariables = Exact<{
  input: SearchInput;
}>;


export type SearchPageQuery = { search: { totalCount: number, approximate: boolean, related: Array<string>, understanding: { original: string, normalized: string, converted: string | null, corrected: string | null, didYouMean: string | null, autoRewritten: boolean, expansions: Array<{ phrase: string, terms: Array<string> }> }, facets: Array<{ field: SearchFacetField, buckets: Array<{ value: string, label: string, count: number }> }>, serviceCards: Array<{ id: string, kind: string, kindLabel: string, title: string, highlight: string, url: string | null }>, hits: { nodes: Array<{ id: string, kind: string, kindLabel: string, title: string, titleHighlight: string, highlight: string, url: string | null, date: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SearchMoreQueryVariables = Exact<{
  input: SearchInput;
}>;


export type SearchMoreQuery = { search: { hits: { nodes: Array<{ id: string, kind: string, kindLabel: string, title: string, titleHighlight: string, highlight: string, url: string | null, date: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SearchSuggestQueryVariables = Exact<{
  prefix: string;
}>;


export type SearchSuggestQuery = { searchSuggest: Array<{ text: string, source: SuggestionSource }> };

export type ServiceDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceDetailQuery = { serviceProduct: { id: string, name: string, column: ServiceColumn, subcategory: string, description: string, form: ServiceForm, feeType: FeeType, priceTerms: string | null, regionNames: Array<string>, targetAudience: string, contactName: string, contactPhone: string, process: Array<{ title: string, description: string }>, institution: { id: string, name: string } | null } | null };

export type DockingSubmitMutationVariables = Exact<{
  input: DockingSubmitInput;
}>;


export type DockingSubmitMutation = { dockingSubmit: { docking: { id: string, status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ServiceListQueryVariables = Exact<{
  filter?: ServiceProductFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceListQuery = { serviceProducts: { totalCount: number, nodes: Array<{ id: string, name: string, column: ServiceColumn, subcategory: string, form: ServiceForm, feeType: FeeType, regionNames: Array<string>, institution: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const EnterpriseDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnterpriseDetailFragment, unknown>;
export const PolicyListItemsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyListItems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PolicyListItemsFragment, unknown>;
export const SearchHitsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<SearchHitsFragment, unknown>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ActivityListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityListQuery, ActivityListQueryVariables>;
export const ActivityDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudience"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityDetailQuery, ActivityDetailQueryVariables>;
export const ActivityRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityRegisterMutation, ActivityRegisterMutationVariables>;
export const MyEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseRole"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyEnterpriseQuery, MyEnterpriseQueryVariables>;
export const MyEnterpriseReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyEnterpriseReviewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterpriseReviewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyEnterpriseReviewedSubscription, MyEnterpriseReviewedSubscriptionVariables>;
export const EnterpriseRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnterpriseRegisterMutation, EnterpriseRegisterMutationVariables>;
export const HomeInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<HomeInstitutionsQuery, HomeInstitutionsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MyDockingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDockings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyDockingsQuery, MyDockingsQueryVariables>;
export const DockingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<DockingDetailQuery, DockingDetailQueryVariables>;
export const PolicyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDetailQuery, PolicyDetailQueryVariables>;
export const PolicyListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyListItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyListItems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PolicyListQuery, PolicyListQueryVariables>;
export const PolicyMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verdicts"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchVerdict"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verdicts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verdicts"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSentence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSentence"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatchesQuery, PolicyMatchesQueryVariables>;
export const AccountRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountRegisterMutation, AccountRegisterMutationVariables>;
export const SearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"understanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"autoRewritten"}},{"kind":"Field","name":{"kind":"Name","value":"expansions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHits"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;
export const SearchMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHits"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<SearchMoreQuery, SearchMoreQueryVariables>;
export const SearchSuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSuggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSuggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<SearchSuggestQuery, SearchSuggestQueryVariables>;
export const ServiceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"feeType"}},{"kind":"Field","name":{"kind":"Name","value":"priceTerms"}},{"kind":"Field","name":{"kind":"Name","value":"regionNames"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudience"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceDetailQuery, ServiceDetailQueryVariables>;
export const DockingSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DockingSubmitMutation, DockingSubmitMutationVariables>;
export const ServiceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"feeType"}},{"kind":"Field","name":{"kind":"Name","value":"regionNames"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceListQuery, ServiceListQueryVariables>;