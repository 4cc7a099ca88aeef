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

/** An attendee rates the activity once. */
export type ActivityEvaluateInput = {
  /** Comment (at most 1,000 characters). */
  comment?: string | null | undefined;
  /** Rating 1–5. */
  rating: number;
  /** Global id of the viewer's registration. */
  registrationId: string | number;
};

/** Filters of activity lists. */
export type ActivityFilter = {
  /** In this column. */
  column?: ServiceColumn | null | undefined;
  /** Of this institution. */
  institutionId?: string | number | null | undefined;
  /** Only those taking place (at least partly) in this month, YYYY-MM, China time (for calendars). */
  month?: string | null | undefined;
  /** Only the current site’s own (and its sub-sites’): a city site otherwise also lists its province’s published ones (B1). */
  ownSiteOnly?: boolean | null | undefined;
  /** Status; anything but PUBLISHED requires OPERATOR or REVIEWER, or staff of the institution filtered on. */
  status?: ActivityStatus | null | undefined;
  /** Only those not yet ended. */
  upcoming?: boolean | null | undefined;
};

/** Revoke one invitation. */
export type ActivityInvitationRevokeInput = {
  /** Global id of the invitation. */
  invitationId: string | number;
};

/** Invite mobile numbers or e-mail addresses to an activity registered by INVITATION. */
export type ActivityInvitationsAddInput = {
  /** Global id of the activity. */
  activityId: string | number;
  /** 1–100 mainland mobile numbers or e-mail addresses (spaces, dashes, +86 and full-width characters are normalised; e-mail is case-insensitive). */
  contacts: Array<string>;
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

/** 活动统计维度 / How to group activity statistics (MONTH: in China time). */
export type ActivityStatsGroup =
  /** 按栏目 */
  | 'COLUMN'
  /** 按机构 */
  | 'INSTITUTION'
  /** 按月份 */
  | 'MONTH';

/** 活动状态 / Activity status. */
export type ActivityStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 已发布 */
  | 'PUBLISHED'
  /** 审核未通过 */
  | 'REJECTED'
  /** 待审核 */
  | 'UNDER_REVIEW';

/** The organiser's summary after the activity. */
export type ActivitySummaryInput = {
  /** Global id of the activity. */
  activityId: string | number;
  /** Summary (1–10,000 characters). */
  summary: string;
};

/** A partner app to register. */
export type ApiClientCreateInput = {
  /** Browser origins (scheme://host[:port]), at most 20. */
  allowedOrigins?: Array<string> | null | undefined;
  /** Who answers for it (1–200 characters). */
  contact: string;
  /** Name of the app (1–100 characters). */
  name: string;
  /** Requests per minute, 1–100000 (default 600). */
  requestsPerMinute?: number | null | undefined;
  /** Scopes (PUBLIC_READ is always included; default PUBLIC_READ only). */
  scopes?: Array<ClientScope> | null | undefined;
  /** Global id of the site whose content it serves. */
  siteId: string | number;
  /** SM2 public key (04 followed by 128 hex digits) when the partner signs with SM2. */
  sm2PublicKey?: string | null | undefined;
  /** Webhook endpoints (https://…), at most 10. */
  webhookUrls?: Array<string> | null | undefined;
};

/** Rotate the secret of a partner app. */
export type ApiClientSecretRotateInput = {
  /** Global id of the partner app. */
  id: string | number;
  /** How long the previous secret stays valid, in minutes, 0–10080 (default 1440: one day for the partner to switch; 0 ends it now). */
  overlapMinutes?: number | null | undefined;
};

/** Changes to a partner app; omitted fields stay as they are. */
export type ApiClientUpdateInput = {
  /** Browser origins (scheme://host[:port]), at most 20. */
  allowedOrigins?: Array<string> | null | undefined;
  /** Contact (1–200 characters). */
  contact?: string | null | undefined;
  /** Global id of the partner app. */
  id: string | number;
  /** Name (1–100 characters). */
  name?: string | null | undefined;
  /** Requests per minute, 1–100000. */
  requestsPerMinute?: number | null | undefined;
  /** Scopes (PUBLIC_READ is always included). Tokens already issued keep theirs until they expire (10 minutes). */
  scopes?: Array<ClientScope> | null | undefined;
  /** SM2 public key (04 followed by 128 hex digits); empty text removes it. */
  sm2PublicKey?: string | null | undefined;
  /** Webhook endpoints (https://…), at most 10. */
  webhookUrls?: Array<string> | null | undefined;
};

/** A map rectangle (WGS-84 degrees). */
export type BoundingBoxInput = {
  /** Eastern longitude. */
  east: number;
  /** Northern latitude. */
  north: number;
  /** Southern latitude. */
  south: number;
  /** Western longitude. */
  west: number;
};

/** 合作应用的授权范围 / Scope of a partner app. PUBLIC_READ: what anyone may read (policies, services, activities, institutions; the default). ENTERPRISE_DATA: an enterprise's own data (`enterprise(id:)`, `apiClientConsents`), only while that enterprise's owner consents to the app (apiClientConsentGrant). WRITE_ON_BEHALF: submit demands and needs on a user's behalf; it needs the user's delegation, which the platform does not issue yet, so such a request is refused with WRITE_ON_BEHALF_UNAVAILABLE (docs/partners.md). A token carries exactly the scopes it asked for; a field needing another answers INSUFFICIENT_SCOPE. */
export type ClientScope =
  /** 企业授权数据 */
  | 'ENTERPRISE_DATA'
  /** 公开数据只读 */
  | 'PUBLIC_READ'
  /** 代用户提交 */
  | 'WRITE_ON_BEHALF';

/** 可提供的抵质押物 / Collateral available. */
export type CollateralKind =
  /** 存单、票据 */
  | 'DEPOSIT'
  /** 机器设备 */
  | 'EQUIPMENT'
  /** 股权 */
  | 'EQUITY'
  /** 存货 */
  | 'INVENTORY'
  /** 专利、商标等知识产权 */
  | 'IP'
  /** 无 */
  | 'NONE'
  /** 房产、土地 */
  | 'REAL_ESTATE'
  /** 应收账款 */
  | 'RECEIVABLES';

/** The amount financed on a financing need completed through its docking (recorded once). */
export type ColumnNeedAmountFinancedInput = {
  /** Amount actually financed, 万元, more than 0 and at most 1,000,000. */
  amountFinanced: number;
  /** Global id of the need. */
  needId: string;
};

/** The requester closes its need. */
export type ColumnNeedCloseInput = {
  /** Amount actually financed, 万元, more than 0 and at most 1,000,000 (COMPLETED financing needs only). */
  amountFinanced?: number | null | undefined;
  /** Global id of the need. */
  needId: string;
  /** COMPLETED (solved) or CANCELLED. */
  outcome: NeedOutcome;
  /** Rating of the service received, 1–5 (optional). */
  rating?: number | null | undefined;
};

/** Continue a need as a docking with one institution that answered it. */
export type ColumnNeedDockingInput = {
  /** Global id of an institution the need was routed to and that has replied. */
  institutionId: string;
  /** Global id of the need (of the viewer's enterprise). */
  needId: string;
};

/** Filters of need lists. */
export type ColumnNeedFilter = {
  /** Only this column. */
  column?: ServiceColumn | null | undefined;
  /** Only needs whose first reply is overdue (true) or not (false). */
  overdue?: boolean | null | undefined;
  /** Only this status. */
  status?: NeedStatus | null | undefined;
};

/** A reply to a need by staff of an institution it is routed to, or a follow-up by the requester. */
export type ColumnNeedReplyInput = {
  /** Message, 1–2,000 characters. */
  body: string;
  /** Global id of the need. */
  needId: string;
};

/** Filters of the column statistics. */
export type ColumnStatsFilter = {
  /** Only this column (FINANCING, ENTREPRENEURSHIP, TALENT, TECHNOLOGY, CONSULTING). */
  column?: ServiceColumn | null | undefined;
  /** From this month on, YYYY-MM (received in). */
  fromMonth?: string | null | undefined;
  /** Only this GB/T 4754 industry division (two digits). */
  industryCode?: string | null | undefined;
  /** Within this division (a province or city includes its subdivisions). */
  regionCode?: string | null | undefined;
  /** Up to and including this month, YYYY-MM. */
  toMonth?: string | null | undefined;
};

/** Enterprise attribute an eligibility condition tests. Any profile field may be undeclared: the outcome is then UNKNOWN (补充…后可判断), never a 0. MANUAL: checked by hand (operator CHECK, one value: what to check), always UNKNOWN with 需人工核验. QUALIFICATION_COUNT: the declared count of a numeric catalogue kind (values: code, then the number(s); GTE, LTE or BETWEEN), held and valid today (a lapsed declaration counts 0), UNKNOWN while no count is declared. */
export type ConditionField =
  /** 成立年限（年） */
  | 'AGE_YEARS'
  /** 纳税信用等级 */
  | 'CREDIT_RATING'
  /** 从业人员（人） */
  | 'EMPLOYEES'
  /** 所属行业 */
  | 'INDUSTRY'
  /** 人工核验条件 */
  | 'MANUAL'
  /** 企业资质 */
  | 'QUALIFICATION'
  /** 资质数量（如有效发明专利项数） */
  | 'QUALIFICATION_COUNT'
  /** 研发投入占营业收入比例（%） */
  | 'RD_RATIO'
  /** 注册地 */
  | 'REGION'
  /** 营业收入（万元） */
  | 'REVENUE'
  /** 企业规模 */
  | 'SIZE_CLASS'
  /** 资产总额（万元） */
  | 'TOTAL_ASSETS';

/** How the values are compared. IN: any one of the values (a region includes its subdivisions, an industry code every finer code under it); NOT_IN: none of them; GTE / LTE: one number; BETWEEN: two numbers, inclusive; HAS: any one of the qualifications (catalogue codes); CHECK: a MANUAL condition checked by hand. */
export type ConditionOperator =
  /** 介于 */
  | 'BETWEEN'
  /** 人工核验 */
  | 'CHECK'
  /** 不低于 */
  | 'GTE'
  /** 具有 */
  | 'HAS'
  /** 属于 */
  | 'IN'
  /** 不高于 */
  | 'LTE'
  /** 不属于 */
  | 'NOT_IN';

/** Result of one condition for one enterprise (UNKNOWN: the enterprise profile lacks the data). */
export type ConditionOutcome =
  /** 符合 */
  | 'MET'
  /** 不符合 */
  | 'NOT_MET'
  /** 无法判断 */
  | 'UNKNOWN';

/** 发送状态 / Status of one e-mail or SMS of a notification. */
export type DeliveryStatus =
  /** 多次重试失败 */
  | 'DEAD'
  /** 发送失败 */
  | 'FAILED'
  /** 排队中 */
  | 'QUEUED'
  /** 已发送 */
  | 'SENT';

/** The enterprise picks one offer; the docking starts (ACCEPTED). */
export type DemandChooseInput = {
  /** Global id of the offer. */
  offerId: string | number;
};

/** An enterprise posts a demand; it goes to operator review. */
export type DemandCreateInput = {
  /** Budget in 万元 (0–100,000), optional. */
  budget?: number | null | undefined;
  /** Category (1–30 characters). */
  category: string;
  /** Service column. */
  column: ServiceColumn;
  /** Contact person (at most 50 characters). */
  contactName: string;
  /** Contact telephone. */
  contactPhone: string;
  /** Description (1–5,000 characters). */
  description: string;
  /** Name (4–60 characters). */
  name: string;
  /** Service period end, YYYY-MM-DD (at most 2 years after the start). */
  periodEnd: string;
  /** Service period start, YYYY-MM-DD. */
  periodStart: string;
  /** Who may see it once open. */
  visibility: DemandVisibility;
};

/** Filters of demand lists. */
export type DemandFilter = {
  /** In this column. */
  column?: ServiceColumn | null | undefined;
  /** In this status. */
  status?: DemandStatus | null | undefined;
};

/** An institution offers to take an open demand. */
export type DemandOfferInput = {
  /** Global id of the demand. */
  demandId: string | number;
  /** Service plan (1–3,000 characters). */
  plan: string;
  /** Terms: price, duration, conditions (1–1,000 characters). */
  terms: string;
};

/** 承接方案状态 / Status of an institution's offer on a demand. */
export type DemandOfferStatus =
  /** 已被选定 */
  | 'CHOSEN'
  /** 未被选定 */
  | 'NOT_CHOSEN'
  /** 待企业选择 */
  | 'OFFERED'
  /** 已撤回 */
  | 'WITHDRAWN';

/** A demand id with an optional reason. */
export type DemandRefInput = {
  /** Global id of the demand. */
  demandId: string | number;
  /** Reason (at most 500 characters). */
  reason?: string | null | undefined;
};

/** An operator reviews a demand against the published handling rules. */
export type DemandReviewInput = {
  /** APPROVE opens it; REJECT needs a reason. */
  decision: ReviewDecision;
  /** Global id of the demand. */
  demandId: string | number;
  /** Reason (required when rejecting; at most 500 characters). */
  reason?: string | null | undefined;
};

/** 诉求状态 / Demand status: UNDER_REVIEW (by an operator) → OPEN (published, collecting offers; or REJECTED) → MATCHED (an offer chosen, docking starts) / CANCELLED (by the enterprise) / CLOSED (by an operator). */
export type DemandStatus =
  /** 已撤销 */
  | 'CANCELLED'
  /** 已关闭 */
  | 'CLOSED'
  /** 已选定机构 */
  | 'MATCHED'
  /** 征集方案中 */
  | 'OPEN'
  /** 审核未通过 */
  | 'REJECTED'
  /** 待审核 */
  | 'UNDER_REVIEW';

/** 诉求公开范围 / Who may see the demand once open. */
export type DemandVisibility =
  /** 向栏目和地区匹配的入驻机构公开 */
  | 'ALL_INSTITUTIONS'
  /** 仅运营人员可见，由运营人员派发 */
  | 'OPERATORS_ONLY';

/** A technology-service or consulting/diagnosis request of the viewer's enterprise (enterprise members only). */
export type DiagnosisRequestSubmitInput = {
  /** A TECHNOLOGY (K1) or CONSULTING (C1) category; it decides the column and so the institutions. */
  category: ServiceCategory;
  /** Contact; defaults to the enterprise contact. */
  contact?: NeedContactInput | null | undefined;
  /** The problem to look at, 10–2,000 characters. */
  description: string;
  /** Whether an on-site visit is wanted (default false). */
  onSite?: boolean | null | undefined;
  /** GB/T 2260 division; defaults to the enterprise's. */
  regionCode?: string | null | undefined;
};

/** Kind of a diff line. */
export type DiffOp =
  /** 新增 */
  | 'ADDED'
  /** 删除 */
  | 'REMOVED'
  /** 未改变 */
  | 'SAME';

/** An action on a docking, with an optional note (a reason, required when declining or closing; at most 1,000 characters). */
export type DockingActionInput = {
  /** Global id of the docking. */
  dockingId: string;
  /** Note or reason (at most 1,000 characters). */
  note?: string | null | undefined;
};

/** The enterprise rates a completed docking, once. */
export type DockingEvaluateInput = {
  /** Attitude, 1–5. */
  attitude: number;
  /** Comment (at most 1,000 characters). */
  comment?: string | null | undefined;
  /** Global id of a COMPLETED docking. */
  dockingId: string;
  /** Professionalism, 1–5. */
  professionalism: number;
  /** Quality, 1–5. */
  quality: number;
  /** Timeliness, 1–5. */
  timeliness: number;
};

/** The institution answers an evaluation, once. */
export type DockingEvaluationReplyInput = {
  /** Global id of the docking. */
  dockingId: string;
  /** Reply (1–1,000 characters). */
  reply: string;
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

/** Filters of docking lists. */
export type DockingFilter = {
  /** Of this institution (operators only; others see their own). */
  institutionId?: string | number | null | undefined;
  /** In this status. */
  status?: DockingStatus | null | undefined;
};

/** 对接来源 / What the docking started from. */
export type DockingKind =
  /** 服务诉求对接 */
  | 'DEMAND'
  /** 服务产品对接 */
  | 'PRODUCT';

/** A message in the docking thread. */
export type DockingMessageInput = {
  /** Text (1–2,000 characters). */
  body: string;
  /** Global id of the docking. */
  dockingId: string;
};

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

/** 对接状态 / Docking status: SUBMITTED (waiting for the institution) → ACCEPTED → IN_SERVICE → COMPLETED (confirmed by the enterprise), or DECLINED (by the institution) / CANCELLED (by the enterprise) / CLOSED (by an operator). */
export type DockingStatus =
  /** 已受理 */
  | 'ACCEPTED'
  /** 已撤销 */
  | 'CANCELLED'
  /** 已关闭 */
  | 'CLOSED'
  /** 已完成 */
  | 'COMPLETED'
  /** 已拒绝 */
  | 'DECLINED'
  /** 服务中 */
  | 'IN_SERVICE'
  /** 已提交 */
  | 'SUBMITTED';

/** An enterprise asks for a listed service product. */
export type DockingSubmitInput = {
  /** What the enterprise needs (1–2,000 characters). */
  needs: string;
  /** Global id of a LISTED product. */
  productId: string;
};

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

/** An operator verifies or rejects an enterprise registration. */
export type EnterpriseReviewInput = {
  /** APPROVE verifies; REJECT needs a reason. */
  decision: ReviewDecision;
  /** Global id of the enterprise. */
  enterpriseId: string;
  /** Reason, required when rejecting (at most 500 characters); shown to the enterprise. */
  reason?: string | null | undefined;
};

/** 企业认证状态 / Verification status. */
export type EnterpriseStatus =
  /** 待审核 */
  | 'PENDING'
  /** 已驳回 */
  | 'REJECTED'
  /** 已认证 */
  | 'VERIFIED';

/** The owner replaces the profile (all fields). Changing the name, region, industry or establishment date sends a verified enterprise back to review. */
export type EnterpriseUpdateInput = {
  /** Contact e-mail. */
  contactEmail?: string | null | undefined;
  /** Contact person (at most 50 characters). */
  contactName: string;
  /** Contact telephone: mobile or landline with area code. */
  contactPhone: string;
  /** Number of employees, 0–10,000,000; null: not declared (matching says UNKNOWN, never 0). */
  employees?: number | null | undefined;
  /** Global id of the enterprise. */
  enterpriseId: string;
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
};

/** An entrepreneur's need (创业需求). Anyone may submit: signed in or anonymous with contact details (rate-limited). */
export type EntrepreneurshipNeedSubmitInput = {
  /** An ENTREPRENEURSHIP category (STARTUP_TRAINING, RESOURCE_DOCKING, BUSINESS_PLANNING, STARTUP_AGENCY, VENUE_DOCKING). */
  category: ServiceCategory;
  /** Contact; required unless the viewer belongs to an enterprise. */
  contact?: NeedContactInput | null | undefined;
  /** What is needed, 10–2,000 characters. */
  description: string;
  /** GB/T 2260 division; defaults to the enterprise's (required without one). */
  regionCode?: string | null | undefined;
  /** Stage of the venture. */
  stage: StartupStage;
};

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

/** A financing need (融资需求) of the viewer's enterprise; the rest of the profile comes from the enterprise record. */
export type FinancingNeedSubmitInput = {
  /** Amount wanted, 万元, more than 0 and at most 1,000,000. */
  amount: number;
  /** Collateral available (1–8 kinds; [NONE] when none). */
  collateral: Array<CollateralKind>;
  /** Contact; defaults to the enterprise contact. */
  contact?: NeedContactInput | null | undefined;
  /** More about the need, at most 1,000 characters. */
  description?: string | null | undefined;
  /** Whether a third-party guarantee can be provided. */
  guaranteeAvailable: boolean;
  /** Purpose. */
  purpose: FinancingPurpose;
  /** GB/T 2260 division where the money is used; defaults to the enterprise's. */
  regionCode?: string | null | undefined;
  /** Term wanted, months, 1–360. */
  termMonths: number;
  /** How soon the money is needed. */
  urgency: FinancingUrgency;
};

/** Filters of the public financing product list. */
export type FinancingProductFilter = {
  /** Only products whose amount range contains this amount (万元). */
  amount?: number | null | undefined;
  /** Only products open to this industry division (or any industry). */
  industryCode?: string | null | undefined;
  /** Only products of this institution (global id). */
  institutionId?: string | null | undefined;
  /** Only products whose lowest rate is at most this (%). */
  maxRate?: number | null | undefined;
  /** Only this kind. */
  productType?: FinancingProductType | null | undefined;
  /** Only products serving this division (directly or through an ancestor, or anywhere). */
  regionCode?: string | null | undefined;
  /** Only products open to this size (or any size). */
  sizeClass?: SizeClass | null | undefined;
  /** Only products whose term range contains this many months. */
  termMonths?: number | null | undefined;
  /** Only products needing neither collateral nor a guarantee. */
  unsecured?: boolean | null | undefined;
};

/** 融资产品类型 / Kind of financing product. */
export type FinancingProductType =
  /** 信用贷款 */
  | 'CREDIT'
  /** 股权融资 */
  | 'EQUITY'
  /** 担保贷款 */
  | 'GUARANTEE'
  /** 互联网金融 */
  | 'INTERNET'
  /** 知识产权质押融资 */
  | 'IP_PLEDGE'
  /** 融资租赁 */
  | 'LEASING'
  /** 小额贷款 */
  | 'MICRO_LOAN'
  /** 抵押贷款 */
  | 'MORTGAGE'
  /** 典当融资 */
  | 'PAWN'
  /** 质押贷款 */
  | 'PLEDGE'
  /** 应收账款融资 */
  | 'RECEIVABLES'
  /** 供应链金融 */
  | 'SUPPLY_CHAIN'
  /** 信托融资 */
  | 'TRUST';

/** 融资用途 / Purpose of the financing. */
export type FinancingPurpose =
  /** 购置设备 */
  | 'EQUIPMENT'
  /** 扩大生产经营 */
  | 'EXPANSION'
  /** 其他 */
  | 'OTHER'
  /** 续贷或置换 */
  | 'REFINANCING'
  /** 研发投入 */
  | 'RND'
  /** 订单与贸易融资 */
  | 'TRADE'
  /** 流动资金周转 */
  | 'WORKING_CAPITAL';

/** 融资方式 / Indirect (through an intermediary that lends) or direct (investors buy equity or securities). */
export type FinancingRouteKind =
  /** 直接融资 */
  | 'DIRECT'
  /** 间接融资 */
  | 'INDIRECT';

/** 资金需求紧迫程度 / How soon the money is needed. */
export type FinancingUrgency =
  /** 时间灵活 */
  | 'FLEXIBLE'
  /** 一个月内 */
  | 'WITHIN_MONTH'
  /** 三个月内 */
  | 'WITHIN_QUARTER'
  /** 一周内 */
  | 'WITHIN_WEEK';

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

/** Filters of the institution list. */
export type InstitutionFilter = {
  /** Serves this column. */
  column?: ServiceColumn | null | undefined;
  /** Part of the name (at most 50 characters). */
  keyword?: string | null | undefined;
  /** Serves this division (or a division containing it). */
  regionCode?: string | null | undefined;
  /** Status; anything but APPROVED requires OPERATOR or REVIEWER. */
  status?: InstitutionStatus | null | undefined;
  /** Of this kind. */
  type?: InstitutionType | null | undefined;
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

/** 入驻审核状态 / Onboarding status. */
export type InstitutionStatus =
  /** 已入驻 */
  | 'APPROVED'
  /** 待审核 */
  | 'PENDING'
  /** 已驳回 */
  | 'REJECTED';

/** 服务机构类型 / Kind of service institution. */
export type InstitutionType =
  /** 政府主办 */
  | 'GOVERNMENT'
  /** 市场化 */
  | 'MARKET'
  /** 公益性 */
  | 'PUBLIC_INTEREST';

/** 邀请方式 / How an invitee is named. */
export type InvitationContactKind =
  /** 电子邮箱 */
  | 'EMAIL'
  /** 手机号码 */
  | 'MOBILE';

/** Sign in with a mobile number or e-mail address and a password. */
export type LoginInput = {
  /** Mobile number or e-mail address. */
  identifier: string;
  /** Password. */
  password: string;
  /** Six-digit TOTP code: required (TOTP_REQUIRED) for staff who enrolled a second factor. */
  totpCode?: string | null | undefined;
};

/** Overall result of matching an enterprise against a policy (LIKELY: no condition unmet, but some of the enterprise's data unknown, a condition needs a manual check, a condition sentence is not decomposed, or the policy is not yet in force). */
export type MatchVerdict =
  /** 符合 */
  | 'ELIGIBLE'
  /** 可能符合（信息不全） */
  | 'LIKELY'
  /** 不符合 */
  | 'NOT_ELIGIBLE';

/** Contact given with a need; defaults to the enterprise contact when omitted. */
export type NeedContactInput = {
  /** Contact person, at most 50 characters. */
  name: string;
  /** Mobile or landline with area code. */
  phone: string;
};

/** 需求进展事件 / What happened to a need besides its replies. DOCKING_STARTED: the need became a docking; DOCKING_COMPLETED: the docking completed and the need with it; DOCKING_ENDED: the docking ended without completing (declined, cancelled or closed) and the need is open to docking again; RATED: the docking's rating counts as the need's; AMOUNT_FINANCED: the amount financed was filled in; CLOSED: the requester completed or cancelled it. */
export type NeedEventType =
  /** 融资到位 */
  | 'AMOUNT_FINANCED'
  /** 需求方关闭 */
  | 'CLOSED'
  /** 对接完成 */
  | 'DOCKING_COMPLETED'
  /** 对接结束 */
  | 'DOCKING_ENDED'
  /** 转为对接 */
  | 'DOCKING_STARTED'
  /** 评价计分 */
  | 'RATED';

/** 关闭需求的结果 / How the requester closes a need. */
export type NeedOutcome =
  /** 不再需要，撤销 */
  | 'CANCELLED'
  /** 已解决，办结 */
  | 'COMPLETED';

/** 需求状态 / Status of a column need (COMPLETED: the requester confirmed it solved). */
export type NeedStatus =
  /** 已答复 */
  | 'ANSWERED'
  /** 已撤销 */
  | 'CANCELLED'
  /** 已办结 */
  | 'COMPLETED'
  /** 待答复 */
  | 'OPEN';

/** A new notice of the current site (created unpublished). */
export type NoticeCreateInput = {
  /** Body: HTML (sanitised like policy bodies) or plain text paragraphs; at most 20,000 characters. */
  body: string;
  /** 置顶 (default false). */
  pinned?: boolean | null | undefined;
  /** Not inherited by city sites (default false). */
  provinceOnly?: boolean | null | undefined;
  /** Title, 1–100 characters. */
  title: string;
};

/** A notice to publish, unpublish or delete. */
export type NoticeIdInput = {
  /** Global id of a notice of the current site or its sub-sites. */
  id: string | number;
};

/** Changes to a notice; omitted fields stay as they are. A published notice stays published. */
export type NoticeUpdateInput = {
  /** Body (sanitised); at most 20,000 characters. */
  body?: string | null | undefined;
  /** Global id of a notice of the current site or its sub-sites. */
  id: string | number;
  /** 置顶. */
  pinned?: boolean | null | undefined;
  /** Not inherited by city sites. */
  provinceOnly?: boolean | null | undefined;
  /** Title, 1–100 characters. */
  title?: string | null | undefined;
};

/** 通知渠道 / Channel of a notification (IN_APP is always on). */
export type NotificationChannel =
  /** 电子邮件 */
  | 'EMAIL'
  /** 站内消息 */
  | 'IN_APP'
  /** 短信 */
  | 'SMS';

/** One channel of one kind on or off. */
export type NotificationChannelSetting = {
  /** EMAIL or SMS (IN_APP cannot be turned off). */
  channel: NotificationChannel;
  /** On or off. */
  enabled: boolean;
  /** The kind. */
  kind: NotificationKind;
};

/** 消息类型 / What a notification (我的消息) is about. */
export type NotificationKind =
  /** 活动变更 */
  | 'ACTIVITY_CHANGED'
  /** 活动开始提醒 */
  | 'ACTIVITY_REMINDER'
  /** 诉求处理结果 */
  | 'DEMAND_DECISION'
  /** 诉求承接方案 */
  | 'DEMAND_OFFER'
  /** 对接超时与升级督办 */
  | 'DOCKING_ESCALATION'
  /** 对接新留言 */
  | 'DOCKING_MESSAGE'
  /** 对接时限提醒与催办 */
  | 'DOCKING_REMINDER'
  /** 对接状态变更 */
  | 'DOCKING_STATUS'
  /** 需求回复 */
  | 'NEED_REPLY'
  /** 政策摘要 */
  | 'POLICY_DIGEST'
  /** 政策推送 */
  | 'POLICY_PUSH'
  /** 审核结果 */
  | 'REVIEW_OUTCOME'
  /** 安全验证码 */
  | 'SECURITY_CODE'
  /** 系统通知 */
  | 'SYSTEM'
  /** 候补转正 */
  | 'WAITLIST_PROMOTED';

/** Mark notifications read. */
export type NotificationMarkReadInput = {
  /** Mark every notification of the enterprise read. */
  all?: boolean | null | undefined;
  /** Global ids, at most 100. */
  notificationIds?: Array<string | number> | null | undefined;
};

/** Changes to the viewer’s notification preferences; omitted fields stay. */
export type NotificationPreferencesInput = {
  /** Channel switches (at most 100). */
  channels?: Array<NotificationChannelSetting> | null | undefined;
  /** E-mails a day, 0–200. */
  emailDailyCap?: number | null | undefined;
  /** Quiet hours end, HH:mm. */
  quietEnd?: string | null | undefined;
  /** Quiet hours start, HH:mm (equal start and end: no quiet hours). */
  quietStart?: string | null | undefined;
  /** SMS a day, 0–50. */
  smsDailyCap?: number | null | undefined;
};

/** Why the enterprise was notified (ELIGIBLE: by policy matching). */
export type NotificationReason =
  /** 您的企业可能符合申报条件 */
  | 'ELIGIBLE'
  /** 符合您的订阅 */
  | 'SUBSCRIPTION'
  /** 符合订阅，且可能符合申报条件 */
  | 'SUBSCRIPTION_AND_ELIGIBLE';

/** Notifications to mark read. */
export type NotificationsMarkReadInput = {
  /** Global ids of the viewer’s notifications (1–100). */
  ids: Array<string | number>;
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

/** New platform-default docking clocks, in working minutes (a working day is 480). */
export type PlatformDockingSlaInput = {
  /** First response (30–4,800). */
  firstResponseMinutes: number;
  /** Reply to an enterprise message (30–4,800). */
  replyMinutes: number;
  /** Resolution (480–96,000). */
  resolutionMinutes: number;
};

/** 申报状态: from the application windows of the policy’s 申报指南. */
export type PolicyApplicationStatus =
  /** 已截止 */
  | 'CLOSED'
  /** 申报中 */
  | 'OPEN'
  /** 即将开始 */
  | 'UPCOMING';

/** Upload an attachment as base64 (at most 10 MB decoded; the HTTP body limit of the GraphQL endpoint also applies). */
export type PolicyAttachmentAddInput = {
  /** The bytes, base64-encoded (small files only: a request body is capped at 256 KB). */
  contentBase64?: string | null | undefined;
  /** Content type, e.g. application/pdf (at most 100 characters; base64 uploads). */
  contentType?: string | null | undefined;
  /** Original file name, at most 200 characters, no path (base64 uploads). */
  fileName?: string | null | undefined;
  /** Global id of the policy. */
  policyId: string | number;
  /** Id returned by `POST /files/policy-attachments` (files up to 10 MB; name, type and SHA-256 come from the upload). Give this or the three fields below. */
  uploadId?: string | number | null | undefined;
};

/** Remove one attachment. */
export type PolicyAttachmentRemoveInput = {
  /** Global id of the attachment. */
  attachmentId: string | number;
};

/** One eligibility condition. */
export type PolicyConditionInput = {
  /** Whether the enterprise can change it (default false). */
  changeable?: boolean | null | undefined;
  /** Attribute tested. */
  field: ConditionField;
  /** IN/NOT_IN/HAS for codes; GTE/LTE (one value) or BETWEEN (two) for numbers. */
  operator: ConditionOperator;
  /** Source sentence, copied from the policy body (at most 500 characters; must occur in the body). */
  sourceSentence: string;
  /** 1–100 values of at most 30 characters. Industries accept C3421, 3421 or C (stored without the letter); RD_RATIO is a percentage (3 for 3%; a fraction such as 0.03 is refused); MANUAL: one text of at most 100 characters. */
  values: Array<string>;
};

/** Replace all eligibility conditions of a policy. */
export type PolicyConditionsSetInput = {
  /** The sentences of the conditions section (at most 60, each in the body): those no condition is pinned to are named as not checked and keep verdicts at most LIKELY. Omitted: unchanged; empty: not marked. */
  conditionSentences?: Array<string> | null | undefined;
  /** Conditions, at most 30 (all must hold). */
  conditions: Array<PolicyConditionInput>;
  /** Global id of the policy. */
  policyId: string | number;
};

/** Create a policy as a draft (or as collected, awaiting editing). */
export type PolicyCreateInput = {
  /** Create as COLLECTED (gathered from a source, not yet edited) instead of DRAFT. */
  collected?: boolean | null | undefined;
  /** Content. */
  fields: PolicyFieldsInput;
};

/** Content of a policy (I1). Strings are trimmed; limits are stated per field. */
export type PolicyFieldsInput = {
  /** 作者, at most 100 characters. */
  author?: string | null | undefined;
  /** 正文: HTML or plain text, at most 200,000 characters; sanitised to the site typography. */
  body: string;
  /** Columns the policy shows in (default POLICY). */
  columns?: Array<ServiceColumn> | null | undefined;
  /** 发文部门, 1–10 departments of at most 50 characters each. */
  departments: Array<string>;
  /** 文号, at most 100 characters, e.g. 皖政办〔2023〕12号. */
  docNo?: string | null | undefined;
  /** 生效日期 YYYY-MM-DD. */
  effectiveFrom?: string | null | undefined;
  /** 失效日期 YYYY-MM-DD, not before the effective date. */
  effectiveTo?: string | null | undefined;
  /** 政策精选 (default false). */
  featured?: boolean | null | undefined;
  /** 热词, at most 20 of at most 20 characters. */
  hotWords?: Array<string> | null | undefined;
  /** GB/T 4754 industry codes (section letters or divisions), at most 50. */
  industries?: Array<string> | null | undefined;
  /** 政策类型. */
  policyType: PolicyType;
  /** 发布日期 YYYY-MM-DD. */
  publishedOn?: string | null | undefined;
  /** GB/T 2260 division codes, at most 50. */
  regions?: Array<string> | null | undefined;
  /** Enterprise sizes concerned, at most 4. */
  sizeClasses?: Array<SizeClass> | null | undefined;
  /** 来源名称, at most 100 characters. */
  sourceName?: string | null | undefined;
  /** 来源网址, http(s), at most 500 characters. */
  sourceUrl?: string | null | undefined;
  /** 标签, at most 20 of at most 20 characters. */
  tags?: Array<string> | null | undefined;
  /** 标题, 1–200 characters. */
  title: string;
  /** 效力状态 (default IN_FORCE). */
  validity?: PolicyValidity | null | undefined;
};

/** Filters of the policy list; all given filters must hold. */
export type PolicyFilter = {
  /** 申报状态 today (China time): OPEN has a guide whose window contains today, UPCOMING one that opens later, CLOSED only guides whose window has ended. */
  applicationStatus?: PolicyApplicationStatus | null | undefined;
  /** Issued by this department (exact name, at most 50 characters). */
  department?: string | null | undefined;
  /** Only selected policies (政策精选). */
  featured?: boolean | null | undefined;
  /** Concerns this industry (division code or section letter); policies for all industries included. */
  industry?: string | null | undefined;
  /** Part of the title (at most 50 characters). */
  keyword?: string | null | undefined;
  /** Only the current site’s own policies (and its sub-sites’): a city site otherwise also lists its province’s (B1). */
  ownSiteOnly?: boolean | null | undefined;
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

/** 政策列表排序. */
export type PolicyOrder =
  /** 按发布日期，新的在前（默认） */
  | 'PUBLISHED_ON_DESC'
  /** 最早更新在前（审核队列：最早提交优先） */
  | 'UPDATED_AT_ASC'
  /** 最近更新 */
  | 'UPDATED_AT_DESC'
  /** 浏览最多 */
  | 'VIEW_COUNT_DESC';

/** How a policy reaches a verified enterprise (政策直达). ELIGIBLE: every condition met (reach it directly, 免申即享); LIKELY: none unmet but some of the data missing; NEAR_MISS: every unmet condition is one the enterprise can change. */
export type PolicyReachVerdict =
  /** 符合条件 */
  | 'ELIGIBLE'
  /** 可能符合 */
  | 'LIKELY'
  /** 差一点符合 */
  | 'NEAR_MISS';

/** 政策审核结论. */
export type PolicyReviewDecision =
  /** 通过 */
  | 'APPROVE'
  /** 退回修改（须填写意见） */
  | 'RETURN';

/** A reviewer decides on a submitted policy. */
export type PolicyReviewInput = {
  /** Comments, required when returning, at most 1,000 characters. */
  comment?: string | null | undefined;
  /** APPROVE or RETURN. */
  decision: PolicyReviewDecision;
  /** Global id of the policy. */
  policyId: string | number;
};

/** 编辑流程状态 / Editorial workflow status (P3 入库审核). COLLECTED: imported or crawled, to be edited; DRAFT: includes the revision draft of a published policy; APPROVED: waiting to be published; RETURNED: with the reviewer's comments; EXPIRED: still readable; WITHDRAWN: hidden from the public. */
export type PolicyStatus =
  /** 审核通过 */
  | 'APPROVED'
  /** 已采集 */
  | 'COLLECTED'
  /** 草稿 */
  | 'DRAFT'
  /** 已过期 */
  | 'EXPIRED'
  /** 已发布 */
  | 'PUBLISHED'
  /** 已退回 */
  | 'RETURNED'
  /** 待审核 */
  | 'SUBMITTED'
  /** 已撤回 */
  | 'WITHDRAWN';

/** Subscribe the viewer’s enterprise to policies; every non-empty criterion must match (any value within it). */
export type PolicySubscriptionCreateInput = {
  /** Extra channels; the in-app inbox is always used. */
  channels?: Array<PushChannel> | null | undefined;
  /** Issuing departments, at most 10 of at most 50 characters. */
  departments?: Array<string> | null | undefined;
  /** E-mail address, required for EMAIL. */
  email?: string | null | undefined;
  /** E-mail / SMS frequency (default IMMEDIATE). A change never repeats a policy already sent on a channel; what the old frequency had gathered still goes out at the end of its period. */
  frequency?: SubscriptionFrequency | null | undefined;
  /** GB/T 4754 codes, at most 20. */
  industries?: Array<string> | null | undefined;
  /** Keywords, at most 10 of at most 20 characters. */
  keywords?: Array<string> | null | undefined;
  /** Mobile number, required for SMS. */
  mobile?: string | null | undefined;
  /** Name, 1–50 characters. */
  name: string;
  /** Policy types. */
  policyTypes?: Array<PolicyType> | null | undefined;
  /** GB/T 2260 codes, at most 20. */
  regions?: Array<string> | null | undefined;
  /** Tags, at most 10 of at most 20 characters. */
  tags?: Array<string> | null | undefined;
};

/** Delete a subscription of the viewer’s enterprise. */
export type PolicySubscriptionDeleteInput = {
  /** Global id of the subscription. */
  subscriptionId: string | number;
};

/** Replace the criteria of a subscription of the viewer’s enterprise (same fields and limits as creating one). */
export type PolicySubscriptionUpdateInput = {
  /** Extra channels; the in-app inbox is always used. */
  channels?: Array<PushChannel> | null | undefined;
  /** Issuing departments, at most 10 of at most 50 characters. */
  departments?: Array<string> | null | undefined;
  /** E-mail address, required for EMAIL. */
  email?: string | null | undefined;
  /** E-mail / SMS frequency (default IMMEDIATE). A change never repeats a policy already sent on a channel; what the old frequency had gathered still goes out at the end of its period. */
  frequency?: SubscriptionFrequency | null | undefined;
  /** GB/T 4754 codes, at most 20. */
  industries?: Array<string> | null | undefined;
  /** Keywords, at most 10 of at most 20 characters. */
  keywords?: Array<string> | null | undefined;
  /** Mobile number, required for SMS. */
  mobile?: string | null | undefined;
  /** Name, 1–50 characters. */
  name: string;
  /** Policy types. */
  policyTypes?: Array<PolicyType> | null | undefined;
  /** GB/T 2260 codes, at most 20. */
  regions?: Array<string> | null | undefined;
  /** Global id of the subscription. */
  subscriptionId: string | number;
  /** Tags, at most 10 of at most 20 characters. */
  tags?: Array<string> | null | undefined;
};

/** A workflow step on one policy, with an optional note. */
export type PolicyTransitionInput = {
  /** Note kept in the audit log (and as the change note when publishing), at most 500 characters. */
  note?: string | null | undefined;
  /** Global id of the policy. */
  policyId: string | number;
};

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

/** Unsubscribe with the token printed in a message (no login needed). */
export type PolicyUnsubscribeInput = {
  /** Unsubscribe token from the e-mail or SMS. */
  token: string;
};

/** Replace the content of a policy in COLLECTED, DRAFT or RETURNED status. */
export type PolicyUpdateInput = {
  /** New content (all fields). */
  fields: PolicyFieldsInput;
  /** Global id of the policy. */
  policyId: string | number;
};

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

/** The institution a consent is about. */
export type ProfileConsentInput = {
  /** Global id of an approved institution. */
  institutionId: string;
};

/** Mark an item of a provincial site as province-only (not inherited by its city sites). */
export type ProvinceOnlySetInput = {
  /** Global id of a Policy, Activity or ServiceProduct of the current site or its sub-sites. */
  id: string | number;
  /** true: shown only on its own site (and its sub-sites never inherit it); false: inherited (default). */
  provinceOnly: boolean;
};

/** Channel besides the in-app inbox (which is always used). */
export type PushChannel =
  /** 电子邮件 */
  | 'EMAIL'
  /** 短信 */
  | 'SMS';

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

/** 提醒类型 / Kind of reminder (ESCALATED: to the operators; DEMAND_DISPATCHED: by an operator). */
export type ReminderKind =
  /** 即将超时 */
  | 'DEADLINE_APPROACHING'
  /** 诉求派发 */
  | 'DEMAND_DISPATCHED'
  /** 诉求暂无响应 */
  | 'DEMAND_NO_OFFER'
  /** 收到承接方案 */
  | 'DEMAND_OFFER'
  /** 已升级督办 */
  | 'ESCALATED'
  /** 新的对接申请 */
  | 'NEW_DOCKING'
  /** 新留言 */
  | 'NEW_MESSAGE'
  /** 已超时 */
  | 'SLA_BREACHED'
  /** 状态变更 */
  | 'STATUS_CHANGED'
  /** 企业催办 */
  | 'URGED';

/** 审核结论 / Review decision. */
export type ReviewDecision =
  /** 通过 */
  | 'APPROVE'
  /** 驳回（须填写理由） */
  | 'REJECT';

/** 审核队列排序 / Order of a list by the time its items were submitted (review queues). */
export type ReviewOrder =
  /** 最早提交优先 */
  | 'SUBMITTED_ASC'
  /** 最新提交优先 */
  | 'SUBMITTED_DESC';

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

/** 场景式服务 / A curated journey (B3; CONSULTING covers technology services and management consulting). */
export type ScenarioCode =
  /** 我要咨询 */
  | 'CONSULTING'
  /** 我要融资 */
  | 'FINANCING'
  /** 我要招人 */
  | 'HIRING'
  /** 我要创业 */
  | 'STARTUP';

/** 场景关联内容的类别 / Kind of content from other modules shown in a scenario (ACTIVITY: service activities such as job fairs and financing roadshows). */
export type ScenarioRelatedKind =
  /** 相关活动 */
  | 'ACTIVITY'
  /** 相关政策 */
  | 'POLICY'
  /** 相关服务产品 */
  | 'SERVICE_PRODUCT';

/** Removes a colloquial concept. */
export type SearchConceptDeleteInput = {
  /** Global id of the concept. */
  id: string | number;
};

/** A colloquial phrase and the terms it stands for (e.g. 借钱 → 融资, 贷款). */
export type SearchConceptInput = {
  /** Terms searched in its place, 1–10, each 1–20 characters. */
  expansions: Array<string>;
  /** The colloquial phrase, 1–20 characters. */
  phrase: string;
};

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

/** 栏目服务类别 / Category of a column service (S1 创业, T1 人才, K1 技术, C1 管理咨询). */
export type ServiceCategory =
  /** 代理服务：代理记账 */
  | 'AGENCY_ACCOUNTING'
  /** 代理服务：人力资源代理 */
  | 'AGENCY_HR'
  /** 代理服务：现场管理代理 */
  | 'AGENCY_ONSITE_MANAGEMENT'
  /** 代理服务：税务代理 */
  | 'AGENCY_TAX'
  /** 创业服务：创业规划 */
  | 'BUSINESS_PLANNING'
  /** 专业咨询：商业模式咨询 */
  | 'CONSULTING_BUSINESS_MODEL'
  /** 专业咨询：成本与风险控制咨询 */
  | 'CONSULTING_COST_RISK'
  /** 专业咨询：股权激励咨询 */
  | 'CONSULTING_EQUITY_INCENTIVE'
  /** 专业咨询：财务咨询 */
  | 'CONSULTING_FINANCE'
  /** 专业咨询：人力资源咨询 */
  | 'CONSULTING_HR'
  /** 专业咨询：市场营销咨询 */
  | 'CONSULTING_MARKETING'
  /** 专业咨询：运营管理咨询 */
  | 'CONSULTING_OPERATIONS'
  /** 专业咨询：组织管理咨询 */
  | 'CONSULTING_ORGANISATION'
  /** 专业咨询：战略咨询 */
  | 'CONSULTING_STRATEGY'
  /** 公益性咨询诊断：品牌诊断 */
  | 'DIAGNOSIS_BRAND'
  /** 公益性咨询诊断：人力资源诊断 */
  | 'DIAGNOSIS_HR'
  /** 公益性咨询诊断：精益生产诊断 */
  | 'DIAGNOSIS_LEAN'
  /** 公益性咨询诊断：战略诊断 */
  | 'DIAGNOSIS_STRATEGY'
  /** 公益性咨询诊断：供应链诊断 */
  | 'DIAGNOSIS_SUPPLY_CHAIN'
  /** 技术服务：节能降耗 */
  | 'ENERGY_SAVING'
  /** 技术服务：绿色生产 */
  | 'GREEN_PRODUCTION'
  /** 人才服务：人事代理与咨询 */
  | 'HR_AGENCY_CONSULTING'
  /** 技术服务：信息化与数字化转型 */
  | 'INFORMATISATION'
  /** 技术服务：知识产权 */
  | 'INTELLECTUAL_PROPERTY'
  /** 技术服务：产学研合作 */
  | 'IUR_COOPERATION'
  /** 人才服务：职业中介与劳务派遣 */
  | 'JOB_AGENCY_DISPATCH'
  /** 人才服务：经营管理培训 */
  | 'MANAGEMENT_TRAINING'
  /** 人才服务：招聘对接 */
  | 'RECRUITMENT'
  /** 创业服务：创业资源对接 */
  | 'RESOURCE_DOCKING'
  /** 技术服务：科技成果评价 */
  | 'RESULTS_EVALUATION'
  /** 技术服务：研究开发 */
  | 'RND'
  /** 人才服务：专业技术与技能培训 */
  | 'SKILLS_TRAINING'
  /** 创业服务：创业代理服务 */
  | 'STARTUP_AGENCY'
  /** 创业服务：创业辅导与培训 */
  | 'STARTUP_TRAINING'
  /** 技术服务：技术信息与咨询 */
  | 'TECH_CONSULTING'
  /** 技术服务：技术转移 */
  | 'TECH_TRANSFER'
  /** 技术服务：检验检测 */
  | 'TESTING_INSPECTION'
  /** 创业服务：创业场地信息与对接 */
  | 'VENUE_DOCKING';

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
  /** Only the current site’s own (and its sub-sites’): a city site otherwise also lists its province’s published ones (B1). */
  ownSiteOnly?: boolean | null | undefined;
  /** Serving this division (or one containing it). */
  regionCode?: string | null | undefined;
  /** Status; anything but LISTED requires OPERATOR or REVIEWER (institutions use myInstitutionServiceProducts). */
  status?: ServiceProductStatus | null | undefined;
  /** In this subcategory. */
  subcategory?: string | null | undefined;
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

/** The footer of a site; every field replaces the stored one (empty or null clears it). */
export type SiteFooterInput = {
  /** 地址 (at most 200 characters). */
  address?: string | null | undefined;
  /** 联系邮箱. */
  email?: string | null | undefined;
  /** ICP 备案号: contains "ICP备" (at most 50 characters). */
  icpRecord?: string | null | undefined;
  /** 承办单位 (at most 100 characters). */
  operatorUnit?: string | null | undefined;
  /** 主办单位 (at most 100 characters). */
  organizer?: string | null | undefined;
  /** 联系电话: mobile, landline with area code, 400/800 number or a 5-digit hotline such as 12345. */
  phone?: string | null | undefined;
  /** 公安备案号: contains "公网安备" and its digits (at most 50 characters). */
  policeRecord?: string | null | undefined;
  /** Code of the site to change; default the current site. */
  site?: string | null | undefined;
};

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

/** Filters of the public list of entrepreneurs' needs. */
export type StartupNeedBoardFilter = {
  /** Only needs still being handled (OPEN or ANSWERED); default true. */
  activeOnly?: boolean | null | undefined;
  /** Only this category. */
  category?: ServiceCategory | null | undefined;
  /** Within this division (a city includes its districts). */
  regionCode?: string | null | undefined;
  /** Only this stage. */
  stage?: StartupStage | null | undefined;
};

/** Filters of the resource directories. */
export type StartupResourceFilter = {
  /** Only entries (courses, measures) running on or after this date, YYYY-MM-DD. */
  activeOn?: string | null | undefined;
  /** Only entries with places available. */
  hasVacancy?: boolean | null | undefined;
  /** Only this kind. */
  kind?: StartupResourceKind | null | undefined;
  /** Rent at most this, 元/m²/month. */
  maxPrice?: number | null | undefined;
  /** At least this area, m². */
  minAreaM2?: number | null | undefined;
  /** Part of the name (at most 50 characters). */
  nameContains?: string | null | undefined;
  /** Within this division (a city code includes its districts). */
  regionCode?: string | null | undefined;
  /** Only entries located inside this rectangle (maps). */
  within?: BoundingBoxInput | null | undefined;
};

/** 创业资源类别 / Kind of entrepreneurship resource (S2). SUPPORT_MEASURE: 创业补贴、担保贷款、税费减免等; VENUE: 园区、厂房、办公空间. */
export type StartupResourceKind =
  /** 孵化器、众创空间 */
  | 'INCUBATOR'
  /** 扶持措施 */
  | 'SUPPORT_MEASURE'
  /** 创业培训课程 */
  | 'TRAINING_COURSE'
  /** 创业场地 */
  | 'VENUE';

/** 创业阶段 / Stage of the venture. */
export type StartupStage =
  /** 已注册，成立不满一年 */
  | 'EARLY'
  /** 成立一年以上 */
  | 'GROWING'
  /** 有创业想法 */
  | 'IDEA'
  /** 筹备中，尚未注册 */
  | 'PREPARING';

/** 统计维度 / What the rows of a statistics table are. MONTH: the month received, Beijing time; REGION: provinces when no region is filtered, cities within a province, counties within a city or county; INDUSTRY: industry divisions (entrepreneurship needs without an enterprise count as 未登记企业). */
export type StatsDimension =
  /** 按栏目 */
  | 'COLUMN'
  /** 按行业 */
  | 'INDUSTRY'
  /** 按月份 */
  | 'MONTH'
  /** 按地区 */
  | 'REGION';

/** How often e-mail / SMS go out for a subscription (the in-app inbox is always immediate). IMMEDIATE: one message per new policy; DAILY: at Beijing midnight, the previous day; WEEKLY: at Beijing midnight on Monday, the previous week. */
export type SubscriptionFrequency =
  /** 每日摘要 */
  | 'DAILY'
  /** 即时推送 */
  | 'IMMEDIATE'
  /** 每周摘要 */
  | 'WEEKLY';

/** 联想词来源 / Where a suggestion comes from. */
export type SuggestionSource =
  /** 热门搜索 */
  | 'QUERY'
  /** 词库 */
  | 'TERM'
  /** 内容标题 */
  | 'TITLE';

/** A talent need of the viewer's enterprise (enterprise members only). */
export type TalentNeedSubmitInput = {
  /** Contact; defaults to the enterprise contact. */
  contact?: NeedContactInput | null | undefined;
  /** Fill the positions by this date, YYYY-MM-DD, from today up to a year ahead. */
  deadline: string;
  /** More about the need, at most 1,000 characters. */
  description?: string | null | undefined;
  /** Positions, 1–10. */
  positions: Array<TalentPositionInput>;
  /** Work location (GB/T 2260); defaults to the enterprise's. */
  regionCode?: string | null | undefined;
  /** TALENT services wanted (default RECRUITMENT), at most 5. */
  services?: Array<ServiceCategory> | null | undefined;
};

/** One position wanted. */
export type TalentPositionInput = {
  /** People wanted, 1–1,000. */
  headcount: number;
  /** Highest monthly salary, 元, ≥ salaryMin. */
  salaryMax?: number | null | undefined;
  /** Lowest monthly salary, 元 (0–1,000,000). */
  salaryMin?: number | null | undefined;
  /** Skills (at most 10, each at most 20 characters). */
  skills?: Array<string> | null | undefined;
  /** Position title, 2–50 characters. */
  title: string;
};

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

/** The six-digit code an authenticator app shows. */
export type TotpConfirmInput = {
  /** Six digits. */
  code: string;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename: 'Mutation', logout: { __typename: 'LogoutPayload', revoked: boolean } };

export type TotpEnrolMutationVariables = Exact<{ [key: string]: never; }>;


export type TotpEnrolMutation = { __typename: 'Mutation', totpEnrol: { __typename: 'TotpEnrolPayload', enrolment: { __typename: 'TotpEnrolment', secret: string, uri: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type TotpConfirmMutationVariables = Exact<{
  input: TotpConfirmInput;
}>;


export type TotpConfirmMutation = { __typename: 'Mutation', totpConfirm: { __typename: 'TotpPayload', enabled: boolean | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename: 'Mutation', login: { __typename: 'LoginPayload', account: { __typename: 'Account', id: string, roles: Array<Role> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PasswordResetRequestMutationVariables = Exact<{
  input: PasswordResetRequestInput;
}>;


export type PasswordResetRequestMutation = { __typename: 'Mutation', passwordResetRequest: { __typename: 'PasswordResetRequestPayload', accepted: boolean, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PasswordResetConfirmMutationVariables = Exact<{
  input: PasswordResetConfirmInput;
}>;


export type PasswordResetConfirmMutation = { __typename: 'Mutation', passwordResetConfirm: { __typename: 'PasswordResetConfirmPayload', reset: boolean, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type AccountRegisterMutationVariables = Exact<{
  input: AccountRegisterInput;
}>;


export type AccountRegisterMutation = { __typename: 'Mutation', accountRegister: { __typename: 'AccountRegisterPayload', account: { __typename: 'Account', id: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ActivityListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ActivityListQuery = { __typename: 'Query', activities: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, name: string, column: ServiceColumn, organisers: Array<string>, startsAt: string, endsAt: string, placeAddress: string | null, onlineUrl: string | null, capacity: number, registeredCount: number, institution: { __typename: 'Institution', id: string, name: string } | null }> } };

export type ActivityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityDetailQuery = { __typename: 'Query', activity: { __typename: 'Activity', id: string, name: string, column: ServiceColumn, organisers: Array<string>, startsAt: string, endsAt: string, registrationDeadline: string, placeAddress: string | null, onlineUrl: string | null, capacity: number, registeredCount: number, remainingSeats: number, waitlistedCount: number, content: string, targetAudience: string, participants: string, logoDataUrl: string | null, summary: string | null, contactName: string, contactPhone: string, registrationMethod: RegistrationMethod, viewerInvited: boolean | null, agenda: Array<{ __typename: 'AgendaItem', startsAt: string, endsAt: string | null, title: string, speaker: string | null }>, institution: { __typename: 'Institution', id: string, name: string } | null, myRegistration: { __typename: 'ActivityRegistration', id: string, status: RegistrationStatus, ticket: string | null, ticketCode: string | null, ticketQrSvg: string | null, waitlistPosition: number | null, checkedInAt: string | null, rating: number | null, comment: string | null } | null } | null };

export type ActivityRegisterMutationVariables = Exact<{
  input: ActivityRefInput;
}>;


export type ActivityRegisterMutation = { __typename: 'Mutation', activityRegister: { __typename: 'ActivityRegistrationPayload', registration: { __typename: 'ActivityRegistration', id: string, status: RegistrationStatus, ticket: string | null, ticketCode: string | null, ticketQrSvg: string | null, waitlistPosition: number | null, checkedInAt: string | null, rating: number | null, comment: string | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ActivityEvaluateMutationVariables = Exact<{
  input: ActivityEvaluateInput;
}>;


export type ActivityEvaluateMutation = { __typename: 'Mutation', activityEvaluate: { __typename: 'ActivityRegistrationPayload', registration: { __typename: 'ActivityRegistration', id: string, rating: number | null, comment: string | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ActivityInvitationsPanelQueryVariables = Exact<{
  activityId: string | number;
}>;


export type ActivityInvitationsPanelQuery = { __typename: 'Query', activityInvitations: { __typename: 'ActivityInvitationConnection', totalCount: number, nodes: Array<{ __typename: 'ActivityInvitation', id: string, contactKind: InvitationContactKind, contact: string, createdAt: string }> } | null };

export type ActivityInvitationsAddMutationVariables = Exact<{
  input: ActivityInvitationsAddInput;
}>;


export type ActivityInvitationsAddMutation = { __typename: 'Mutation', activityInvitationsAdd: { __typename: 'ActivityInvitationsAddPayload', invitations: Array<{ __typename: 'ActivityInvitation', id: string }> | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ActivityInvitationRevokeMutationVariables = Exact<{
  input: ActivityInvitationRevokeInput;
}>;


export type ActivityInvitationRevokeMutation = { __typename: 'Mutation', activityInvitationRevoke: { __typename: 'ActivityInvitationPayload', invitation: { __typename: 'ActivityInvitation', id: string, revokedAt: string | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ActivityCalendarQueryVariables = Exact<{
  month: string;
}>;


export type ActivityCalendarQuery = { __typename: 'Query', activities: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, name: string, column: ServiceColumn, startsAt: string, endsAt: string, placeAddress: string | null, onlineUrl: string | null }> } };

export type InstitutionActivitiesQueryVariables = Exact<{
  institutionId: string | number;
}>;


export type InstitutionActivitiesQuery = { __typename: 'Query', activities: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, name: string, startsAt: string, endsAt: string, capacity: number, registeredCount: number, attendance: { __typename: 'ActivityAttendance', registered: number, checkedIn: number } }> } };

export type CheckInActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type CheckInActivityQuery = { __typename: 'Query', activity: { __typename: 'Activity', id: string, name: string, registrationMethod: RegistrationMethod, startsAt: string, endsAt: string, placeAddress: string | null, onlineUrl: string | null, summary: string | null, summaryAt: string | null, attendance: { __typename: 'ActivityAttendance', registered: number, checkedIn: number } } | null };

export type ActivitySummaryPublishMutationVariables = Exact<{
  input: ActivitySummaryInput;
}>;


export type ActivitySummaryPublishMutation = { __typename: 'Mutation', activitySummaryPublish: { __typename: 'ActivityPayload', activity: { __typename: 'Activity', id: string, summary: string | null, summaryAt: string | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ActivityCheckInMutationVariables = Exact<{
  input: ActivityCheckInInput;
}>;


export type ActivityCheckInMutation = { __typename: 'Mutation', activityCheckIn: { __typename: 'ActivityRegistrationPayload', registration: { __typename: 'ActivityRegistration', id: string, checkedInAt: string | null, activity: { __typename: 'Activity', id: string, attendance: { __typename: 'ActivityAttendance', registered: number, checkedIn: number } } | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ActivityStatisticsXlsxQueryVariables = Exact<{
  groupBy: ActivityStatsGroup;
}>;


export type ActivityStatisticsXlsxQuery = { __typename: 'Query', activityStatisticsXlsx: { __typename: 'ExportFile', filename: string, mimeType: string, contentBase64: string } };

export type InstitutionViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionViewerQuery = { __typename: 'Query', me: { __typename: 'Account', id: string, institution: { __typename: 'Institution', id: string, name: string } | null } | null };

export type MyRegistrationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyRegistrationsQuery = { __typename: 'Query', myActivityRegistrations: { __typename: 'ActivityRegistrationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename: 'ActivityRegistration', id: string, status: RegistrationStatus, ticketCode: string | null, ticketQrSvg: string | null, waitlistPosition: number | null, checkedInAt: string | null, createdAt: string, activity: { __typename: 'Activity', id: string, name: string, startsAt: string, placeAddress: string | null, onlineUrl: string | null, institution: { __typename: 'Institution', id: string, name: string } | null } | null }> } };

export type MyRegistrationCancelMutationVariables = Exact<{
  input: RegistrationRefInput;
}>;


export type MyRegistrationCancelMutation = { __typename: 'Mutation', activityRegistrationCancel: { __typename: 'ActivityRegistrationPayload', registration: { __typename: 'ActivityRegistration', id: string, status: RegistrationStatus, ticketQrSvg: string | null, waitlistPosition: number | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DiagnosisRequestSubmitMutationVariables = Exact<{
  input: DiagnosisRequestSubmitInput;
}>;


export type DiagnosisRequestSubmitMutation = { __typename: 'Mutation', diagnosisRequestSubmit: { __typename: 'ColumnNeedPayload', need: { __typename: 'ColumnNeed', id: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type AdvisoryCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdvisoryCategoriesQuery = { __typename: 'Query', technology: Array<{ __typename: 'ServiceCategoryInfo', code: ServiceCategory, group: string, label: string }>, consulting: Array<{ __typename: 'ServiceCategoryInfo', code: ServiceCategory, group: string, label: string }> };

export type StartupResourcesQueryVariables = Exact<{
  filter?: StartupResourceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StartupResourcesQuery = { __typename: 'Query', startupResources: { __typename: 'StartupResourceConnection', totalCount: number, nodes: Array<{ __typename: 'StartupResource', id: string, kind: StartupResourceKind, name: string, summary: string, regionName: string | null, address: string | null, areaM2: number | null, priceYuanPerM2Month: number | null, vacancies: number | null, contactName: string | null, contactPhone: string | null, latitude: number | null, longitude: number | null, startsOn: string | null, endsOn: string | null, institution: { __typename: 'Institution', id: string, name: string } | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type StartupNeedBoardQueryVariables = Exact<{
  filter?: StartupNeedBoardFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StartupNeedBoardQuery = { __typename: 'Query', startupNeedBoard: { __typename: 'StartupNeedListingConnection', totalCount: number, nodes: Array<{ __typename: 'StartupNeedListing', id: string, categoryLabel: string, stage: StartupStage, regionName: string | null, status: NeedStatus, createdAt: string }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type EntrepreneurshipNeedSubmitMutationVariables = Exact<{
  input: EntrepreneurshipNeedSubmitInput;
}>;


export type EntrepreneurshipNeedSubmitMutation = { __typename: 'Mutation', entrepreneurshipNeedSubmit: { __typename: 'ColumnNeedPayload', trackingCode: string | null, need: { __typename: 'ColumnNeed', id: string, title: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ColumnNeedByTrackingCodeQueryVariables = Exact<{
  code: string;
}>;


export type ColumnNeedByTrackingCodeQuery = { __typename: 'Query', columnNeedByTrackingCode: { __typename: 'ColumnNeed', id: string, title: string, status: NeedStatus, replies: Array<{ __typename: 'NeedReply', id: string, body: string, createdAt: string, institution: { __typename: 'Institution', id: string, name: string } | null }> } | null };

export type FinancingRoutesQueryVariables = Exact<{ [key: string]: never; }>;


export type FinancingRoutesQuery = { __typename: 'Query', financingRoutes: Array<{ __typename: 'FinancingRoute', code: string, kind: FinancingRouteKind, name: string, summary: string, suitableFor: string, steps: Array<string>, tips: string }> };

export type FinancingProductsQueryVariables = Exact<{
  filter?: FinancingProductFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FinancingProductsQuery = { __typename: 'Query', financingProducts: { __typename: 'FinancingProductConnection', totalCount: number, nodes: Array<{ __typename: 'FinancingProduct', id: string, name: string, lender: string, productType: FinancingProductType, summary: string, amountMin: number, amountMax: number, termMinMonths: number, termMaxMonths: number, rateMin: number, rateMax: number, collateralRequired: boolean, guaranteeRequired: boolean, requiredMaterials: Array<string>, institution: { __typename: 'Institution', id: string, name: string } | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type FinancingNeedSubmitMutationVariables = Exact<{
  input: FinancingNeedSubmitInput;
}>;


export type FinancingNeedSubmitMutation = { __typename: 'Mutation', financingNeedSubmit: { __typename: 'ColumnNeedPayload', need: { __typename: 'ColumnNeed', id: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type MyCreditRatingQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCreditRatingQuery = { __typename: 'Query', me: { __typename: 'Account', id: string, enterprise: { __typename: 'Enterprise', id: string, name: string, creditRating: { __typename: 'CreditRating', score: number, maxScore: number, grade: string, gradeLabel: string, factors: Array<{ __typename: 'CreditRatingFactor', code: string, label: string, points: number, maxPoints: number, explanation: string }> } } | null } | null };

export type InstitutionColumnNeedsQueryVariables = Exact<{
  filter?: ColumnNeedFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstitutionColumnNeedsQuery = { __typename: 'Query', institutionColumnNeeds: { __typename: 'ColumnNeedConnection', totalCount: number, nodes: Array<{ __typename: 'ColumnNeed', id: string, column: ServiceColumn, title: string, description: string, status: NeedStatus, amount: number | null, headcount: number | null, regionName: string | null, contactName: string, contactPhone: string, firstReplyDue: string, firstReplyOverdue: boolean, createdAt: string, financing: { __typename: 'FinancingNeedDetails', termMonths: number, purpose: FinancingPurpose } | null, replies: Array<{ __typename: 'NeedReply', id: string, body: string, createdAt: string, institution: { __typename: 'Institution', id: string, name: string } | null }>, docking: { __typename: 'Docking', id: string, status: DockingStatus } | null, timeline: Array<{ __typename: 'NeedEvent', at: string, type: NeedEventType, body: string }>, enterpriseProfile: { __typename: 'SharedEnterpriseProfile', id: string, name: string, uscc: string, sizeClass: SizeClass, employees: number, creditRating: { __typename: 'CreditRating', score: number, grade: string } } | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ColumnNeedReplyMutationVariables = Exact<{
  input: ColumnNeedReplyInput;
}>;


export type ColumnNeedReplyMutation = { __typename: 'Mutation', columnNeedReply: { __typename: 'ColumnNeedPayload', need: { __typename: 'ColumnNeed', id: string, status: NeedStatus, firstRepliedAt: string | null, firstReplyOverdue: boolean, replies: Array<{ __typename: 'NeedReply', id: string, body: string, createdAt: string, institution: { __typename: 'Institution', id: string, name: string } | null }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ColumnNeedDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnNeedDetailQuery = { __typename: 'Query', columnNeed: { __typename: 'ColumnNeed', id: string, column: ServiceColumn, title: string, description: string, status: NeedStatus, amount: number | null, headcount: number | null, regionName: string | null, contactName: string, contactPhone: string, firstReplyDue: string, firstRepliedAt: string | null, firstReplyOverdue: boolean, createdAt: string, closedAt: string | null, amountFinanced: number | null, rating: number | null, financing: { __typename: 'FinancingNeedDetails', termMonths: number, purpose: FinancingPurpose, collateral: Array<CollateralKind>, guaranteeAvailable: boolean, urgency: FinancingUrgency } | null, talent: { __typename: 'TalentNeedDetails', deadline: string, positions: Array<{ __typename: 'TalentPosition', title: string, headcount: number, skills: Array<string>, salaryMin: number | null, salaryMax: number | null }> } | null, entrepreneurship: { __typename: 'StartupNeedDetails', stage: StartupStage } | null, diagnosis: { __typename: 'DiagnosisDetails', categoryLabel: string, group: string, onSite: boolean } | null, institutions: Array<{ __typename: 'Institution', id: string, name: string, contactPhone: string }>, docking: { __typename: 'Docking', id: string, status: DockingStatus, institution: { __typename: 'Institution', id: string, name: string } | null } | null, timeline: Array<{ __typename: 'NeedEvent', at: string, type: NeedEventType, body: string }>, replies: Array<{ __typename: 'NeedReply', id: string, body: string, createdAt: string, institution: { __typename: 'Institution', id: string, name: string } | null }>, financingMatches: { __typename: 'FinancingMatchResult', products: Array<{ __typename: 'FinancingProductMatch', eligible: boolean, product: { __typename: 'FinancingProduct', id: string, name: string, lender: string, productType: FinancingProductType, amountMin: number, amountMax: number, termMinMonths: number, termMaxMonths: number, rateMin: number, rateMax: number, collateralRequired: boolean, guaranteeRequired: boolean, institution: { __typename: 'Institution', id: string, name: string } | null }, criteria: Array<{ __typename: 'MatchCriterion', code: string, label: string, passed: boolean, reason: string }> }>, nearMisses: Array<{ __typename: 'FinancingProductMatch', product: { __typename: 'FinancingProduct', id: string, name: string, lender: string, productType: FinancingProductType, amountMin: number, amountMax: number, termMinMonths: number, termMaxMonths: number, rateMin: number, rateMax: number, collateralRequired: boolean, guaranteeRequired: boolean }, criteria: Array<{ __typename: 'MatchCriterion', code: string, label: string, passed: boolean, reason: string }> }>, referral: { __typename: 'FinancingReferral', message: string, institutions: Array<{ __typename: 'Institution', id: string, name: string, contactPhone: string }> } | null } | null } | null };

export type ColumnNeedStartDockingMutationVariables = Exact<{
  input: ColumnNeedDockingInput;
}>;


export type ColumnNeedStartDockingMutation = { __typename: 'Mutation', columnNeedStartDocking: { __typename: 'ColumnNeedDockingPayload', need: { __typename: 'ColumnNeed', id: string, status: NeedStatus, docking: { __typename: 'Docking', id: string, status: DockingStatus, institution: { __typename: 'Institution', id: string, name: string } | null } | null, timeline: Array<{ __typename: 'NeedEvent', at: string, type: NeedEventType, body: string }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ColumnNeedCloseMutationVariables = Exact<{
  input: ColumnNeedCloseInput;
}>;


export type ColumnNeedCloseMutation = { __typename: 'Mutation', columnNeedClose: { __typename: 'ColumnNeedPayload', need: { __typename: 'ColumnNeed', id: string, status: NeedStatus, closedAt: string | null, amountFinanced: number | null, rating: number | null, timeline: Array<{ __typename: 'NeedEvent', at: string, type: NeedEventType, body: string }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ColumnNeedRecordAmountFinancedMutationVariables = Exact<{
  input: ColumnNeedAmountFinancedInput;
}>;


export type ColumnNeedRecordAmountFinancedMutation = { __typename: 'Mutation', columnNeedRecordAmountFinanced: { __typename: 'ColumnNeedPayload', need: { __typename: 'ColumnNeed', id: string, status: NeedStatus, amountFinanced: number | null, timeline: Array<{ __typename: 'NeedEvent', at: string, type: NeedEventType, body: string }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ScenarioQueryVariables = Exact<{
  code: ScenarioCode;
  regionCode?: string | null | undefined;
}>;


export type ScenarioQuery = { __typename: 'Query', scenario: { __typename: 'Scenario', code: ScenarioCode, title: string, summary: string, steps: Array<{ __typename: 'ScenarioStep', order: number, title: string, description: string, action: { __typename: 'ScenarioAction', label: string, operation: string, requiresLogin: boolean } }>, nextAction: { __typename: 'ScenarioAction', label: string, operation: string }, institutions: Array<{ __typename: 'Institution', id: string, name: string, contactPhone: string }>, financingProducts: Array<{ __typename: 'FinancingProduct', id: string, name: string, lender: string, amountMin: number, amountMax: number, rateMin: number, rateMax: number }>, startupResources: Array<{ __typename: 'StartupResource', id: string, kind: StartupResourceKind, name: string, regionName: string | null }>, categories: Array<{ __typename: 'ServiceCategoryInfo', code: ServiceCategory, group: string, label: string }>, related: Array<{ __typename: 'ScenarioRelated', kind: ScenarioRelatedKind, available: boolean, items: Array<{ __typename: 'ScenarioLink', id: string, title: string }> }> } };

export type ColumnStatisticsQueryVariables = Exact<{
  groupBy: StatsDimension;
  filter?: ColumnStatsFilter | null | undefined;
}>;


export type ColumnStatisticsQuery = { __typename: 'Query', table: { __typename: 'ColumnStatsTable', dimension: StatsDimension, rows: Array<{ __typename: 'ColumnStatsRow', key: string, label: string, received: number, matched: number, answered: number, answeredWithinSla: number, completed: number, amountRequested: number, headcountRequested: number, amountFinanced: number, rated: number, averageRating: number | null, matchRate: number, slaRate: number, completionRate: number }>, total: { __typename: 'ColumnStatsRow', key: string, label: string, received: number, matched: number, answered: number, answeredWithinSla: number, completed: number, amountRequested: number, headcountRequested: number, amountFinanced: number, rated: number, averageRating: number | null, matchRate: number, slaRate: number, completionRate: number } }, trend: { __typename: 'ColumnStatsTable', rows: Array<{ __typename: 'ColumnStatsRow', key: string, received: number, answeredWithinSla: number, completed: number }> } };

export type StatsRowFragment = { __typename: 'ColumnStatsRow', key: string, label: string, received: number, matched: number, answered: number, answeredWithinSla: number, completed: number, amountRequested: number, headcountRequested: number, amountFinanced: number, rated: number, averageRating: number | null, matchRate: number, slaRate: number, completionRate: number };

export type ColumnStatisticsCsvQueryVariables = Exact<{
  groupBy: StatsDimension;
  filter?: ColumnStatsFilter | null | undefined;
}>;


export type ColumnStatisticsCsvQuery = { __typename: 'Query', columnStatisticsCsv: string };

export type ColumnStatisticsXlsxQueryVariables = Exact<{
  groupBy: StatsDimension;
  filter?: ColumnStatsFilter | null | undefined;
}>;


export type ColumnStatisticsXlsxQuery = { __typename: 'Query', columnStatisticsXlsx: { __typename: 'ExportFile', filename: string, mimeType: string, contentBase64: string } };

export type TalentNeedSubmitMutationVariables = Exact<{
  input: TalentNeedSubmitInput;
}>;


export type TalentNeedSubmitMutation = { __typename: 'Mutation', talentNeedSubmit: { __typename: 'ColumnNeedPayload', need: { __typename: 'ColumnNeed', id: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ColumnCatalogueQueryVariables = Exact<{
  column?: ServiceColumn | null | undefined;
}>;


export type ColumnCatalogueQuery = { __typename: 'Query', serviceCatalogue: Array<{ __typename: 'ServiceCategoryInfo', code: ServiceCategory, group: string, label: string, description: string }> };

export type ColumnServicesQueryVariables = Exact<{
  column: ServiceColumn;
}>;


export type ColumnServicesQuery = { __typename: 'Query', serviceProducts: { __typename: 'ServiceProductConnection', totalCount: number, nodes: Array<{ __typename: 'ServiceProduct', id: string, name: string, feeType: FeeType, institution: { __typename: 'Institution', id: string, name: string } | null }> }, activities: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, name: string, startsAt: string, placeAddress: string | null, remainingSeats: number }> } };

export type MyColumnNeedsQueryVariables = Exact<{
  filter?: ColumnNeedFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type MyColumnNeedsQuery = { __typename: 'Query', myColumnNeeds: { __typename: 'ColumnNeedConnection', totalCount: number, nodes: Array<{ __typename: 'ColumnNeed', id: string, column: ServiceColumn, title: string, status: NeedStatus, firstReplyDue: string, firstReplyOverdue: boolean, createdAt: string }> } };

export type MyProfileConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileConsentsQuery = { __typename: 'Query', myProfileConsents: Array<{ __typename: 'ProfileConsent', active: boolean, grantedAt: string, revokedAt: string | null, institution: { __typename: 'Institution', id: string, name: string } | null }> };

export type ProfileConsentGrantMutationVariables = Exact<{
  input: ProfileConsentInput;
}>;


export type ProfileConsentGrantMutation = { __typename: 'Mutation', profileConsentGrant: { __typename: 'ProfileConsentPayload', consent: { __typename: 'ProfileConsent', active: boolean } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ProfileConsentRevokeMutationVariables = Exact<{
  input: ProfileConsentInput;
}>;


export type ProfileConsentRevokeMutation = { __typename: 'Mutation', profileConsentRevoke: { __typename: 'ProfileConsentPayload', consent: { __typename: 'ProfileConsent', active: boolean } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsProfileSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsProfileSummaryQuery = { __typename: 'Query', me: { __typename: 'Account', id: string, enterprise: { __typename: 'Enterprise', id: string, name: string, regionName: string | null, industryName: string | null, sizeClass: SizeClass | null, establishedOn: string | null, contactName: string, contactPhone: string } | null } | null };

export type DemandCreateMutationVariables = Exact<{
  input: DemandCreateInput;
}>;


export type DemandCreateMutation = { __typename: 'Mutation', demandCreate: { __typename: 'DemandPayload', demand: { __typename: 'Demand', id: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type MyDemandsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyDemandsQuery = { __typename: 'Query', demands: { __typename: 'DemandConnection', totalCount: number, nodes: Array<{ __typename: 'Demand', id: string, name: string, column: ServiceColumn, category: string, status: DemandStatus, createdAt: string, offers: Array<{ __typename: 'DemandOffer', id: string, status: DemandOfferStatus }> }> } };

export type DemandDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DemandDetailQuery = { __typename: 'Query', demand: { __typename: 'Demand', id: string, name: string, description: string, column: ServiceColumn, category: string, contactName: string, contactPhone: string, periodStart: string, periodEnd: string, budget: number | null, visibility: DemandVisibility, status: DemandStatus, reviewReason: string | null, createdAt: string, regionName: string | null, offers: Array<{ __typename: 'DemandOffer', id: string, plan: string, terms: string, status: DemandOfferStatus, createdAt: string, institution: { __typename: 'Institution', id: string, name: string } | null }>, docking: { __typename: 'Docking', id: string, status: DockingStatus } | null } | null };

export type DemandChooseOfferMutationVariables = Exact<{
  input: DemandChooseInput;
}>;


export type DemandChooseOfferMutation = { __typename: 'Mutation', demandChooseOffer: { __typename: 'DemandPayload', docking: { __typename: 'Docking', id: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DemandCancelMutationVariables = Exact<{
  input: DemandRefInput;
}>;


export type DemandCancelMutation = { __typename: 'Mutation', demandCancel: { __typename: 'DemandPayload', demand: { __typename: 'Demand', id: string, status: DemandStatus } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DemandBoardQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: DemandFilter | null | undefined;
}>;


export type DemandBoardQuery = { __typename: 'Query', demands: { __typename: 'DemandConnection', totalCount: number, nodes: Array<{ __typename: 'Demand', id: string, name: string, description: string, column: ServiceColumn, category: string, periodStart: string, periodEnd: string, budget: number | null, status: DemandStatus, regionName: string | null, createdAt: string, offers: Array<{ __typename: 'DemandOffer', id: string, status: DemandOfferStatus, plan: string, terms: string }> }> } };

export type DemandOfferMutationVariables = Exact<{
  input: DemandOfferInput;
}>;


export type DemandOfferMutation = { __typename: 'Mutation', demandOffer: { __typename: 'DemandPayload', offer: { __typename: 'DemandOffer', id: string, status: DemandOfferStatus } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingAcceptMutationVariables = Exact<{
  input: DockingActionInput;
}>;


export type DockingAcceptMutation = { __typename: 'Mutation', dockingAccept: { __typename: 'DockingPayload', docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingDeclineMutationVariables = Exact<{
  input: DockingActionInput;
}>;


export type DockingDeclineMutation = { __typename: 'Mutation', dockingDecline: { __typename: 'DockingPayload', docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingStartMutationVariables = Exact<{
  input: DockingActionInput;
}>;


export type DockingStartMutation = { __typename: 'Mutation', dockingStart: { __typename: 'DockingPayload', docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingCompleteMutationVariables = Exact<{
  input: DockingActionInput;
}>;


export type DockingCompleteMutation = { __typename: 'Mutation', dockingComplete: { __typename: 'DockingPayload', docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingCancelMutationVariables = Exact<{
  input: DockingActionInput;
}>;


export type DockingCancelMutation = { __typename: 'Mutation', dockingCancel: { __typename: 'DockingPayload', docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingUrgeMutationVariables = Exact<{
  input: DockingActionInput;
}>;


export type DockingUrgeMutation = { __typename: 'Mutation', dockingUrge: { __typename: 'DockingPayload', docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingMessageSendMutationVariables = Exact<{
  input: DockingMessageInput;
}>;


export type DockingMessageSendMutation = { __typename: 'Mutation', dockingMessageSend: { __typename: 'DockingPayload', docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingEvaluateMutationVariables = Exact<{
  input: DockingEvaluateInput;
}>;


export type DockingEvaluateMutation = { __typename: 'Mutation', dockingEvaluate: { __typename: 'DockingPayload', docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingEvaluationReplyMutationVariables = Exact<{
  input: DockingEvaluationReplyInput;
}>;


export type DockingEvaluationReplyMutation = { __typename: 'Mutation', dockingEvaluationReply: { __typename: 'DockingPayload', docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PlatformDockingSlaFieldsFragment = { __typename: 'PlatformDockingSla', firstResponseMinutes: number, replyMinutes: number, resolutionMinutes: number, builtIn: boolean, updatedAt: string | null };

export type PlatformDockingSlaQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformDockingSlaQuery = { __typename: 'Query', platformDockingSla: { __typename: 'PlatformDockingSla', firstResponseMinutes: number, replyMinutes: number, resolutionMinutes: number, builtIn: boolean, updatedAt: string | null } };

export type PlatformDockingSlaUpdateMutationVariables = Exact<{
  input: PlatformDockingSlaInput;
}>;


export type PlatformDockingSlaUpdateMutation = { __typename: 'Mutation', platformDockingSlaUpdate: { __typename: 'PlatformDockingSlaPayload', sla: { __typename: 'PlatformDockingSla', firstResponseMinutes: number, replyMinutes: number, resolutionMinutes: number, builtIn: boolean, updatedAt: string | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PlatformDockingSlaResetMutationVariables = Exact<{ [key: string]: never; }>;


export type PlatformDockingSlaResetMutation = { __typename: 'Mutation', platformDockingSlaReset: { __typename: 'PlatformDockingSlaPayload', sla: { __typename: 'PlatformDockingSla', firstResponseMinutes: number, replyMinutes: number, resolutionMinutes: number, builtIn: boolean, updatedAt: string | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingFieldsFragment = { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null };

export type DockingViewQueryVariables = Exact<{
  id: string | number;
}>;


export type DockingViewQuery = { __typename: 'Query', docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } | null };

export type DockingLiveSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type DockingLiveSubscription = { dockingUpdated: { __typename: 'DockingUpdate', event: { __typename: 'DockingEvent', id: string, type: DockingEventType }, docking: { __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, resolutionDue: string | null, awaitingReplySince: string | null, lastUrgedAt: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string, contactName: string, contactPhone: string } | null, timeline: Array<{ __typename: 'DockingEvent', id: string, at: string, type: DockingEventType, party: DockingParty, body: string | null }>, evaluation: { __typename: 'DockingEvaluation', quality: number, timeliness: number, attitude: number, professionalism: number, average: number, comment: string | null, createdAt: string, reply: string | null, repliedAt: string | null } | null } } };

export type InstitutionDockingsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: DockingFilter | null | undefined;
}>;


export type InstitutionDockingsQuery = { __typename: 'Query', dockings: { __typename: 'DockingConnection', totalCount: number, nodes: Array<{ __typename: 'Docking', id: string, kind: DockingKind, status: DockingStatus, needs: string, createdAt: string, updatedAt: string, firstResponseDue: string | null, urgeCount: number, product: { __typename: 'ServiceProduct', id: string, name: string } | null, demand: { __typename: 'Demand', id: string, name: string } | null, enterprise: { __typename: 'DockingEnterprise', name: string } | null }> }, dockingStatistics: { __typename: 'DockingStatistics', total: number, open: number, responded: number, urges: number, averageFirstResponseMinutes: number | null, firstResponseOnTimeRate: number | null, averageRating: number | null } };

export type MyDockingsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyDockingsQuery = { __typename: 'Query', dockings: { __typename: 'DockingConnection', totalCount: number, nodes: Array<{ __typename: 'Docking', id: string, status: DockingStatus, needs: string, updatedAt: string, product: { __typename: 'ServiceProduct', id: string, name: string } | null, institution: { __typename: 'Institution', id: string, name: string } | null }> } };

export type UnreadRemindersQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadRemindersQuery = { __typename: 'Query', myReminders: { __typename: 'ReminderConnection', totalCount: number, nodes: Array<{ __typename: 'Reminder', id: string, kind: ReminderKind, message: string, createdAt: string, demandId: string | null, docking: { __typename: 'Docking', id: string } | null }> } };

export type ReminderLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReminderLiveSubscription = { reminderReceived: { __typename: 'Reminder', id: string, kind: ReminderKind } };

export type ReminderMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type ReminderMarkReadMutation = { __typename: 'Mutation', reminderMarkRead: { __typename: 'ReminderPayload', reminder: { __typename: 'Reminder', id: string, readAt: string | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DockingListLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DockingListLiveSubscription = { dockingUpdated: { __typename: 'DockingUpdate', event: { __typename: 'DockingEvent', id: string, type: DockingEventType }, docking: { __typename: 'Docking', id: string, status: DockingStatus, updatedAt: string } } };

export type EnterpriseDetailFragment = { __typename: 'Enterprise', id: string, name: string, uscc: string, regionCode: string, regionName: string | null, industryCode: string, industryName: string | null, establishedOn: string | null, employees: number | null, revenue: number | null, totalAssets: number | null, sizeClass: SizeClass | null, sizeClasses: Array<SizeClass>, qualifications: Array<string> | null, rdRatio: number | null, taxCreditGrade: TaxCreditGrade | null, contactName: string, contactPhone: string, contactEmail: string | null, status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null, createdAt: string, qualificationDetails: Array<{ __typename: 'EnterpriseQualification', code: string, name: string, validFrom: string | null, validTo: string | null, count: number | null, verifiedAt: string | null }> };

export type MyEnterpriseQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseQuery = { __typename: 'Query', me: { __typename: 'Account', id: string, displayName: string, enterpriseRole: string | null, enterprise: { __typename: 'Enterprise', id: string, name: string, uscc: string, regionCode: string, regionName: string | null, industryCode: string, industryName: string | null, establishedOn: string | null, employees: number | null, revenue: number | null, totalAssets: number | null, sizeClass: SizeClass | null, sizeClasses: Array<SizeClass>, qualifications: Array<string> | null, rdRatio: number | null, taxCreditGrade: TaxCreditGrade | null, contactName: string, contactPhone: string, contactEmail: string | null, status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null, createdAt: string, qualificationDetails: Array<{ __typename: 'EnterpriseQualification', code: string, name: string, validFrom: string | null, validTo: string | null, count: number | null, verifiedAt: string | null }> } | null } | null };

export type MyEnterpriseReviewedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseReviewedSubscription = { myEnterpriseReviewed: { __typename: 'EnterpriseReviewEvent', status: EnterpriseStatus, reason: string | null, at: string, enterprise: { __typename: 'Enterprise', id: string, name: string, uscc: string, regionCode: string, regionName: string | null, industryCode: string, industryName: string | null, establishedOn: string | null, employees: number | null, revenue: number | null, totalAssets: number | null, sizeClass: SizeClass | null, sizeClasses: Array<SizeClass>, qualifications: Array<string> | null, rdRatio: number | null, taxCreditGrade: TaxCreditGrade | null, contactName: string, contactPhone: string, contactEmail: string | null, status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null, createdAt: string, qualificationDetails: Array<{ __typename: 'EnterpriseQualification', code: string, name: string, validFrom: string | null, validTo: string | null, count: number | null, verifiedAt: string | null }> } | null } };

export type EnterpriseUpdateMutationVariables = Exact<{
  input: EnterpriseUpdateInput;
}>;


export type EnterpriseUpdateMutation = { __typename: 'Mutation', enterpriseUpdate: { __typename: 'EnterprisePayload', enterprise: { __typename: 'Enterprise', id: string, name: string, uscc: string, regionCode: string, regionName: string | null, industryCode: string, industryName: string | null, establishedOn: string | null, employees: number | null, revenue: number | null, totalAssets: number | null, sizeClass: SizeClass | null, sizeClasses: Array<SizeClass>, qualifications: Array<string> | null, rdRatio: number | null, taxCreditGrade: TaxCreditGrade | null, contactName: string, contactPhone: string, contactEmail: string | null, status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null, createdAt: string, qualificationDetails: Array<{ __typename: 'EnterpriseQualification', code: string, name: string, validFrom: string | null, validTo: string | null, count: number | null, verifiedAt: string | null }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type EnterpriseRegisterMutationVariables = Exact<{
  input: EnterpriseRegisterInput;
}>;


export type EnterpriseRegisterMutation = { __typename: 'Mutation', enterpriseRegister: { __typename: 'EnterprisePayload', enterprise: { __typename: 'Enterprise', id: string, name: string, uscc: string, regionCode: string, regionName: string | null, industryCode: string, industryName: string | null, establishedOn: string | null, employees: number | null, revenue: number | null, totalAssets: number | null, sizeClass: SizeClass | null, sizeClasses: Array<SizeClass>, qualifications: Array<string> | null, rdRatio: number | null, taxCreditGrade: TaxCreditGrade | null, contactName: string, contactPhone: string, contactEmail: string | null, status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null, createdAt: string, qualificationDetails: Array<{ __typename: 'EnterpriseQualification', code: string, name: string, validFrom: string | null, validTo: string | null, count: number | null, verifiedAt: string | null }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type MyEnterpriseForEditQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseForEditQuery = { __typename: 'Query', me: { __typename: 'Account', id: string, enterpriseRole: string | null, enterprise: { __typename: 'Enterprise', id: string, name: string, uscc: string, regionCode: string, regionName: string | null, industryCode: string, industryName: string | null, establishedOn: string | null, employees: number | null, revenue: number | null, totalAssets: number | null, sizeClass: SizeClass | null, sizeClasses: Array<SizeClass>, qualifications: Array<string> | null, rdRatio: number | null, taxCreditGrade: TaxCreditGrade | null, contactName: string, contactPhone: string, contactEmail: string | null, status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null, createdAt: string, qualificationDetails: Array<{ __typename: 'EnterpriseQualification', code: string, name: string, validFrom: string | null, validTo: string | null, count: number | null, verifiedAt: string | null }> } | null } | null };

export type GuidesQueryVariables = Exact<{ [key: string]: never; }>;


export type GuidesQuery = { __typename: 'Query', guides: Array<{ __typename: 'Guide', slug: string, title: string, audience: GuideAudience, summary: string }> };

export type GuideQueryVariables = Exact<{
  slug: string;
}>;


export type GuideQuery = { __typename: 'Query', guide: { __typename: 'Guide', slug: string, title: string, audience: GuideAudience, summary: string, sections: Array<{ __typename: 'GuideSection', heading: string, blocks: Array<{ __typename: 'GuideBlock', kind: GuideBlockKind, text: string | null, items: Array<string> }> }> } | null };

export type InstitutionDirectoryQueryVariables = Exact<{
  filter?: InstitutionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstitutionDirectoryQuery = { __typename: 'Query', institutions: { __typename: 'InstitutionConnection', totalCount: number, nodes: Array<{ __typename: 'Institution', id: string, name: string, type: InstitutionType, columns: Array<ServiceColumn>, regionNames: Array<string>, listedProductCount: number }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type InstitutionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type InstitutionPageQuery = { __typename: 'Query', institution: { __typename: 'Institution', id: string, name: string, type: InstitutionType, description: string, qualifications: string, responsibleDepartment: string, columns: Array<ServiceColumn>, contactName: string, contactPhone: string, contactEmail: string | null, dockingSummary: { __typename: 'PublicDockingSummary', requests: number, completed: number, evaluations: number, averageRating: number | null, averageFirstResponseMinutes: number | null, firstResponseOnTimeRate: number | null } } | null };

export type InstitutionOfferingsQueryVariables = Exact<{
  productFilter: ServiceProductFilter;
  activityFilter: ActivityFilter;
}>;


export type InstitutionOfferingsQuery = { __typename: 'Query', serviceProducts: { __typename: 'ServiceProductConnection', totalCount: number, nodes: Array<{ __typename: 'ServiceProduct', id: string, name: string, column: ServiceColumn, form: ServiceForm, feeType: FeeType }> }, activities: { __typename: 'ActivityConnection', nodes: Array<{ __typename: 'Activity', id: string, name: string, startsAt: string, placeAddress: string | null, remainingSeats: number }> } };

export type NotificationDeliveriesQueryVariables = Exact<{
  status?: DeliveryStatus | null | undefined;
}>;


export type NotificationDeliveriesQuery = { __typename: 'Query', notificationDeliveries: { __typename: 'NotificationDeliveryConnection', totalCount: number, nodes: Array<{ __typename: 'NotificationDelivery', id: string, notificationId: string, channel: NotificationChannel, status: DeliveryStatus, attempts: number, reason: string | null, address: string | null, createdAt: string, updatedAt: string, sentAt: string | null }> } };

export type NotificationDeliveryRetryMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationDeliveryRetryMutation = { __typename: 'Mutation', notificationDeliveryRetry: { __typename: 'NotificationDeliveryRetryPayload', delivery: { __typename: 'NotificationDelivery', id: string, status: DeliveryStatus } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type MyNotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { __typename: 'Query', myUnreadNotificationCount: number, myNotifications: { __typename: 'AccountNotificationConnection', totalCount: number, nodes: Array<{ __typename: 'AccountNotification', id: string, kind: NotificationKind, title: string, body: string, link: string | null, createdAt: string, readAt: string | null, deliveries: Array<{ __typename: 'NotificationDelivery', channel: NotificationChannel, status: DeliveryStatus, reason: string | null }> }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MyNotificationArrivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationArrivedSubscription = { myNotificationReceived: { __typename: 'AccountNotification', id: string, title: string } };

export type MyNotificationsMarkReadMutationVariables = Exact<{
  input: NotificationsMarkReadInput;
}>;


export type MyNotificationsMarkReadMutation = { __typename: 'Mutation', myNotificationsMarkRead: { __typename: 'NotificationsMarkReadPayload', unreadCount: number | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type MyNotificationsMarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationsMarkAllReadMutation = { __typename: 'Mutation', myNotificationsMarkAllRead: { __typename: 'NotificationsMarkReadPayload', unreadCount: number | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename: 'Query', myUnreadNotificationCount: number };

export type UnreadNotificationCountLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountLiveSubscription = { myUnreadNotificationCountChanged: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename: 'Query', me: { __typename: 'Account', id: string } | null, myNotificationPreferences: { __typename: 'NotificationPreferences', quietStart: string, quietEnd: string, emailDailyCap: number, smsDailyCap: number, hasEmail: boolean, hasMobile: boolean, kinds: Array<{ __typename: 'NotificationKindPreference', kind: NotificationKind, email: boolean, sms: boolean }> } };

export type NotificationPreferencesUpdateMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type NotificationPreferencesUpdateMutation = { __typename: 'Mutation', myNotificationPreferencesUpdate: { __typename: 'NotificationPreferencesPayload', preferences: { __typename: 'NotificationPreferences', quietStart: string, quietEnd: string, emailDailyCap: number, smsDailyCap: number, kinds: Array<{ __typename: 'NotificationKindPreference', kind: NotificationKind, email: boolean, sms: boolean }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type NotificationUnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type NotificationUnsubscribeMutation = { __typename: 'Mutation', notificationUnsubscribe: { __typename: 'NotificationUnsubscribePayload', kind: NotificationKind | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PartnerClientFieldsFragment = { __typename: 'ApiClient', id: string, clientId: string, name: string, contact: string, scopes: Array<ClientScope>, requestsPerMinute: number, allowedOrigins: Array<string>, webhookUrls: Array<string>, createdAt: unknown, revokedAt: unknown, site: { __typename: 'Site', id: string, name: string }, secrets: Array<{ __typename: 'ApiClientSecret', createdAt: unknown, expiresAt: unknown }> };

export type ApiClientsQueryVariables = Exact<{
  after?: string | null | undefined;
  includeRevoked?: boolean | null | undefined;
}>;


export type ApiClientsQuery = { __typename: 'Query', apiClients: { __typename: 'ApiClientConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename: 'ApiClient', id: string, clientId: string, name: string, contact: string, scopes: Array<ClientScope>, requestsPerMinute: number, allowedOrigins: Array<string>, webhookUrls: Array<string>, createdAt: unknown, revokedAt: unknown, site: { __typename: 'Site', id: string, name: string }, secrets: Array<{ __typename: 'ApiClientSecret', createdAt: unknown, expiresAt: unknown }> }> }, sites: Array<{ __typename: 'Site', id: string, name: string }> };

export type PartnerClientCreateMutationVariables = Exact<{
  input: ApiClientCreateInput;
}>;


export type PartnerClientCreateMutation = { __typename: 'Mutation', apiClientCreate: { __typename: 'ApiClientCreatePayload', secret: string | null, client: { __typename: 'ApiClient', id: string, clientId: string, name: string, contact: string, scopes: Array<ClientScope>, requestsPerMinute: number, allowedOrigins: Array<string>, webhookUrls: Array<string>, createdAt: unknown, revokedAt: unknown, site: { __typename: 'Site', id: string, name: string }, secrets: Array<{ __typename: 'ApiClientSecret', createdAt: unknown, expiresAt: unknown }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PartnerClientUpdateMutationVariables = Exact<{
  input: ApiClientUpdateInput;
}>;


export type PartnerClientUpdateMutation = { __typename: 'Mutation', apiClientUpdate: { __typename: 'ApiClientPayload', client: { __typename: 'ApiClient', id: string, clientId: string, name: string, contact: string, scopes: Array<ClientScope>, requestsPerMinute: number, allowedOrigins: Array<string>, webhookUrls: Array<string>, createdAt: unknown, revokedAt: unknown, site: { __typename: 'Site', id: string, name: string }, secrets: Array<{ __typename: 'ApiClientSecret', createdAt: unknown, expiresAt: unknown }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PartnerClientRotateMutationVariables = Exact<{
  input: ApiClientSecretRotateInput;
}>;


export type PartnerClientRotateMutation = { __typename: 'Mutation', apiClientSecretRotate: { __typename: 'ApiClientSecretRotatePayload', secret: string | null, client: { __typename: 'ApiClient', id: string, clientId: string, name: string, contact: string, scopes: Array<ClientScope>, requestsPerMinute: number, allowedOrigins: Array<string>, webhookUrls: Array<string>, createdAt: unknown, revokedAt: unknown, site: { __typename: 'Site', id: string, name: string }, secrets: Array<{ __typename: 'ApiClientSecret', createdAt: unknown, expiresAt: unknown }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PartnerClientRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerClientRevokeMutation = { __typename: 'Mutation', apiClientRevoke: { __typename: 'ApiClientPayload', client: { __typename: 'ApiClient', id: string, clientId: string, name: string, contact: string, scopes: Array<ClientScope>, requestsPerMinute: number, allowedOrigins: Array<string>, webhookUrls: Array<string>, createdAt: unknown, revokedAt: unknown, site: { __typename: 'Site', id: string, name: string }, secrets: Array<{ __typename: 'ApiClientSecret', createdAt: unknown, expiresAt: unknown }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type AdminPolicyListQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminPolicyListQuery = { __typename: 'Query', policies: { __typename: 'PolicyConnection', totalCount: number, nodes: Array<{ __typename: 'Policy', id: string, title: string, docNo: string | null, departments: Array<string>, policyType: PolicyType, status: PolicyStatus, publishedVersion: number | null, updatedAt: string }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PolicyEditorAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyEditorAttachmentsQuery = { __typename: 'Query', policy: { __typename: 'Policy', id: string, status: PolicyStatus, attachments: Array<{ __typename: 'PolicyAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string }> } | null };

export type PolicyAttachmentAddUploadMutationVariables = Exact<{
  input: PolicyAttachmentAddInput;
}>;


export type PolicyAttachmentAddUploadMutation = { __typename: 'Mutation', policyAttachmentAdd: { __typename: 'PolicyRelatedPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PolicyAttachmentRemoveMutationVariables = Exact<{
  input: PolicyAttachmentRemoveInput;
}>;


export type PolicyAttachmentRemoveMutation = { __typename: 'Mutation', policyAttachmentRemove: { __typename: 'PolicyRelatedPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PolicyConditionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyConditionsQuery = { __typename: 'Query', policy: { __typename: 'Policy', id: string, title: string, status: PolicyStatus, sentences: Array<string>, conditionSentences: Array<string> | null, conditions: Array<{ __typename: 'PolicyCondition', id: string, field: ConditionField, operator: ConditionOperator, values: Array<string>, changeable: boolean, sourceSentence: string }> } | null };

export type PolicyConditionsSetMutationVariables = Exact<{
  input: PolicyConditionsSetInput;
}>;


export type PolicyConditionsSetMutation = { __typename: 'Mutation', policyConditionsSet: { __typename: 'PolicyPayload', policy: { __typename: 'Policy', id: string, conditions: Array<{ __typename: 'PolicyCondition', id: string, field: ConditionField, operator: ConditionOperator, values: Array<string>, changeable: boolean, sourceSentence: string }> } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type InboxQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxQuery = { __typename: 'Query', notificationUnreadCount: number, notifications: { __typename: 'NotificationConnection', totalCount: number, nodes: Array<{ __typename: 'Notification', id: string, title: string, reason: NotificationReason, policyVersion: number, createdAt: string, readAt: string | null, policy: { __typename: 'Policy', id: string, title: string } | null, subscription: { __typename: 'PolicySubscription', id: string, name: string, active: boolean } | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type NotificationLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationLiveSubscription = { notificationReceived: { __typename: 'Notification', id: string, title: string } };

export type NotificationMarkReadMutationVariables = Exact<{
  input: NotificationMarkReadInput;
}>;


export type NotificationMarkReadMutation = { __typename: 'Mutation', notificationMarkRead: { __typename: 'NotificationMarkReadPayload', unreadCount: number | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type InboxUnsubscribeMutationVariables = Exact<{
  input: PolicySubscriptionDeleteInput;
}>;


export type InboxUnsubscribeMutation = { __typename: 'Mutation', policySubscriptionDelete: { __typename: 'PolicySubscriptionPayload', subscription: { __typename: 'PolicySubscription', id: string, active: boolean } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PolicyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyDetailQuery = { __typename: 'Query', policy: { __typename: 'Policy', id: string, title: string, docNo: string | null, departments: Array<string>, publishedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, validity: PolicyValidity, policyType: PolicyType, sourceName: string | null, sourceUrl: string | null, tags: Array<string>, body: string, attachments: Array<{ __typename: 'PolicyAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string }>, interpretations: Array<{ __typename: 'PolicyInterpretation', id: string, title: string, authority: string, author: string | null, publishedOn: string | null, body: string }>, guides: Array<{ __typename: 'PolicyGuide', id: string, title: string, beneficiaries: string, conditions: string, materials: Array<string>, applicationStart: string | null, applicationEnd: string | null, whereToApply: string, hotline: string | null, paymentDeadline: string | null }>, relatedPolicies: Array<{ __typename: 'Policy', id: string, title: string, docNo: string | null, policyType: PolicyType, publishedOn: string | null, validity: PolicyValidity }> } | null };

export type PolicyMatchForPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyMatchForPageQuery = { __typename: 'Query', policyMatch: { __typename: 'PolicyMatch', verdict: MatchVerdict, deadline: string | null, upcomingFrom: string | null, checkedCount: number, uncheckedSentences: Array<string>, coverage: string, conditions: Array<{ __typename: 'ConditionResult', outcome: ConditionOutcome, reason: string, condition: { __typename: 'PolicyCondition', id: string, sourceSentence: string } }>, improvements: Array<{ __typename: 'ConditionResult', outcome: ConditionOutcome, reason: string, condition: { __typename: 'PolicyCondition', id: string, sourceSentence: string } }> } | null };

export type PolicyEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyEditorQuery = { __typename: 'Query', policy: { __typename: 'Policy', id: string, title: string, docNo: string | null, departments: Array<string>, publishedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, validity: PolicyValidity, author: string | null, sourceName: string | null, sourceUrl: string | null, body: string, tags: Array<string>, policyType: PolicyType, industries: Array<string>, sizeClasses: Array<SizeClass>, regions: Array<string>, hotWords: Array<string>, columns: Array<ServiceColumn>, featured: boolean, provinceOnly: boolean, status: PolicyStatus, reviewComment: string | null, publishedVersion: number | null } | null };

export type EditorProvinceOnlySetMutationVariables = Exact<{
  input: ProvinceOnlySetInput;
}>;


export type EditorProvinceOnlySetMutation = { __typename: 'Mutation', provinceOnlySet: { __typename: 'ProvinceOnlySetPayload', id: string | null, provinceOnly: boolean | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type EditorPolicyCreateMutationVariables = Exact<{
  input: PolicyCreateInput;
}>;


export type EditorPolicyCreateMutation = { __typename: 'Mutation', policyCreate: { __typename: 'PolicyPayload', policy: { __typename: 'Policy', id: string, status: PolicyStatus } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type EditorPolicyUpdateMutationVariables = Exact<{
  input: PolicyUpdateInput;
}>;


export type EditorPolicyUpdateMutation = { __typename: 'Mutation', policyUpdate: { __typename: 'PolicyPayload', policy: { __typename: 'Policy', id: string, status: PolicyStatus, body: string, updatedAt: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type EditorTransitionFragment = { __typename: 'PolicyPayload', policy: { __typename: 'Policy', id: string, status: PolicyStatus, reviewComment: string | null, publishedVersion: number | null, updatedAt: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> };

export type EditorPolicySubmitMutationVariables = Exact<{
  input: PolicyTransitionInput;
}>;


export type EditorPolicySubmitMutation = { __typename: 'Mutation', policySubmit: { __typename: 'PolicyPayload', policy: { __typename: 'Policy', id: string, status: PolicyStatus, reviewComment: string | null, publishedVersion: number | null, updatedAt: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type EditorPolicyPublishMutationVariables = Exact<{
  input: PolicyTransitionInput;
}>;


export type EditorPolicyPublishMutation = { __typename: 'Mutation', policyPublish: { __typename: 'PolicyPayload', policy: { __typename: 'Policy', id: string, status: PolicyStatus, reviewComment: string | null, publishedVersion: number | null, updatedAt: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type EditorPolicyReviseMutationVariables = Exact<{
  input: PolicyTransitionInput;
}>;


export type EditorPolicyReviseMutation = { __typename: 'Mutation', policyRevise: { __typename: 'PolicyPayload', policy: { __typename: 'Policy', id: string, status: PolicyStatus, reviewComment: string | null, publishedVersion: number | null, updatedAt: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type EditorPolicyExpireMutationVariables = Exact<{
  input: PolicyTransitionInput;
}>;


export type EditorPolicyExpireMutation = { __typename: 'Mutation', policyExpire: { __typename: 'PolicyPayload', policy: { __typename: 'Policy', id: string, status: PolicyStatus, reviewComment: string | null, publishedVersion: number | null, updatedAt: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type EditorPolicyWithdrawMutationVariables = Exact<{
  input: PolicyTransitionInput;
}>;


export type EditorPolicyWithdrawMutation = { __typename: 'Mutation', policyWithdraw: { __typename: 'PolicyPayload', policy: { __typename: 'Policy', id: string, status: PolicyStatus, reviewComment: string | null, publishedVersion: number | null, updatedAt: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PolicyListItemsFragment = { __typename: 'PolicyConnection', totalCount: number, nodes: Array<{ __typename: 'Policy', id: string, title: string, docNo: string | null, departments: Array<string>, publishedOn: string | null, policyType: PolicyType, validity: PolicyValidity, tags: Array<string> }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } };

export type PolicyListQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PolicyListQuery = { __typename: 'Query', policies: { __typename: 'PolicyConnection', totalCount: number, nodes: Array<{ __typename: 'Policy', id: string, title: string, docNo: string | null, departments: Array<string>, publishedOn: string | null, policyType: PolicyType, validity: PolicyValidity, tags: Array<string> }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PolicyDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyDepartmentsQuery = { __typename: 'Query', policyDepartments: Array<{ __typename: 'PolicyDepartmentCount', name: string, count: number }> };

export type PolicyMatchesQueryVariables = Exact<{
  verdicts?: Array<MatchVerdict> | MatchVerdict | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PolicyMatchesQuery = { __typename: 'Query', policyMatches: { __typename: 'PolicyMatchConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'PolicyMatch', verdict: MatchVerdict, deadline: string | null, upcomingFrom: string | null, checkedCount: number, uncheckedSentences: Array<string>, coverage: string, policy: { __typename: 'Policy', id: string, title: string, docNo: string | null, publishedOn: string | null }, conditions: Array<{ __typename: 'ConditionResult', outcome: ConditionOutcome, reason: string, condition: { __typename: 'PolicyCondition', id: string, sourceSentence: string } }>, improvements: Array<{ __typename: 'ConditionResult', outcome: ConditionOutcome, reason: string, condition: { __typename: 'PolicyCondition', id: string, sourceSentence: string } }> }> } };

export type PolicyMatchCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatchCountsQuery = { __typename: 'Query', eligible: { __typename: 'PolicyMatchConnection', totalCount: number }, likely: { __typename: 'PolicyMatchConnection', totalCount: number }, nearMiss: { __typename: 'PolicyMatchConnection', totalCount: number } };

export type PolicyReachQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyReachQuery = { __typename: 'Query', policy: { __typename: 'Policy', id: string, title: string, status: PolicyStatus } | null, policyReach: { __typename: 'PolicyReachPayload', reach: { __typename: 'PolicyReach', eligible: number, likely: number, nearMiss: number, notified: number } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PolicyReachEnterprisesQueryVariables = Exact<{
  id: string | number;
  verdict: PolicyReachVerdict;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PolicyReachEnterprisesQuery = { __typename: 'Query', policyReachEnterprises: { __typename: 'PolicyReachEnterpriseConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'PolicyReachEnterprise', id: string, name: string, regionName: string, industryName: string, sizeClass: string, conditions: Array<{ __typename: 'ConditionResult', outcome: ConditionOutcome, reason: string, condition: { __typename: 'PolicyCondition', id: string } }> }> } };

export type PolicyReachXlsxQueryVariables = Exact<{
  id: string | number;
  verdict: PolicyReachVerdict;
}>;


export type PolicyReachXlsxQuery = { __typename: 'Query', policyReachXlsx: { __typename: 'ExportFile', filename: string, mimeType: string, contentBase64: string } };

export type ReviewQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: PolicyOrder | null | undefined;
}>;


export type ReviewQueueQuery = { __typename: 'Query', policies: { __typename: 'PolicyConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Policy', id: string, title: string, docNo: string | null, departments: Array<string>, policyType: PolicyType, publishedOn: string | null, body: string, publishedVersion: number | null, updatedAt: string, createdBy: { __typename: 'Account', id: string, displayName: string } | null, pendingChanges: { __typename: 'PolicyDiff', fromVersion: number, toVersion: number, fields: Array<{ __typename: 'FieldChange', field: string, label: string, before: string | null, after: string | null }>, body: Array<{ __typename: 'DiffLine', op: DiffOp, text: string }> } | null }> } };

export type PolicyReviewMutationVariables = Exact<{
  input: PolicyReviewInput;
}>;


export type PolicyReviewMutation = { __typename: 'Mutation', policyReview: { __typename: 'PolicyPayload', policy: { __typename: 'Policy', id: string, status: PolicyStatus, reviewComment: string | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PolicySubscriptionFieldsFragment = { __typename: 'PolicySubscription', id: string, name: string, keywords: Array<string>, tags: Array<string>, departments: Array<string>, policyTypes: Array<PolicyType>, industries: Array<string>, regions: Array<string>, channels: Array<PushChannel>, frequency: SubscriptionFrequency, email: string | null, mobile: string | null, active: boolean, createdAt: string };

export type PolicySubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicySubscriptionsQuery = { __typename: 'Query', policySubscriptions: Array<{ __typename: 'PolicySubscription', id: string, name: string, keywords: Array<string>, tags: Array<string>, departments: Array<string>, policyTypes: Array<PolicyType>, industries: Array<string>, regions: Array<string>, channels: Array<PushChannel>, frequency: SubscriptionFrequency, email: string | null, mobile: string | null, active: boolean, createdAt: string }> };

export type PolicySubscriptionCreateMutationVariables = Exact<{
  input: PolicySubscriptionCreateInput;
}>;


export type PolicySubscriptionCreateMutation = { __typename: 'Mutation', policySubscriptionCreate: { __typename: 'PolicySubscriptionPayload', subscription: { __typename: 'PolicySubscription', id: string, name: string, keywords: Array<string>, tags: Array<string>, departments: Array<string>, policyTypes: Array<PolicyType>, industries: Array<string>, regions: Array<string>, channels: Array<PushChannel>, frequency: SubscriptionFrequency, email: string | null, mobile: string | null, active: boolean, createdAt: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PolicySubscriptionUpdateMutationVariables = Exact<{
  input: PolicySubscriptionUpdateInput;
}>;


export type PolicySubscriptionUpdateMutation = { __typename: 'Mutation', policySubscriptionUpdate: { __typename: 'PolicySubscriptionPayload', subscription: { __typename: 'PolicySubscription', id: string, name: string, keywords: Array<string>, tags: Array<string>, departments: Array<string>, policyTypes: Array<PolicyType>, industries: Array<string>, regions: Array<string>, channels: Array<PushChannel>, frequency: SubscriptionFrequency, email: string | null, mobile: string | null, active: boolean, createdAt: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PolicySubscriptionDeleteMutationVariables = Exact<{
  input: PolicySubscriptionDeleteInput;
}>;


export type PolicySubscriptionDeleteMutation = { __typename: 'Mutation', policySubscriptionDelete: { __typename: 'PolicySubscriptionPayload', subscription: { __typename: 'PolicySubscription', id: string, active: boolean } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PolicyUnsubscribeMutationVariables = Exact<{
  input: PolicyUnsubscribeInput;
}>;


export type PolicyUnsubscribeMutation = { __typename: 'Mutation', policySubscriptionUnsubscribe: { __typename: 'PolicySubscriptionPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PolicyVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyVersionsQuery = { __typename: 'Query', policy: { __typename: 'Policy', id: string, versions: Array<{ __typename: 'PolicyVersion', version: number, title: string, changeNote: string | null, publishedAt: string }> } | null };

export type PolicyVersionDiffQueryVariables = Exact<{
  id: string | number;
  from: number;
  to: number;
}>;


export type PolicyVersionDiffQuery = { __typename: 'Query', policyVersionDiff: { __typename: 'PolicyDiff', fromVersion: number, toVersion: number, fields: Array<{ __typename: 'FieldChange', field: string, label: string, before: string | null, after: string | null }>, body: Array<{ __typename: 'DiffLine', op: DiffOp, text: string }> } | null };

export type MatchExplanationFragment = { __typename: 'PolicyMatch', verdict: MatchVerdict, deadline: string | null, upcomingFrom: string | null, checkedCount: number, uncheckedSentences: Array<string>, coverage: string, conditions: Array<{ __typename: 'ConditionResult', outcome: ConditionOutcome, reason: string, condition: { __typename: 'PolicyCondition', id: string, sourceSentence: string } }>, improvements: Array<{ __typename: 'ConditionResult', outcome: ConditionOutcome, reason: string, condition: { __typename: 'PolicyCondition', id: string, sourceSentence: string } }> };

export type AdminNoticesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminNoticesQuery = { __typename: 'Query', notices: { __typename: 'NoticeConnection', totalCount: number, nodes: Array<{ __typename: 'Notice', id: string, title: string, body: string, pinned: boolean, provinceOnly: boolean, publishedAt: string | null, updatedAt: string }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type NoticeCreateMutationVariables = Exact<{
  input: NoticeCreateInput;
}>;


export type NoticeCreateMutation = { __typename: 'Mutation', noticeCreate: { __typename: 'NoticePayload', notice: { __typename: 'Notice', id: string, title: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type NoticeUpdateMutationVariables = Exact<{
  input: NoticeUpdateInput;
}>;


export type NoticeUpdateMutation = { __typename: 'Mutation', noticeUpdate: { __typename: 'NoticePayload', notice: { __typename: 'Notice', id: string, title: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type NoticePublishMutationVariables = Exact<{
  input: NoticeIdInput;
}>;


export type NoticePublishMutation = { __typename: 'Mutation', noticePublish: { __typename: 'NoticePayload', notice: { __typename: 'Notice', id: string, publishedAt: string | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type NoticeUnpublishMutationVariables = Exact<{
  input: NoticeIdInput;
}>;


export type NoticeUnpublishMutation = { __typename: 'Mutation', noticeUnpublish: { __typename: 'NoticePayload', notice: { __typename: 'Notice', id: string, publishedAt: string | null } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type NoticeDeleteMutationVariables = Exact<{
  input: NoticeIdInput;
}>;


export type NoticeDeleteMutation = { __typename: 'Mutation', noticeDelete: { __typename: 'NoticeDeletePayload', deletedId: string | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type SiteFooterUpdateMutationVariables = Exact<{
  input: SiteFooterInput;
}>;


export type SiteFooterUpdateMutation = { __typename: 'Mutation', siteFooterUpdate: { __typename: 'SiteFooterPayload', site: { __typename: 'Site', id: string, footer: { __typename: 'SiteFooter', organizer: string | null, operatorUnit: string | null, icpRecord: string | null, policeRecord: string | null, phone: string | null, email: string | null, address: string | null } } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type HomeInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeInstitutionsQuery = { __typename: 'Query', institutions: { __typename: 'InstitutionConnection', totalCount: number, nodes: Array<{ __typename: 'Institution', id: string, name: string, type: InstitutionType, columns: Array<ServiceColumn>, description: string }> } };

export type SiteFooterQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteFooterQuery = { __typename: 'Query', currentSite: { __typename: 'Site', id: string, name: string, footer: { __typename: 'SiteFooter', organizer: string | null, operatorUnit: string | null, icpRecord: string | null, policeRecord: string | null, phone: string | null, email: string | null, address: string | null } } };

export type HomeNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeNoticesQuery = { __typename: 'Query', notices: { __typename: 'NoticeConnection', totalCount: number, nodes: Array<{ __typename: 'Notice', id: string, title: string, pinned: boolean, publishedAt: string | null }> } };

export type NoticeListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NoticeListQuery = { __typename: 'Query', notices: { __typename: 'NoticeConnection', totalCount: number, nodes: Array<{ __typename: 'Notice', id: string, title: string, pinned: boolean, publishedAt: string | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type NoticeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailQuery = { __typename: 'Query', notice: { __typename: 'Notice', id: string, title: string, body: string, pinned: boolean, publishedAt: string | null, site: { __typename: 'Site', id: string, name: string } } | null };

export type HomeLatestPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeLatestPoliciesQuery = { __typename: 'Query', policies: { __typename: 'PolicyConnection', nodes: Array<{ __typename: 'Policy', id: string, title: string, publishedOn: string | null }> } };

export type ServiceDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceDetailQuery = { __typename: 'Query', serviceProduct: { __typename: 'ServiceProduct', id: string, name: string, column: ServiceColumn, subcategory: string, description: string, form: ServiceForm, feeType: FeeType, priceTerms: string | null, regionNames: Array<string>, targetAudience: string, contactName: string, contactPhone: string, process: Array<{ __typename: 'ProcessStep', title: string, description: string }>, institution: { __typename: 'Institution', id: string, name: string } | null } | null };

export type DockingSubmitMutationVariables = Exact<{
  input: DockingSubmitInput;
}>;


export type DockingSubmitMutation = { __typename: 'Mutation', dockingSubmit: { __typename: 'DockingPayload', docking: { __typename: 'Docking', id: string, status: DockingStatus } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type ServiceListQueryVariables = Exact<{
  filter?: ServiceProductFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceListQuery = { __typename: 'Query', serviceProducts: { __typename: 'ServiceProductConnection', totalCount: number, nodes: Array<{ __typename: 'ServiceProduct', id: string, name: string, column: ServiceColumn, subcategory: string, form: ServiceForm, feeType: FeeType, regionNames: Array<string>, institution: { __typename: 'Institution', id: string, name: string } | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PendingCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingCountsQuery = { __typename: 'Query', enterprises: { __typename: 'EnterpriseConnection', totalCount: number }, institutions: { __typename: 'InstitutionConnection', totalCount: number }, serviceProducts: { __typename: 'ServiceProductConnection', totalCount: number }, activities: { __typename: 'ActivityConnection', totalCount: number }, demands: { __typename: 'DemandConnection', totalCount: number } };

export type PendingEnterprisesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: ReviewOrder | null | undefined;
}>;


export type PendingEnterprisesQuery = { __typename: 'Query', enterprises: { __typename: 'EnterpriseConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename: 'Enterprise', id: string, name: string, uscc: string, regionName: string | null, industryName: string | null, sizeClass: SizeClass | null, employees: number | null, revenue: number | null, establishedOn: string | null, contactName: string, contactPhone: string, createdAt: string }> } };

export type ReviewEnterpriseMutationVariables = Exact<{
  input: EnterpriseReviewInput;
}>;


export type ReviewEnterpriseMutation = { __typename: 'Mutation', enterpriseReview: { __typename: 'EnterprisePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PendingInstitutionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: ReviewOrder | null | undefined;
}>;


export type PendingInstitutionsQuery = { __typename: 'Query', institutions: { __typename: 'InstitutionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename: 'Institution', id: string, name: string, type: InstitutionType, columns: Array<ServiceColumn>, responsibleDepartment: string, qualifications: string, description: string, contactName: string, contactPhone: string, createdAt: string }> } };

export type ReviewInstitutionMutationVariables = Exact<{
  input: InstitutionReviewInput;
}>;


export type ReviewInstitutionMutation = { __typename: 'Mutation', institutionReview: { __typename: 'InstitutionPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PendingProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: ReviewOrder | null | undefined;
}>;


export type PendingProductsQuery = { __typename: 'Query', serviceProducts: { __typename: 'ServiceProductConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename: 'ServiceProduct', id: string, name: string, column: ServiceColumn, subcategory: string, description: string, feeType: FeeType, priceTerms: string | null, form: ServiceForm, targetAudience: string, regionNames: Array<string>, updatedAt: string, process: Array<{ __typename: 'ProcessStep', title: string }>, institution: { __typename: 'Institution', id: string, name: string } | null }> } };

export type ReviewProductMutationVariables = Exact<{
  input: ServiceProductReviewInput;
}>;


export type ReviewProductMutation = { __typename: 'Mutation', serviceProductReview: { __typename: 'ServiceProductPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PendingActivitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: ReviewOrder | null | undefined;
}>;


export type PendingActivitiesQuery = { __typename: 'Query', activities: { __typename: 'ActivityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename: 'Activity', id: string, name: string, column: ServiceColumn, organisers: Array<string>, startsAt: string, endsAt: string, placeAddress: string | null, onlineUrl: string | null, capacity: number, registrationDeadline: string, targetAudience: string, content: string, createdAt: string, institution: { __typename: 'Institution', id: string, name: string } | null }> } };

export type ReviewActivityMutationVariables = Exact<{
  input: ActivityReviewInput;
}>;


export type ReviewActivityMutation = { __typename: 'Mutation', activityReview: { __typename: 'ActivityPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type PendingDemandsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: ReviewOrder | null | undefined;
}>;


export type PendingDemandsQuery = { __typename: 'Query', demands: { __typename: 'DemandConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename: 'Demand', id: string, name: string, column: ServiceColumn, category: string, description: string, budget: number | null, periodStart: string, periodEnd: string, regionName: string | null, visibility: DemandVisibility, createdAt: string }> }, demandHandlingRules: { __typename: 'DemandHandlingRules', reviewStandards: Array<string> } };

export type ReviewDemandMutationVariables = Exact<{
  input: DemandReviewInput;
}>;


export type ReviewDemandMutation = { __typename: 'Mutation', demandReview: { __typename: 'DemandPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type SearchOpsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SearchOpsQuery = { __typename: 'Query', searchTopQueries: Array<{ __typename: 'SearchQueryStat', query: string, searches: number, clicks: number, zeroResults: number, lastAt: string }>, searchZeroResultQueries: Array<{ __typename: 'SearchQueryStat', query: string, searches: number, lastAt: string }>, searchConcepts: { __typename: 'SearchConceptConnection', totalCount: number, nodes: Array<{ __typename: 'SearchConcept', id: string, phrase: string, expansions: Array<string>, updatedAt: string }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type SaveConceptMutationVariables = Exact<{
  input: SearchConceptInput;
}>;


export type SaveConceptMutation = { __typename: 'Mutation', searchConceptSave: { __typename: 'SearchConceptPayload', concept: { __typename: 'SearchConcept', id: string } | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type DeleteConceptMutationVariables = Exact<{
  input: SearchConceptDeleteInput;
}>;


export type DeleteConceptMutation = { __typename: 'Mutation', searchConceptDelete: { __typename: 'SearchConceptDeletePayload', deletedId: string | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export type SearchHitsFragment = { __typename: 'SearchHitConnection', nodes: Array<{ __typename: 'SearchHit', id: string, kind: string, kindLabel: string, title: string, titleHighlight: string, highlight: string, url: string | null, date: string | null, institution: { __typename: 'Institution', id: string, name: string } | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } };

export type SearchPageQueryVariables = Exact<{
  input: SearchInput;
}>;


export type SearchPageQuery = { __typename: 'Query', search: { __typename: 'SearchResult', totalCount: number, approximate: boolean, related: Array<string>, understanding: { __typename: 'SearchUnderstanding', original: string, normalized: string, converted: string | null, corrected: string | null, didYouMean: string | null, autoRewritten: boolean, expansions: Array<{ __typename: 'SearchExpansion', phrase: string, terms: Array<string> }> }, facets: Array<{ __typename: 'SearchFacet', field: SearchFacetField, buckets: Array<{ __typename: 'SearchFacetBucket', value: string, label: string, count: number }> }>, serviceCards: Array<{ __typename: 'SearchHit', id: string, kind: string, kindLabel: string, title: string, highlight: string, url: string | null, institution: { __typename: 'Institution', id: string, name: string } | null }>, hits: { __typename: 'SearchHitConnection', nodes: Array<{ __typename: 'SearchHit', id: string, kind: string, kindLabel: string, title: string, titleHighlight: string, highlight: string, url: string | null, date: string | null, institution: { __typename: 'Institution', id: string, name: string } | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } };

export type SearchMoreQueryVariables = Exact<{
  input: SearchInput;
}>;


export type SearchMoreQuery = { __typename: 'Query', search: { __typename: 'SearchResult', hits: { __typename: 'SearchHitConnection', nodes: Array<{ __typename: 'SearchHit', id: string, kind: string, kindLabel: string, title: string, titleHighlight: string, highlight: string, url: string | null, date: string | null, institution: { __typename: 'Institution', id: string, name: string } | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } };

export type SearchSuggestQueryVariables = Exact<{
  prefix: string;
}>;


export type SearchSuggestQuery = { __typename: 'Query', searchSuggest: Array<{ __typename: 'SearchSuggestion', text: string, source: SuggestionSource }> };

export type QualificationCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type QualificationCatalogueQuery = { __typename: 'Query', qualificationCatalogue: Array<{ __typename: 'QualificationKind', code: string, name: string, countUnit: string | null }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', currentSite: { __typename: 'Site', id: string, code: string, name: string }, me: { __typename: 'Account', id: string, displayName: string, roles: Array<Role>, secondFactorSetupRequired: boolean, enterprise: { __typename: 'Enterprise', id: string, name: string } | null } | null };

export type WidgetPolicySearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type WidgetPolicySearchQuery = { __typename: 'Query', search: { __typename: 'SearchResult', totalCount: number, hits: { __typename: 'SearchHitConnection', nodes: Array<{ __typename: 'SearchHit', id: string, title: string, url: string | null, date: string | null, site: { __typename: 'Site', name: string } | null }> } } };

export type WidgetPolicyListQueryVariables = Exact<{
  filter?: PolicyFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type WidgetPolicyListQuery = { __typename: 'Query', policies: { __typename: 'PolicyConnection', totalCount: number, nodes: Array<{ __typename: 'Policy', id: string, title: string, departments: Array<string>, publishedOn: string | null, site: { __typename: 'Site', name: string } }> } };

export type WidgetActivityListQueryVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type WidgetActivityListQuery = { __typename: 'Query', activities: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, name: string, startsAt: string, endsAt: string, placeAddress: string | null, institution: { __typename: 'Institution', name: string } | null }> } };

export type WidgetSiteQueryVariables = Exact<{ [key: string]: never; }>;


export type WidgetSiteQuery = { __typename: 'Query', currentSite: { __typename: 'Site', name: string, regionCode: string } };

export type WidgetNeedSubmitMutationVariables = Exact<{
  input: EntrepreneurshipNeedSubmitInput;
}>;


export type WidgetNeedSubmitMutation = { __typename: 'Mutation', entrepreneurshipNeedSubmit: { __typename: 'ColumnNeedPayload', trackingCode: string | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: string | null, message: string }> } };

export const StatsRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinSla"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"amountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"headcountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"matchRate"}},{"kind":"Field","name":{"kind":"Name","value":"slaRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]} as unknown as DocumentNode<StatsRowFragment, unknown>;
export const PlatformDockingSlaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformDockingSlaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformDockingSla"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"replyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PlatformDockingSlaFieldsFragment, unknown>;
export const DockingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingFieldsFragment, unknown>;
export const EnterpriseDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rdRatio"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnterpriseDetailFragment, unknown>;
export const PartnerClientFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PartnerClientFieldsFragment, unknown>;
export const EditorTransitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditorTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EditorTransitionFragment, unknown>;
export const PolicyListItemsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyListItems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PolicyListItemsFragment, unknown>;
export const PolicySubscriptionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicySubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"policyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PolicySubscriptionFieldsFragment, unknown>;
export const MatchExplanationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchExplanation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCount"}},{"kind":"Field","name":{"kind":"Name","value":"uncheckedSentences"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSentence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSentence"}}]}}]}}]}}]} as unknown as DocumentNode<MatchExplanationFragment, unknown>;
export const SearchHitsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<SearchHitsFragment, unknown>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:c80a177ef2c2776b55876358ca8b12441c09b016d00bdaf990bff34e197f6407"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const TotpEnrolDocument = {"__meta__":{"hash":"sha256:f702c63afd5ae33c9a0b8ca069e635776b1ed61e007438a7d3cace93ada134be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TotpEnrol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnrol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TotpEnrolMutation, TotpEnrolMutationVariables>;
export const TotpConfirmDocument = {"__meta__":{"hash":"sha256:bf7f51475701f88b5f39c2cc8777f16f947638ba65818e00b8aa94e470449939"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TotpConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TotpConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totpConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TotpConfirmMutation, TotpConfirmMutationVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:adb47967dadcc27436eb8fa7e61aea514069711d48eb05e7e4a6d3532958e997"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const PasswordResetRequestDocument = {"__meta__":{"hash":"sha256:2f59b5cc0275a4cb10538b4216bee1e0470610466361cee7737f3c9cc9eda176"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordResetRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordResetRequestMutation, PasswordResetRequestMutationVariables>;
export const PasswordResetConfirmDocument = {"__meta__":{"hash":"sha256:eed2167e0e02ca606607ce9cbe731e62f668cc3f25023a862a40fb5dbd4118f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordResetConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reset"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordResetConfirmMutation, PasswordResetConfirmMutationVariables>;
export const AccountRegisterDocument = {"__meta__":{"hash":"sha256:44d1ac9b7ee9a6ca660845655115510a29f1e718a8b596da07f32b6cf1cbcf34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountRegisterMutation, AccountRegisterMutationVariables>;
export const ActivityListDocument = {"__meta__":{"hash":"sha256:4ac87ae1b069897aadc8649116dedf22672deba5ba49bca51b6a501ccd38d66e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityListQuery, ActivityListQueryVariables>;
export const ActivityDetailDocument = {"__meta__":{"hash":"sha256:7d8c44f977e1f793139975bd6c473678f79556de216f73418fcbd116521936b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudience"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"logoDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"viewerInvited"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"ticketCode"}},{"kind":"Field","name":{"kind":"Name","value":"ticketQrSvg"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityDetailQuery, ActivityDetailQueryVariables>;
export const ActivityRegisterDocument = {"__meta__":{"hash":"sha256:2bbf29ecfdfb3974cb9c1af19d9fc12bacb5057dd9659451559e2343a3282bc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"ticketCode"}},{"kind":"Field","name":{"kind":"Name","value":"ticketQrSvg"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityRegisterMutation, ActivityRegisterMutationVariables>;
export const ActivityEvaluateDocument = {"__meta__":{"hash":"sha256:eff8db30aa879095fe766d26802540553d099ba6bd08cb2001f82d61cd82762a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEvaluateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityEvaluate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityEvaluateMutation, ActivityEvaluateMutationVariables>;
export const ActivityInvitationsPanelDocument = {"__meta__":{"hash":"sha256:0624f5a32ba80b9efbaa15b245564ecda268717882b1be957515fb7357170191"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityInvitationsPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactKind"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityInvitationsPanelQuery, ActivityInvitationsPanelQueryVariables>;
export const ActivityInvitationsAddDocument = {"__meta__":{"hash":"sha256:9028ce3e06d5df353dab6d3a5fd54d732b5da6339f68b69ee8d278572e2f888d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityInvitationsAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInvitationsAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityInvitationsAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityInvitationsAddMutation, ActivityInvitationsAddMutationVariables>;
export const ActivityInvitationRevokeDocument = {"__meta__":{"hash":"sha256:7c1c5a97e0a1a18d95d0882de105eab704584d087c7aa42e0cc4f162acc43b78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityInvitationRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInvitationRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityInvitationRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityInvitationRevokeMutation, ActivityInvitationRevokeMutationVariables>;
export const ActivityCalendarDocument = {"__meta__":{"hash":"sha256:6ef14aa9161622118270b73bebd5a42e7a0bb8b040c77719e7e74092ee4c815b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityCalendarQuery, ActivityCalendarQueryVariables>;
export const InstitutionActivitiesDocument = {"__meta__":{"hash":"sha256:4145da8481bd03f6ce9d3a0a36ba99c67d0ef5931ac3e8255465963f48d23d33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionActivitiesQuery, InstitutionActivitiesQueryVariables>;
export const CheckInActivityDocument = {"__meta__":{"hash":"sha256:728e253c025b36f7673a16949e4d0106ac190280a2d8bbe387ef1f5cf1d90924"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckInActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInActivityQuery, CheckInActivityQueryVariables>;
export const ActivitySummaryPublishDocument = {"__meta__":{"hash":"sha256:aea700c734a7cdcc7b1f1e2d5cfbecfa441ad5f2d66c6a9192ef9ac368bd7171"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivitySummaryPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivitySummaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activitySummaryPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ActivitySummaryPublishMutation, ActivitySummaryPublishMutationVariables>;
export const ActivityCheckInDocument = {"__meta__":{"hash":"sha256:e1e16bcf277ee0041d6973a55e4241bb09d6d2bd2ac7fa715962f74043ae0522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityCheckInMutation, ActivityCheckInMutationVariables>;
export const ActivityStatisticsXlsxDocument = {"__meta__":{"hash":"sha256:fcd526e81612b8efc805ca4826b780e74d43d4d9c5e96b0a8daaf0d1fe8ab350"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityStatisticsXlsx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityStatsGroup"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityStatisticsXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ActivityStatisticsXlsxQuery, ActivityStatisticsXlsxQueryVariables>;
export const InstitutionViewerDocument = {"__meta__":{"hash":"sha256:04ffca520537f124251d7920a0c623e25fff71729e7d48ae00c1f500004bb2b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionViewerQuery, InstitutionViewerQueryVariables>;
export const MyRegistrationsDocument = {"__meta__":{"hash":"sha256:6233b207d27ae617dc19da5eaf3e5de1f3ec9ee6391576518d539bcd9b3df00e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myActivityRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticketCode"}},{"kind":"Field","name":{"kind":"Name","value":"ticketQrSvg"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyRegistrationsQuery, MyRegistrationsQueryVariables>;
export const MyRegistrationCancelDocument = {"__meta__":{"hash":"sha256:00c7a7624ba74da55123533e69020e2df591fa4c2452d66627fbdb7aa3c5e26d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyRegistrationCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityRegistrationCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticketQrSvg"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyRegistrationCancelMutation, MyRegistrationCancelMutationVariables>;
export const DiagnosisRequestSubmitDocument = {"__meta__":{"hash":"sha256:7d710f3023846d09b106c3a4cae7d2517bfc65655944410d2989687c2dab949d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiagnosisRequestSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosisRequestSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisRequestSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DiagnosisRequestSubmitMutation, DiagnosisRequestSubmitMutationVariables>;
export const AdvisoryCategoriesDocument = {"__meta__":{"hash":"sha256:6ecfbeb00745f48ecdd62e0904aab5ebfc718044f999422dc36f4172d1321f45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvisoryCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"technology"},"name":{"kind":"Name","value":"serviceCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"TECHNOLOGY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"consulting"},"name":{"kind":"Name","value":"serviceCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"CONSULTING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<AdvisoryCategoriesQuery, AdvisoryCategoriesQueryVariables>;
export const StartupResourcesDocument = {"__meta__":{"hash":"sha256:0794472a3c87bd0f3d8c1b4c62caab7d993f4fb6b937ae2fbc3114e2ebc97e1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartupResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartupResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startupResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"priceYuanPerM2Month"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StartupResourcesQuery, StartupResourcesQueryVariables>;
export const StartupNeedBoardDocument = {"__meta__":{"hash":"sha256:da2b91f50d0bf54e29a92cb2c7668e44378eb4a45bb60b33e798ec2fb86003d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartupNeedBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartupNeedBoardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startupNeedBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StartupNeedBoardQuery, StartupNeedBoardQueryVariables>;
export const EntrepreneurshipNeedSubmitDocument = {"__meta__":{"hash":"sha256:c2c1bdfbd10eacd84db66f3a5ce6923585437f41ba0001b3fe7ee7714e015679"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntrepreneurshipNeedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntrepreneurshipNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurshipNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EntrepreneurshipNeedSubmitMutation, EntrepreneurshipNeedSubmitMutationVariables>;
export const ColumnNeedByTrackingCodeDocument = {"__meta__":{"hash":"sha256:ab7ee294c10338fb6cda74a25abd9a5a6eedfc5edd4636f36cc94494cc3050fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnNeedByTrackingCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columnNeedByTrackingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnNeedByTrackingCodeQuery, ColumnNeedByTrackingCodeQueryVariables>;
export const FinancingRoutesDocument = {"__meta__":{"hash":"sha256:4f437c9a929cf65c92ddd9e0479ff0dd335e70a2878d3b0627f56156da9e0662"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"financingRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"suitableFor"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"tips"}}]}}]}}]} as unknown as DocumentNode<FinancingRoutesQuery, FinancingRoutesQueryVariables>;
export const FinancingProductsDocument = {"__meta__":{"hash":"sha256:73c3be28eeabae8e4b5104c822d761d1f5b4d159e3f95d0dda141851c28a108b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"financingProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"termMinMonths"}},{"kind":"Field","name":{"kind":"Name","value":"termMaxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rateMin"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"collateralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FinancingProductsQuery, FinancingProductsQueryVariables>;
export const FinancingNeedSubmitDocument = {"__meta__":{"hash":"sha256:97ac25d4d2cecafc747c9de1ffde85326a7e8f3e63bb0704f92c7b183023db0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinancingNeedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"financingNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FinancingNeedSubmitMutation, FinancingNeedSubmitMutationVariables>;
export const MyCreditRatingDocument = {"__meta__":{"hash":"sha256:15e1c5b869d6aa24480050a6be22206ce1ee7a5e0f56cc44e7074c6825bcfc7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCreditRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCreditRatingQuery, MyCreditRatingQueryVariables>;
export const InstitutionColumnNeedsDocument = {"__meta__":{"hash":"sha256:b7840f49bf3136de87d14a24d7ece7edf9115a411bb121e4ddf7b0b5202a08ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionColumnNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"institutionColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"financing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"creditRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionColumnNeedsQuery, InstitutionColumnNeedsQueryVariables>;
export const ColumnNeedReplyDocument = {"__meta__":{"hash":"sha256:993516f559bce61a581d053f06e9b1a981531e10ee045bbf5ec078eb7bb83e0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnNeedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columnNeedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstRepliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnNeedReplyMutation, ColumnNeedReplyMutationVariables>;
export const ColumnNeedDetailDocument = {"__meta__":{"hash":"sha256:fc1e73288b7f8b6fa9659dd0cde7fadd3e4998eafb2bcd75d307c7a50326a9a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnNeedDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columnNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstRepliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"financing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"collateral"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMin"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMax"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"termMinMonths"}},{"kind":"Field","name":{"kind":"Name","value":"termMaxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rateMin"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"collateralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearMisses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"termMinMonths"}},{"kind":"Field","name":{"kind":"Name","value":"termMaxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rateMin"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"collateralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnNeedDetailQuery, ColumnNeedDetailQueryVariables>;
export const ColumnNeedStartDockingDocument = {"__meta__":{"hash":"sha256:d33b1713c318847d3c2cfd30fcb78f351aff40a5a8495ab71bdcf4b5ceeaf6c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnNeedStartDocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedDockingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columnNeedStartDocking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnNeedStartDockingMutation, ColumnNeedStartDockingMutationVariables>;
export const ColumnNeedCloseDocument = {"__meta__":{"hash":"sha256:37f4b63ef2fe61b3c23f3d9347c9e2e0d38d1c114557d147998faa1a13271c1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnNeedClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columnNeedClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnNeedCloseMutation, ColumnNeedCloseMutationVariables>;
export const ColumnNeedRecordAmountFinancedDocument = {"__meta__":{"hash":"sha256:06ce47c46f5de9c951dc1999c4c5bdc2c664783ed6f2c034f3d42cfcce5042b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnNeedRecordAmountFinanced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedAmountFinancedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columnNeedRecordAmountFinanced"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnNeedRecordAmountFinancedMutation, ColumnNeedRecordAmountFinancedMutationVariables>;
export const ScenarioDocument = {"__meta__":{"hash":"sha256:a1425aa0db9a972d40c08049f05f1063cc0ca5d28c54abe2bd43736a053e5a13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requiresLogin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"rateMin"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startupResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioQuery, ScenarioQueryVariables>;
export const ColumnStatisticsDocument = {"__meta__":{"hash":"sha256:420d1630318bdfcf07bf0c66fd7eb32429f5e6850483d664ababc912ff856339"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnStatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"table"},"name":{"kind":"Name","value":"columnStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"trend"},"name":{"kind":"Name","value":"columnStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinSla"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinSla"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"amountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"headcountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"matchRate"}},{"kind":"Field","name":{"kind":"Name","value":"slaRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]} as unknown as DocumentNode<ColumnStatisticsQuery, ColumnStatisticsQueryVariables>;
export const ColumnStatisticsCsvDocument = {"__meta__":{"hash":"sha256:cf038ff5d6f83228c166d8dd032c4eb243b57a29b73e3f64b992337113288fb6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnStatisticsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnStatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columnStatisticsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<ColumnStatisticsCsvQuery, ColumnStatisticsCsvQueryVariables>;
export const ColumnStatisticsXlsxDocument = {"__meta__":{"hash":"sha256:e32a43a360c2ffc552de30ad584f310d767e72871783e8149198c424f8ecbcd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnStatisticsXlsx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnStatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columnStatisticsXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ColumnStatisticsXlsxQuery, ColumnStatisticsXlsxQueryVariables>;
export const TalentNeedSubmitDocument = {"__meta__":{"hash":"sha256:9e4f4b24a9d8b99514fc5cc85e38efc6a09aa699b9457b30350924fa42bf2416"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TalentNeedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"talentNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TalentNeedSubmitMutation, TalentNeedSubmitMutationVariables>;
export const ColumnCatalogueDocument = {"__meta__":{"hash":"sha256:bfa22e43182a9e0612c21c97b129e2ca3ba2c380b4105a10b509f9d34af6866e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"column"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceColumn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"column"},"value":{"kind":"Variable","name":{"kind":"Name","value":"column"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ColumnCatalogueQuery, ColumnCatalogueQueryVariables>;
export const ColumnServicesDocument = {"__meta__":{"hash":"sha256:3cf7279145e5a2be23f16e0300edb094cff11250166f5ac2a59687daf82ebbf4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"column"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceColumn"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"column"},"value":{"kind":"Variable","name":{"kind":"Name","value":"column"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"feeType"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"column"},"value":{"kind":"Variable","name":{"kind":"Name","value":"column"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeats"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnServicesQuery, ColumnServicesQueryVariables>;
export const MyColumnNeedsDocument = {"__meta__":{"hash":"sha256:ffd85d0e110f6b57083a14cbd42a12b9d2c99ba7d1b957b16c24eda3019f79d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyColumnNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyColumnNeedsQuery, MyColumnNeedsQueryVariables>;
export const MyProfileConsentsDocument = {"__meta__":{"hash":"sha256:5026fc4d780838be55090803a44f78327d6fc56286ebefc8408e1f8af14ff426"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfileConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myProfileConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileConsentsQuery, MyProfileConsentsQueryVariables>;
export const ProfileConsentGrantDocument = {"__meta__":{"hash":"sha256:46631612f03b2d8e00a032495c10c35c254065d012a855a69c24b9fc1d4eb814"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProfileConsentGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"profileConsentGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProfileConsentGrantMutation, ProfileConsentGrantMutationVariables>;
export const ProfileConsentRevokeDocument = {"__meta__":{"hash":"sha256:7b20dc13d7ba5203ffd22be25861b26deaf180e60a0d216824d35b5e8ab8baa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProfileConsentRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"profileConsentRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProfileConsentRevokeMutation, ProfileConsentRevokeMutationVariables>;
export const ColumnsProfileSummaryDocument = {"__meta__":{"hash":"sha256:5d3f2516d97314447e2b7c3b6c907a2eba9015f319def27ea72007cb0c21629c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsProfileSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsProfileSummaryQuery, ColumnsProfileSummaryQueryVariables>;
export const DemandCreateDocument = {"__meta__":{"hash":"sha256:e4a5b36599f119e3858de014c18eb889b0ad882524b341ba85b055eb7b80b806"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demandCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DemandCreateMutation, DemandCreateMutationVariables>;
export const MyDemandsDocument = {"__meta__":{"hash":"sha256:210513eb5581a53ab6d2a3075e7b747e3520ed8dbd61558f92e5fb5b6c54eb0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDemands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyDemandsQuery, MyDemandsQueryVariables>;
export const DemandDetailDocument = {"__meta__":{"hash":"sha256:3c1c2285217299e1df765c86f62d9a11f4f9ef397591b84690355e240b26924a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DemandDetailQuery, DemandDetailQueryVariables>;
export const DemandChooseOfferDocument = {"__meta__":{"hash":"sha256:9d0795348836e850a002354e4558a73012a985973afae876fe6457622c28ae62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandChooseOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandChooseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demandChooseOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DemandChooseOfferMutation, DemandChooseOfferMutationVariables>;
export const DemandCancelDocument = {"__meta__":{"hash":"sha256:912bb2af161c735d648d530f93b485bfafd361b680f39a123ca2de9129dd131b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demandCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DemandCancelMutation, DemandCancelMutationVariables>;
export const DemandBoardDocument = {"__meta__":{"hash":"sha256:24f0b97065d8470283b7abb8d0632d82c0fae65ab9c55f2b3ef3a445626bfe39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandBoardQuery, DemandBoardQueryVariables>;
export const DemandOfferDocument = {"__meta__":{"hash":"sha256:d61ca39039ec08c726165f07d15b9b725a67fcda4b3dad99fd3fccb5b59c15cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demandOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DemandOfferMutation, DemandOfferMutationVariables>;
export const DockingAcceptDocument = {"__meta__":{"hash":"sha256:0038ef491f4776d485a3c2efed71769d7a862b65f837b77373696749fbc10fe4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockingAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingAcceptMutation, DockingAcceptMutationVariables>;
export const DockingDeclineDocument = {"__meta__":{"hash":"sha256:544b140dbe03e1a69e4463bdd30cb8005c39c156bc88ca064948a953d1015ba0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockingDecline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingDeclineMutation, DockingDeclineMutationVariables>;
export const DockingStartDocument = {"__meta__":{"hash":"sha256:ccd57654a581387eee18a1ba0412acba0892db2ebd12830a6c678bafaf780754"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockingStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingStartMutation, DockingStartMutationVariables>;
export const DockingCompleteDocument = {"__meta__":{"hash":"sha256:824a5d7302bd54b33b2f793fca2ef67c2b60905168c15a94171f24b6a79a724d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockingComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingCompleteMutation, DockingCompleteMutationVariables>;
export const DockingCancelDocument = {"__meta__":{"hash":"sha256:5ff3604587cfbe845891be06446232c6695dd7d20747cd68747a8d934aca889d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockingCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingCancelMutation, DockingCancelMutationVariables>;
export const DockingUrgeDocument = {"__meta__":{"hash":"sha256:0fc54255bc2245a5d3e766411f94c9f832d8dd9ee956fa725395a84f9faf3690"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingUrge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockingUrge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingUrgeMutation, DockingUrgeMutationVariables>;
export const DockingMessageSendDocument = {"__meta__":{"hash":"sha256:09c1aa114c01f27ec01f389fbf4ed2a1c9584aa49a296e994ca64d7f9c396d38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingMessageSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockingMessageSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingMessageSendMutation, DockingMessageSendMutationVariables>;
export const DockingEvaluateDocument = {"__meta__":{"hash":"sha256:7c5da294331b5e20e27f64746003f05723fe8290e151520f528f6c61eaf964bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingEvaluateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockingEvaluate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingEvaluateMutation, DockingEvaluateMutationVariables>;
export const DockingEvaluationReplyDocument = {"__meta__":{"hash":"sha256:8359f4c3be6861b3de390fcf468217b62399da33efe6d72bdf5eeee2b8ed0107"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingEvaluationReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingEvaluationReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockingEvaluationReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingEvaluationReplyMutation, DockingEvaluationReplyMutationVariables>;
export const PlatformDockingSlaDocument = {"__meta__":{"hash":"sha256:9cff3e3c001d66d87a87470610c984a76bb2bcb9764bea079ba3da785a60cd66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformDockingSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"platformDockingSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformDockingSlaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformDockingSlaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformDockingSla"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"replyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PlatformDockingSlaQuery, PlatformDockingSlaQueryVariables>;
export const PlatformDockingSlaUpdateDocument = {"__meta__":{"hash":"sha256:b932ede294a9f5e4f2f366bb83609e86428c0d4ac119f0208bce848200168095"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlatformDockingSlaUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformDockingSlaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"platformDockingSlaUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformDockingSlaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformDockingSlaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformDockingSla"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"replyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PlatformDockingSlaUpdateMutation, PlatformDockingSlaUpdateMutationVariables>;
export const PlatformDockingSlaResetDocument = {"__meta__":{"hash":"sha256:396dfbf218ce3fa1e202b1b6db1d9c260ce002b519133c9e5e5439a3aca22a03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlatformDockingSlaReset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"platformDockingSlaReset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformDockingSlaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformDockingSlaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformDockingSla"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"replyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PlatformDockingSlaResetMutation, PlatformDockingSlaResetMutationVariables>;
export const DockingViewDocument = {"__meta__":{"hash":"sha256:155a7036f249c629d533c49ff2fdefc6cb0ef98ce8ac78f9e1917583cddd9419"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingViewQuery, DockingViewQueryVariables>;
export const DockingLiveDocument = {"__meta__":{"hash":"sha256:ec446deb53ad0da0057f3e25a81835cc8c64d3bc1087f3d7574ec3ddad255383"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DockingLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dockingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Docking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]} as unknown as DocumentNode<DockingLiveSubscription, DockingLiveSubscriptionVariables>;
export const InstitutionDockingsDocument = {"__meta__":{"hash":"sha256:35f55706ed68b5792ae05fe0246d83285668de69253b293e90e1f1c24866922f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionDockings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dockingStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"urges"}},{"kind":"Field","name":{"kind":"Name","value":"averageFirstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}}]}}]} as unknown as DocumentNode<InstitutionDockingsQuery, InstitutionDockingsQueryVariables>;
export const MyDockingsDocument = {"__meta__":{"hash":"sha256:8726cc2fd5e1614d40c66386ac250652a9ec30ab03dc0f0187712feb17459e1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDockings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyDockingsQuery, MyDockingsQueryVariables>;
export const UnreadRemindersDocument = {"__meta__":{"hash":"sha256:3a75f77c9d31ed0c28d63eb9b7e5936d2b7f7d1ebe9e5e9c800f633e0c33f39c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"demandId"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnreadRemindersQuery, UnreadRemindersQueryVariables>;
export const ReminderLiveDocument = {"__meta__":{"hash":"sha256:be368cfc2513be971b3b999623f512aba709ebb19083884cdf01bfef2246723c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReminderLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ReminderLiveSubscription, ReminderLiveSubscriptionVariables>;
export const ReminderMarkReadDocument = {"__meta__":{"hash":"sha256:ff746e74655223ae6dec0e089160372329d1a6c8c1ac1839f6d2340b679ffa86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReminderMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReminderMarkReadMutation, ReminderMarkReadMutationVariables>;
export const DockingListLiveDocument = {"__meta__":{"hash":"sha256:9f45c77cbe24ade4b67d14f24f00449879f96e4fbcf855400ffeaa94b34b2b6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DockingListLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DockingListLiveSubscription, DockingListLiveSubscriptionVariables>;
export const MyEnterpriseDocument = {"__meta__":{"hash":"sha256:1287ffe2e20b4fb5017a7da39b7240fcb6da657a5c62fc87e383eaa5b89b9e40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseRole"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rdRatio"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyEnterpriseQuery, MyEnterpriseQueryVariables>;
export const MyEnterpriseReviewedDocument = {"__meta__":{"hash":"sha256:dd73cc3e733170f5fd9e8b1945d75e481bf2cfa79ec67aab61cd3736e684d949"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyEnterpriseReviewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterpriseReviewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rdRatio"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyEnterpriseReviewedSubscription, MyEnterpriseReviewedSubscriptionVariables>;
export const EnterpriseUpdateDocument = {"__meta__":{"hash":"sha256:04153856503bd61d7720938776285dcaf712ce4a6ff6b9229c6a2b9959509918"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rdRatio"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnterpriseUpdateMutation, EnterpriseUpdateMutationVariables>;
export const EnterpriseRegisterDocument = {"__meta__":{"hash":"sha256:1f969cb18a5988a4f4909dabd6951d47d277d65ccf8d3a4c69b161b101125488"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rdRatio"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnterpriseRegisterMutation, EnterpriseRegisterMutationVariables>;
export const MyEnterpriseForEditDocument = {"__meta__":{"hash":"sha256:9863dc48f2025b8c5b376a16b44b8d405c8515002e1ca3158af070ddee4e19a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnterpriseForEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseRole"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rdRatio"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyEnterpriseForEditQuery, MyEnterpriseForEditQueryVariables>;
export const GuidesDocument = {"__meta__":{"hash":"sha256:398378ef010a90d85e86621dc0921cacdcb459b12b85187c131b6e3eebb4d1e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<GuidesQuery, GuidesQueryVariables>;
export const GuideDocument = {"__meta__":{"hash":"sha256:3588f231d123fee91d9b4d168deeac0aed7ef49ef0b15c5b952514c6ab6c2789"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Guide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuideQuery, GuideQueryVariables>;
export const InstitutionDirectoryDocument = {"__meta__":{"hash":"sha256:df6ff2b22b3fdaff6b6e99c37147cdcbabb17fcb46c5c71027ee4f79132a5136"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"regionNames"}},{"kind":"Field","name":{"kind":"Name","value":"listedProductCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionDirectoryQuery, InstitutionDirectoryQueryVariables>;
export const InstitutionPageDocument = {"__meta__":{"hash":"sha256:4c64952af2e366aa73b642911acdf59fcd29ecf5cbb6ef7f4393512488074690"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"dockingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"averageFirstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseOnTimeRate"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionPageQuery, InstitutionPageQueryVariables>;
export const InstitutionOfferingsDocument = {"__meta__":{"hash":"sha256:a78daefaed46dca130edff6cfe4c83e9b4cb4e9239491f09cc39aa4044f1f5b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionOfferings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productFilter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityFilter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"feeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeats"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionOfferingsQuery, InstitutionOfferingsQueryVariables>;
export const NotificationDeliveriesDocument = {"__meta__":{"hash":"sha256:0bdec8a20f165329d47feb9dddceaee66a6fba6b8d29171d2b99ac94c72a35e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notificationId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationDeliveriesQuery, NotificationDeliveriesQueryVariables>;
export const NotificationDeliveryRetryDocument = {"__meta__":{"hash":"sha256:1250c4abe484ef6eb7ee4b12cd48bc4dd28656b48e679b8a6ac5c38610b00734"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationDeliveryRetry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDeliveryRetry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationDeliveryRetryMutation, NotificationDeliveryRetryMutationVariables>;
export const MyNotificationsDocument = {"__meta__":{"hash":"sha256:a4ca42216a0aa1820ba4480bd6ac2411d7bc4a7fa354a9b225fb277755d1d593"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myUnreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MyNotificationArrivedDocument = {"__meta__":{"hash":"sha256:afd1187ae2af8f0fe51113db7a0f2eb11cd1a861a2810e740619a6b6d9c18230"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyNotificationArrived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MyNotificationArrivedSubscription, MyNotificationArrivedSubscriptionVariables>;
export const MyNotificationsMarkReadDocument = {"__meta__":{"hash":"sha256:642f3e8bfa616b713424d5fb60d2595ec809349d85454b675339879a1ece8e51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyNotificationsMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationsMarkReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myNotificationsMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsMarkReadMutation, MyNotificationsMarkReadMutationVariables>;
export const MyNotificationsMarkAllReadDocument = {"__meta__":{"hash":"sha256:44c9d28b7f8ad1ab39c9112284cc19c98dccbd9d38e2265aee8dd36ff3328ca2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyNotificationsMarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myNotificationsMarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsMarkAllReadMutation, MyNotificationsMarkAllReadMutationVariables>;
export const UnreadNotificationCountDocument = {"__meta__":{"hash":"sha256:b3f327cf5b8efd8ffb30ea856b0294308d6db7e555ff4583481290c8460ffe46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myUnreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const UnreadNotificationCountLiveDocument = {"__meta__":{"hash":"sha256:da7d7654a3cfa924ac248c3642ea21c9908a2a1844fb0571c1770224de7f8b73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UnreadNotificationCountLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUnreadNotificationCountChanged"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountLiveSubscription, UnreadNotificationCountLiveSubscriptionVariables>;
export const NotificationPreferencesDocument = {"__meta__":{"hash":"sha256:60544aa780cbfbd8bdbff3cbe215df55f33c4172b90a0e5787cc4da16293b23a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quietStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietEnd"}},{"kind":"Field","name":{"kind":"Name","value":"emailDailyCap"}},{"kind":"Field","name":{"kind":"Name","value":"smsDailyCap"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasMobile"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const NotificationPreferencesUpdateDocument = {"__meta__":{"hash":"sha256:a27298a5e097265930a694366b5c04dafee410677eed1a1b6435d736a94c27a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationPreferencesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferencesUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quietStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietEnd"}},{"kind":"Field","name":{"kind":"Name","value":"emailDailyCap"}},{"kind":"Field","name":{"kind":"Name","value":"smsDailyCap"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesUpdateMutation, NotificationPreferencesUpdateMutationVariables>;
export const NotificationUnsubscribeDocument = {"__meta__":{"hash":"sha256:78dba4bf4dc9d06fbd73a74ecfe7c7fb9a5aab4b42786861032bdb7ce5688f4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notificationUnsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationUnsubscribeMutation, NotificationUnsubscribeMutationVariables>;
export const ApiClientsDocument = {"__meta__":{"hash":"sha256:839fd25468369181fabcd1cf2cb85566b9d869830a1fdcff6dbf3370319e6afc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ApiClientsQuery, ApiClientsQueryVariables>;
export const PartnerClientCreateDocument = {"__meta__":{"hash":"sha256:d19411cc2776e451c215f358bf50e53e5a96b041cc82fa2087156cf5ec10fc10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerClientCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClientCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PartnerClientCreateMutation, PartnerClientCreateMutationVariables>;
export const PartnerClientUpdateDocument = {"__meta__":{"hash":"sha256:d69f67f502291490f667d2edf46bcc1a6060f6f41ac25e8dd672a85fbd9a2e10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerClientUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClientUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PartnerClientUpdateMutation, PartnerClientUpdateMutationVariables>;
export const PartnerClientRotateDocument = {"__meta__":{"hash":"sha256:3224c20bb24bc56b31d8c0a6d45cd9e3ce9151ead96d3e30fa0d114af2f5cae8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerClientRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientSecretRotateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClientSecretRotate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PartnerClientRotateMutation, PartnerClientRotateMutationVariables>;
export const PartnerClientRevokeDocument = {"__meta__":{"hash":"sha256:1e7098a8f74921ed8e7ec89a080a99ec5241d69ae01c0310576d2ecbaf685883"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerClientRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClientRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PartnerClientRevokeMutation, PartnerClientRevokeMutationVariables>;
export const AdminPolicyListDocument = {"__meta__":{"hash":"sha256:215e7251fc9d303f9b690f871cf106e2df77d2a86ad8d56677eb76ec1b68d10b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPolicyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED_AT_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPolicyListQuery, AdminPolicyListQueryVariables>;
export const PolicyEditorAttachmentsDocument = {"__meta__":{"hash":"sha256:6e8ae67d996d986c3c2443f88c20f5fd9ec7e628cd60b4d1f0f7e9b593a4aebc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyEditorAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyEditorAttachmentsQuery, PolicyEditorAttachmentsQueryVariables>;
export const PolicyAttachmentAddUploadDocument = {"__meta__":{"hash":"sha256:74449c7af96c0528965b7a52f2417cd316b3487d2b1eaae54627b3548366f130"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyAttachmentAddUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyAttachmentAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyAttachmentAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyAttachmentAddUploadMutation, PolicyAttachmentAddUploadMutationVariables>;
export const PolicyAttachmentRemoveDocument = {"__meta__":{"hash":"sha256:c1641df94caf0e8e44b2a08e37b57e5d5c93bd37e9f3256584e14706eac697a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyAttachmentRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyAttachmentRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyAttachmentRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyAttachmentRemoveMutation, PolicyAttachmentRemoveMutationVariables>;
export const PolicyConditionsDocument = {"__meta__":{"hash":"sha256:11f38af27b9752a06caf45212a7efa5e5215b8e529f78daca07117dc15d65a37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyConditions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"}},{"kind":"Field","name":{"kind":"Name","value":"conditionSentences"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"changeable"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSentence"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyConditionsQuery, PolicyConditionsQueryVariables>;
export const PolicyConditionsSetDocument = {"__meta__":{"hash":"sha256:e4e63c1d297692f8c1c0d9b93c2ef347cab6a2630dbebd134827589e8a8bfc45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyConditionsSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyConditionsSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyConditionsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"changeable"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSentence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyConditionsSetMutation, PolicyConditionsSetMutationVariables>;
export const InboxDocument = {"__meta__":{"hash":"sha256:0bf4e9bfb1864e4dcf00420b377f66e75e9ee9a3d96b0b8603dc0ce6e2601f45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notificationUnreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const NotificationLiveDocument = {"__meta__":{"hash":"sha256:cbfbeb30cce65a3f2b77a7e06af69baf732ae50131e37a9468662f3fdf6ab7f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NotificationLiveSubscription, NotificationLiveSubscriptionVariables>;
export const NotificationMarkReadDocument = {"__meta__":{"hash":"sha256:b67d5b5a34036b14c3e33a0438480cb3230ce387e680c124349d94f75e6d6799"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationMarkReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notificationMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationMarkReadMutation, NotificationMarkReadMutationVariables>;
export const InboxUnsubscribeDocument = {"__meta__":{"hash":"sha256:fe5b2ede6a3414b7cec396d165903e24855fa6189027aaea2e9e3a715acab0d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscriptionDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InboxUnsubscribeMutation, InboxUnsubscribeMutationVariables>;
export const PolicyDetailDocument = {"__meta__":{"hash":"sha256:5d011eeef1e4fcec94dea979e237a2639524493f430bd48decb93ebe5c17a638"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDetailQuery, PolicyDetailQueryVariables>;
export const PolicyMatchForPageDocument = {"__meta__":{"hash":"sha256:a0ff9b9695940fd0111a0d02bc191d092c280b42049337ec24716c7ca95655f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatchForPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchExplanation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchExplanation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCount"}},{"kind":"Field","name":{"kind":"Name","value":"uncheckedSentences"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSentence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSentence"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatchForPageQuery, PolicyMatchForPageQueryVariables>;
export const PolicyEditorDocument = {"__meta__":{"hash":"sha256:c076d2b432b8715eb50fd5ff0bc370f48e4b7ef188afeaa04ed9d9886d5e0b55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"hotWords"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}}]}}]}}]} as unknown as DocumentNode<PolicyEditorQuery, PolicyEditorQueryVariables>;
export const EditorProvinceOnlySetDocument = {"__meta__":{"hash":"sha256:fddc9c5715ba6bcadf28bba0d4fb6bd7d52e11b1cc26e92156f4c8303cde2fa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorProvinceOnlySet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvinceOnlySetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnlySet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditorProvinceOnlySetMutation, EditorProvinceOnlySetMutationVariables>;
export const EditorPolicyCreateDocument = {"__meta__":{"hash":"sha256:242edcc0a6572c7c0b56b7ea0c0bb15c87df76b5e437ab23b3f5b1b4b9a0bc76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorPolicyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditorPolicyCreateMutation, EditorPolicyCreateMutationVariables>;
export const EditorPolicyUpdateDocument = {"__meta__":{"hash":"sha256:7149697c4dab218e3fcbcdc617c349e6dd39f381671441de03313bd8f70d69bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorPolicyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditorPolicyUpdateMutation, EditorPolicyUpdateMutationVariables>;
export const EditorPolicySubmitDocument = {"__meta__":{"hash":"sha256:4da68a87b0baccd01151b14c70d4df510cb9b22b013da407903d2e3cb08330f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorPolicySubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policySubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditorTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditorTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EditorPolicySubmitMutation, EditorPolicySubmitMutationVariables>;
export const EditorPolicyPublishDocument = {"__meta__":{"hash":"sha256:7aacada3dfafb1a37a2be4f5202102e857896b023ad3ca60f5c25332b62dc24e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorPolicyPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditorTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditorTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EditorPolicyPublishMutation, EditorPolicyPublishMutationVariables>;
export const EditorPolicyReviseDocument = {"__meta__":{"hash":"sha256:9b7e369bba3bd55619b7a48854ba469fea9228d27a0fec55c4a8177b80ab77e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorPolicyRevise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyRevise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditorTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditorTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EditorPolicyReviseMutation, EditorPolicyReviseMutationVariables>;
export const EditorPolicyExpireDocument = {"__meta__":{"hash":"sha256:249a98e3ad98c6eb125708235d784ec9fd23568e4f631b7fe7475031fdd9c582"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorPolicyExpire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyExpire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditorTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditorTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EditorPolicyExpireMutation, EditorPolicyExpireMutationVariables>;
export const EditorPolicyWithdrawDocument = {"__meta__":{"hash":"sha256:433726088838737e519a6e4d8941e12cf737d97a1d86caf180d49ab78566bbf9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorPolicyWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditorTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditorTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EditorPolicyWithdrawMutation, EditorPolicyWithdrawMutationVariables>;
export const PolicyListDocument = {"__meta__":{"hash":"sha256:004e40d868fbd564846f49c27729b7f6f38083e80a4c4af7ea3eb36a8c75a0ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyListItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyListItems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PolicyListQuery, PolicyListQueryVariables>;
export const PolicyDepartmentsDocument = {"__meta__":{"hash":"sha256:1fd5708667fe4160a7f935b2e9016bfbead6058f332781e45b6a37e3867863c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyDepartments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<PolicyDepartmentsQuery, PolicyDepartmentsQueryVariables>;
export const PolicyMatchesDocument = {"__meta__":{"hash":"sha256:0307c183c3748de93cd30263f722dde201c7411e22e19225d022134a6bb050a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verdicts"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchVerdict"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verdicts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verdicts"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchExplanation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCount"}},{"kind":"Field","name":{"kind":"Name","value":"uncheckedSentences"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSentence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSentence"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatchesQuery, PolicyMatchesQueryVariables>;
export const PolicyMatchCountsDocument = {"__meta__":{"hash":"sha256:df87afe6bf94981313873d52ee9970229503184df11a8812fe71a4be0c06e16e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatchCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"eligible"},"name":{"kind":"Name","value":"policyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verdicts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ELIGIBLE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"likely"},"name":{"kind":"Name","value":"policyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verdicts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LIKELY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nearMiss"},"name":{"kind":"Name","value":"policyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verdicts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NOT_ELIGIBLE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PolicyMatchCountsQuery, PolicyMatchCountsQueryVariables>;
export const PolicyReachDocument = {"__meta__":{"hash":"sha256:dd5817e1aa6d2f1bc91c6a24f78fb431324e758d469590259a5b25e5e7611847"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyReach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyReach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"likely"}},{"kind":"Field","name":{"kind":"Name","value":"nearMiss"}},{"kind":"Field","name":{"kind":"Name","value":"notified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyReachQuery, PolicyReachQueryVariables>;
export const PolicyReachEnterprisesDocument = {"__meta__":{"hash":"sha256:bf2fc62920d56a46d65ce84c5676ac22a6c043a88d5ad930f47997ff348e94cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyReachEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyReachVerdict"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyReachEnterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyReachEnterprisesQuery, PolicyReachEnterprisesQueryVariables>;
export const PolicyReachXlsxDocument = {"__meta__":{"hash":"sha256:00c3a9fd5dc64299f17a197a5134509704dc69115327bd3254a988d084ace519"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyReachXlsx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyReachVerdict"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyReachXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<PolicyReachXlsxQuery, PolicyReachXlsxQueryVariables>;
export const ReviewQueueDocument = {"__meta__":{"hash":"sha256:94bf7e0ed433d670439f9fdfe5b39a8f199216808bcb9e7f43a8ccfca01902a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const PolicyReviewDocument = {"__meta__":{"hash":"sha256:3c9f6fb5f19722f3276a6797acf277ba499dd42d5f722196f811148a9f2e2af7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyReviewMutation, PolicyReviewMutationVariables>;
export const PolicySubscriptionsDocument = {"__meta__":{"hash":"sha256:dd625fb5efbdf9ed450e94cba61dedb9f8eb0950adf66d8b5cf800c43bd802b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicySubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policySubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicySubscriptionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicySubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"policyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PolicySubscriptionsQuery, PolicySubscriptionsQueryVariables>;
export const PolicySubscriptionCreateDocument = {"__meta__":{"hash":"sha256:4ca87998038a92605c12bd8c3276b770e799c20aae988806424d816dde57c33d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicySubscriptionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscriptionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicySubscriptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicySubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"policyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PolicySubscriptionCreateMutation, PolicySubscriptionCreateMutationVariables>;
export const PolicySubscriptionUpdateDocument = {"__meta__":{"hash":"sha256:b8f481ada297ff1c40403e63613f9bc7614d5581b7a73be776d9d96e8ac86433"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicySubscriptionUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscriptionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicySubscriptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicySubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"policyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PolicySubscriptionUpdateMutation, PolicySubscriptionUpdateMutationVariables>;
export const PolicySubscriptionDeleteDocument = {"__meta__":{"hash":"sha256:5dbce65c808b8ea78f9427844f4a2a0df2f601a9c2264e0505664be42bd53d99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicySubscriptionDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscriptionDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PolicySubscriptionDeleteMutation, PolicySubscriptionDeleteMutationVariables>;
export const PolicyUnsubscribeDocument = {"__meta__":{"hash":"sha256:d37d6fd9c61cc7ceaba7c26362b158d6d9a04e02ec9cb598acfcfd5f427e805d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyUnsubscribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionUnsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyUnsubscribeMutation, PolicyUnsubscribeMutationVariables>;
export const PolicyVersionsDocument = {"__meta__":{"hash":"sha256:8b5ce1c3cb7cda3ad389c87cb9fd1b52012f84f99ef3b618f09a29771b573ef7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyVersionsQuery, PolicyVersionsQueryVariables>;
export const PolicyVersionDiffDocument = {"__meta__":{"hash":"sha256:cf7d04870c57a27279e934574c29c8b8f4442634f7e2bad01302e3232639b8d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyVersionDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersionDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyVersionDiffQuery, PolicyVersionDiffQueryVariables>;
export const AdminNoticesDocument = {"__meta__":{"hash":"sha256:bd30647e72c5e948fffbb7907fc29723c4845da65f4a9d6e36c6ad6ab3c58fb6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"drafts"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminNoticesQuery, AdminNoticesQueryVariables>;
export const NoticeCreateDocument = {"__meta__":{"hash":"sha256:94a6e71683704f30fbde4a0f65d8eedb29d9b6cf02d69ba9beadd56af8b940f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"noticeCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeCreateMutation, NoticeCreateMutationVariables>;
export const NoticeUpdateDocument = {"__meta__":{"hash":"sha256:383a1a98752436cdcbfab1548e14fce45f51a2d1f413cdb6b2cf41afc104c098"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"noticeUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeUpdateMutation, NoticeUpdateMutationVariables>;
export const NoticePublishDocument = {"__meta__":{"hash":"sha256:ee0ce3549d73989b5783cd6f4d8490fc2a5fdd72678e199403c651ed9569d6f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"noticePublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NoticePublishMutation, NoticePublishMutationVariables>;
export const NoticeUnpublishDocument = {"__meta__":{"hash":"sha256:6839ab612562364585a57b35bc1815a8893604739185974f8820447ec05413d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeUnpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"noticeUnpublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeUnpublishMutation, NoticeUnpublishMutationVariables>;
export const NoticeDeleteDocument = {"__meta__":{"hash":"sha256:5b2c081dea279378f62d65d8c389089a74107cb8d05f67c7e8d994a507aef6c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeDeleteMutation, NoticeDeleteMutationVariables>;
export const SiteFooterUpdateDocument = {"__meta__":{"hash":"sha256:d17d05bf6ec807cf98566d81875df5829cd1538e130527befaa0786bc1c838d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteFooterUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteFooterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"siteFooterUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"footer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"operatorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"icpRecord"}},{"kind":"Field","name":{"kind":"Name","value":"policeRecord"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SiteFooterUpdateMutation, SiteFooterUpdateMutationVariables>;
export const HomeInstitutionsDocument = {"__meta__":{"hash":"sha256:89a052c6d53a0ff0a70581be7a8d54b02417e4ecd610169519d947f2f8c02ecf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<HomeInstitutionsQuery, HomeInstitutionsQueryVariables>;
export const SiteFooterDocument = {"__meta__":{"hash":"sha256:14bea28311eea2c5020330c413f995ac8a25b40dd150b76968a0fe920f65b0de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteFooter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"footer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"operatorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"icpRecord"}},{"kind":"Field","name":{"kind":"Name","value":"policeRecord"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<SiteFooterQuery, SiteFooterQueryVariables>;
export const HomeNoticesDocument = {"__meta__":{"hash":"sha256:39b3b2a86ad8fc95144c8baa5a9e622a4d51cdbeadf34fbbcd0b22a415181931"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<HomeNoticesQuery, HomeNoticesQueryVariables>;
export const NoticeListDocument = {"__meta__":{"hash":"sha256:a663c3b6507933b8182e59e2192a93509fe36952e404a415893be5f69021ab87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeListQuery, NoticeListQueryVariables>;
export const NoticeDetailDocument = {"__meta__":{"hash":"sha256:212d0a2691670e0a71928c93f84f345608b706530be92aba40d007ce4b2fb2b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeDetailQuery, NoticeDetailQueryVariables>;
export const HomeLatestPoliciesDocument = {"__meta__":{"hash":"sha256:a62a569780c94a358f992a02198ef51cce66edefda1db54ad219376e37d75c14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeLatestPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]} as unknown as DocumentNode<HomeLatestPoliciesQuery, HomeLatestPoliciesQueryVariables>;
export const ServiceDetailDocument = {"__meta__":{"hash":"sha256:b1d77f255ce2fac75b0101b0771bb4145db6679cb9ec62785c07aeaa605bbb2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"feeType"}},{"kind":"Field","name":{"kind":"Name","value":"priceTerms"}},{"kind":"Field","name":{"kind":"Name","value":"regionNames"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudience"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceDetailQuery, ServiceDetailQueryVariables>;
export const DockingSubmitDocument = {"__meta__":{"hash":"sha256:56302d9ac58162e935e4e3625707d73bf7dc7e6b3e825cba615618bf313e6eec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dockingSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DockingSubmitMutation, DockingSubmitMutationVariables>;
export const ServiceListDocument = {"__meta__":{"hash":"sha256:750a7f3dc086b242e304ccb476ed572a84ed6237c7214fc68c9219054e60ea97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"feeType"}},{"kind":"Field","name":{"kind":"Name","value":"regionNames"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceListQuery, ServiceListQueryVariables>;
export const PendingCountsDocument = {"__meta__":{"hash":"sha256:6ada88e07e9cf39dae6aded0eeb74a41ba234aedc9e7c7151d24edf125add518"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"UNDER_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"UNDER_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"UNDER_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PendingCountsQuery, PendingCountsQueryVariables>;
export const PendingEnterprisesDocument = {"__meta__":{"hash":"sha256:26aefa2d910c2944448948de8a3db6795fa85d489d9041e0d067808817c75432"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PendingEnterprisesQuery, PendingEnterprisesQueryVariables>;
export const ReviewEnterpriseDocument = {"__meta__":{"hash":"sha256:d1a868a5950caac68d49720422a373a359577b34899cf60af4ea5720316a86ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewEnterpriseMutation, ReviewEnterpriseMutationVariables>;
export const PendingInstitutionsDocument = {"__meta__":{"hash":"sha256:397b41cbab8705749360d1698ee7b047313b8332407dd6ad328976c0bfc99efa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PendingInstitutionsQuery, PendingInstitutionsQueryVariables>;
export const ReviewInstitutionDocument = {"__meta__":{"hash":"sha256:f9d80ff57cd415666ed5070a0a755d4b12c1426b92f1f44ddb7726882003a90d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"institutionReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewInstitutionMutation, ReviewInstitutionMutationVariables>;
export const PendingProductsDocument = {"__meta__":{"hash":"sha256:3ec47c1e65c10ef0e675334d4d24af1eab1ca4c8d8f15498b60c6eb1c047a157"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"UNDER_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"feeType"}},{"kind":"Field","name":{"kind":"Name","value":"priceTerms"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudience"}},{"kind":"Field","name":{"kind":"Name","value":"regionNames"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PendingProductsQuery, PendingProductsQueryVariables>;
export const ReviewProductDocument = {"__meta__":{"hash":"sha256:2b8fe416451b3e639193efa2371fb5f1d123d5dd0c35dacb68c9ee195f5346e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProductReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewProductMutation, ReviewProductMutationVariables>;
export const PendingActivitiesDocument = {"__meta__":{"hash":"sha256:80127108298017741ab9f0b25dfc316cf60178cd57804eb32c74cbcc920db3bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"UNDER_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudience"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PendingActivitiesQuery, PendingActivitiesQueryVariables>;
export const ReviewActivityDocument = {"__meta__":{"hash":"sha256:5a69b938059b0e4408946393f8d2d2a58c6732d8f6ac76cce22bc3494cccd9f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewActivityMutation, ReviewActivityMutationVariables>;
export const PendingDemandsDocument = {"__meta__":{"hash":"sha256:463a7ebbde8e074bfbc58e8c236f2f4a8f520bbf2d0d04611426e33810a6cb9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingDemands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"UNDER_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"demandHandlingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStandards"}}]}}]}}]} as unknown as DocumentNode<PendingDemandsQuery, PendingDemandsQueryVariables>;
export const ReviewDemandDocument = {"__meta__":{"hash":"sha256:f99b32d94ccf28a071333932f5e40cd2e282b71baf8e75f3cf9483ce56599e9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demandReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDemandMutation, ReviewDemandMutationVariables>;
export const SearchOpsDocument = {"__meta__":{"hash":"sha256:9340be6d522728915ed8378e2704e64727b9e2ffce45eff4c9459c041e1f6178"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchOps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchTopQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"zeroResults"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchZeroResultQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchConcepts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"expansions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<SearchOpsQuery, SearchOpsQueryVariables>;
export const SaveConceptDocument = {"__meta__":{"hash":"sha256:1f8e4fe06aec9983f838ab7a4fea2c4b2c9441f5835d6ee7a6f9e18e31f6d17d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveConcept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchConceptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchConceptSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"concept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveConceptMutation, SaveConceptMutationVariables>;
export const DeleteConceptDocument = {"__meta__":{"hash":"sha256:3b060621beaaf966b084a634530193d9ecc076ecbadda8078dc1df8910b58280"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteConcept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchConceptDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchConceptDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteConceptMutation, DeleteConceptMutationVariables>;
export const SearchPageDocument = {"__meta__":{"hash":"sha256:4b3b027e4c0ebb7afad0c46f442fdf166635b59d975192f1dd34db1aaf65787c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"understanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"autoRewritten"}},{"kind":"Field","name":{"kind":"Name","value":"expansions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHits"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;
export const SearchMoreDocument = {"__meta__":{"hash":"sha256:d3549a636305424dfa973fa5519d6510902b87428007d93d73b02184386d04e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHits"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<SearchMoreQuery, SearchMoreQueryVariables>;
export const SearchSuggestDocument = {"__meta__":{"hash":"sha256:f03c00cf41a099ce84222f26d7ce0ddddee649c2b3e3d6235a1427c2fafc862f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSuggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchSuggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<SearchSuggestQuery, SearchSuggestQueryVariables>;
export const QualificationCatalogueDocument = {"__meta__":{"hash":"sha256:0b209f3d8407e1f930559f245bd4a6c993f3d7d995df9c1bbe033c0f4b51b882"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QualificationCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countUnit"}}]}}]}}]} as unknown as DocumentNode<QualificationCatalogueQuery, QualificationCatalogueQueryVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:e6b88713f41bceccebb051d0e7cdf17a0549d3af7fbd47ed1a9bc57fd31ac8a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorSetupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const WidgetPolicySearchDocument = {"__meta__":{"hash":"sha256:1c2267bb1648d38c61b15efa1f8e5616fd750d792796ac6b17c96e938066aaee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetPolicySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WidgetPolicySearchQuery, WidgetPolicySearchQueryVariables>;
export const WidgetPolicyListDocument = {"__meta__":{"hash":"sha256:8c454104be0f3cb34f3639a87e00dee6f45b00467e5736680de404bbb2ecc763"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetPolicyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WidgetPolicyListQuery, WidgetPolicyListQueryVariables>;
export const WidgetActivityListDocument = {"__meta__":{"hash":"sha256:b29d3c76550656e2d712222a80b52a2ff0988fc7f3626d055e03b1ea5977257e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetActivityList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WidgetActivityListQuery, WidgetActivityListQueryVariables>;
export const WidgetSiteDocument = {"__meta__":{"hash":"sha256:2e1ddf8c8e91e9509493a7b186bfdcd0891822a9c39dc9c94bff190b82f5e8af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<WidgetSiteQuery, WidgetSiteQueryVariables>;
export const WidgetNeedSubmitDocument = {"__meta__":{"hash":"sha256:a42217cbcf4cf97c6aa6b690d7f119aeb2c9f8063848c109421c0f645071068b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetNeedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntrepreneurshipNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurshipNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetNeedSubmitMutation, WidgetNeedSubmitMutationVariables>;