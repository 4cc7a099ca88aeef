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
  /** At least 8 characters of at least 3 classes (upper, lower, digit, symbol), and not guessable (zxcvbn score 3 or more: no common password, no own mobile or name). */
  password: string;
};

/** Check-in by ticket at the door. */
export type ActivityCheckInInput = {
  /** Global id of the activity being checked in: required with a short ticket code (unique within its activity). */
  activityId?: string | number | null | undefined;
  /** The ticket string read from the QR code, or the 8-character short ticket code (hyphen, spaces and case ignored). */
  ticket: string;
};

/** Institution staff publish an activity; it goes to operator review. */
export type ActivityCreateInput = {
  /** Agenda (1–30 items). */
  agenda: Array<AgendaItemInput>;
  /** Seats (1–100,000). */
  capacity: number;
  /** Service column. */
  column: ServiceColumn;
  /** Contact person. */
  contactName: string;
  /** Contact telephone. */
  contactPhone: string;
  /** Content (1–10,000 characters). */
  content: string;
  /** End (after the start, within 30 days). */
  endsAt: string;
  /** Logo (PNG or JPEG, at most 2 MB). */
  logo?: PictureInput | null | undefined;
  /** Name (4–60 characters). */
  name: string;
  /** https link (online). */
  onlineUrl?: string | null | undefined;
  /** Organisers by full name (1–10); abbreviations draw a warning. */
  organisers: Array<string>;
  /** Participants (1–1,000 characters). */
  participants: string;
  /** Address (on site); this or onlineUrl is required. */
  placeAddress?: string | null | undefined;
  /** Registration deadline (not after the start). */
  registrationDeadline: string;
  /** Registration method. */
  registrationMethod: RegistrationMethod;
  /** Start (in the future). */
  startsAt: string;
  /** Target audience (1–500 characters). */
  targetAudience: string;
};

/** An activity id. */
export type ActivityRefInput = {
  /** Global id of the activity. */
  activityId: string | number;
};

/** An operator publishes or rejects an activity. */
export type ActivityReviewInput = {
  /** Global id of the activity. */
  activityId: string | number;
  /** APPROVE publishes; REJECT needs a reason. */
  decision: ReviewDecision;
  /** Reason (at most 500 characters). */
  reason?: string | null | undefined;
};

/** One agenda item. */
export type AgendaItemInput = {
  /** End. */
  endsAt?: string | null | undefined;
  /** Speaker (at most 100 characters). */
  speaker?: string | null | undefined;
  /** Start (within the activity). */
  startsAt: string;
  /** Title (1–100 characters). */
  title: string;
};

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

/** 时间线事件的发起方 / Who caused a timeline event (SYSTEM: reminders and deadline breaches). */
export type DockingParty =
  /** 企业 */
  | 'ENTERPRISE'
  /** 服务机构 */
  | 'INSTITUTION'
  /** 平台运营 */
  | 'OPERATOR'
  /** 系统 */
  | 'SYSTEM';

/** A qualification held, with its validity and count. */
export type EnterpriseQualificationInput = {
  /** Catalogue code. */
  code: string;
  /** Count for numeric kinds (0–1,000,000). */
  count?: number | null | undefined;
  /** Valid from, YYYY-MM-DD. */
  validFrom?: string | null | undefined;
  /** Valid until, YYYY-MM-DD (not before validFrom). */
  validTo?: string | null | undefined;
};

/** Registration of an enterprise by a signed-in account that belongs to none; it becomes the owner. */
export type EnterpriseRegisterInput = {
  /** Contact e-mail. */
  contactEmail?: string | null | undefined;
  /** Contact person (at most 50 characters). */
  contactName: string;
  /** Contact telephone: mobile or landline with area code. */
  contactPhone: string;
  /** Number of employees, 0–10,000,000; null: not declared (matching says UNKNOWN, never 0). */
  employees?: number | null | undefined;
  /** Date of establishment, YYYY-MM-DD, not in the future; null: not declared. */
  establishedOn?: string | null | undefined;
  /** GB/T 4754-2017 industry code at any level: section letter (C), division (34), group (342) or class (3421); C3421 is accepted and stored as 3421. Finer codes let more conditions be decided. */
  industryCode: string;
  /** Full registered name (2–100 characters). */
  name: string;
  /** Qualifications held with validity dates and counts (catalogue codes, at most 50); omitted: unchanged. */
  qualificationDetails?: Array<EnterpriseQualificationInput> | null | undefined;
  /** Qualification catalogue codes held (at most 50; see qualificationCatalogue); null or omitted: not declared (matching says UNKNOWN), empty: holds none. Codes in qualificationDetails are added. */
  qualifications?: Array<string> | null | undefined;
  /** R&D spending as a percentage of operating revenue (0–100, two decimals), declared for policy matching; null or omitted: not declared. */
  rdRatio?: number | null | undefined;
  /** GB/T 2260 division code, e.g. 340104. */
  regionCode: string;
  /** Annual operating revenue in 万元, ≥ 0; null: not declared. */
  revenue?: number | null | undefined;
  /** Tax credit grade (纳税信用等级), declared for policy matching; null or omitted: not declared. */
  taxCreditGrade?: TaxCreditGrade | null | undefined;
  /** Total assets in 万元, ≥ 0; null: not declared. */
  totalAssets?: number | null | undefined;
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
  | 'ALREADY_CHECKED_IN'
  | 'ALREADY_MEMBER'
  | 'CODE_INVALID'
  | 'DUPLICATE'
  | 'FORBIDDEN'
  | 'INVALID'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'NOT_INVITED'
  | 'RATE_LIMITED'
  | 'REQUIRED'
  | 'ROLE_CONFLICT'
  | 'TICKET_INVALID'
  | 'TOO_LONG'
  | 'TOTP_INVALID'
  | 'TOTP_REQUIRED'
  | 'URGE_LIMITED'
  | 'WEAK_PASSWORD'
  | 'WEBHOOK_URL_NOT_ALLOWED';

/** 收费方式 / Free or paid. */
export type FeeType =
  /** 免费 */
  | 'FREE'
  /** 收费 */
  | 'PAID';

/** Who a user guide is written for: enterprises; service institutions and their staff; platform operators and reviewers; system, security and audit administrators (三员); developers of partner apps and embedding sites. */
export type GuideAudience =
  /** 系统管理 */
  | 'ADMINISTRATOR'
  /** 企业用户 */
  | 'ENTERPRISE'
  /** 服务机构 */
  | 'INSTITUTION'
  /** 运营与审核 */
  | 'OPERATOR'
  /** 合作方接入 */
  | 'PARTNER';

/** How a block of a guide is shown. */
export type GuideBlockKind =
  /** An unordered list. */
  | 'BULLETS'
  /** A highlighted note or warning. */
  | 'NOTE'
  /** A paragraph of text. */
  | 'PARAGRAPH'
  /** Numbered steps, in order. */
  | 'STEPS';

/** Application of an institution to join the platform; the applicant becomes its administrator once approved. */
export type InstitutionApplyInput = {
  /** Service columns (1–6). */
  columns: Array<ServiceColumn>;
  /** Contact e-mail. */
  contactEmail?: string | null | undefined;
  /** Named contact person. */
  contactName: string;
  /** Contact telephone: mobile or landline with area code. */
  contactPhone: string;
  /** Description (at most 5,000 characters). */
  description?: string | null | undefined;
  /** Full name, never abbreviated (4–100 characters). */
  name: string;
  /** Qualifications and licences (at most 2,000 characters). */
  qualifications: string;
  /** GB/T 2260 divisions served (1–50). */
  regionCodes: Array<string>;
  /** Department responsible for docking requests. */
  responsibleDepartment: string;
  /** Kind of institution. */
  type: InstitutionType;
};

/** An operator approves or rejects an institution application. */
export type InstitutionReviewInput = {
  /** APPROVE or REJECT (with reason). */
  decision: ReviewDecision;
  /** Global id of the institution. */
  institutionId: string;
  /** Reason, required when rejecting. */
  reason?: string | null | undefined;
};

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
  /** Six-digit TOTP code: required (TOTP_REQUIRED) for staff who enrolled a second factor. */
  totpCode?: string | null | undefined;
};

/** Set a new password with the code that passwordResetRequest sent. */
export type PasswordResetConfirmInput = {
  /** The six-digit code (valid 10 minutes, 5 tries). */
  code: string;
  /** The same mobile number or e-mail address as in the request. */
  identifier: string;
  /** New password, same rules as at registration. */
  newPassword: string;
};

/** 忘记密码: ask for a six-digit code by SMS (a mobile number) or e-mail (an e-mail address). */
export type PasswordResetRequestInput = {
  /** The mobile number or e-mail address the account signs in with; the code goes there. */
  identifier: string;
};

/** A picture upload: base64 (or a data: URL) of a PNG or JPEG of at most 2 MB; the type is detected from the bytes. */
export type PictureInput = {
  /** Base64 content. */
  base64: string;
};

/** One process step. */
export type ProcessStepInput = {
  /** What happens (at most 500 characters). */
  description: string;
  /** Step title (1–50 characters). */
  title: string;
};

/** 报名方式 / How to register (registration is always recorded on the platform). */
export type RegistrationMethod =
  /** 定向邀请，受邀企业在平台确认 */
  | 'INVITATION'
  /** 平台在线报名 */
  | 'PLATFORM'
  /** 平台在线报名或电话报名（由主办方代为登记） */
  | 'PLATFORM_AND_PHONE';

/** A registration id. */
export type RegistrationRefInput = {
  /** Global id of the registration. */
  registrationId: string | number;
};

/** 报名状态 / Registration status. */
export type RegistrationStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 报名成功 */
  | 'REGISTERED'
  /** 候补中 */
  | 'WAITLISTED';

/** 审核结论 / Review decision. */
export type ReviewDecision =
  /** 通过 */
  | 'APPROVE'
  /** 驳回（须填写理由） */
  | 'REJECT';

/** 分面维度 / Dimension of a facet (Q4 multi-dimensional categories). KIND: policy, institution, product…; DEPARTMENT: issuing or responsible department; SITE: only in group search (站群检索). */
export type SearchFacetField =
  /** 栏目 */
  | 'COLUMN'
  /** 发文部门 */
  | 'DEPARTMENT'
  /** 行业 */
  | 'INDUSTRY'
  /** 内容类别 */
  | 'KIND'
  /** 地区 */
  | 'REGION'
  /** 站点 */
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
  /** Local (SITE, default, with the province’s inherited content on a city site), own site only (OWN) or site-group (GROUP) search. */
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
  /** 仅本市：当前站点及其下级站点，不含上级站点的内容。 */
  | 'OWN'
  /** 本站检索：当前站点及其下级站点，城市站点另含上级站点的非“仅省级”内容。 */
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

/** Institution staff create a draft service product. */
export type ServiceProductCreateInput = {
  /** Service column; one the institution serves. */
  column: ServiceColumn;
  /** Contact person (at most 50 characters). */
  contactName: string;
  /** Contact telephone: mobile or landline with area code. */
  contactPhone: string;
  /** Description (1–5,000 characters). */
  description: string;
  /** Free or paid. */
  feeType: FeeType;
  /** Online, offline or both. */
  form: ServiceForm;
  /** Name (4–60 characters), pattern 服务范围+服务领域+服务形式; a warning with a suggestion is returned when it does not fit. */
  name: string;
  /** Pictures (at most 8); on update, replaces all pictures when given. */
  pictures?: Array<PictureInput> | null | undefined;
  /** Price and terms, required when PAID (at most 1,000 characters). */
  priceTerms?: string | null | undefined;
  /** Ordered steps (1–20). */
  process: Array<ProcessStepInput>;
  /** GB/T 2260 divisions served (1–50). */
  regionCodes: Array<string>;
  /** Subcategory (1–30 characters). */
  subcategory: string;
  /** Submit for review right away (default false). */
  submit?: boolean | null | undefined;
  /** Target audience (at most 500 characters). */
  targetAudience: string;
};

/** An operator lists or rejects a product under review. */
export type ServiceProductReviewInput = {
  /** APPROVE lists the product; REJECT needs a reason. */
  decision: ReviewDecision;
  /** Global id of the product. */
  productId: string;
  /** Reason (required when rejecting; at most 500 characters). */
  reason?: string | null | undefined;
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

/** 纳税信用等级 (published yearly by the tax authority), as the enterprise declares it. */
export type TaxCreditGrade =
  /** A级 */
  | 'A'
  /** B级 */
  | 'B'
  /** C级 */
  | 'C'
  /** D级 */
  | 'D'
  /** M级（新设立或评价年度内无营业收入） */
  | 'M';

export type TestFlowRegisterMutationVariables = Exact<{
  i: ActivityRefInput;
}>;


export type TestFlowRegisterMutation = { activityRegister: { registration: { id: string, status: RegistrationStatus, ticket: string | null, ticketCode: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestFlowCancelMutationVariables = Exact<{
  i: RegistrationRefInput;
}>;


export type TestFlowCancelMutation = { activityRegistrationCancel: { registration: { id: string, status: RegistrationStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestFlowCheckInMutationVariables = Exact<{
  i: ActivityCheckInInput;
}>;


export type TestFlowCheckInMutation = { activityCheckIn: { registration: { id: string, checkedInAt: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestFlowMyRegistrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestFlowMyRegistrationsQuery = { myActivityRegistrations: { totalCount: number, nodes: Array<{ id: string, status: RegistrationStatus, ticketCode: string | null, activity: { id: string, name: string, registeredCount: number, waitlistedCount: number } | null }> } };

export type DockingTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type DockingTimelineQuery = { docking: { timeline: Array<{ type: DockingEventType, party: DockingParty, at: string }>, messages: Array<{ body: string | null }> } | null };

export type HelpGuidesQueryVariables = Exact<{
  audience?: GuideAudience | null | undefined;
}>;


export type HelpGuidesQuery = { guides: Array<{ slug: string, title: string, audience: GuideAudience, summary: string, sections: Array<{ heading: string, blocks: Array<{ kind: GuideBlockKind, text: string | null, items: Array<string> }> }> }> };

export type TestPasswordResetRequestMutationVariables = Exact<{
  i: PasswordResetRequestInput;
}>;


export type TestPasswordResetRequestMutation = { passwordResetRequest: { accepted: boolean, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestPasswordResetConfirmMutationVariables = Exact<{
  i: PasswordResetConfirmInput;
}>;


export type TestPasswordResetConfirmMutation = { passwordResetConfirm: { reset: boolean, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestResetMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TestResetMeQuery = { me: { id: string } | null };

export type TestResetNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestResetNotificationsQuery = { myUnreadNotificationCount: number, myNotifications: { totalCount: number } };

export type SearchE2EQueryVariables = Exact<{
  i: SearchInput;
}>;


export type SearchE2EQuery = { search: { totalCount: number, approximate: boolean, related: Array<string>, understanding: { original: string, normalized: string, pinyin: string | null, converted: string | null, pinyinCandidates: Array<string>, corrected: string | null, didYouMean: string | null, autoRewritten: boolean, relaxed: boolean, serviceIntent: boolean, corrections: Array<{ from: string, to: string, by: string }>, expansions: Array<{ phrase: string, terms: Array<string> }> }, facets: Array<{ field: SearchFacetField, buckets: Array<{ value: string, label: string, count: number }> }>, hits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: string, kindLabel: string, id: string, title: string, titleHighlight: string, highlight: string, url: string | null, date: string | null, score: number, site: { code: string } | null }> }, serviceCards: Array<{ kind: string, id: string, title: string }> } };

export type StatisticsByColumnQueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticsByColumnQuery = { columnStatistics: { rows: Array<{ key: string, received: number }>, total: { received: number, amountRequested: number, headcountRequested: number, amountFinanced: number } } };

export type TestWebFlowRegisterMutationVariables = Exact<{
  i: ActivityRefInput;
}>;


export type TestWebFlowRegisterMutation = { activityRegister: { registration: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestAccountRegisterMutationVariables = Exact<{
  i: AccountRegisterInput;
}>;


export type TestAccountRegisterMutation = { accountRegister: { account: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestLoginMutationVariables = Exact<{
  i: LoginInput;
}>;


export type TestLoginMutation = { login: { token: string | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type TestFactoryActivityCreateMutationVariables = Exact<{
  i: ActivityCreateInput;
}>;


export type TestFactoryActivityCreateMutation = { activityCreate: { activity: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestFactoryActivityReviewMutationVariables = Exact<{
  i: ActivityReviewInput;
}>;


export type TestFactoryActivityReviewMutation = { activityReview: { activity: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestInstitutionApplyMutationVariables = Exact<{
  i: InstitutionApplyInput;
}>;


export type TestInstitutionApplyMutation = { institutionApply: { institution: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestInstitutionReviewMutationVariables = Exact<{
  i: InstitutionReviewInput;
}>;


export type TestInstitutionReviewMutation = { institutionReview: { institution: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestServiceProductCreateMutationVariables = Exact<{
  i: ServiceProductCreateInput;
}>;


export type TestServiceProductCreateMutation = { serviceProductCreate: { product: { id: string, name: string, status: ServiceProductStatus } | null, warnings: Array<{ field: string, message: string, suggestion: string | null }>, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestServiceProductReviewMutationVariables = Exact<{
  i: ServiceProductReviewInput;
}>;


export type TestServiceProductReviewMutation = { serviceProductReview: { product: { status: ServiceProductStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestEnterpriseRegisterMutationVariables = Exact<{
  i: EnterpriseRegisterInput;
}>;


export type TestEnterpriseRegisterMutation = { enterpriseRegister: { enterprise: { id: string, uscc: string, name: string, sizeClass: SizeClass | null, status: EnterpriseStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };


export const TestFlowRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFlowRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"ticketCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestFlowRegisterMutation, TestFlowRegisterMutationVariables>;
export const TestFlowCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFlowCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegistrationCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestFlowCancelMutation, TestFlowCancelMutationVariables>;
export const TestFlowCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFlowCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestFlowCheckInMutation, TestFlowCheckInMutationVariables>;
export const TestFlowMyRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestFlowMyRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActivityRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticketCode"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestFlowMyRegistrationsQuery, TestFlowMyRegistrationsQueryVariables>;
export const DockingTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<DockingTimelineQuery, DockingTimelineQueryVariables>;
export const HelpGuidesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpGuides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GuideAudience"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HelpGuidesQuery, HelpGuidesQueryVariables>;
export const TestPasswordResetRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestPasswordResetRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestPasswordResetRequestMutation, TestPasswordResetRequestMutationVariables>;
export const TestPasswordResetConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestPasswordResetConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reset"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestPasswordResetConfirmMutation, TestPasswordResetConfirmMutationVariables>;
export const TestResetMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestResetMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestResetMeQuery, TestResetMeQueryVariables>;
export const TestResetNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestResetNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myUnreadNotificationCount"}}]}}]} as unknown as DocumentNode<TestResetNotificationsQuery, TestResetNotificationsQueryVariables>;
export const SearchE2EDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchE2E"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"understanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"pinyin"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"pinyinCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"autoRewritten"}},{"kind":"Field","name":{"kind":"Name","value":"relaxed"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIntent"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expansions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"}}]}}]}}]} as unknown as DocumentNode<SearchE2EQuery, SearchE2EQueryVariables>;
export const StatisticsByColumnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsByColumn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"received"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"amountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"headcountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsByColumnQuery, StatisticsByColumnQueryVariables>;
export const TestWebFlowRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestWebFlowRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestWebFlowRegisterMutation, TestWebFlowRegisterMutationVariables>;
export const TestAccountRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAccountRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestAccountRegisterMutation, TestAccountRegisterMutationVariables>;
export const TestLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestLoginMutation, TestLoginMutationVariables>;
export const TestFactoryActivityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryActivityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestFactoryActivityCreateMutation, TestFactoryActivityCreateMutationVariables>;
export const TestFactoryActivityReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryActivityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestFactoryActivityReviewMutation, TestFactoryActivityReviewMutationVariables>;
export const TestInstitutionApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestInstitutionApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestInstitutionApplyMutation, TestInstitutionApplyMutationVariables>;
export const TestInstitutionReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestInstitutionReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestInstitutionReviewMutation, TestInstitutionReviewMutationVariables>;
export const TestServiceProductCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestServiceProductCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProductCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestServiceProductCreateMutation, TestServiceProductCreateMutationVariables>;
export const TestServiceProductReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestServiceProductReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProductReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestServiceProductReviewMutation, TestServiceProductReviewMutationVariables>;
export const TestEnterpriseRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestEnterpriseRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestEnterpriseRegisterMutation, TestEnterpriseRegisterMutationVariables>;