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

/** Security administrator sets the platform roles of an account. */
export type AccountRolesSetInput = {
  /** Global id of the account. */
  accountId: string;
  /** Platform roles: OPERATOR, REVIEWER and at most one administrator role. Enterprise and institution roles come from membership. */
  roles: Array<Role>;
};

/** The security administrator disables or re-enables an account. */
export type AccountStatusSetInput = {
  /** Global id of the account. */
  accountId: string;
  /** true disables the account and revokes its sessions; false enables it and clears a lock. */
  disabled: boolean;
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

/** An attendee rates the activity once. */
export type ActivityEvaluateInput = {
  /** Comment (at most 1,000 characters). */
  comment?: string | null | undefined;
  /** Rating 1–5. */
  rating: number;
  /** Global id of the viewer's registration. */
  registrationId: string | number;
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

/** Decide on an administrator change request. */
export type AdminChangeDecideInput = {
  /** Why it is rejected (at most 200 characters; reject only). */
  reason?: string | null | undefined;
  /** Global id of the request. */
  requestId: string | number;
};

/** 需双人批准的管理员变更 / An administrator change that needs a second administrator. */
export type AdminChangeKind =
  /** 停用管理员账号 */
  | 'DISABLE'
  /** 启用管理员账号 */
  | 'ENABLE'
  /** 设置角色（授予或撤销管理员角色） */
  | 'ROLES';

/** 变更申请状态 / State of an administrator change request. */
export type AdminChangeStatus =
  /** 已批准并生效 */
  | 'APPROVED'
  /** 待批准 */
  | 'PENDING'
  /** 已驳回 */
  | 'REJECTED';

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

/** The partner app a consent is about. */
export type ApiClientConsentInput = {
  /** The OAuth client_id the partner gave the enterprise. */
  clientId: string;
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

/** An operator dispatches an open demand to an institution. */
export type DemandDispatchInput = {
  /** Global id of the demand. */
  demandId: string | number;
  /** Global id of an approved institution. */
  institutionId: string | number;
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

/** Answer an invitation. */
export type EnterpriseInvitationInput = {
  /** Global id of the invitation. */
  invitationId: string | number;
};

/** The owner adds an existing account (in no enterprise or institution, without platform roles) as a member. */
export type EnterpriseMemberAddInput = {
  /** Mobile number or e-mail of the account. */
  identifier: string;
};

/** The owner removes a member. */
export type EnterpriseMemberRemoveInput = {
  /** Global id of the member account. */
  accountId: string;
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

/** A financing product published by staff of an approved institution serving FINANCING. */
export type FinancingProductCreateInput = {
  /** Largest amount, 万元, ≥ amountMin. */
  amountMax: number;
  /** Smallest amount, 万元, 0–10,000,000. */
  amountMin: number;
  /** Collateral required. */
  collateralRequired: boolean;
  /** Third-party guarantee required. */
  guaranteeRequired: boolean;
  /** Eligible industry sections/divisions (at most 30); empty = any. */
  industryCodes?: Array<string> | null | undefined;
  /** Lender or provider, at most 60 characters. */
  lender: string;
  /** Minimum years established, 0–50 (default 0). */
  minYearsEstablished?: number | null | undefined;
  /** Name, 2–60 characters. */
  name: string;
  /** Kind of product. */
  productType: FinancingProductType;
  /** Highest annual rate, %, ≥ rateMin, ≤ 36. */
  rateMax: number;
  /** Lowest annual rate, %, 0–36. */
  rateMin: number;
  /** Regions served (at most 50); empty = anywhere. */
  regionCodes?: Array<string> | null | undefined;
  /** Required materials (at most 20, each at most 50 characters). */
  requiredMaterials?: Array<string> | null | undefined;
  /** Eligible sizes; empty = any. */
  sizeClasses?: Array<SizeClass> | null | undefined;
  /** Plain-language summary, at most 1,000 characters. */
  summary?: string | null | undefined;
  /** Longest term, months, ≥ termMinMonths, ≤ 360. */
  termMaxMonths: number;
  /** Shortest term, months, 1–360. */
  termMinMonths: number;
};

/** A product to delist. */
export type FinancingProductDelistInput = {
  /** Global id of a product of the viewer's institution. */
  productId: string;
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

/** 融资产品状态 / Whether a financing product is offered. */
export type FinancingProductStatus =
  /** 已下架（仅本机构与运营人员可见） */
  | 'DELISTED'
  /** 在售（公开） */
  | 'LISTED';

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

/** Docking settings of the viewer institution (M1). Omitted clocks use the platform default. */
export type InstitutionDockingSettingsInput = {
  /** First response, in working minutes (30–4,800; default 120). */
  firstResponseMinutes?: number | null | undefined;
  /** Reply to a message, in working minutes (30–4,800; default 480 = 1 working day). */
  replyMinutes?: number | null | undefined;
  /** Resolution, in working minutes (480–96,000; default 7,200 = 15 working days). */
  resolutionMinutes?: number | null | undefined;
  /** Global id of a staff account of the institution, responsible for docking (default: the administrator). */
  responsibleAccountId?: string | number | null | undefined;
};

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

/** The institution administrator adds an existing account (not in any enterprise or institution) as staff. */
export type InstitutionStaffAddInput = {
  /** Mobile number or e-mail of the account to add. */
  identifier: string;
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

/** Which dead letter to retry. */
export type JobRetryInput = {
  /** Global id of the dead letter (DeadLetterJob.id). */
  id: string | number;
};

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

/** Change the signed-in account password; other sessions are revoked. */
export type PasswordChangeInput = {
  /** Current password. */
  currentPassword: string;
  /** New password, same rules as at registration. */
  newPassword: string;
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

/** Add a guide to a policy. */
export type PolicyGuideAddInput = {
  /** Content. */
  fields: PolicyGuideFieldsInput;
  /** Global id of the policy. */
  policyId: string | number;
};

/** Content of a guide. */
export type PolicyGuideFieldsInput = {
  /** 申报截止日期 YYYY-MM-DD, not before the start. */
  applicationEnd?: string | null | undefined;
  /** 申报开始日期 YYYY-MM-DD. */
  applicationStart?: string | null | undefined;
  /** 支持对象, at most 2,000 characters. */
  beneficiaries: string;
  /** 申报条件, at most 5,000 characters. */
  conditions: string;
  /** 咨询电话, at most 50 characters. */
  hotline?: string | null | undefined;
  /** 申报材料, at most 50 items of at most 200 characters. */
  materials?: Array<string> | null | undefined;
  /** 资金拨付时限, at most 200 characters. */
  paymentDeadline?: string | null | undefined;
  /** Title, at most 200 characters. */
  title: string;
  /** 受理地点或线上入口, at most 500 characters. */
  whereToApply: string;
};

/** Format of a policy import file (docs/policy-import.md). */
export type PolicyImportFormat =
  /** CSV with a header row; lists separated by ; */
  | 'CSV'
  /** JSON Lines: one JSON object per line */
  | 'JSONL';

/** Start an import of policies (JSON Lines or CSV, at most 20,000 lines; the HTTP body limit applies — use the CLI for big files). */
export type PolicyImportInput = {
  /** File content (UTF-8 text). */
  content: string;
  /** File format. */
  format: PolicyImportFormat;
};

/** What happened to one line. */
export type PolicyImportLineResult =
  /** 新建（状态为已采集） */
  | 'CREATED'
  /** 出错，未导入（见原因） */
  | 'ERROR'
  /** 内容未变化 */
  | 'UNCHANGED'
  /** 已更新工作稿（需重新审核发布） */
  | 'UPDATED';

/** Progress state of an import. */
export type PolicyImportStatus =
  /** 已完成 */
  | 'DONE'
  /** 失败 */
  | 'FAILED'
  /** 排队中 */
  | 'QUEUED'
  /** 导入中 */
  | 'RUNNING';

/** Add an interpretation to a policy. */
export type PolicyInterpretationAddInput = {
  /** Content. */
  fields: PolicyInterpretationFieldsInput;
  /** Global id of the policy. */
  policyId: string | number;
};

/** Content of an interpretation. */
export type PolicyInterpretationFieldsInput = {
  /** Author, at most 100 characters. */
  author?: string | null | undefined;
  /** 解读机关, at most 100 characters. */
  authority: string;
  /** Body (HTML or text), at most 100,000 characters; sanitised. */
  body: string;
  /** Date YYYY-MM-DD. */
  publishedOn?: string | null | undefined;
  /** Title, at most 200 characters. */
  title: string;
};

/** Replace an interpretation. */
export type PolicyInterpretationUpdateInput = {
  /** New content. */
  fields: PolicyInterpretationFieldsInput;
  /** Global id of the interpretation. */
  interpretationId: string | number;
};

/** Link a selected policy (政策精选) with a management measures document or an application notice; the link reads both ways. */
export type PolicyLinkInput = {
  /** Global id of one policy. */
  policyId: string | number;
  /** Global id of the other policy. */
  relatedPolicyId: string | number;
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

/** Remove an interpretation or a guide. */
export type PolicyRelatedRemoveInput = {
  /** Global id of the interpretation or guide. */
  id: string | number;
};

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

/** One process step. */
export type ProcessStepInput = {
  /** What happens (at most 500 characters). */
  description: string;
  /** Step title (1–50 characters). */
  title: string;
};

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

/** An operator adds a catalogue entry. */
export type QualificationKindCreateInput = {
  /** Aliases (at most 20, each at most 50 characters). */
  aliases: Array<string>;
  /** Code: an upper-case letter, then 1–39 upper-case letters, digits or _ (e.g. PROVINCIAL_DESIGN_CENTER); never changes. */
  code: string;
  /** For numeric kinds (有效发明专利 …): the unit of the declared count (项, 件; at most 5 characters); null: held or not. */
  countUnit?: string | null | undefined;
  /** Issuing body (at most 100 characters). */
  issuingBody: string;
  /** Chinese name (2–50 characters), unique in the catalogue. */
  name: string;
  /** Years valid, 1–50; null: no fixed term. */
  validityYears?: number | null | undefined;
};

/** An operator edits a catalogue entry (the code stays). */
export type QualificationKindUpdateInput = {
  /** Aliases (at most 20, each at most 50 characters). */
  aliases: Array<string>;
  /** Catalogue code. */
  code: string;
  /** Issuing body (at most 100 characters). */
  issuingBody: string;
  /** Chinese name (2–50 characters). */
  name: string;
  /** Years valid, 1–50; null: no fixed term. */
  validityYears?: number | null | undefined;
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

/** A click on a search hit (popularity and query statistics; no personal data is kept). */
export type SearchClickInput = {
  /** Global id of the clicked hit (SearchHit.id). */
  hitId: string | number;
  /** The query that produced the hit. */
  query: string;
};

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

/** A product id, for submit and similar actions. */
export type ServiceProductRefInput = {
  /** Global id of the product. */
  productId: string;
  /** Reason (delisting; at most 500 characters). */
  reason?: string | null | undefined;
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

/** Browser origins allowed for one site. */
export type SiteAllowedOriginsInput = {
  /** Origins (scheme://host[:port], e.g. https://www.ah.gov.cn), at most 50; replaces the list. */
  origins: Array<string>;
  /** Global id of the site. */
  siteId: string | number;
};

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

/** System administrator creates a staff account (operator, reviewer or administrator). */
export type StaffAccountCreateInput = {
  /** Name. */
  displayName: string;
  /** E-mail address. */
  email?: string | null | undefined;
  /** Mobile number. */
  mobile?: string | null | undefined;
  /** Initial password (strong); the person should change it. */
  password: string;
};

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

/** A new directory entry, by staff of an ENTREPRENEURSHIP institution or an operator. */
export type StartupResourceCreateInput = {
  /** Address, at most 200 characters. */
  address?: string | null | undefined;
  /** Area, m², 0–10,000,000. */
  areaM2?: number | null | undefined;
  /** Contact person, at most 50 characters. */
  contactName?: string | null | undefined;
  /** Contact telephone. */
  contactPhone?: string | null | undefined;
  /** End date, YYYY-MM-DD, not before the start. */
  endsOn?: string | null | undefined;
  /** Kind. */
  kind: StartupResourceKind;
  /** Latitude, −90–90 (with longitude). */
  latitude?: number | null | undefined;
  /** Longitude, −180–180 (with latitude). */
  longitude?: number | null | undefined;
  /** Name, 2–100 characters. */
  name: string;
  /** Rent, 元/m²/month, 0–10,000. */
  priceYuanPerM2Month?: number | null | undefined;
  /** GB/T 2260 division. */
  regionCode: string;
  /** Start date, YYYY-MM-DD. */
  startsOn?: string | null | undefined;
  /** Summary, at most 2,000 characters. */
  summary?: string | null | undefined;
  /** Places available, 0–100,000. */
  vacancies?: number | null | undefined;
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

/** Narrows the webhook delivery log. */
export type WebhookDeliveryFilter = {
  /** Only deliveries of this event type. */
  eventType?: WebhookEventType | null | undefined;
  /** Only deliveries in this state. */
  status?: WebhookDeliveryStatus | null | undefined;
  /** Only deliveries of this subscription (global id). */
  subscriptionId?: string | number | null | undefined;
};

/** A dead webhook delivery to send again. */
export type WebhookDeliveryReplayInput = {
  /** Global id of the delivery. */
  id: string | number;
};

/** Webhook 投递状态 / State of one delivery (one event to one subscription). */
export type WebhookDeliveryStatus =
  /** 重试用尽，可重放 */
  | 'DEAD'
  /** 已送达（回调返回 2xx） */
  | 'DELIVERED'
  /** 待投递或等待重试 */
  | 'PENDING';

/** Webhook 事件类型 / Event a partner app may subscribe to. Payloads carry public data only (global ids, titles, states, times; never personal data); DOCKING_STATUS_CHANGED and DEMAND_OFFER need the ENTERPRISE_DATA scope and carry ids and states only. */
export type WebhookEventType =
  /** 活动发布或变更 */
  | 'ACTIVITY_CHANGED'
  /** 诉求收到承接方案或选定方案（需企业授权数据范围） */
  | 'DEMAND_OFFER'
  /** 对接状态变化（需企业授权数据范围） */
  | 'DOCKING_STATUS_CHANGED'
  /** 政策发布 */
  | 'POLICY_PUBLISHED'
  /** 政策修订发布 */
  | 'POLICY_REVISED';

/** A new webhook subscription. */
export type WebhookSubscriptionCreateInput = {
  /** Global id of the partner app; required for SYSTEM_ADMIN, ignored for an app acting with its own token (its own). */
  apiClientId?: string | number | null | undefined;
  /** Events to send (1–10). */
  eventTypes: Array<WebhookEventType>;
  /** Also sign with HMAC-SM3 (default false). */
  sm3?: boolean | null | undefined;
  /** The endpoint: exactly one of the app's webhookUrls. */
  url: string;
};

/** A webhook subscription to delete. */
export type WebhookSubscriptionDeleteInput = {
  /** Global id of the subscription. */
  id: string | number;
};

/** Changes to a webhook subscription; unset fields stay as they are. */
export type WebhookSubscriptionUpdateInput = {
  /** Pause (false) or resume (true): paused subscriptions record no deliveries. */
  active?: boolean | null | undefined;
  /** New list of events (1–10). */
  eventTypes?: Array<WebhookEventType> | null | undefined;
  /** Global id of the subscription. */
  id: string | number;
  /** Generate a new signing secret (answered once in the payload); the old one stops at once. */
  rotateSecret?: boolean | null | undefined;
  /** Also sign with HMAC-SM3. */
  sm3?: boolean | null | undefined;
  /** New endpoint: one of the app's webhookUrls. */
  url?: string | null | undefined;
};

/** Set one day of the SLA working-day calendar. */
export type WorkingDayOverrideInput = {
  /** China date, YYYY-MM-DD, from last year to five years ahead. */
  date: string;
  /** Why (1–200 characters). */
  note: string;
  /** True: a working day; false: a day off. */
  workday: boolean;
};

/** Remove the override of one day: the public calendar applies again. */
export type WorkingDayOverrideRemoveInput = {
  /** China date, YYYY-MM-DD. */
  date: string;
};

/** 工作日判定依据 / Why a day is, or is not, a working day for SLA clocks. */
export type WorkingDaySource =
  /** 调休上班日 */
  | 'MAKE_UP_WORKDAY'
  /** 运营人员调整 */
  | 'OVERRIDE'
  /** 法定节假日 */
  | 'PUBLIC_HOLIDAY'
  /** 周一至周五上班，周末休息 */
  | 'WEEK';

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

export type ActivityTestActivityFragment = { id: string, name: string, status: ActivityStatus, organisers: Array<string>, capacity: number, registeredCount: number, waitlistedCount: number, remainingSeats: number, placeAddress: string | null, logoDataUrl: string | null, summary: string | null, agenda: Array<{ title: string, speaker: string | null, startsAt: string }>, attendance: { registered: number, checkedIn: number, rate: number | null, evaluations: number, averageRating: number | null }, institution: { name: string } | null };

export type ActivityActivityCreateMutationVariables = Exact<{
  i: ActivityCreateInput;
}>;


export type ActivityActivityCreateMutation = { activityCreate: { activity: { id: string, name: string, status: ActivityStatus, organisers: Array<string>, capacity: number, registeredCount: number, waitlistedCount: number, remainingSeats: number, placeAddress: string | null, logoDataUrl: string | null, summary: string | null, agenda: Array<{ title: string, speaker: string | null, startsAt: string }>, attendance: { registered: number, checkedIn: number, rate: number | null, evaluations: number, averageRating: number | null }, institution: { name: string } | null } | null, warnings: Array<{ field: string, message: string }>, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ActivityActivityReviewMutationVariables = Exact<{
  i: ActivityReviewInput;
}>;


export type ActivityActivityReviewMutation = { activityReview: { activity: { id: string, name: string, status: ActivityStatus, organisers: Array<string>, capacity: number, registeredCount: number, waitlistedCount: number, remainingSeats: number, placeAddress: string | null, logoDataUrl: string | null, summary: string | null, agenda: Array<{ title: string, speaker: string | null, startsAt: string }>, attendance: { registered: number, checkedIn: number, rate: number | null, evaluations: number, averageRating: number | null }, institution: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ActivityTestRegistrationFragment = { id: string, status: RegistrationStatus, ticket: string | null, checkedInAt: string | null, waitlistPosition: number | null, rating: number | null };

export type ActivityActivityRegisterMutationVariables = Exact<{
  i: ActivityRefInput;
}>;


export type ActivityActivityRegisterMutation = { activityRegister: { registration: { id: string, status: RegistrationStatus, ticket: string | null, checkedInAt: string | null, waitlistPosition: number | null, rating: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ActivityActivityRegistrationCancelMutationVariables = Exact<{
  i: RegistrationRefInput;
}>;


export type ActivityActivityRegistrationCancelMutation = { activityRegistrationCancel: { registration: { id: string, status: RegistrationStatus, ticket: string | null, checkedInAt: string | null, waitlistPosition: number | null, rating: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ActivityActivityCheckInMutationVariables = Exact<{
  i: ActivityCheckInInput;
}>;


export type ActivityActivityCheckInMutation = { activityCheckIn: { registration: { id: string, status: RegistrationStatus, ticket: string | null, checkedInAt: string | null, waitlistPosition: number | null, rating: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ActivityActivityEvaluateMutationVariables = Exact<{
  i: ActivityEvaluateInput;
}>;


export type ActivityActivityEvaluateMutation = { activityEvaluate: { registration: { id: string, status: RegistrationStatus, ticket: string | null, checkedInAt: string | null, waitlistPosition: number | null, rating: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ActivityActivitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityActivitiesQuery = { activities: { totalCount: number } };

export type ActivityActivities2QueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityActivities2Query = { activities: { totalCount: number, nodes: Array<{ name: string, organisers: Array<string>, agenda: Array<{ title: string }>, institution: { name: string } | null }> } };

export type ActivityActivities3QueryVariables = Exact<{
  m?: string | null | undefined;
}>;


export type ActivityActivities3Query = { activities: { totalCount: number } };

export type ActivityActivities4QueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityActivities4Query = { activities: { totalCount: number } };

export type ActivityActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityActivityQuery = { activity: { registeredCount: number, waitlistedCount: number, remainingSeats: number } | null };

export type ActivityMyActivityRegistrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityMyActivityRegistrationsQuery = { myActivityRegistrations: { nodes: Array<{ status: RegistrationStatus, waitlistPosition: number | null, activity: { name: string } | null }> } };

export type ActivityActivityRegistrationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityActivityRegistrationsQuery = { activityRegistrations: { totalCount: number, nodes: Array<{ status: RegistrationStatus, ticket: string | null }> } };

export type ActivityActivityRegistrations2QueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityActivityRegistrations2Query = { activityRegistrations: { totalCount: number } };

export type ActivityActivity2QueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityActivity2Query = { activity: { myRegistration: { ticketQrSvg: string | null } | null } | null };

export type ActivityActivityRegistrations3QueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityActivityRegistrations3Query = { activityRegistrations: { nodes: Array<{ ticketQrSvg: string | null }> } };

export type ActivityActivitySummaryPublishMutationVariables = Exact<{
  i: ActivitySummaryInput;
}>;


export type ActivityActivitySummaryPublishMutation = { activitySummaryPublish: { activity: { id: string, name: string, status: ActivityStatus, organisers: Array<string>, capacity: number, registeredCount: number, waitlistedCount: number, remainingSeats: number, placeAddress: string | null, logoDataUrl: string | null, summary: string | null, agenda: Array<{ title: string, speaker: string | null, startsAt: string }>, attendance: { registered: number, checkedIn: number, rate: number | null, evaluations: number, averageRating: number | null }, institution: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ActivityActivityInvitationsAddMutationVariables = Exact<{
  i: ActivityInvitationsAddInput;
}>;


export type ActivityActivityInvitationsAddMutation = { activityInvitationsAdd: { invitations: Array<{ id: string, contactKind: InvitationContactKind, contact: string, revokedAt: string | null }> | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ActivityActivityInvitationRevokeMutationVariables = Exact<{
  i: ActivityInvitationRevokeInput;
}>;


export type ActivityActivityInvitationRevokeMutation = { activityInvitationRevoke: { invitation: { id: string, revokedAt: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ActivityActivityInvitationsQueryVariables = Exact<{
  id: string | number;
  all?: boolean | null | undefined;
}>;


export type ActivityActivityInvitationsQuery = { activityInvitations: { totalCount: number, nodes: Array<{ contact: string, revokedAt: string | null }> } | null };

export type ActivityActivity3QueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityActivity3Query = { activity: { registrationMethod: RegistrationMethod, viewerInvited: boolean | null } | null };

export type ActivityAccountRegisterMutationVariables = Exact<{
  i: AccountRegisterInput;
}>;


export type ActivityAccountRegisterMutation = { accountRegister: { account: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ActivityMyActivityInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityMyActivityInvitationsQuery = { myActivityInvitations: { totalCount: number, nodes: Array<{ contactKind: InvitationContactKind, activity: { id: string, name: string } | null }> } };

export type ActivityMyActivityRegistrations2QueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityMyActivityRegistrations2Query = { myActivityRegistrations: { nodes: Array<{ id: string, status: RegistrationStatus, ticket: string | null, ticketQrSvg: string | null }> } };

export type ActivityActivityStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityActivityStatisticsQuery = { activityStatistics: Array<{ key: string, label: string, activities: number, registered: number, waitlisted: number, checkedIn: number, attendanceRate: number | null, evaluations: number, averageRating: number | null }> };

export type ActivityActivityStatistics2QueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityActivityStatistics2Query = { activityStatistics: Array<{ key: string, label: string, activities: number }> };

export type ActivityActivityStatistics3QueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityActivityStatistics3Query = { activityStatistics: Array<{ key: string, activities: number }> };

export type ActivityActivityStatisticsCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityActivityStatisticsCsvQuery = { activityStatisticsCsv: string };

export type ActivityActivityStatisticsXlsxQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityActivityStatisticsXlsxQuery = { activityStatisticsXlsx: { filename: string, mimeType: string, byteSize: number, contentBase64: string } };

export type ActivityActivityStatistics4QueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityActivityStatistics4Query = { activityStatistics: Array<{ key: string }> };

export type ActivityActivities5QueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityActivities5Query = { activities: { nodes: Array<{ name: string, remainingSeats: number, attendance: { registered: number }, institution: { name: string } | null, myRegistration: { status: RegistrationStatus } | null }> } };

export type AuditIntegrityLoginMutationVariables = Exact<{
  i: LoginInput;
}>;


export type AuditIntegrityLoginMutation = { login: { token: string | null, errors: Array<{ code: ErrorCode }> } };

export type ColumnsEntrepreneurshipStartupResourceCreateMutationVariables = Exact<{
  i: StartupResourceCreateInput;
}>;


export type ColumnsEntrepreneurshipStartupResourceCreateMutation = { startupResourceCreate: { resource: { id: string, name: string, kind: StartupResourceKind, regionName: string | null, institution: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsEntrepreneurshipStartupResourcesQueryVariables = Exact<{
  f?: StartupResourceFilter | null | undefined;
}>;


export type ColumnsEntrepreneurshipStartupResourcesQuery = { startupResources: { totalCount: number, nodes: Array<{ name: string }> } };

export type ColumnsEntrepreneurshipEntrepreneurshipNeedSubmitMutationVariables = Exact<{
  i: EntrepreneurshipNeedSubmitInput;
}>;


export type ColumnsEntrepreneurshipEntrepreneurshipNeedSubmitMutation = { entrepreneurshipNeedSubmit: { trackingCode: string | null, need: { id: string, column: ServiceColumn, title: string, status: NeedStatus, matched: boolean, amount: number | null, headcount: number | null, regionCode: string, industryCode: string, firstReplyDue: string, firstRepliedAt: string | null, firstReplyOverdue: boolean, entrepreneurship: { category: ServiceCategory, stage: StartupStage, anonymous: boolean } | null, institutions: Array<{ name: string }> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsEntrepreneurshipStartupResources2QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsEntrepreneurshipStartupResources2Query = { startupResources: { totalCount: number, nodes: Array<{ name: string, institution: { name: string } | null }> } };

export type ColumnsEntrepreneurshipColumnNeedReplyMutationVariables = Exact<{
  i: ColumnNeedReplyInput;
}>;


export type ColumnsEntrepreneurshipColumnNeedReplyMutation = { columnNeedReply: { need: { status: NeedStatus, replies: Array<{ body: string, institution: { name: string } | null }> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsEntrepreneurshipColumnNeedByTrackingCodeQueryVariables = Exact<{
  c: string;
}>;


export type ColumnsEntrepreneurshipColumnNeedByTrackingCodeQuery = { columnNeedByTrackingCode: { title: string, status: NeedStatus, entrepreneurship: { anonymous: boolean } | null } | null };

export type ColumnsEntrepreneurshipColumnNeedByTrackingCode2QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsEntrepreneurshipColumnNeedByTrackingCode2Query = { columnNeedByTrackingCode: { title: string } | null };

export type ColumnsEntrepreneurshipColumnNeedReply2MutationVariables = Exact<{
  i: ColumnNeedReplyInput;
}>;


export type ColumnsEntrepreneurshipColumnNeedReply2Mutation = { columnNeedReply: { need: { status: NeedStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsEntrepreneurshipInstitutionColumnNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsEntrepreneurshipInstitutionColumnNeedsQuery = { institutionColumnNeeds: { nodes: Array<{ id: string, firstReplyOverdue: boolean }> } };

export type ColumnsEntrepreneurshipInstitutionColumnNeeds2QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsEntrepreneurshipInstitutionColumnNeeds2Query = { institutionColumnNeeds: { nodes: Array<{ firstReplyOverdue: boolean }> } };

export type ColumnsEntrepreneurshipStartupNeedBoardQueryVariables = Exact<{
  f?: StartupNeedBoardFilter | null | undefined;
}>;


export type ColumnsEntrepreneurshipStartupNeedBoardQuery = { startupNeedBoard: { totalCount: number, nodes: Array<{ id: string, category: ServiceCategory, categoryLabel: string, stage: StartupStage, regionCode: string, regionName: string | null, status: NeedStatus, createdAt: string }> } };

export type ColumnsFinancingFinancingProductsQueryVariables = Exact<{
  f?: FinancingProductFilter | null | undefined;
}>;


export type ColumnsFinancingFinancingProductsQuery = { financingProducts: { totalCount: number, nodes: Array<{ name: string, institution: { name: string } | null }> } };

export type ColumnsFinancingFinancingProducts2QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsFinancingFinancingProducts2Query = { financingProducts: { totalCount: number } };

export type ColumnsFinancingFinancingProducts3QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsFinancingFinancingProducts3Query = { financingProducts: { nodes: Array<{ name: string, institution: { name: string } | null }> } };

export type ColumnsFinancingFinancingProductDelistMutationVariables = Exact<{
  i: FinancingProductDelistInput;
}>;


export type ColumnsFinancingFinancingProductDelistMutation = { financingProductDelist: { product: { status: FinancingProductStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsFinancingFinancingProductQueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsFinancingFinancingProductQuery = { financingProduct: { name: string } | null };

export type ColumnsFinancingFinancingProduct2QueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsFinancingFinancingProduct2Query = { financingProduct: { name: string } | null };

export type ColumnsFinancingFinancingRoutesQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsFinancingFinancingRoutesQuery = { financingRoutes: Array<{ code: string, kind: FinancingRouteKind, name: string, summary: string, steps: Array<string> }> };

export type ColumnsFinancingFinancingRoutes2QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsFinancingFinancingRoutes2Query = { financingRoutes: Array<{ name: string }> };

export type ColumnsFinancingColumnNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsFinancingColumnNeedQuery = { columnNeed: { id: string, financing: { termMonths: number, purpose: FinancingPurpose, collateral: Array<CollateralKind>, urgency: FinancingUrgency } | null, financingMatches: { products: Array<{ eligible: boolean, product: { name: string }, criteria: Array<{ code: string, passed: boolean, reason: string }> }>, nearMisses: Array<{ product: { name: string }, criteria: Array<{ code: string, passed: boolean, reason: string }> }>, institutions: Array<{ name: string }>, referral: { message: string, institutions: Array<{ name: string }> } | null } | null } | null };

export type ColumnsFinancingColumnNeed2QueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsFinancingColumnNeed2Query = { columnNeed: { title: string, contactPhone: string, enterpriseProfile: { name: string, sizeClass: SizeClass, creditRating: { score: number, grade: string } } | null, financingMatches: { referral: { message: string } | null } | null } | null };

export type ColumnsFinancingProfileConsentGrantMutationVariables = Exact<{
  i: ProfileConsentInput;
}>;


export type ColumnsFinancingProfileConsentGrantMutation = { profileConsentGrant: { consent: { active: boolean, institution: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsFinancingProfileConsentRevokeMutationVariables = Exact<{
  i: ProfileConsentInput;
}>;


export type ColumnsFinancingProfileConsentRevokeMutation = { profileConsentRevoke: { consent: { active: boolean, institution: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsFinancingMyProfileConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsFinancingMyProfileConsentsQuery = { myProfileConsents: Array<{ active: boolean, revokedAt: string | null }> };

export type ColumnsFinancingInstitutionColumnNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsFinancingInstitutionColumnNeedsQuery = { institutionColumnNeeds: { totalCount: number, nodes: Array<{ id: string }> } };

export type ColumnsFinancingColumnNeedReplyMutationVariables = Exact<{
  i: ColumnNeedReplyInput;
}>;


export type ColumnsFinancingColumnNeedReplyMutation = { columnNeedReply: { need: { status: NeedStatus, firstRepliedAt: string | null, replies: Array<{ body: string, institution: { name: string } | null }> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsFinancingColumnNeedCloseMutationVariables = Exact<{
  i: ColumnNeedCloseInput;
}>;


export type ColumnsFinancingColumnNeedCloseMutation = { columnNeedClose: { need: { status: NeedStatus, closedAt: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsFinancingMyColumnNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsFinancingMyColumnNeedsQuery = { myColumnNeeds: { totalCount: number, nodes: Array<{ id: string, column: ServiceColumn, title: string, status: NeedStatus, matched: boolean, amount: number | null, headcount: number | null, regionCode: string, industryCode: string, firstReplyDue: string, firstRepliedAt: string | null, firstReplyOverdue: boolean }> } };

export type ColumnsFinancingInboxConsentGrantMutationVariables = Exact<{
  i: ProfileConsentInput;
}>;


export type ColumnsFinancingInboxConsentGrantMutation = { profileConsentGrant: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsFinancingColumnNeedReply2MutationVariables = Exact<{
  i: ColumnNeedReplyInput;
}>;


export type ColumnsFinancingColumnNeedReply2Mutation = { columnNeedReply: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsFinancingInstitutionColumnNeedsPageQueryVariables = Exact<{
  first: number;
}>;


export type ColumnsFinancingInstitutionColumnNeedsPageQuery = { institutionColumnNeeds: { totalCount: number, nodes: Array<{ title: string, enterpriseProfile: { name: string, creditRating: { grade: string } } | null, institutions: Array<{ name: string }>, replies: Array<{ body: string, institution: { name: string } | null }>, financing: { purpose: FinancingPurpose } | null }> } };

export type ColumnsFinancingEnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsFinancingEnterpriseQuery = { enterprise: { creditRating: { score: number, maxScore: number, grade: string, factors: Array<{ code: string, points: number, maxPoints: number, explanation: string }> } } | null };

export type ColumnsNeedDockingColumnNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsNeedDockingColumnNeedQuery = { columnNeed: { id: string, status: NeedStatus, closedAt: string | null, rating: number | null, amountFinanced: number | null, docking: { id: string, status: DockingStatus } | null, timeline: Array<{ type: NeedEventType, body: string }> } | null };

export type ColumnsNeedDockingActionFragment = { docking: { status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> };

export type ColumnsNeedDockingDockingAcceptMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type ColumnsNeedDockingDockingAcceptMutation = { dockingAccept: { docking: { status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsNeedDockingDockingStartMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type ColumnsNeedDockingDockingStartMutation = { dockingStart: { docking: { status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsNeedDockingDockingCompleteMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type ColumnsNeedDockingDockingCompleteMutation = { dockingComplete: { docking: { status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsNeedDockingDockingDeclineMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type ColumnsNeedDockingDockingDeclineMutation = { dockingDecline: { docking: { status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsNeedDockingDockingCancelMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type ColumnsNeedDockingDockingCancelMutation = { dockingCancel: { docking: { status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsNeedDockingDockingCloseMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type ColumnsNeedDockingDockingCloseMutation = { dockingClose: { docking: { status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsNeedDockingDockingEvaluateMutationVariables = Exact<{
  i: DockingEvaluateInput;
}>;


export type ColumnsNeedDockingDockingEvaluateMutation = { dockingEvaluate: { docking: { status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsNeedDockingColumnNeedCloseMutationVariables = Exact<{
  i: ColumnNeedCloseInput;
}>;


export type ColumnsNeedDockingColumnNeedCloseMutation = { columnNeedClose: { need: { status: NeedStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsNeedDockingColumnNeedRecordAmountFinancedMutationVariables = Exact<{
  i: ColumnNeedAmountFinancedInput;
}>;


export type ColumnsNeedDockingColumnNeedRecordAmountFinancedMutation = { columnNeedRecordAmountFinanced: { need: { status: NeedStatus, amountFinanced: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsNeedDockingColumnStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsNeedDockingColumnStatisticsQuery = { columnStatistics: { total: { received: number, completed: number, amountFinanced: number, rated: number, averageRating: number | null } } };

export type ColumnsNeedDockingDockingSubmitMutationVariables = Exact<{
  i: DockingSubmitInput;
}>;


export type ColumnsNeedDockingDockingSubmitMutation = { dockingSubmit: { docking: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsScenarioScenarioQueryVariables = Exact<{
  c: ScenarioCode;
  r?: string | null | undefined;
}>;


export type ColumnsScenarioScenarioQuery = { scenario: { code: ScenarioCode, title: string, summary: string, steps: Array<{ order: number, title: string, description: string, action: { label: string, operation: string, requiresLogin: boolean } }>, nextAction: { label: string, operation: string, requiresLogin: boolean }, institutions: Array<{ name: string }>, financingProducts: Array<{ name: string }>, financingRoutes: Array<{ code: string }>, startupResources: Array<{ name: string, kind: StartupResourceKind }>, categories: Array<{ code: ServiceCategory, column: ServiceColumn }>, related: Array<{ kind: ScenarioRelatedKind, available: boolean, items: Array<{ id: string }> }> } };

export type ColumnsScenarioStartupResourceCreateMutationVariables = Exact<{
  i: StartupResourceCreateInput;
}>;


export type ColumnsScenarioStartupResourceCreateMutation = { startupResourceCreate: { errors: Array<{ field: string | null, message: string }> } };

export type ColumnsSeedColumnStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsSeedColumnStatisticsQuery = { columnStatistics: { total: { received: number, answered: number, completed: number, rated: number, amountFinanced: number } } };

export type ColumnsSeedStartupResourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsSeedStartupResourcesQuery = { startupResources: { totalCount: number } };

export type ColumnsSlaDockingColumnNeedReplyMutationVariables = Exact<{
  i: ColumnNeedReplyInput;
}>;


export type ColumnsSlaDockingColumnNeedReplyMutation = { columnNeedReply: { need: { status: NeedStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsSlaDockingColumnNeedStartDockingMutationVariables = Exact<{
  i: ColumnNeedDockingInput;
}>;


export type ColumnsSlaDockingColumnNeedStartDockingMutation = { columnNeedStartDocking: { need: { id: string, docking: { id: string, status: DockingStatus } | null } | null, docking: { id: string, kind: DockingKind, status: DockingStatus, firstResponseAt: string | null, resolutionDue: string | null, institution: { name: string } | null, demand: { status: DemandStatus } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsSlaDockingColumnStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsSlaDockingColumnStatisticsQuery = { columnStatistics: { total: { received: number, answered: number, answeredWithinSla: number } } };

export type ColumnsSlaDockingInstitutionColumnNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsSlaDockingInstitutionColumnNeedsQuery = { institutionColumnNeeds: { nodes: Array<{ id: string }> } };

export type ColumnsSlaDockingColumnNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsSlaDockingColumnNeedQuery = { columnNeed: { firstReplyOverdue: boolean } | null };

export type ColumnsSlaDockingColumnNeed2QueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsSlaDockingColumnNeed2Query = { columnNeed: { institutions: Array<{ id: string, name: string }>, docking: { id: string } | null } | null };

export type ColumnsSlaDockingDockingQueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsSlaDockingDockingQuery = { docking: { status: DockingStatus, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null }> } | null };

export type ColumnsSlaDockingMyRemindersQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsSlaDockingMyRemindersQuery = { myReminders: { nodes: Array<{ kind: ReminderKind, message: string }> } };

export type ColumnsSlaDockingDockingStartMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type ColumnsSlaDockingDockingStartMutation = { dockingStart: { docking: { status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsSlaDockingDockingCompleteMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type ColumnsSlaDockingDockingCompleteMutation = { dockingComplete: { docking: { status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsSlaDockingColumnNeed3QueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsSlaDockingColumnNeed3Query = { columnNeed: { docking: { status: DockingStatus } | null } | null };

export type ColumnsSlaDockingEntrepreneurshipNeedSubmitMutationVariables = Exact<{
  i: EntrepreneurshipNeedSubmitInput;
}>;


export type ColumnsSlaDockingEntrepreneurshipNeedSubmitMutation = { entrepreneurshipNeedSubmit: { need: { id: string, column: ServiceColumn, title: string, status: NeedStatus, matched: boolean, amount: number | null, headcount: number | null, regionCode: string, industryCode: string, firstReplyDue: string, firstRepliedAt: string | null, firstReplyOverdue: boolean, institutions: Array<{ id: string }> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsStatsColumnNeedReplyMutationVariables = Exact<{
  i: ColumnNeedReplyInput;
}>;


export type ColumnsStatsColumnNeedReplyMutation = { columnNeedReply: { need: { status: NeedStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsStatsRowFragment = { key: string, label: string, received: number, matched: number, answered: number, answeredWithinSla: number, completed: number, amountRequested: number, headcountRequested: number, amountFinanced: number, rated: number, averageRating: number | null, matchRate: number, slaRate: number, completionRate: number };

export type ColumnsStatsColumnStatisticsQueryVariables = Exact<{
  g: StatsDimension;
  f?: ColumnStatsFilter | null | undefined;
}>;


export type ColumnsStatsColumnStatisticsQuery = { columnStatistics: { dimension: StatsDimension, rows: Array<{ key: string, label: string, received: number, matched: number, answered: number, answeredWithinSla: number, completed: number, amountRequested: number, headcountRequested: number, amountFinanced: number, rated: number, averageRating: number | null, matchRate: number, slaRate: number, completionRate: number }>, total: { key: string, label: string, received: number, matched: number, answered: number, answeredWithinSla: number, completed: number, amountRequested: number, headcountRequested: number, amountFinanced: number, rated: number, averageRating: number | null, matchRate: number, slaRate: number, completionRate: number } } };

export type ColumnsStatsTalentNeedSubmitMutationVariables = Exact<{
  i: TalentNeedSubmitInput;
}>;


export type ColumnsStatsTalentNeedSubmitMutation = { talentNeedSubmit: { need: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsStatsEntrepreneurshipNeedSubmitMutationVariables = Exact<{
  i: EntrepreneurshipNeedSubmitInput;
}>;


export type ColumnsStatsEntrepreneurshipNeedSubmitMutation = { entrepreneurshipNeedSubmit: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsStatsColumnNeedCloseMutationVariables = Exact<{
  i: ColumnNeedCloseInput;
}>;


export type ColumnsStatsColumnNeedCloseMutation = { columnNeedClose: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsStatsDiagnosisRequestSubmitMutationVariables = Exact<{
  i: DiagnosisRequestSubmitInput;
}>;


export type ColumnsStatsDiagnosisRequestSubmitMutation = { diagnosisRequestSubmit: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsStatsColumnStatisticsCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsStatsColumnStatisticsCsvQuery = { columnStatisticsCsv: string };

export type ColumnsStatsColumnStatisticsCsv2QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsStatsColumnStatisticsCsv2Query = { columnStatisticsCsv: string };

export type ColumnsStatsColumnStatisticsXlsxQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsStatsColumnStatisticsXlsxQuery = { columnStatisticsXlsx: { filename: string, mimeType: string, byteSize: number, contentBase64: string } };

export type ColumnsStatsColumnStatisticsXlsx2QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsStatsColumnStatisticsXlsx2Query = { columnStatisticsXlsx: { byteSize: number } };

export type ColumnsStatsColumnStatisticsCsv3QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsStatsColumnStatisticsCsv3Query = { columnStatisticsCsv: string };

export type ColumnsStatsTalentNeedSubmit2MutationVariables = Exact<{
  i: TalentNeedSubmitInput;
}>;


export type ColumnsStatsTalentNeedSubmit2Mutation = { talentNeedSubmit: { need: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsStatsColumnNeedClose2MutationVariables = Exact<{
  i: ColumnNeedCloseInput;
}>;


export type ColumnsStatsColumnNeedClose2Mutation = { columnNeedClose: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsStatsColumnNeedClose3MutationVariables = Exact<{
  i: ColumnNeedCloseInput;
}>;


export type ColumnsStatsColumnNeedClose3Mutation = { columnNeedClose: { need: { status: NeedStatus, amountFinanced: number | null, rating: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsStatsMyColumnNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsStatsMyColumnNeedsQuery = { myColumnNeeds: { nodes: Array<{ id: string }> } };

export type ColumnsTalentAdvisoryTalentNeedSubmitMutationVariables = Exact<{
  i: TalentNeedSubmitInput;
}>;


export type ColumnsTalentAdvisoryTalentNeedSubmitMutation = { talentNeedSubmit: { need: { id: string, column: ServiceColumn, title: string, status: NeedStatus, matched: boolean, amount: number | null, headcount: number | null, regionCode: string, industryCode: string, firstReplyDue: string, firstRepliedAt: string | null, firstReplyOverdue: boolean, talent: { deadline: string, services: Array<ServiceCategory>, positions: Array<{ title: string, headcount: number, skills: Array<string>, salaryMin: number | null, salaryMax: number | null }> } | null, institutions: Array<{ name: string }> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsTalentAdvisoryDiagnosisRequestSubmitMutationVariables = Exact<{
  i: DiagnosisRequestSubmitInput;
}>;


export type ColumnsTalentAdvisoryDiagnosisRequestSubmitMutation = { diagnosisRequestSubmit: { need: { category: string, id: string, column: ServiceColumn, title: string, status: NeedStatus, matched: boolean, amount: number | null, headcount: number | null, regionCode: string, industryCode: string, firstReplyDue: string, firstRepliedAt: string | null, firstReplyOverdue: boolean, diagnosis: { category: ServiceCategory, categoryLabel: string, group: string, onSite: boolean } | null, institutions: Array<{ name: string }> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsTalentAdvisoryColumnNeedReplyMutationVariables = Exact<{
  i: ColumnNeedReplyInput;
}>;


export type ColumnsTalentAdvisoryColumnNeedReplyMutation = { columnNeedReply: { need: { status: NeedStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsTalentAdvisoryColumnNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type ColumnsTalentAdvisoryColumnNeedQuery = { columnNeed: { id: string } | null };

export type ColumnsTalentAdvisoryServiceCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsTalentAdvisoryServiceCatalogueQuery = { serviceCatalogue: Array<{ code: ServiceCategory, label: string, group: string }> };

export type ColumnsTalentAdvisoryServiceCatalogue2QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsTalentAdvisoryServiceCatalogue2Query = { serviceCatalogue: Array<{ code: ServiceCategory, label: string, group: string }> };

export type ColumnsTalentAdvisoryInstitutionColumnNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsTalentAdvisoryInstitutionColumnNeedsQuery = { institutionColumnNeeds: { totalCount: number } };

export type ColumnsTalentAdvisoryInstitutionColumnNeeds2QueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsTalentAdvisoryInstitutionColumnNeeds2Query = { institutionColumnNeeds: { totalCount: number, nodes: Array<{ id: string, title: string, enterpriseProfile: { name: string } | null }> } };

export type ColumnsTalentAdvisoryColumnNeedReply2MutationVariables = Exact<{
  i: ColumnNeedReplyInput;
}>;


export type ColumnsTalentAdvisoryColumnNeedReply2Mutation = { columnNeedReply: { need: { status: NeedStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ColumnsTalentAdvisoryMyColumnNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type ColumnsTalentAdvisoryMyColumnNeedsQuery = { myColumnNeeds: { totalCount: number, nodes: Array<{ title: string, institutions: Array<{ name: string }>, replies: Array<{ body: string, institution: { name: string } | null }>, talent: { deadline: string } | null, diagnosis: { group: string } | null }> } };

export type DemandTestDemandFragment = { id: string, name: string, status: DemandStatus, visibility: DemandVisibility, regionName: string | null, periodStart: string, periodEnd: string, budget: number | null, offers: Array<{ id: string, plan: string, status: DemandOfferStatus, institution: { name: string } | null }>, docking: { id: string, status: DockingStatus, kind: DockingKind } | null };

export type DemandDemandCreateMutationVariables = Exact<{
  i: DemandCreateInput;
}>;


export type DemandDemandCreateMutation = { demandCreate: { demand: { id: string, name: string, status: DemandStatus, visibility: DemandVisibility, regionName: string | null, periodStart: string, periodEnd: string, budget: number | null, offers: Array<{ id: string, plan: string, status: DemandOfferStatus, institution: { name: string } | null }>, docking: { id: string, status: DockingStatus, kind: DockingKind } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DemandDemandReviewMutationVariables = Exact<{
  i: DemandReviewInput;
}>;


export type DemandDemandReviewMutation = { demandReview: { demand: { id: string, name: string, status: DemandStatus, visibility: DemandVisibility, regionName: string | null, periodStart: string, periodEnd: string, budget: number | null, offers: Array<{ id: string, plan: string, status: DemandOfferStatus, institution: { name: string } | null }>, docking: { id: string, status: DockingStatus, kind: DockingKind } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DemandDemandOfferMutationVariables = Exact<{
  i: DemandOfferInput;
}>;


export type DemandDemandOfferMutation = { demandOffer: { offer: { id: string, status: DemandOfferStatus } | null, demand: { id: string, name: string, status: DemandStatus, visibility: DemandVisibility, regionName: string | null, periodStart: string, periodEnd: string, budget: number | null, offers: Array<{ id: string, plan: string, status: DemandOfferStatus, institution: { name: string } | null }>, docking: { id: string, status: DockingStatus, kind: DockingKind } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DemandDemandChooseOfferMutationVariables = Exact<{
  i: DemandChooseInput;
}>;


export type DemandDemandChooseOfferMutation = { demandChooseOffer: { docking: { id: string, status: DockingStatus, kind: DockingKind, resolutionDue: string | null, firstResponseAt: string | null } | null, demand: { id: string, name: string, status: DemandStatus, visibility: DemandVisibility, regionName: string | null, periodStart: string, periodEnd: string, budget: number | null, offers: Array<{ id: string, plan: string, status: DemandOfferStatus, institution: { name: string } | null }>, docking: { id: string, status: DockingStatus, kind: DockingKind } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DemandDemandsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemandDemandsQuery = { demands: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type DemandDemandHandlingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type DemandDemandHandlingRulesQuery = { demandHandlingRules: { version: string, scope: Array<string>, reviewStandards: Array<string>, process: Array<string>, tracking: Array<string> } };

export type DemandDemandDispatchMutationVariables = Exact<{
  i: DemandDispatchInput;
}>;


export type DemandDemandDispatchMutation = { demandDispatch: { demand: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DemandDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type DemandDemandQuery = { demand: { offers: Array<{ plan: string }> } | null };

export type DemandDemand2QueryVariables = Exact<{
  id: string | number;
}>;


export type DemandDemand2Query = { demand: { offers: Array<{ plan: string }> } | null };

export type DemandDockingStartMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DemandDockingStartMutation = { dockingStart: { docking: { status: DockingStatus, demand: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DemandDockingCompleteMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DemandDockingCompleteMutation = { dockingComplete: { docking: { status: DockingStatus, demand: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DemandDockingEvaluateMutationVariables = Exact<{
  i: DockingEvaluateInput;
}>;


export type DemandDockingEvaluateMutation = { dockingEvaluate: { docking: { evaluation: { average: number } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DemandDemand3QueryVariables = Exact<{
  id: string | number;
}>;


export type DemandDemand3Query = { demand: { id: string } | null };

export type DemandDemandDispatch2MutationVariables = Exact<{
  i: DemandDispatchInput;
}>;


export type DemandDemandDispatch2Mutation = { demandDispatch: { demand: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DemandMyRemindersQueryVariables = Exact<{ [key: string]: never; }>;


export type DemandMyRemindersQuery = { myReminders: { nodes: Array<{ kind: ReminderKind, demandId: string | null }> } };

export type DemandDemandCancelMutationVariables = Exact<{
  i: DemandRefInput;
}>;


export type DemandDemandCancelMutation = { demandCancel: { demand: { status: DemandStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DemandDemands2QueryVariables = Exact<{ [key: string]: never; }>;


export type DemandDemands2Query = { demands: { totalCount: number, nodes: Array<{ id: string, name: string, regionName: string | null, offers: Array<{ plan: string, institution: { name: string } | null }>, docking: { status: DockingStatus } | null }> } };

export type DemandDockingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemandDockingsQuery = { dockings: { totalCount: number, nodes: Array<{ id: string, status: DockingStatus, demand: { name: string } | null, product: { name: string } | null, enterprise: { name: string } | null }> } };

export type DockingHolidaysDockingSubmitMutationVariables = Exact<{
  i: DockingSubmitInput;
}>;


export type DockingHolidaysDockingSubmitMutation = { dockingSubmit: { docking: { id: string, firstResponseDue: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingHolidaysDockingQueryVariables = Exact<{
  id: string | number;
}>;


export type DockingHolidaysDockingQuery = { docking: { timeline: Array<{ type: DockingEventType, at: string }> } | null };

export type DockingHolidaysWorkingDayOverrideSetMutationVariables = Exact<{
  i: WorkingDayOverrideInput;
}>;


export type DockingHolidaysWorkingDayOverrideSetMutation = { workingDayOverrideSet: { day: { date: string, working: boolean, source: WorkingDaySource } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingHolidaysWorkingDayOverrideRemoveMutationVariables = Exact<{
  i: WorkingDayOverrideRemoveInput;
}>;


export type DockingHolidaysWorkingDayOverrideRemoveMutation = { workingDayOverrideRemove: { day: { date: string, working: boolean, source: WorkingDaySource } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingHolidaysWorkingDaysQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingHolidaysWorkingDaysQuery = { workingDays: Array<{ date: string, working: boolean, source: WorkingDaySource, publicCalendarKnown: boolean }> };

export type DockingHolidaysWorkingDayOverridesQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingHolidaysWorkingDayOverridesQuery = { workingDayOverrides: Array<{ date: string, workday: boolean, note: string }> };

export type DockingSeedServiceProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingSeedServiceProductsQuery = { serviceProducts: { totalCount: number }, activities: { totalCount: number } };

export type DockingSlaDockingSubmitMutationVariables = Exact<{
  i: DockingSubmitInput;
}>;


export type DockingSlaDockingSubmitMutation = { dockingSubmit: { docking: { id: string, firstResponseDue: string | null, resolutionDue: string | null, createdAt: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaDockingUrgeMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DockingSlaDockingUrgeMutation = { dockingUrge: { docking: { urgeCount: number, escalationLevel: number, lastUrgedAt: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaDockingQueryVariables = Exact<{
  id: string | number;
}>;


export type DockingSlaDockingQuery = { docking: { escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null }> } | null };

export type DockingSlaMyRemindersQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaMyRemindersQuery = { myReminders: { totalCount: number, nodes: Array<{ id: string, kind: ReminderKind, message: string, docking: { id: string } | null }> } };

export type DockingSlaReminderReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaReminderReceivedSubscription = { reminderReceived: { kind: ReminderKind, message: string, docking: { id: string } | null } };

export type DockingSlaReminderReceived2SubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaReminderReceived2Subscription = { reminderReceived: { kind: ReminderKind, docking: { id: string } | null } };

export type DockingSlaReminderReceived3SubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaReminderReceived3Subscription = { reminderReceived: { kind: ReminderKind } };

export type DockingSlaInstitutionSlaStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaInstitutionSlaStatisticsQuery = { institutionSlaStatistics: { nodes: Array<{ breached: number, firstResponseOnTimeRate: number | null }> } };

export type DockingSlaReminderReceived4SubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaReminderReceived4Subscription = { reminderReceived: { kind: ReminderKind, docking: { id: string, escalationLevel: number, urgeCount: number } | null } };

export type DockingSlaDockingStatisticsQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DockingSlaDockingStatisticsQuery = { dockingStatistics: { total: number, breached: number, urges: number, firstResponseOnTimeRate: number | null } };

export type DockingSlaDockingAcceptMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DockingSlaDockingAcceptMutation = { dockingAccept: { docking: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaInstitutionSlaStatistics2QueryVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaInstitutionSlaStatistics2Query = { institutionSlaStatistics: { nodes: Array<{ breached: number, urges: number, institution: { id: string } | null }> } };

export type DockingSlaDockingAccept2MutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DockingSlaDockingAccept2Mutation = { dockingAccept: { docking: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaDockingMessageSendMutationVariables = Exact<{
  i: DockingMessageInput;
}>;


export type DockingSlaDockingMessageSendMutation = { dockingMessageSend: { docking: { awaitingReplySince: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaDockingStatistics2QueryVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaDockingStatistics2Query = { dockingStatistics: { firstResponseOnTimeRate: number | null, responded: number } };

export type DockingSlaInstitutionStaffAddMutationVariables = Exact<{
  i: InstitutionStaffAddInput;
}>;


export type DockingSlaInstitutionStaffAddMutation = { institutionStaffAdd: { institution: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaInstitutionDockingSettingsUpdateMutationVariables = Exact<{
  i: InstitutionDockingSettingsInput;
}>;


export type DockingSlaInstitutionDockingSettingsUpdateMutation = { institutionDockingSettingsUpdate: { settings: { responsibleDepartment: string, responsiblePersonId: string, firstResponseMinutes: number, replyMinutes: number, resolutionMinutes: number } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaInstitutionDockingSettingsUpdate2MutationVariables = Exact<{
  i: InstitutionDockingSettingsInput;
}>;


export type DockingSlaInstitutionDockingSettingsUpdate2Mutation = { institutionDockingSettingsUpdate: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaInstitutionDockingSettingsUpdate3MutationVariables = Exact<{
  i: InstitutionDockingSettingsInput;
}>;


export type DockingSlaInstitutionDockingSettingsUpdate3Mutation = { institutionDockingSettingsUpdate: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaPlatformDockingSlaQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaPlatformDockingSlaQuery = { platformDockingSla: { firstResponseMinutes: number, replyMinutes: number, resolutionMinutes: number, builtIn: boolean, updatedAt: string | null } };

export type DockingSlaPlatformDockingSlaUpdateMutationVariables = Exact<{
  i: PlatformDockingSlaInput;
}>;


export type DockingSlaPlatformDockingSlaUpdateMutation = { platformDockingSlaUpdate: { sla: { firstResponseMinutes: number, replyMinutes: number, resolutionMinutes: number, builtIn: boolean } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaInstitutionDockingSettingsUpdate4MutationVariables = Exact<{
  i: InstitutionDockingSettingsInput;
}>;


export type DockingSlaInstitutionDockingSettingsUpdate4Mutation = { institutionDockingSettingsUpdate: { settings: { firstResponseMinutes: number } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaMyDockingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaMyDockingSettingsQuery = { myDockingSettings: { firstResponseMinutes: number, replyMinutes: number, resolutionMinutes: number } };

export type DockingSlaPlatformDockingSlaResetMutationVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaPlatformDockingSlaResetMutation = { platformDockingSlaReset: { sla: { firstResponseMinutes: number, replyMinutes: number, resolutionMinutes: number, builtIn: boolean, updatedAt: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingSlaMyDockingSettings2QueryVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaMyDockingSettings2Query = { myDockingSettings: { firstResponseMinutes: number, replyMinutes: number, resolutionMinutes: number } };

export type DockingTestPayloadFragment = { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> };

export type DockingSubmitMutationVariables = Exact<{
  i: DockingSubmitInput;
}>;


export type DockingSubmitMutation = { dockingSubmit: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingMessageSendMutationVariables = Exact<{
  i: DockingMessageInput;
}>;


export type DockingMessageSendMutation = { dockingMessageSend: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingEvaluateMutationVariables = Exact<{
  i: DockingEvaluateInput;
}>;


export type DockingEvaluateMutation = { dockingEvaluate: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingEvaluationReplyMutationVariables = Exact<{
  i: DockingEvaluationReplyInput;
}>;


export type DockingEvaluationReplyMutation = { dockingEvaluationReply: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingAcceptMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DockingAcceptMutation = { dockingAccept: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingStartMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DockingStartMutation = { dockingStart: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingCompleteMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DockingCompleteMutation = { dockingComplete: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingDeclineMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DockingDeclineMutation = { dockingDecline: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingCancelMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DockingCancelMutation = { dockingCancel: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingCloseMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DockingCloseMutation = { dockingClose: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingUrgeMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type DockingUrgeMutation = { dockingUrge: { docking: { id: string, status: DockingStatus, kind: DockingKind, needs: string, firstResponseAt: string | null, acceptedAt: string | null, serviceStartedAt: string | null, finishedAt: string | null, firstResponseDue: string | null, resolutionDue: string | null, urgeCount: number, escalationLevel: number, timeline: Array<{ type: DockingEventType, party: DockingParty, body: string | null, at: string }>, messages: Array<{ body: string | null, party: DockingParty }>, evaluation: { quality: number, average: number, comment: string | null, reply: string | null } | null, enterprise: { name: string, verified: boolean } | null, product: { name: string } | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type DockingTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type DockingTimelineQuery = { docking: { timeline: Array<{ type: DockingEventType, party: DockingParty, at: string }>, messages: Array<{ body: string | null }> } | null };

export type DockingOneQueryVariables = Exact<{
  id: string | number;
}>;


export type DockingOneQuery = { docking: { id: string } | null };

export type DockingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingCountQuery = { dockings: { totalCount: number } };

export type DockingStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingStatisticsQuery = { dockingStatistics: { total: number, open: number, responded: number, averageRating: number | null, firstResponseOnTimeRate: number | null, byStatus: Array<{ status: DockingStatus, count: number }> } };

export type DockingPublicSummariesQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingPublicSummariesQuery = { serviceProducts: { nodes: Array<{ id: string, dockingSummary: { requests: number, completed: number, averageRating: number | null }, institution: { dockingSummary: { completed: number, evaluations: number } } | null }> } };

export type DockingListQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingListQuery = { dockings: { totalCount: number, nodes: Array<{ id: string, status: DockingStatus, product: { name: string } | null, institution: { name: string } | null, enterprise: { name: string } | null, evaluation: { average: number } | null, timeline: Array<{ type: DockingEventType }> }> } };

export type DockingSlaStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaStatisticsQuery = { institutionSlaStatistics: { totalCount: number, nodes: Array<{ total: number, breached: number, urges: number, institution: { name: string } | null }> } };

export type DockingSlaCountQueryVariables = Exact<{ [key: string]: never; }>;


export type DockingSlaCountQuery = { institutionSlaStatistics: { totalCount: number } };

export type DockingUpdatedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DockingUpdatedSubscription = { dockingUpdated: { docking: { id: string, status: DockingStatus }, event: { type: DockingEventType, party: DockingParty, body: string | null } } };

export type DockingUpdatedTimelineSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DockingUpdatedTimelineSubscription = { dockingUpdated: { docking: { status: DockingStatus, timeline: Array<{ type: DockingEventType, body: string | null }> } } };

export type EnterpriseMeQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseMeQuery = { me: { roles: Array<Role>, enterpriseRole: string | null, enterprise: { name: string, sizeClass: SizeClass | null, regionName: string | null, industryName: string | null, members: Array<{ displayName: string }> } | null } | null };

export type EnterpriseEnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseEnterpriseQuery = { enterprise: { name: string, contactPhone: string, revenue: number | null } | null };

export type EnterpriseEnterprise2QueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseEnterprise2Query = { enterprise: { name: string } | null };

export type EnterpriseEnterprisesQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseEnterprisesQuery = { enterprises: { totalCount: number } };

export type EnterpriseEnterpriseReviewMutationVariables = Exact<{
  i: EnterpriseReviewInput;
}>;


export type EnterpriseEnterpriseReviewMutation = { enterpriseReview: { errors: Array<{ code: ErrorCode }> } };

export type EnterpriseEnterprise3QueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseEnterprise3Query = { enterprise: { id: string } | null };

export type EnterpriseMyEnterpriseReviewedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseMyEnterpriseReviewedSubscription = { myEnterpriseReviewed: { status: EnterpriseStatus, reason: string | null, enterprise: { name: string } | null } };

export type EnterpriseEnterpriseReview2MutationVariables = Exact<{
  i: EnterpriseReviewInput;
}>;


export type EnterpriseEnterpriseReview2Mutation = { enterpriseReview: { enterprise: { status: EnterpriseStatus, reviewReason: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null }> } };

export type EnterpriseMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseMe2Query = { me: { enterprise: { status: EnterpriseStatus, reviewReason: string | null, reviewedAt: string | null } | null } | null };

export type EnterpriseEnterprises2QueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseEnterprises2Query = { enterprises: { totalCount: number, nodes: Array<{ site: { code: string } }> } };

export type EnterpriseEnterpriseUpdateMutationVariables = Exact<{
  i: EnterpriseUpdateInput;
}>;


export type EnterpriseEnterpriseUpdateMutation = { enterpriseUpdate: { enterprise: { name: string, sizeClass: SizeClass | null, status: EnterpriseStatus, employees: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type EnterpriseEnterpriseReview3MutationVariables = Exact<{
  i: EnterpriseReviewInput;
}>;


export type EnterpriseEnterpriseReview3Mutation = { enterpriseReview: { errors: Array<{ code: ErrorCode }> } };

export type EnterpriseEnterpriseMemberAddMutationVariables = Exact<{
  i: EnterpriseMemberAddInput;
}>;


export type EnterpriseEnterpriseMemberAddMutation = { enterpriseMemberAdd: { enterprise: { members: Array<{ id: string, displayName: string, enterpriseRole: string | null }> } | null, errors: Array<{ code: ErrorCode, field: string | null }> } };

export type EnterpriseMyEnterpriseInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseMyEnterpriseInvitationsQuery = { myEnterpriseInvitations: Array<{ id: string, enterpriseName: string, invitedByName: string }> };

export type EnterpriseEnterpriseInvitationAcceptMutationVariables = Exact<{
  i: EnterpriseInvitationInput;
}>;


export type EnterpriseEnterpriseInvitationAcceptMutation = { enterpriseInvitationAccept: { joined: boolean | null, errors: Array<{ code: ErrorCode }> } };

export type EnterpriseMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseMe3Query = { me: { enterprise: { members: Array<{ id: string, enterpriseRole: string | null }> } | null } | null };

export type EnterpriseMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseMe4Query = { me: { enterprise: { name: string } | null } | null };

export type EnterpriseEnterpriseMemberRemoveMutationVariables = Exact<{
  i: EnterpriseMemberRemoveInput;
}>;


export type EnterpriseEnterpriseMemberRemoveMutation = { enterpriseMemberRemove: { enterprise: { members: Array<{ displayName: string }> } | null, errors: Array<{ code: ErrorCode }> } };

export type EnterpriseMe5QueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseMe5Query = { me: { id: string } | null };

export type HelpGuidesQueryVariables = Exact<{
  audience?: GuideAudience | null | undefined;
}>;


export type HelpGuidesQuery = { guides: Array<{ slug: string, title: string, audience: GuideAudience, summary: string, sections: Array<{ heading: string, blocks: Array<{ kind: GuideBlockKind, text: string | null, items: Array<string> }> }> }> };

export type HelpGuideQueryVariables = Exact<{ [key: string]: never; }>;


export type HelpGuideQuery = { guide: { title: string, markdown: string, sections: Array<{ heading: string, blocks: Array<{ kind: GuideBlockKind, items: Array<string> }> }> } | null };

export type HelpGuideUnknownSlugQueryVariables = Exact<{ [key: string]: never; }>;


export type HelpGuideUnknownSlugQuery = { guide: { slug: string } | null };

export type IdentityAccountRegisterMutationVariables = Exact<{
  i: AccountRegisterInput;
}>;


export type IdentityAccountRegisterMutation = { accountRegister: { account: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type IdentityLoginMutationVariables = Exact<{
  i: LoginInput;
}>;


export type IdentityLoginMutation = { login: { token: string | null, idleTimeoutSeconds: number | null, account: { displayName: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type IdentityMeQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMeQuery = { me: { displayName: string } | null };

export type IdentityMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe2Query = { me: { displayName: string } | null };

export type IdentityLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type IdentityLogoutMutation = { logout: { revoked: boolean } };

export type IdentityMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe3Query = { me: { displayName: string } | null };

export type IdentityMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe4Query = { me: { displayName: string } | null };

export type IdentityMe5QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe5Query = { me: { displayName: string } | null };

export type IdentityPasswordChangeMutationVariables = Exact<{
  i: PasswordChangeInput;
}>;


export type IdentityPasswordChangeMutation = { passwordChange: { account: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null }> } };

export type IdentityMe6QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe6Query = { me: { id: string } | null };

export type IdentityMe7QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe7Query = { me: { id: string } | null };

export type IdentityLogin2MutationVariables = Exact<{
  i: LoginInput;
}>;


export type IdentityLogin2Mutation = { login: { errors: Array<{ code: ErrorCode, message: string }> } };

export type IdentityAccountRolesSetMutationVariables = Exact<{
  i: AccountRolesSetInput;
}>;


export type IdentityAccountRolesSetMutation = { accountRolesSet: { account: { roles: Array<Role> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type IdentityStaffAccountCreateMutationVariables = Exact<{
  i: StaffAccountCreateInput;
}>;


export type IdentityStaffAccountCreateMutation = { staffAccountCreate: { account: { id: string, roles: Array<Role> } | null, errors: Array<{ code: ErrorCode }> } };

export type IdentityAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityAuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ operation: string, result: string, actorId: string | null, ip: string | null, at: string }> } };

export type IdentityAuditLog2QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityAuditLog2Query = { auditLog: { totalCount: number } };

export type IdentityAccountsQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type IdentityAccountsQuery = { accounts: { totalCount: number, nodes: Array<{ id: string, displayName: string, locked: boolean, disabled: boolean }> } };

export type IdentityAccountStatusSetMutationVariables = Exact<{
  i: AccountStatusSetInput;
}>;


export type IdentityAccountStatusSetMutation = { accountStatusSet: { account: { locked: boolean, disabled: boolean } | null, errors: Array<{ code: ErrorCode }> } };

export type IdentityMe8QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe8Query = { me: { id: string } | null };

export type IdentityAccounts2QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityAccounts2Query = { accounts: { totalCount: number } };

export type InstitutionInstitutionApplyMutationVariables = Exact<{
  i: InstitutionApplyInput;
}>;


export type InstitutionInstitutionApplyMutation = { institutionApply: { institution: { id: string, name: string, status: InstitutionStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type InstitutionInstitutionReviewMutationVariables = Exact<{
  i: InstitutionReviewInput;
}>;


export type InstitutionInstitutionReviewMutation = { institutionReview: { institution: { status: InstitutionStatus, reviewReason: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type InstitutionInstitutionQueryVariables = Exact<{
  id: string | number;
}>;


export type InstitutionInstitutionQuery = { institution: { name: string } | null };

export type InstitutionInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionInstitutionsQuery = { institutions: { totalCount: number } };

export type InstitutionInstitutions2QueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionInstitutions2Query = { institutions: { totalCount: number, nodes: Array<{ name: string, responsibleDepartment: string, staff: Array<{ displayName: string }> | null }> } };

export type InstitutionInstitutionStaffAddMutationVariables = Exact<{
  i: InstitutionStaffAddInput;
}>;


export type InstitutionInstitutionStaffAddMutation = { institutionStaffAdd: { institution: { staff: Array<{ displayName: string }> | null } | null, errors: Array<{ code: ErrorCode, field: string | null }> } };

export type InstitutionMeQueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionMeQuery = { me: { roles: Array<Role>, institution: { name: string } | null } | null };

export type InstitutionInstitutionStaffAdd2MutationVariables = Exact<{
  i: InstitutionStaffAddInput;
}>;


export type InstitutionInstitutionStaffAdd2Mutation = { institutionStaffAdd: { errors: Array<{ code: ErrorCode }> } };

export type InstitutionMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionMe2Query = { me: { institution: { status: InstitutionStatus, reviewReason: string | null } | null } | null };

export type JobsDeadLettersQueryVariables = Exact<{
  q?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type JobsDeadLettersQuery = { jobDeadLetters: { totalCount: number, nodes: Array<{ id: string, queue: string, payload: Record<string, unknown>, attempts: number, maxAttempts: number, lastError: string | null, failedAt: string | null }> } };

export type JobsRetryMutationVariables = Exact<{
  i: JobRetryInput;
}>;


export type JobsRetryMutation = { jobRetry: { job: { id: string, queue: string, attempts: number, failedAt: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type LimitsCurrentSiteQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsCurrentSiteQuery = { currentSite: { code: string } };

export type NoticeFieldsFragment = { id: string, title: string, body: string, pinned: boolean, provinceOnly: boolean, publishedAt: string | null, site: { code: string } };

export type NoticeCreateMutationVariables = Exact<{
  i: NoticeCreateInput;
}>;


export type NoticeCreateMutation = { noticeCreate: { notice: { id: string, title: string, body: string, pinned: boolean, provinceOnly: boolean, publishedAt: string | null, site: { code: string } } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NoticeUpdateMutationVariables = Exact<{
  i: NoticeUpdateInput;
}>;


export type NoticeUpdateMutation = { noticeUpdate: { notice: { id: string, title: string, body: string, pinned: boolean, provinceOnly: boolean, publishedAt: string | null, site: { code: string } } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NoticePublishMutationVariables = Exact<{
  i: NoticeIdInput;
}>;


export type NoticePublishMutation = { noticePublish: { notice: { id: string, title: string, body: string, pinned: boolean, provinceOnly: boolean, publishedAt: string | null, site: { code: string } } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NoticeUnpublishMutationVariables = Exact<{
  i: NoticeIdInput;
}>;


export type NoticeUnpublishMutation = { noticeUnpublish: { notice: { id: string, title: string, body: string, pinned: boolean, provinceOnly: boolean, publishedAt: string | null, site: { code: string } } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NoticeDeleteMutationVariables = Exact<{
  i: NoticeIdInput;
}>;


export type NoticeDeleteMutation = { noticeDelete: { deletedId: string | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NoticeListQueryVariables = Exact<{
  d?: boolean | null | undefined;
}>;


export type NoticeListQuery = { notices: { totalCount: number, nodes: Array<{ id: string, title: string, body: string, pinned: boolean, provinceOnly: boolean, publishedAt: string | null, site: { code: string } }> } };

export type NoticeOneQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeOneQuery = { notice: { id: string, title: string, body: string, pinned: boolean, provinceOnly: boolean, publishedAt: string | null, site: { code: string } } | null };

export type NoticeFirstPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticeFirstPageQuery = { notices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string }> } };

export type NoticeNextPageQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type NoticeNextPageQuery = { notices: { nodes: Array<{ id: string }> } };

export type NoticeTooManyQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticeTooManyQuery = { notices: { totalCount: number } };

export type NotificationMyNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  unreadOnly?: boolean | null | undefined;
  kind?: NotificationKind | null | undefined;
}>;


export type NotificationMyNotificationsQuery = { myNotifications: { totalCount: number, nodes: Array<{ id: string, kind: NotificationKind, title: string, body: string, link: string | null, readAt: string | null, deliveries: Array<{ channel: NotificationChannel, status: DeliveryStatus, attempts: number, reason: string | null }> }> } };

export type NotificationMyUnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationMyUnreadNotificationCountQuery = { myUnreadNotificationCount: number };

export type NotificationMyNotificationPreferencesUpdateMutationVariables = Exact<{
  i: NotificationPreferencesInput;
}>;


export type NotificationMyNotificationPreferencesUpdateMutation = { myNotificationPreferencesUpdate: { preferences: { quietStart: string, quietEnd: string, emailDailyCap: number, kinds: Array<{ kind: NotificationKind, email: boolean, sms: boolean }> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationDockingMessageSendMutationVariables = Exact<{
  i: DockingMessageInput;
}>;


export type NotificationDockingMessageSendMutation = { dockingMessageSend: { docking: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationDockingSubmitMutationVariables = Exact<{
  i: DockingSubmitInput;
}>;


export type NotificationDockingSubmitMutation = { dockingSubmit: { docking: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationNotificationDeliveriesQueryVariables = Exact<{
  status?: DeliveryStatus | null | undefined;
}>;


export type NotificationNotificationDeliveriesQuery = { notificationDeliveries: { totalCount: number, nodes: Array<{ id: string, notificationId: string, channel: NotificationChannel, status: DeliveryStatus, attempts: number, reason: string | null, address: string | null }> } };

export type NotificationActivityCreateMutationVariables = Exact<{
  i: ActivityCreateInput;
}>;


export type NotificationActivityCreateMutation = { activityCreate: { activity: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationActivityReviewMutationVariables = Exact<{
  i: ActivityReviewInput;
}>;


export type NotificationActivityReviewMutation = { activityReview: { activity: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationNotificationDeliveryRetryMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationNotificationDeliveryRetryMutation = { notificationDeliveryRetry: { delivery: { status: DeliveryStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationMyNotificationsMarkReadMutationVariables = Exact<{
  i: NotificationsMarkReadInput;
}>;


export type NotificationMyNotificationsMarkReadMutation = { myNotificationsMarkRead: { unreadCount: number | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationMyNotificationsMarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationMyNotificationsMarkAllReadMutation = { myNotificationsMarkAllRead: { unreadCount: number | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationActivityRegisterMutationVariables = Exact<{
  i: ActivityRefInput;
}>;


export type NotificationActivityRegisterMutation = { activityRegister: { registration: { id: string, status: RegistrationStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationMyUnreadNotificationCountChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationMyUnreadNotificationCountChangedSubscription = { myUnreadNotificationCountChanged: number };

export type NotificationActivityRegistrationCancelMutationVariables = Exact<{
  i: RegistrationRefInput;
}>;


export type NotificationActivityRegistrationCancelMutation = { activityRegistrationCancel: { registration: { status: RegistrationStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationActivityRegister2MutationVariables = Exact<{
  i: ActivityRefInput;
}>;


export type NotificationActivityRegister2Mutation = { activityRegister: { registration: { status: RegistrationStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type NotificationNotificationUnsubscribeMutationVariables = Exact<{
  t: string;
}>;


export type NotificationNotificationUnsubscribeMutation = { notificationUnsubscribe: { kind: NotificationKind | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PartnerScopesCurrentSiteQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerScopesCurrentSiteQuery = { currentSite: { id: string } };

export type PartnerScopesApiClientCreateMutationVariables = Exact<{
  i: ApiClientCreateInput;
}>;


export type PartnerScopesApiClientCreateMutation = { apiClientCreate: { secret: string | null, client: { id: string, clientId: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PartnerScopesApiClientRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerScopesApiClientRevokeMutation = { apiClientRevoke: { client: { revokedAt: unknown } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PartnerScopesApiClientConsentGrantMutationVariables = Exact<{
  i: ApiClientConsentInput;
}>;


export type PartnerScopesApiClientConsentGrantMutation = { apiClientConsentGrant: { consent: { clientId: string, clientName: string, enterpriseId: string, enterpriseName: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PartnerScopesApiClientConsentRevokeMutationVariables = Exact<{
  i: ApiClientConsentInput;
}>;


export type PartnerScopesApiClientConsentRevokeMutation = { apiClientConsentRevoke: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PartnerScopesApiClientConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerScopesApiClientConsentsQuery = { apiClientConsents: { totalCount: number, edges: Array<{ node: { clientId: string, enterpriseId: string, enterpriseName: string } }> } };

export type PartnerScopesEnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerScopesEnterpriseQuery = { enterprise: { id: string, name: string, contactPhone: string, members: Array<{ id: string }>, createdBy: { id: string } | null } | null };

export type PartnerScopesMyNotificationsMarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type PartnerScopesMyNotificationsMarkAllReadMutation = { myNotificationsMarkAllRead: { errors: Array<{ code: ErrorCode }> } };

export type PartnerScopesMyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerScopesMyNotificationsQuery = { myNotifications: { totalCount: number } };

export type PartnerScopesMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerScopesMeQuery = { me: { id: string } | null, currentSite: { code: string } };

export type PartnerScopesCurrentSite2QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerScopesCurrentSite2Query = { currentSite: { code: string } };

export type PartnerScopesCurrentSite3QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerScopesCurrentSite3Query = { currentSite: { code: string } };

export type PartnerScopesCurrentSite4QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerScopesCurrentSite4Query = { currentSite: { code: string } };

export type PartnerScopesCurrentSite5QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerScopesCurrentSite5Query = { currentSite: { code: string } };

export type PartnerCurrentSiteQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSiteQuery = { currentSite: { id: string } };

export type PartnerApiClientCreateMutationVariables = Exact<{
  i: ApiClientCreateInput;
}>;


export type PartnerApiClientCreateMutation = { apiClientCreate: { secret: string | null, client: { id: string, clientId: string, scopes: Array<ClientScope>, requestsPerMinute: number, allowedOrigins: Array<string>, secrets: Array<{ createdAt: unknown, expiresAt: unknown }> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PartnerApiClientSecretRotateMutationVariables = Exact<{
  i: ApiClientSecretRotateInput;
}>;


export type PartnerApiClientSecretRotateMutation = { apiClientSecretRotate: { secret: string | null, client: { secrets: Array<{ expiresAt: unknown }> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PartnerApiClientRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerApiClientRevokeMutation = { apiClientRevoke: { client: { revokedAt: unknown } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PartnerSiteAllowedOriginsSetMutationVariables = Exact<{
  i: SiteAllowedOriginsInput;
}>;


export type PartnerSiteAllowedOriginsSetMutation = { siteAllowedOriginsSet: { allowedOrigins: Array<string> | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PartnerMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerMeQuery = { me: { id: string } | null, currentSite: { code: string } };

export type PartnerApiClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerApiClientsQuery = { apiClients: { totalCount: number } };

export type PartnerCurrentSite2QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite2Query = { currentSite: { code: string } };

export type PartnerCurrentSite3QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite3Query = { currentSite: { code: string } };

export type PartnerCurrentSite4QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite4Query = { currentSite: { code: string } };

export type PartnerCurrentSite5QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite5Query = { currentSite: { code: string } };

export type PartnerCurrentSite6QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite6Query = { currentSite: { code: string } };

export type PartnerCurrentSite7QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite7Query = { currentSite: { code: string } };

export type PartnerCurrentSite8QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite8Query = { currentSite: { code: string } };

export type PartnerCurrentSite9QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite9Query = { currentSite: { code: string } };

export type PartnerCurrentSite10QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite10Query = { currentSite: { code: string } };

export type PartnerCurrentSite11QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite11Query = { currentSite: { code: string } };

export type PartnerCurrentSite12QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCurrentSite12Query = { currentSite: { code: string } };

export type PartnerSearchQueryVariables = Exact<{
  i: SearchInput;
}>;


export type PartnerSearchQuery = { search: { totalCount: number } };

export type TestPasswordResetRequestMutationVariables = Exact<{
  i: PasswordResetRequestInput;
}>;


export type TestPasswordResetRequestMutation = { passwordResetRequest: { accepted: boolean, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestPasswordResetConfirmMutationVariables = Exact<{
  i: PasswordResetConfirmInput;
}>;


export type TestPasswordResetConfirmMutation = { passwordResetConfirm: { reset: boolean, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PasswordResetRegisterMutationVariables = Exact<{
  i: AccountRegisterInput;
}>;


export type PasswordResetRegisterMutation = { accountRegister: { errors: Array<{ code: ErrorCode }> } };

export type TestResetMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TestResetMeQuery = { me: { id: string } | null };

export type TestResetNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestResetNotificationsQuery = { myUnreadNotificationCount: number, myNotifications: { totalCount: number } };

export type PolicyDigestSubscribeMutationVariables = Exact<{
  i: PolicySubscriptionCreateInput;
}>;


export type PolicyDigestSubscribeMutation = { policySubscriptionCreate: { subscription: { id: string, frequency: SubscriptionFrequency } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyDigestSubscriptionUpdateMutationVariables = Exact<{
  i: PolicySubscriptionUpdateInput;
}>;


export type PolicyDigestSubscriptionUpdateMutation = { policySubscriptionUpdate: { subscription: { id: string, frequency: SubscriptionFrequency } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyDigestUnsubscribeMutationVariables = Exact<{
  i: PolicyUnsubscribeInput;
}>;


export type PolicyDigestUnsubscribeMutation = { policySubscriptionUnsubscribe: { errors: Array<{ code: ErrorCode }> } };

export type PolicyFilesAttachmentAddMutationVariables = Exact<{
  i: PolicyAttachmentAddInput;
}>;


export type PolicyFilesAttachmentAddMutation = { policyAttachmentAdd: { attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyImportConditionsStartMutationVariables = Exact<{
  i: PolicyImportInput;
}>;


export type PolicyImportConditionsStartMutation = { policyImport: { import: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyImportConditionsProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyImportConditionsProgressQuery = { policyImportProgress: { status: PolicyImportStatus, created: number, errored: number, lines: { nodes: Array<{ lineNo: number, result: PolicyImportLineResult, reason: string | null, policyId: string | null }> } } | null };

export type PolicyImportConditionsMatchQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyImportConditionsMatchQuery = { policyMatch: { verdict: MatchVerdict, conditions: Array<{ outcome: ConditionOutcome }> } | null };

export type PolicyImportConditionsSearchQueryVariables = Exact<{
  i: SearchInput;
}>;


export type PolicyImportConditionsSearchQuery = { search: { hits: { nodes: Array<{ id: string }> } } };

export type PolicyImportConditionsKindCreateMutationVariables = Exact<{
  i: QualificationKindCreateInput;
}>;


export type PolicyImportConditionsKindCreateMutation = { qualificationKindCreate: { qualification: { code: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyImportStartMutationVariables = Exact<{
  i: PolicyImportInput;
}>;


export type PolicyImportStartMutation = { policyImport: { import: { id: string, status: PolicyImportStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyImportProgressQueryVariables = Exact<{
  id: string | number;
  r?: PolicyImportLineResult | null | undefined;
}>;


export type PolicyImportProgressQuery = { policyImportProgress: { status: PolicyImportStatus, total: number, processed: number, created: number, updated: number, unchanged: number, errored: number, lines: { totalCount: number, nodes: Array<{ lineNo: number, result: PolicyImportLineResult, reason: string | null, policyId: string | null }> } } | null };

export type PolicyPushSubscriptionCreateMutationVariables = Exact<{
  i: PolicySubscriptionCreateInput;
}>;


export type PolicyPushSubscriptionCreateMutation = { policySubscriptionCreate: { subscription: { id: string, name: string, keywords: Array<string>, channels: Array<PushChannel>, active: boolean } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyPushSubscriptionUpdateMutationVariables = Exact<{
  i: PolicySubscriptionUpdateInput;
}>;


export type PolicyPushSubscriptionUpdateMutation = { policySubscriptionUpdate: { subscription: { id: string, name: string, keywords: Array<string>, tags: Array<string>, regions: Array<string>, channels: Array<PushChannel>, email: string | null, mobile: string | null, active: boolean } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyPushSubscriptionDeleteMutationVariables = Exact<{
  i: PolicySubscriptionDeleteInput;
}>;


export type PolicyPushSubscriptionDeleteMutation = { policySubscriptionDelete: { errors: Array<{ code: ErrorCode }> } };

export type PolicyPushSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyPushSubscriptionsQuery = { policySubscriptions: Array<{ id: string }> };

export type PolicyPushInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyPushInboxQuery = { notificationUnreadCount: number, notifications: { totalCount: number, nodes: Array<{ id: string, title: string, reason: NotificationReason, policyVersion: number, readAt: string | null, policy: { id: string, title: string } | null }> } };

export type PolicyPushInboxSubscriptionQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyPushInboxSubscriptionQuery = { notifications: { nodes: Array<{ subscription: { name: string, active: boolean } | null }> } };

export type PolicyPushMarkReadMutationVariables = Exact<{
  i: NotificationMarkReadInput;
}>;


export type PolicyPushMarkReadMutation = { notificationMarkRead: { unreadCount: number | null, errors: Array<{ code: ErrorCode }> } };

export type PolicyPushUnsubscribeMutationVariables = Exact<{
  i: PolicyUnsubscribeInput;
}>;


export type PolicyPushUnsubscribeMutation = { policySubscriptionUnsubscribe: { errors: Array<{ code: ErrorCode }> } };

export type PolicyPushEnterpriseReviewMutationVariables = Exact<{
  i: EnterpriseReviewInput;
}>;


export type PolicyPushEnterpriseReviewMutation = { enterpriseReview: { errors: Array<{ code: ErrorCode }> } };

export type PolicyPushConditionsSetMutationVariables = Exact<{
  i: PolicyConditionsSetInput;
}>;


export type PolicyPushConditionsSetMutation = { policyConditionsSet: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyPushNotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PolicyPushNotificationReceivedSubscription = { notificationReceived: { id: string, title: string, reason: NotificationReason, policy: { title: string } | null } };

export type PolicyQualificationSearchSearchQueryVariables = Exact<{
  i: SearchInput;
}>;


export type PolicyQualificationSearchSearchQuery = { search: { hits: { nodes: Array<{ kind: string, id: string }> } } };

export type PolicyQualificationSearchConditionsSetMutationVariables = Exact<{
  i: PolicyConditionsSetInput;
}>;


export type PolicyQualificationSearchConditionsSetMutation = { policyConditionsSet: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyQualificationSearchKindCreateMutationVariables = Exact<{
  i: QualificationKindCreateInput;
}>;


export type PolicyQualificationSearchKindCreateMutation = { qualificationKindCreate: { qualification: { code: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyQualificationSearchKindUpdateMutationVariables = Exact<{
  i: QualificationKindUpdateInput;
}>;


export type PolicyQualificationSearchKindUpdateMutation = { qualificationKindUpdate: { qualification: { code: string, name: string, aliases: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyQueriesListQueryVariables = Exact<{
  f?: PolicyFilter | null | undefined;
  o?: PolicyOrder | null | undefined;
  n?: number | null | undefined;
}>;


export type PolicyQueriesListQuery = { policies: { totalCount: number, nodes: Array<{ id: string, title: string }> } };

export type PolicyQueriesViewQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyQueriesViewQuery = { policy: { id: string, viewCount: number } | null };

export type PolicyQueriesPageQueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type PolicyQueriesPageQuery = { policies: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, departments: Array<string>, attachments: Array<{ id: string, fileName: string }>, interpretations: Array<{ id: string, title: string }>, guides: Array<{ id: string, title: string, applicationEnd: string | null }>, relatedPolicies: Array<{ id: string, title: string }>, versions: Array<{ version: number }> } }> } };

export type PolicyQueriesGuideAddMutationVariables = Exact<{
  i: PolicyGuideAddInput;
}>;


export type PolicyQueriesGuideAddMutation = { policyGuideAdd: { errors: Array<{ code: ErrorCode }> } };

export type PolicyQueriesInterpretationAddMutationVariables = Exact<{
  i: PolicyInterpretationAddInput;
}>;


export type PolicyQueriesInterpretationAddMutation = { policyInterpretationAdd: { errors: Array<{ code: ErrorCode }> } };

export type PolicyQueriesDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyQueriesDetailQuery = { policy: { id: string, attachments: Array<{ id: string }>, interpretations: Array<{ id: string }>, guides: Array<{ id: string }>, relatedPolicies: Array<{ id: string }>, versions: Array<{ version: number }> } | null };

export type PolicyQueriesQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyQueriesQueueQuery = { policies: { nodes: Array<{ id: string, title: string, createdBy: { displayName: string } | null, pendingChanges: { fromVersion: number, fields: Array<{ field: string }>, body: Array<{ op: DiffOp }> } | null }> } };

export type PolicyReachConditionsSetMutationVariables = Exact<{
  i: PolicyConditionsSetInput;
}>;


export type PolicyReachConditionsSetMutation = { policyConditionsSet: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyReachCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyReachCountsQuery = { policyReach: { reach: { eligible: number, likely: number, nearMiss: number, notified: number } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyReachListQueryVariables = Exact<{
  id: string | number;
  v: PolicyReachVerdict;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PolicyReachListQuery = { policyReachEnterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, regionName: string, industryName: string, sizeClass: string, verdict: PolicyReachVerdict, conditions: Array<{ outcome: ConditionOutcome, reason: string, condition: { field: ConditionField, changeable: boolean } }> }> } };

export type PolicyReachXlsxQueryVariables = Exact<{
  id: string | number;
  v: PolicyReachVerdict;
}>;


export type PolicyReachXlsxQuery = { policyReachXlsx: { filename: string, mimeType: string, byteSize: number, contentBase64: string } };

export type PolicyReachEnterpriseReviewMutationVariables = Exact<{
  i: EnterpriseReviewInput;
}>;


export type PolicyReachEnterpriseReviewMutation = { enterpriseReview: { errors: Array<{ code: ErrorCode }> } };

export type PolicyReachMatchQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyReachMatchQuery = { policyMatch: { verdict: MatchVerdict, conditions: Array<{ outcome: ConditionOutcome, condition: { changeable: boolean } }> } | null };

export type PolicyReachListIdsQueryVariables = Exact<{
  id: string | number;
  v: PolicyReachVerdict;
}>;


export type PolicyReachListIdsQuery = { policyReachEnterprises: { nodes: Array<{ id: string }> } };

export type PolicyRelatedPayloadFieldsFragment = { policy: { id: string } | null, attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } | null, interpretation: { id: string, title: string, authority: string, author: string | null, body: string, publishedOn: string | null } | null, guide: { id: string, title: string, beneficiaries: string, conditions: string, applicationStart: string | null, applicationEnd: string | null, paymentDeadline: string | null, whereToApply: string, hotline: string | null, materials: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> };

export type PolicyRelatedAttachmentAddMutationVariables = Exact<{
  i: PolicyAttachmentAddInput;
}>;


export type PolicyRelatedAttachmentAddMutation = { policyAttachmentAdd: { policy: { id: string } | null, attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } | null, interpretation: { id: string, title: string, authority: string, author: string | null, body: string, publishedOn: string | null } | null, guide: { id: string, title: string, beneficiaries: string, conditions: string, applicationStart: string | null, applicationEnd: string | null, paymentDeadline: string | null, whereToApply: string, hotline: string | null, materials: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyRelatedAttachmentRemoveMutationVariables = Exact<{
  i: PolicyAttachmentRemoveInput;
}>;


export type PolicyRelatedAttachmentRemoveMutation = { policyAttachmentRemove: { policy: { id: string } | null, attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } | null, interpretation: { id: string, title: string, authority: string, author: string | null, body: string, publishedOn: string | null } | null, guide: { id: string, title: string, beneficiaries: string, conditions: string, applicationStart: string | null, applicationEnd: string | null, paymentDeadline: string | null, whereToApply: string, hotline: string | null, materials: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyRelatedInterpretationAddMutationVariables = Exact<{
  i: PolicyInterpretationAddInput;
}>;


export type PolicyRelatedInterpretationAddMutation = { policyInterpretationAdd: { policy: { id: string } | null, attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } | null, interpretation: { id: string, title: string, authority: string, author: string | null, body: string, publishedOn: string | null } | null, guide: { id: string, title: string, beneficiaries: string, conditions: string, applicationStart: string | null, applicationEnd: string | null, paymentDeadline: string | null, whereToApply: string, hotline: string | null, materials: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyRelatedInterpretationUpdateMutationVariables = Exact<{
  i: PolicyInterpretationUpdateInput;
}>;


export type PolicyRelatedInterpretationUpdateMutation = { policyInterpretationUpdate: { policy: { id: string } | null, attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } | null, interpretation: { id: string, title: string, authority: string, author: string | null, body: string, publishedOn: string | null } | null, guide: { id: string, title: string, beneficiaries: string, conditions: string, applicationStart: string | null, applicationEnd: string | null, paymentDeadline: string | null, whereToApply: string, hotline: string | null, materials: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyRelatedGuideAddMutationVariables = Exact<{
  i: PolicyGuideAddInput;
}>;


export type PolicyRelatedGuideAddMutation = { policyGuideAdd: { policy: { id: string } | null, attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } | null, interpretation: { id: string, title: string, authority: string, author: string | null, body: string, publishedOn: string | null } | null, guide: { id: string, title: string, beneficiaries: string, conditions: string, applicationStart: string | null, applicationEnd: string | null, paymentDeadline: string | null, whereToApply: string, hotline: string | null, materials: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyRelatedRelatedRemoveMutationVariables = Exact<{
  i: PolicyRelatedRemoveInput;
}>;


export type PolicyRelatedRelatedRemoveMutation = { policyRelatedRemove: { policy: { id: string } | null, attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } | null, interpretation: { id: string, title: string, authority: string, author: string | null, body: string, publishedOn: string | null } | null, guide: { id: string, title: string, beneficiaries: string, conditions: string, applicationStart: string | null, applicationEnd: string | null, paymentDeadline: string | null, whereToApply: string, hotline: string | null, materials: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyRelatedLinkMutationVariables = Exact<{
  i: PolicyLinkInput;
}>;


export type PolicyRelatedLinkMutation = { policyLink: { policy: { id: string } | null, attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } | null, interpretation: { id: string, title: string, authority: string, author: string | null, body: string, publishedOn: string | null } | null, guide: { id: string, title: string, beneficiaries: string, conditions: string, applicationStart: string | null, applicationEnd: string | null, paymentDeadline: string | null, whereToApply: string, hotline: string | null, materials: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyRelatedUnlinkMutationVariables = Exact<{
  i: PolicyLinkInput;
}>;


export type PolicyRelatedUnlinkMutation = { policyUnlink: { policy: { id: string } | null, attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string } | null, interpretation: { id: string, title: string, authority: string, author: string | null, body: string, publishedOn: string | null } | null, guide: { id: string, title: string, beneficiaries: string, conditions: string, applicationStart: string | null, applicationEnd: string | null, paymentDeadline: string | null, whereToApply: string, hotline: string | null, materials: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyRelatedDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyRelatedDetailQuery = { policy: { id: string, title: string, policyType: PolicyType, featured: boolean, attachments: Array<{ id: string, fileName: string, sha256: string, sizeBytes: number, contentBase64: string | null }>, interpretations: Array<{ title: string, authority: string, author: string | null, body: string }>, guides: Array<{ title: string, applicationEnd: string | null, materials: Array<string>, hotline: string | null }>, relatedPolicies: Array<{ id: string, title: string, policyType: PolicyType }> } | null };

export type PolicySeedAccountRegisterMutationVariables = Exact<{
  i: AccountRegisterInput;
}>;


export type PolicySeedAccountRegisterMutation = { accountRegister: { errors: Array<{ code: ErrorCode }> } };

export type PolicySeedPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicySeedPoliciesQuery = { policies: { totalCount: number, nodes: Array<{ title: string, docNo: string | null, departments: Array<string> }> } };

export type PolicySeedInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicySeedInboxQuery = { policySubscriptions: Array<{ name: string, frequency: SubscriptionFrequency, channels: Array<PushChannel> }>, notifications: { totalCount: number, nodes: Array<{ reason: NotificationReason, subscription: { name: string } | null }> } };

export type PolicyWorkflowDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyWorkflowDetailQuery = { policy: { id: string, title: string, docNo: string | null, departments: Array<string>, publishedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, validity: PolicyValidity, author: string | null, sourceName: string | null, sourceUrl: string | null, body: string, tags: Array<string>, policyType: PolicyType, industries: Array<string>, sizeClasses: Array<SizeClass>, regions: Array<string>, hotWords: Array<string>, columns: Array<ServiceColumn>, featured: boolean, status: PolicyStatus, reviewComment: string | null, publishedVersion: number | null, viewCount: number, versions: Array<{ version: number, title: string, body: string, changeNote: string | null }> } | null };

export type PolicyWorkflowUpdateMutationVariables = Exact<{
  i: PolicyUpdateInput;
}>;


export type PolicyWorkflowUpdateMutation = { policyUpdate: { policy: { id: string, status: PolicyStatus, title: string, body: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PolicyWorkflowPendingQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyWorkflowPendingQuery = { policy: { pendingChanges: { fromVersion: number, toVersion: number, fields: Array<{ field: string }>, body: Array<{ op: DiffOp, text: string }> } | null } | null };

export type PolicyWorkflowDiffQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyWorkflowDiffQuery = { policyVersionDiff: { fields: Array<{ field: string, label: string }>, body: Array<{ op: DiffOp, text: string }> } | null };

export type PolicyWorkflowTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyWorkflowTypenameQuery = { __typename: 'Query' };

export type PortalFooterQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalFooterQuery = { currentSite: { footer: { organizer: string | null, operatorUnit: string | null, icpRecord: string | null, policeRecord: string | null, phone: string | null, email: string | null, address: string | null } } };

export type PortalSiteFooterUpdateMutationVariables = Exact<{
  i: SiteFooterInput;
}>;


export type PortalSiteFooterUpdateMutation = { siteFooterUpdate: { site: { code: string, footer: { organizer: string | null, icpRecord: string | null, phone: string | null } } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PortalGuideAddMutationVariables = Exact<{
  i: PolicyGuideAddInput;
}>;


export type PortalGuideAddMutation = { policyGuideAdd: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type PortalPoliciesQueryVariables = Exact<{
  f?: PolicyFilter | null | undefined;
}>;


export type PortalPoliciesQuery = { policies: { totalCount: number, nodes: Array<{ id: string, title: string }> } };

export type PortalPolicyDepartmentsQueryVariables = Exact<{
  n: number;
}>;


export type PortalPolicyDepartmentsQuery = { policyDepartments: Array<{ name: string, count: number }> };

export type PortalInstitutionsQueryVariables = Exact<{
  f?: InstitutionFilter | null | undefined;
}>;


export type PortalInstitutionsQuery = { institutions: { totalCount: number, nodes: Array<{ name: string, regionNames: Array<string>, listedProductCount: number, columns: Array<ServiceColumn> }> } };

export type ProcessSiteQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcessSiteQuery = { currentSite: { code: string } };

export type ProcessRegisterMutationVariables = Exact<{
  i: AccountRegisterInput;
}>;


export type ProcessRegisterMutation = { accountRegister: { account: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type ProcessLoginMutationVariables = Exact<{
  i: LoginInput;
}>;


export type ProcessLoginMutation = { login: { errors: Array<{ code: ErrorCode }> } };

export type ProcessAdminLoginMutationVariables = Exact<{
  i: LoginInput;
}>;


export type ProcessAdminLoginMutation = { login: { token: string | null, errors: Array<{ code: ErrorCode }>, account: { roles: Array<Role> } | null } };

export type ProcessMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcessMeQuery = { me: { secondFactorSetupRequired: boolean } | null };

export type ProcessAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcessAccountsQuery = { accounts: { totalCount: number } };

export type ProductServiceProductReviewMutationVariables = Exact<{
  i: ServiceProductReviewInput;
}>;


export type ProductServiceProductReviewMutation = { serviceProductReview: { product: { id: string, status: ServiceProductStatus, listedAt: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ProductServiceProductSubmitMutationVariables = Exact<{
  i: ServiceProductRefInput;
}>;


export type ProductServiceProductSubmitMutation = { serviceProductSubmit: { product: { id: string, status: ServiceProductStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type ProductServiceProductsQueryVariables = Exact<{
  f?: ServiceProductFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ProductServiceProductsQuery = { serviceProducts: { totalCount: number, nodes: Array<{ id: string, name: string, column: ServiceColumn, subcategory: string, feeType: FeeType, form: ServiceForm, regionNames: Array<string>, process: Array<{ title: string, description: string }>, institution: { name: string } | null, pictures: Array<{ contentType: string, byteSize: number, width: number | null, height: number | null, dataUrl: string }> }> } };

export type ProductServiceProductQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductServiceProductQuery = { serviceProduct: { id: string } | null };

export type ProductMyInstitutionServiceProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductMyInstitutionServiceProductsQuery = { myInstitutionServiceProducts: { totalCount: number } };

export type ProductServiceProduct2QueryVariables = Exact<{
  id: string | number;
}>;


export type ProductServiceProduct2Query = { serviceProduct: { id: string } | null };

export type QueryCountEnterpriseReviewMutationVariables = Exact<{
  i: EnterpriseReviewInput;
}>;


export type QueryCountEnterpriseReviewMutation = { enterpriseReview: { errors: Array<{ code: ErrorCode }> } };

export type QueryCountFirstQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCountFirstQuery = { enterprises: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string }> } };

export type QueryCountRestQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type QueryCountRestQuery = { enterprises: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, nodes: Array<{ id: string }> } };

export type QueryCountPageQueryVariables = Exact<{
  n: number;
}>;


export type QueryCountPageQuery = { enterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, uscc: string, name: string, sizeClass: SizeClass | null, status: EnterpriseStatus, regionName: string | null, industryName: string | null, site: { code: string, parent: { code: string } | null }, createdBy: { displayName: string, enterprise: { name: string } | null } | null, reviewedBy: { displayName: string } | null, members: Array<{ displayName: string, roles: Array<Role> }> }> } };

export type SearchContentSearchQueryVariables = Exact<{
  i: SearchInput;
}>;


export type SearchContentSearchQuery = { search: { understanding: { converted: string | null, corrected: string | null, autoRewritten: boolean, serviceIntent: boolean }, hits: { nodes: Array<{ kind: string, kindLabel: string, id: string, title: string, url: string | null }> }, serviceCards: Array<{ kind: string, id: string, title: string }> } };

export type SearchContentPolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type SearchContentPolicyQuery = { policy: { title: string } | null };

export type SearchContentPolicyWithdrawMutationVariables = Exact<{
  i: PolicyTransitionInput;
}>;


export type SearchContentPolicyWithdrawMutation = { policyWithdraw: { policy: { id: string, status: PolicyStatus, publishedVersion: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SearchContentProductDelistMutationVariables = Exact<{
  i: ServiceProductRefInput;
}>;


export type SearchContentProductDelistMutation = { serviceProductDelist: { product: { status: ServiceProductStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SearchContentActivityCreateMutationVariables = Exact<{
  i: ActivityCreateInput;
}>;


export type SearchContentActivityCreateMutation = { activityCreate: { activity: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SearchContentActivityReviewMutationVariables = Exact<{
  i: ActivityReviewInput;
}>;


export type SearchContentActivityReviewMutation = { activityReview: { activity: { status: ActivityStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SearchFallbackSearchQueryVariables = Exact<{
  i: SearchInput;
}>;


export type SearchFallbackSearchQuery = { search: { totalCount: number, understanding: { relaxed: boolean, autoRewritten: boolean, corrected: string | null }, hits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ title: string, score: number }> } } };

export type SearchHitsInstitutionQueryVariables = Exact<{
  i: SearchInput;
}>;


export type SearchHitsInstitutionQuery = { search: { totalCount: number, hits: { nodes: Array<{ id: string, kind: string, title: string, institution: { id: string, name: string } | null }> }, serviceCards: Array<{ id: string, institution: { name: string } | null }> } };

export type SearchRankingSearchQueryVariables = Exact<{
  i: SearchInput;
}>;


export type SearchRankingSearchQuery = { search: { totalCount: number, facets: Array<{ field: SearchFacetField, buckets: Array<{ value: string, label: string, count: number }> }>, hits: { nodes: Array<{ kind: string, kindLabel: string, id: string, title: string, url: string | null, score: number }> }, serviceCards: Array<{ kind: string, id: string, title: string }> } };

export type SearchRankingStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchRankingStatisticsQuery = { searchTopQueries: Array<{ query: string, searches: number }>, searchZeroResultQueries: Array<{ query: string, zeroResults: number }> };

export type SearchRankingConditionsSetMutationVariables = Exact<{
  i: PolicyConditionsSetInput;
}>;


export type SearchRankingConditionsSetMutation = { policyConditionsSet: { errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SearchRankingFinancingProductDelistMutationVariables = Exact<{
  i: FinancingProductDelistInput;
}>;


export type SearchRankingFinancingProductDelistMutation = { financingProductDelist: { product: { status: FinancingProductStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SearchRankingStartupResourceCreateMutationVariables = Exact<{
  i: StartupResourceCreateInput;
}>;


export type SearchRankingStartupResourceCreateMutation = { startupResourceCreate: { resource: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SearchRankingTopQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchRankingTopQueriesQuery = { searchTopQueries: Array<{ query: string }> };

export type SearchE2EQueryVariables = Exact<{
  i: SearchInput;
}>;


export type SearchE2EQuery = { search: { totalCount: number, approximate: boolean, related: Array<string>, understanding: { original: string, normalized: string, pinyin: string | null, converted: string | null, pinyinCandidates: Array<string>, corrected: string | null, didYouMean: string | null, autoRewritten: boolean, relaxed: boolean, serviceIntent: boolean, corrections: Array<{ from: string, to: string, by: string }>, expansions: Array<{ phrase: string, terms: Array<string> }> }, facets: Array<{ field: SearchFacetField, buckets: Array<{ value: string, label: string, count: number }> }>, hits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: string, kindLabel: string, id: string, title: string, titleHighlight: string, highlight: string, url: string | null, date: string | null, score: number, site: { code: string } | null }> }, serviceCards: Array<{ kind: string, id: string, title: string }> } };

export type SearchConceptSaveMutationVariables = Exact<{
  i: SearchConceptInput;
}>;


export type SearchConceptSaveMutation = { searchConceptSave: { concept: { id: string, phrase: string, expansions: Array<string> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SearchConceptsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchConceptsQuery = { searchConcepts: { totalCount: number, nodes: Array<{ phrase: string }> } };

export type SearchConceptDeleteMutationVariables = Exact<{
  i: SearchConceptDeleteInput;
}>;


export type SearchConceptDeleteMutation = { searchConceptDelete: { deletedId: string | null, errors: Array<{ code: ErrorCode }> } };

export type SearchSuggestQueryVariables = Exact<{
  p: string;
}>;


export type SearchSuggestQuery = { searchSuggest: Array<{ text: string, source: SuggestionSource }> };

export type SearchInstitutionQueryVariables = Exact<{
  id: string | number;
}>;


export type SearchInstitutionQuery = { institution: { name: string } | null };

export type SearchClickMutationVariables = Exact<{
  i: SearchClickInput;
}>;


export type SearchClickMutation = { searchClick: { counted: boolean | null, errors: Array<{ code: ErrorCode }> } };

export type SearchStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchStatisticsQuery = { searchTopQueries: Array<{ query: string, searches: number, clicks: number }>, searchZeroResultQueries: Array<{ query: string, zeroResults: number }> };

export type SearchTopQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchTopQueriesQuery = { searchTopQueries: Array<{ query: string }> };

export type SearchReconcileMutationVariables = Exact<{ [key: string]: never; }>;


export type SearchReconcileMutation = { searchReconcile: { drift: Array<{ kind: string, missing: number, extra: number, stale: number }> | null, errors: Array<{ code: ErrorCode }> } };

export type SearchReconcileCountsMutationVariables = Exact<{ [key: string]: never; }>;


export type SearchReconcileCountsMutation = { searchReconcile: { drift: Array<{ kind: string, missing: number, extra: number, stale: number, sourceCount: number, indexedCount: number }> | null } };

export type SearchReconcileRepairMutationVariables = Exact<{ [key: string]: never; }>;


export type SearchReconcileRepairMutation = { searchReconcile: { repaired: boolean | null, drift: Array<{ kind: string, stale: number }> | null } };

export type SearchIndexStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchIndexStatusQuery = { searchIndexStatus: { engine: string, healthy: boolean, documents: number, pending: number, dictionaryVersion: string } };

export type SecurityAppLoginMutationVariables = Exact<{
  i: LoginInput;
}>;


export type SecurityAppLoginMutation = { login: { token: string | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppPasswordChangeMutationVariables = Exact<{
  i: PasswordChangeInput;
}>;


export type SecurityAppPasswordChangeMutation = { passwordChange: { account: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null }> } };

export type SecurityAppMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppMeQuery = { me: { id: string } | null };

export type SecurityAppEnterpriseReviewMutationVariables = Exact<{
  i: EnterpriseReviewInput;
}>;


export type SecurityAppEnterpriseReviewMutation = { enterpriseReview: { errors: Array<{ code: ErrorCode }> } };

export type SecurityAppLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppLogoutMutation = { logout: { revoked: boolean } };

export type SecurityAppEnterpriseMemberRemoveMutationVariables = Exact<{
  i: EnterpriseMemberRemoveInput;
}>;


export type SecurityAppEnterpriseMemberRemoveMutation = { enterpriseMemberRemove: { errors: Array<{ code: ErrorCode }> } };

export type SecurityAppAccountStatusSetMutationVariables = Exact<{
  i: AccountStatusSetInput;
}>;


export type SecurityAppAccountStatusSetMutation = { accountStatusSet: { errors: Array<{ code: ErrorCode }> } };

export type SecurityAppLogout2MutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppLogout2Mutation = { logout: { revoked: boolean } };

export type SecurityAppAccountRolesSetMutationVariables = Exact<{
  i: AccountRolesSetInput;
}>;


export type SecurityAppAccountRolesSetMutation = { accountRolesSet: { account: { roles: Array<Role> } | null, request: { id: string, kind: AdminChangeKind, status: AdminChangeStatus, roles: Array<Role> | null } | null, errors: Array<{ code: ErrorCode, field: string | null }> } };

export type SecurityAppAccountStatusSet2MutationVariables = Exact<{
  i: AccountStatusSetInput;
}>;


export type SecurityAppAccountStatusSet2Mutation = { accountStatusSet: { account: { disabled: boolean } | null, request: { id: string, kind: AdminChangeKind, status: AdminChangeStatus } | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppAdminChangeApproveMutationVariables = Exact<{
  i: AdminChangeDecideInput;
}>;


export type SecurityAppAdminChangeApproveMutation = { adminChangeApprove: { request: { status: AdminChangeStatus, requestedBy: { id: string } | null, decidedBy: { id: string } | null } | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppAdminChangeRejectMutationVariables = Exact<{
  i: AdminChangeDecideInput;
}>;


export type SecurityAppAdminChangeRejectMutation = { adminChangeReject: { request: { status: AdminChangeStatus, reason: string | null } | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppMe2Query = { me: { id: string } | null };

export type SecurityAppMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppMe3Query = { me: { id: string } | null };

export type SecurityAppAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppAccountsQuery = { accounts: { totalCount: number } };

export type SecurityAppAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppAuditLogQuery = { auditLog: { totalCount: number } };

export type SecurityAppEnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityAppEnterpriseQuery = { enterprise: { name: string } | null };

export type SecurityAppColumnStatisticsCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppColumnStatisticsCsvQuery = { columnStatisticsCsv: string };

export type SecurityAppColumnStatisticsXlsxQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppColumnStatisticsXlsxQuery = { columnStatisticsXlsx: { byteSize: number } };

export type SecurityAppActivityStatisticsCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppActivityStatisticsCsvQuery = { activityStatisticsCsv: string };

export type SecurityAppActivityStatisticsXlsxQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppActivityStatisticsXlsxQuery = { activityStatisticsXlsx: { byteSize: number } };

export type SecurityAppEnterprisesQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppEnterprisesQuery = { enterprises: { nodes: Array<{ contactPhone: string }> } };

export type SecurityAppEnterprises2QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppEnterprises2Query = { enterprises: { nodes: Array<{ contactName: string, contactPhone: string, contactEmail: string | null }> } };

export type SecurityAppAccountRegisterMutationVariables = Exact<{
  i: AccountRegisterInput;
}>;


export type SecurityAppAccountRegisterMutation = { accountRegister: { account: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SecurityAppMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppMe4Query = { me: { id: string } | null };

export type SecurityAppMe5QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppMe5Query = { me: { id: string } | null };

export type SecurityAppLogin3MutationVariables = Exact<{
  i: LoginInput;
}>;


export type SecurityAppLogin3Mutation = { login: { token: string | null, errors: Array<{ code: ErrorCode, field: string | null }> } };

export type SecurityAppTotpEnrolMutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppTotpEnrolMutation = { totpEnrol: { enrolment: { secret: string } | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppTotpEnrol2MutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppTotpEnrol2Mutation = { totpEnrol: { enrolment: { secret: string, uri: string } | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppTotpConfirmMutationVariables = Exact<{
  i: TotpConfirmInput;
}>;


export type SecurityAppTotpConfirmMutation = { totpConfirm: { enabled: boolean | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppAccountTotpResetMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityAppAccountTotpResetMutation = { accountTotpReset: { enabled: boolean | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppSearchTopQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppSearchTopQueriesQuery = { searchTopQueries: Array<{ query: string }> };

export type SecurityAppMe6QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppMe6Query = { me: { roles: Array<Role>, secondFactorSetupRequired: boolean } | null };

export type SecurityAppTotpEnrol3MutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppTotpEnrol3Mutation = { totpEnrol: { enrolment: { secret: string } | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppTotpConfirm2MutationVariables = Exact<{
  i: TotpConfirmInput;
}>;


export type SecurityAppTotpConfirm2Mutation = { totpConfirm: { enabled: boolean | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppEnterpriseMemberAddMutationVariables = Exact<{
  i: EnterpriseMemberAddInput;
}>;


export type SecurityAppEnterpriseMemberAddMutation = { enterpriseMemberAdd: { enterprise: { members: Array<{ enterpriseRole: string | null }> } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SecurityAppMe7QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppMe7Query = { me: { enterprise: { id: string } | null } | null };

export type SecurityAppMyEnterpriseInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppMyEnterpriseInvitationsQuery = { myEnterpriseInvitations: Array<{ id: string }> };

export type SecurityAppEnterpriseInvitationDeclineMutationVariables = Exact<{
  i: EnterpriseInvitationInput;
}>;


export type SecurityAppEnterpriseInvitationDeclineMutation = { enterpriseInvitationDecline: { joined: boolean | null, errors: Array<{ code: ErrorCode }> } };

export type SecurityAppMyEnterpriseInvitations2QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityAppMyEnterpriseInvitations2Query = { myEnterpriseInvitations: Array<{ id: string }> };

export type SecurityAppAccountRegister2MutationVariables = Exact<{
  i: AccountRegisterInput;
}>;


export type SecurityAppAccountRegister2Mutation = { accountRegister: { account: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type SiteInheritPoliciesQueryVariables = Exact<{
  f?: PolicyFilter | null | undefined;
}>;


export type SiteInheritPoliciesQuery = { policies: { totalCount: number, edges: Array<{ node: { id: string, title: string, provinceOnly: boolean, site: { code: string } } }> } };

export type SiteInheritSearchQueryVariables = Exact<{
  i: SearchInput;
}>;


export type SiteInheritSearchQuery = { search: { totalCount: number, hits: { edges: Array<{ node: { id: string, title: string } }> } } };

export type SiteInheritProvinceOnlySetMutationVariables = Exact<{
  i: ProvinceOnlySetInput;
}>;


export type SiteInheritProvinceOnlySetMutation = { provinceOnlySet: { id: string | null, provinceOnly: boolean | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SiteInheritPolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type SiteInheritPolicyQuery = { policy: { id: string } | null };

export type StatisticsByColumnQueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticsByColumnQuery = { columnStatistics: { rows: Array<{ key: string, received: number }>, total: { received: number, amountRequested: number, headcountRequested: number, amountFinanced: number } } };

export type TestWebFlowRegisterMutationVariables = Exact<{
  i: ActivityRefInput;
}>;


export type TestWebFlowRegisterMutation = { activityRegister: { registration: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type WebhooksCurrentSiteQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksCurrentSiteQuery = { currentSite: { id: string } };

export type WebhooksApiClientCreateMutationVariables = Exact<{
  i: ApiClientCreateInput;
}>;


export type WebhooksApiClientCreateMutation = { apiClientCreate: { secret: string | null, client: { id: string, clientId: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type WebhooksWebhookSubscriptionCreateMutationVariables = Exact<{
  i: WebhookSubscriptionCreateInput;
}>;


export type WebhooksWebhookSubscriptionCreateMutation = { webhookSubscriptionCreate: { secret: string | null, subscription: { id: string, url: string, eventTypes: Array<WebhookEventType>, sm3: boolean, active: boolean } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type WebhooksWebhookSubscriptionUpdateMutationVariables = Exact<{
  i: WebhookSubscriptionUpdateInput;
}>;


export type WebhooksWebhookSubscriptionUpdateMutation = { webhookSubscriptionUpdate: { secret: string | null, subscription: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type WebhooksWebhookSubscriptionDeleteMutationVariables = Exact<{
  i: WebhookSubscriptionDeleteInput;
}>;


export type WebhooksWebhookSubscriptionDeleteMutation = { webhookSubscriptionDelete: { deletedId: string | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type WebhooksWebhookDeliveryReplayMutationVariables = Exact<{
  i: WebhookDeliveryReplayInput;
}>;


export type WebhooksWebhookDeliveryReplayMutation = { webhookDeliveryReplay: { delivery: { id: string, status: WebhookDeliveryStatus, attempts: number } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type WebhooksWebhookDeliveriesQueryVariables = Exact<{
  f?: WebhookDeliveryFilter | null | undefined;
}>;


export type WebhooksWebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, nodes: Array<{ id: string, webhookId: string, eventId: string, eventType: WebhookEventType, url: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, lastResponse: string | null, nextAttemptAt: unknown, deliveredAt: unknown, createdAt: unknown }> } };

export type WebhooksCurrentSite2QueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksCurrentSite2Query = { currentSite: { id: string } };

export type WebhooksWebhookSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksWebhookSubscriptionsQuery = { webhookSubscriptions: { nodes: Array<{ id: string }> } };

export type WebhooksDockingSubmitMutationVariables = Exact<{
  i: DockingSubmitInput;
}>;


export type WebhooksDockingSubmitMutation = { dockingSubmit: { docking: { id: string, status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type WebhooksDockingMessageSendMutationVariables = Exact<{
  i: DockingMessageInput;
}>;


export type WebhooksDockingMessageSendMutation = { dockingMessageSend: { docking: { id: string, status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type WebhooksDockingAcceptMutationVariables = Exact<{
  i: DockingActionInput;
}>;


export type WebhooksDockingAcceptMutation = { dockingAccept: { docking: { id: string, status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type WebhooksWebhookSubscriptions2QueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksWebhookSubscriptions2Query = { webhookSubscriptions: { nodes: Array<{ id: string }> } };

export type WebhooksWebhookSubscriptions3QueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksWebhookSubscriptions3Query = { webhookSubscriptions: { totalCount: number } };

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

export type TestFinancingProductCreateMutationVariables = Exact<{
  i: FinancingProductCreateInput;
}>;


export type TestFinancingProductCreateMutation = { financingProductCreate: { product: { id: string, name: string, status: FinancingProductStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestFinancingNeedSubmitMutationVariables = Exact<{
  i: FinancingNeedSubmitInput;
}>;


export type TestFinancingNeedSubmitMutation = { financingNeedSubmit: { need: { id: string, column: ServiceColumn, title: string, status: NeedStatus, matched: boolean, amount: number | null, headcount: number | null, regionCode: string, industryCode: string, firstReplyDue: string, firstRepliedAt: string | null, firstReplyOverdue: boolean } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestColumnNeedReplyMutationVariables = Exact<{
  i: ColumnNeedReplyInput;
}>;


export type TestColumnNeedReplyMutation = { columnNeedReply: { need: { status: NeedStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestColumnNeedStartDockingMutationVariables = Exact<{
  i: ColumnNeedDockingInput;
}>;


export type TestColumnNeedStartDockingMutation = { columnNeedStartDocking: { need: { id: string } | null, docking: { id: string, status: DockingStatus } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

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

export type TestUserErrorFragment = { code: ErrorCode, field: string | null, message: string };

export type TestColumnNeedFragment = { id: string, column: ServiceColumn, title: string, status: NeedStatus, matched: boolean, amount: number | null, headcount: number | null, regionCode: string, industryCode: string, firstReplyDue: string, firstRepliedAt: string | null, firstReplyOverdue: boolean };

export type TestPolicyFieldsFragment = { id: string, title: string, docNo: string | null, departments: Array<string>, publishedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, validity: PolicyValidity, author: string | null, sourceName: string | null, sourceUrl: string | null, body: string, tags: Array<string>, policyType: PolicyType, industries: Array<string>, sizeClasses: Array<SizeClass>, regions: Array<string>, hotWords: Array<string>, columns: Array<ServiceColumn>, featured: boolean, status: PolicyStatus, reviewComment: string | null, publishedVersion: number | null, viewCount: number };

export type TestFactoryPolicyCreateMutationVariables = Exact<{
  i: PolicyCreateInput;
}>;


export type TestFactoryPolicyCreateMutation = { policyCreate: { policy: { id: string, title: string, docNo: string | null, departments: Array<string>, publishedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, validity: PolicyValidity, author: string | null, sourceName: string | null, sourceUrl: string | null, body: string, tags: Array<string>, policyType: PolicyType, industries: Array<string>, sizeClasses: Array<SizeClass>, regions: Array<string>, hotWords: Array<string>, columns: Array<ServiceColumn>, featured: boolean, status: PolicyStatus, reviewComment: string | null, publishedVersion: number | null, viewCount: number } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestPolicyTransitionFragment = { policy: { id: string, status: PolicyStatus, publishedVersion: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> };

export type TestFactoryPolicySubmitMutationVariables = Exact<{
  i: PolicyTransitionInput;
}>;


export type TestFactoryPolicySubmitMutation = { policySubmit: { policy: { id: string, status: PolicyStatus, publishedVersion: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestFactoryPolicyPublishMutationVariables = Exact<{
  i: PolicyTransitionInput;
}>;


export type TestFactoryPolicyPublishMutation = { policyPublish: { policy: { id: string, status: PolicyStatus, publishedVersion: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestFactoryPolicyReviseMutationVariables = Exact<{
  i: PolicyTransitionInput;
}>;


export type TestFactoryPolicyReviseMutation = { policyRevise: { policy: { id: string, status: PolicyStatus, publishedVersion: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestFactoryPolicyWithdrawMutationVariables = Exact<{
  i: PolicyTransitionInput;
}>;


export type TestFactoryPolicyWithdrawMutation = { policyWithdraw: { policy: { id: string, status: PolicyStatus, publishedVersion: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestFactoryPolicyExpireMutationVariables = Exact<{
  i: PolicyTransitionInput;
}>;


export type TestFactoryPolicyExpireMutation = { policyExpire: { policy: { id: string, status: PolicyStatus, publishedVersion: number | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type TestFactoryPolicyReviewMutationVariables = Exact<{
  i: PolicyReviewInput;
}>;


export type TestFactoryPolicyReviewMutation = { policyReview: { policy: { id: string, status: PolicyStatus, reviewComment: string | null } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export const ActivityTestActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTestActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"logoDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActivityTestActivityFragment, unknown>;
export const ActivityTestRegistrationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTestRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]} as unknown as DocumentNode<ActivityTestRegistrationFragment, unknown>;
export const TestUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TestUserErrorFragment, unknown>;
export const ColumnsNeedDockingActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColumnsNeedDockingAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingActionFragment, unknown>;
export const ColumnsStatsRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColumnsStatsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinSla"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"amountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"headcountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"matchRate"}},{"kind":"Field","name":{"kind":"Name","value":"slaRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]} as unknown as DocumentNode<ColumnsStatsRowFragment, unknown>;
export const DemandTestDemandFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandTestDemand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<DemandTestDemandFragment, unknown>;
export const DockingTestPayloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingTestPayloadFragment, unknown>;
export const NoticeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<NoticeFieldsFragment, unknown>;
export const PolicyRelatedPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRelatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyRelatedPayloadFieldsFragment, unknown>;
export const TestColumnNeedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestColumnNeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstRepliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}}]}}]} as unknown as DocumentNode<TestColumnNeedFragment, unknown>;
export const TestPolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"hotWords"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}}]} as unknown as DocumentNode<TestPolicyFieldsFragment, unknown>;
export const TestPolicyTransitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPolicyTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TestPolicyTransitionFragment, unknown>;
export const TestFlowRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFlowRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"ticketCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestFlowRegisterMutation, TestFlowRegisterMutationVariables>;
export const TestFlowCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFlowCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegistrationCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestFlowCancelMutation, TestFlowCancelMutationVariables>;
export const TestFlowCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFlowCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestFlowCheckInMutation, TestFlowCheckInMutationVariables>;
export const TestFlowMyRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestFlowMyRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActivityRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticketCode"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestFlowMyRegistrationsQuery, TestFlowMyRegistrationsQueryVariables>;
export const ActivityActivityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityActivityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityTestActivity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTestActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"logoDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ActivityActivityCreateMutation, ActivityActivityCreateMutationVariables>;
export const ActivityActivityReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityActivityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityTestActivity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTestActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"logoDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ActivityActivityReviewMutation, ActivityActivityReviewMutationVariables>;
export const ActivityActivityRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityActivityRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityTestRegistration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTestRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ActivityActivityRegisterMutation, ActivityActivityRegisterMutationVariables>;
export const ActivityActivityRegistrationCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityActivityRegistrationCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegistrationCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityTestRegistration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTestRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ActivityActivityRegistrationCancelMutation, ActivityActivityRegistrationCancelMutationVariables>;
export const ActivityActivityCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityActivityCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityTestRegistration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTestRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ActivityActivityCheckInMutation, ActivityActivityCheckInMutationVariables>;
export const ActivityActivityEvaluateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityActivityEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEvaluateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityEvaluate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityTestRegistration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTestRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ActivityActivityEvaluateMutation, ActivityActivityEvaluateMutationVariables>;
export const ActivityActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ActivityActivitiesQuery, ActivityActivitiesQueryVariables>;
export const ActivityActivities2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivities2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"TECHNOLOGY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityActivities2Query, ActivityActivities2QueryVariables>;
export const ActivityActivities3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivities3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ActivityActivities3Query, ActivityActivities3QueryVariables>;
export const ActivityActivities4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivities4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"month"},"value":{"kind":"StringValue","value":"2026-13","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ActivityActivities4Query, ActivityActivities4QueryVariables>;
export const ActivityActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeats"}}]}}]}}]} as unknown as DocumentNode<ActivityActivityQuery, ActivityActivityQueryVariables>;
export const ActivityMyActivityRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityMyActivityRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActivityRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityMyActivityRegistrationsQuery, ActivityMyActivityRegistrationsQueryVariables>;
export const ActivityActivityRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivityRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityActivityRegistrationsQuery, ActivityActivityRegistrationsQueryVariables>;
export const ActivityActivityRegistrations2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivityRegistrations2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ActivityActivityRegistrations2Query, ActivityActivityRegistrations2QueryVariables>;
export const ActivityActivity2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivity2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketQrSvg"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityActivity2Query, ActivityActivity2QueryVariables>;
export const ActivityActivityRegistrations3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivityRegistrations3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketQrSvg"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityActivityRegistrations3Query, ActivityActivityRegistrations3QueryVariables>;
export const ActivityActivitySummaryPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityActivitySummaryPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivitySummaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activitySummaryPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityTestActivity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTestActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"logoDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ActivityActivitySummaryPublishMutation, ActivityActivitySummaryPublishMutationVariables>;
export const ActivityActivityInvitationsAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityActivityInvitationsAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInvitationsAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityInvitationsAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactKind"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ActivityActivityInvitationsAddMutation, ActivityActivityInvitationsAddMutationVariables>;
export const ActivityActivityInvitationRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityActivityInvitationRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInvitationRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityInvitationRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ActivityActivityInvitationRevokeMutation, ActivityActivityInvitationRevokeMutationVariables>;
export const ActivityActivityInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivityInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityActivityInvitationsQuery, ActivityActivityInvitationsQueryVariables>;
export const ActivityActivity3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivity3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"viewerInvited"}}]}}]}}]} as unknown as DocumentNode<ActivityActivity3Query, ActivityActivity3QueryVariables>;
export const ActivityAccountRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityAccountRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ActivityAccountRegisterMutation, ActivityAccountRegisterMutationVariables>;
export const ActivityMyActivityInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityMyActivityInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActivityInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactKind"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityMyActivityInvitationsQuery, ActivityMyActivityInvitationsQueryVariables>;
export const ActivityMyActivityRegistrations2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityMyActivityRegistrations2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActivityRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"ticketQrSvg"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityMyActivityRegistrations2Query, ActivityMyActivityRegistrations2QueryVariables>;
export const ActivityActivityStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivityStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}}]}}]} as unknown as DocumentNode<ActivityActivityStatisticsQuery, ActivityActivityStatisticsQueryVariables>;
export const ActivityActivityStatistics2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivityStatistics2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"INSTITUTION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}}]}}]}}]} as unknown as DocumentNode<ActivityActivityStatistics2Query, ActivityActivityStatistics2QueryVariables>;
export const ActivityActivityStatistics3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivityStatistics3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}}]}}]}}]} as unknown as DocumentNode<ActivityActivityStatistics3Query, ActivityActivityStatistics3QueryVariables>;
export const ActivityActivityStatisticsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivityStatisticsCsv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityStatisticsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}]}]}}]} as unknown as DocumentNode<ActivityActivityStatisticsCsvQuery, ActivityActivityStatisticsCsvQueryVariables>;
export const ActivityActivityStatisticsXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivityStatisticsXlsx"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityStatisticsXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ActivityActivityStatisticsXlsxQuery, ActivityActivityStatisticsXlsxQueryVariables>;
export const ActivityActivityStatistics4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivityStatistics4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ActivityActivityStatistics4Query, ActivityActivityStatistics4QueryVariables>;
export const ActivityActivities5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityActivities5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityActivities5Query, ActivityActivities5QueryVariables>;
export const AuditIntegrityLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditIntegrityLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuditIntegrityLoginMutation, AuditIntegrityLoginMutationVariables>;
export const ColumnsEntrepreneurshipStartupResourceCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsEntrepreneurshipStartupResourceCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartupResourceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupResourceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipStartupResourceCreateMutation, ColumnsEntrepreneurshipStartupResourceCreateMutationVariables>;
export const ColumnsEntrepreneurshipStartupResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsEntrepreneurshipStartupResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartupResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipStartupResourcesQuery, ColumnsEntrepreneurshipStartupResourcesQueryVariables>;
export const ColumnsEntrepreneurshipEntrepreneurshipNeedSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsEntrepreneurshipEntrepreneurshipNeedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntrepreneurshipNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entrepreneurshipNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestColumnNeed"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestColumnNeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstRepliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipEntrepreneurshipNeedSubmitMutation, ColumnsEntrepreneurshipEntrepreneurshipNeedSubmitMutationVariables>;
export const ColumnsEntrepreneurshipStartupResources2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsEntrepreneurshipStartupResources2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipStartupResources2Query, ColumnsEntrepreneurshipStartupResources2QueryVariables>;
export const ColumnsEntrepreneurshipColumnNeedReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsEntrepreneurshipColumnNeedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipColumnNeedReplyMutation, ColumnsEntrepreneurshipColumnNeedReplyMutationVariables>;
export const ColumnsEntrepreneurshipColumnNeedByTrackingCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsEntrepreneurshipColumnNeedByTrackingCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedByTrackingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymous"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipColumnNeedByTrackingCodeQuery, ColumnsEntrepreneurshipColumnNeedByTrackingCodeQueryVariables>;
export const ColumnsEntrepreneurshipColumnNeedByTrackingCode2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsEntrepreneurshipColumnNeedByTrackingCode2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedByTrackingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"nope","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipColumnNeedByTrackingCode2Query, ColumnsEntrepreneurshipColumnNeedByTrackingCode2QueryVariables>;
export const ColumnsEntrepreneurshipColumnNeedReply2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsEntrepreneurshipColumnNeedReply2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipColumnNeedReply2Mutation, ColumnsEntrepreneurshipColumnNeedReply2MutationVariables>;
export const ColumnsEntrepreneurshipInstitutionColumnNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsEntrepreneurshipInstitutionColumnNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipInstitutionColumnNeedsQuery, ColumnsEntrepreneurshipInstitutionColumnNeedsQueryVariables>;
export const ColumnsEntrepreneurshipInstitutionColumnNeeds2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsEntrepreneurshipInstitutionColumnNeeds2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ANSWERED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipInstitutionColumnNeeds2Query, ColumnsEntrepreneurshipInstitutionColumnNeeds2QueryVariables>;
export const ColumnsEntrepreneurshipStartupNeedBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsEntrepreneurshipStartupNeedBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartupNeedBoardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupNeedBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsEntrepreneurshipStartupNeedBoardQuery, ColumnsEntrepreneurshipStartupNeedBoardQueryVariables>;
export const ColumnsFinancingFinancingProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingFinancingProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingProductFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingFinancingProductsQuery, ColumnsFinancingFinancingProductsQueryVariables>;
export const ColumnsFinancingFinancingProducts2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingFinancingProducts2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"StringValue","value":"12","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingFinancingProducts2Query, ColumnsFinancingFinancingProducts2QueryVariables>;
export const ColumnsFinancingFinancingProducts3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingFinancingProducts3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingFinancingProducts3Query, ColumnsFinancingFinancingProducts3QueryVariables>;
export const ColumnsFinancingFinancingProductDelistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsFinancingFinancingProductDelist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingProductDelistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingProductDelist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsFinancingFinancingProductDelistMutation, ColumnsFinancingFinancingProductDelistMutationVariables>;
export const ColumnsFinancingFinancingProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingFinancingProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingFinancingProductQuery, ColumnsFinancingFinancingProductQueryVariables>;
export const ColumnsFinancingFinancingProduct2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingFinancingProduct2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingFinancingProduct2Query, ColumnsFinancingFinancingProduct2QueryVariables>;
export const ColumnsFinancingFinancingRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingFinancingRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingFinancingRoutesQuery, ColumnsFinancingFinancingRoutesQueryVariables>;
export const ColumnsFinancingFinancingRoutes2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingFinancingRoutes2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DIRECT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingFinancingRoutes2Query, ColumnsFinancingFinancingRoutes2QueryVariables>;
export const ColumnsFinancingColumnNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingColumnNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"financing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"collateral"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearMisses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingColumnNeedQuery, ColumnsFinancingColumnNeedQueryVariables>;
export const ColumnsFinancingColumnNeed2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingColumnNeed2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"creditRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingColumnNeed2Query, ColumnsFinancingColumnNeed2QueryVariables>;
export const ColumnsFinancingProfileConsentGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsFinancingProfileConsentGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileConsentGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsFinancingProfileConsentGrantMutation, ColumnsFinancingProfileConsentGrantMutationVariables>;
export const ColumnsFinancingProfileConsentRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsFinancingProfileConsentRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileConsentRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsFinancingProfileConsentRevokeMutation, ColumnsFinancingProfileConsentRevokeMutationVariables>;
export const ColumnsFinancingMyProfileConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingMyProfileConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProfileConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingMyProfileConsentsQuery, ColumnsFinancingMyProfileConsentsQueryVariables>;
export const ColumnsFinancingInstitutionColumnNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingInstitutionColumnNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"FINANCING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingInstitutionColumnNeedsQuery, ColumnsFinancingInstitutionColumnNeedsQueryVariables>;
export const ColumnsFinancingColumnNeedReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsFinancingColumnNeedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstRepliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsFinancingColumnNeedReplyMutation, ColumnsFinancingColumnNeedReplyMutationVariables>;
export const ColumnsFinancingColumnNeedCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsFinancingColumnNeedClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsFinancingColumnNeedCloseMutation, ColumnsFinancingColumnNeedCloseMutationVariables>;
export const ColumnsFinancingMyColumnNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingMyColumnNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"FINANCING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestColumnNeed"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestColumnNeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstRepliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}}]}}]} as unknown as DocumentNode<ColumnsFinancingMyColumnNeedsQuery, ColumnsFinancingMyColumnNeedsQueryVariables>;
export const ColumnsFinancingInboxConsentGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsFinancingInboxConsentGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileConsentGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsFinancingInboxConsentGrantMutation, ColumnsFinancingInboxConsentGrantMutationVariables>;
export const ColumnsFinancingColumnNeedReply2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsFinancingColumnNeedReply2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsFinancingColumnNeedReply2Mutation, ColumnsFinancingColumnNeedReply2MutationVariables>;
export const ColumnsFinancingInstitutionColumnNeedsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingInstitutionColumnNeedsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingInstitutionColumnNeedsPageQuery, ColumnsFinancingInstitutionColumnNeedsPageQueryVariables>;
export const ColumnsFinancingEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsFinancingEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsFinancingEnterpriseQuery, ColumnsFinancingEnterpriseQueryVariables>;
export const ColumnsNeedDockingColumnNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsNeedDockingColumnNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingColumnNeedQuery, ColumnsNeedDockingColumnNeedQueryVariables>;
export const ColumnsNeedDockingDockingAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsNeedDockingDockingAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ColumnsNeedDockingAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColumnsNeedDockingAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingDockingAcceptMutation, ColumnsNeedDockingDockingAcceptMutationVariables>;
export const ColumnsNeedDockingDockingStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsNeedDockingDockingStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ColumnsNeedDockingAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColumnsNeedDockingAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingDockingStartMutation, ColumnsNeedDockingDockingStartMutationVariables>;
export const ColumnsNeedDockingDockingCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsNeedDockingDockingComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ColumnsNeedDockingAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColumnsNeedDockingAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingDockingCompleteMutation, ColumnsNeedDockingDockingCompleteMutationVariables>;
export const ColumnsNeedDockingDockingDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsNeedDockingDockingDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingDecline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ColumnsNeedDockingAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColumnsNeedDockingAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingDockingDeclineMutation, ColumnsNeedDockingDockingDeclineMutationVariables>;
export const ColumnsNeedDockingDockingCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsNeedDockingDockingCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ColumnsNeedDockingAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColumnsNeedDockingAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingDockingCancelMutation, ColumnsNeedDockingDockingCancelMutationVariables>;
export const ColumnsNeedDockingDockingCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsNeedDockingDockingClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ColumnsNeedDockingAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColumnsNeedDockingAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingDockingCloseMutation, ColumnsNeedDockingDockingCloseMutationVariables>;
export const ColumnsNeedDockingDockingEvaluateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsNeedDockingDockingEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingEvaluateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingEvaluate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingDockingEvaluateMutation, ColumnsNeedDockingDockingEvaluateMutationVariables>;
export const ColumnsNeedDockingColumnNeedCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsNeedDockingColumnNeedClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingColumnNeedCloseMutation, ColumnsNeedDockingColumnNeedCloseMutationVariables>;
export const ColumnsNeedDockingColumnNeedRecordAmountFinancedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsNeedDockingColumnNeedRecordAmountFinanced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedAmountFinancedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedRecordAmountFinanced"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingColumnNeedRecordAmountFinancedMutation, ColumnsNeedDockingColumnNeedRecordAmountFinancedMutationVariables>;
export const ColumnsNeedDockingColumnStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsNeedDockingColumnStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"FINANCING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingColumnStatisticsQuery, ColumnsNeedDockingColumnStatisticsQueryVariables>;
export const ColumnsNeedDockingDockingSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsNeedDockingDockingSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsNeedDockingDockingSubmitMutation, ColumnsNeedDockingDockingSubmitMutationVariables>;
export const ColumnsScenarioScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsScenarioScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requiresLogin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"requiresLogin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startupResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsScenarioScenarioQuery, ColumnsScenarioScenarioQueryVariables>;
export const ColumnsScenarioStartupResourceCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsScenarioStartupResourceCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartupResourceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupResourceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsScenarioStartupResourceCreateMutation, ColumnsScenarioStartupResourceCreateMutationVariables>;
export const ColumnsSeedColumnStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsSeedColumnStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsSeedColumnStatisticsQuery, ColumnsSeedColumnStatisticsQueryVariables>;
export const ColumnsSeedStartupResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsSeedStartupResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"within"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"south"},"value":{"kind":"FloatValue","value":"31.7"}},{"kind":"ObjectField","name":{"kind":"Name","value":"west"},"value":{"kind":"FloatValue","value":"117.1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"north"},"value":{"kind":"FloatValue","value":"32.0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"east"},"value":{"kind":"FloatValue","value":"117.5"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ColumnsSeedStartupResourcesQuery, ColumnsSeedStartupResourcesQueryVariables>;
export const ColumnsSlaDockingColumnNeedReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsSlaDockingColumnNeedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingColumnNeedReplyMutation, ColumnsSlaDockingColumnNeedReplyMutationVariables>;
export const ColumnsSlaDockingColumnNeedStartDockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsSlaDockingColumnNeedStartDocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedDockingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedStartDocking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingColumnNeedStartDockingMutation, ColumnsSlaDockingColumnNeedStartDockingMutationVariables>;
export const ColumnsSlaDockingColumnStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsSlaDockingColumnStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"FINANCING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinSla"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingColumnStatisticsQuery, ColumnsSlaDockingColumnStatisticsQueryVariables>;
export const ColumnsSlaDockingInstitutionColumnNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsSlaDockingInstitutionColumnNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingInstitutionColumnNeedsQuery, ColumnsSlaDockingInstitutionColumnNeedsQueryVariables>;
export const ColumnsSlaDockingColumnNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsSlaDockingColumnNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}}]}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingColumnNeedQuery, ColumnsSlaDockingColumnNeedQueryVariables>;
export const ColumnsSlaDockingColumnNeed2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsSlaDockingColumnNeed2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingColumnNeed2Query, ColumnsSlaDockingColumnNeed2QueryVariables>;
export const ColumnsSlaDockingDockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsSlaDockingDocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingDockingQuery, ColumnsSlaDockingDockingQueryVariables>;
export const ColumnsSlaDockingMyRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsSlaDockingMyReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingMyRemindersQuery, ColumnsSlaDockingMyRemindersQueryVariables>;
export const ColumnsSlaDockingDockingStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsSlaDockingDockingStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingDockingStartMutation, ColumnsSlaDockingDockingStartMutationVariables>;
export const ColumnsSlaDockingDockingCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsSlaDockingDockingComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingDockingCompleteMutation, ColumnsSlaDockingDockingCompleteMutationVariables>;
export const ColumnsSlaDockingColumnNeed3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsSlaDockingColumnNeed3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingColumnNeed3Query, ColumnsSlaDockingColumnNeed3QueryVariables>;
export const ColumnsSlaDockingEntrepreneurshipNeedSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsSlaDockingEntrepreneurshipNeedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntrepreneurshipNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entrepreneurshipNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestColumnNeed"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestColumnNeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstRepliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsSlaDockingEntrepreneurshipNeedSubmitMutation, ColumnsSlaDockingEntrepreneurshipNeedSubmitMutationVariables>;
export const ColumnsStatsColumnNeedReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsStatsColumnNeedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsStatsColumnNeedReplyMutation, ColumnsStatsColumnNeedReplyMutationVariables>;
export const ColumnsStatsColumnStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsStatsColumnStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnStatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ColumnsStatsRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ColumnsStatsRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColumnsStatsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinSla"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"amountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"headcountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"matchRate"}},{"kind":"Field","name":{"kind":"Name","value":"slaRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]} as unknown as DocumentNode<ColumnsStatsColumnStatisticsQuery, ColumnsStatsColumnStatisticsQueryVariables>;
export const ColumnsStatsTalentNeedSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsStatsTalentNeedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsStatsTalentNeedSubmitMutation, ColumnsStatsTalentNeedSubmitMutationVariables>;
export const ColumnsStatsEntrepreneurshipNeedSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsStatsEntrepreneurshipNeedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntrepreneurshipNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entrepreneurshipNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsStatsEntrepreneurshipNeedSubmitMutation, ColumnsStatsEntrepreneurshipNeedSubmitMutationVariables>;
export const ColumnsStatsColumnNeedCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsStatsColumnNeedClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsStatsColumnNeedCloseMutation, ColumnsStatsColumnNeedCloseMutationVariables>;
export const ColumnsStatsDiagnosisRequestSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsStatsDiagnosisRequestSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosisRequestSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosisRequestSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsStatsDiagnosisRequestSubmitMutation, ColumnsStatsDiagnosisRequestSubmitMutationVariables>;
export const ColumnsStatsColumnStatisticsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsStatsColumnStatisticsCsv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatisticsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}]}]}}]} as unknown as DocumentNode<ColumnsStatsColumnStatisticsCsvQuery, ColumnsStatsColumnStatisticsCsvQueryVariables>;
export const ColumnsStatsColumnStatisticsCsv2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsStatsColumnStatisticsCsv2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatisticsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}]}]}}]} as unknown as DocumentNode<ColumnsStatsColumnStatisticsCsv2Query, ColumnsStatsColumnStatisticsCsv2QueryVariables>;
export const ColumnsStatsColumnStatisticsXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsStatsColumnStatisticsXlsx"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatisticsXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ColumnsStatsColumnStatisticsXlsxQuery, ColumnsStatsColumnStatisticsXlsxQueryVariables>;
export const ColumnsStatsColumnStatisticsXlsx2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsStatsColumnStatisticsXlsx2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatisticsXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]}}]} as unknown as DocumentNode<ColumnsStatsColumnStatisticsXlsx2Query, ColumnsStatsColumnStatisticsXlsx2QueryVariables>;
export const ColumnsStatsColumnStatisticsCsv3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsStatsColumnStatisticsCsv3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatisticsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}}]}]}}]} as unknown as DocumentNode<ColumnsStatsColumnStatisticsCsv3Query, ColumnsStatsColumnStatisticsCsv3QueryVariables>;
export const ColumnsStatsTalentNeedSubmit2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsStatsTalentNeedSubmit2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsStatsTalentNeedSubmit2Mutation, ColumnsStatsTalentNeedSubmit2MutationVariables>;
export const ColumnsStatsColumnNeedClose2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsStatsColumnNeedClose2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsStatsColumnNeedClose2Mutation, ColumnsStatsColumnNeedClose2MutationVariables>;
export const ColumnsStatsColumnNeedClose3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsStatsColumnNeedClose3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsStatsColumnNeedClose3Mutation, ColumnsStatsColumnNeedClose3MutationVariables>;
export const ColumnsStatsMyColumnNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsStatsMyColumnNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"TALENT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsStatsMyColumnNeedsQuery, ColumnsStatsMyColumnNeedsQueryVariables>;
export const ColumnsTalentAdvisoryTalentNeedSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsTalentAdvisoryTalentNeedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestColumnNeed"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMin"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMax"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestColumnNeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstRepliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsTalentAdvisoryTalentNeedSubmitMutation, ColumnsTalentAdvisoryTalentNeedSubmitMutationVariables>;
export const ColumnsTalentAdvisoryDiagnosisRequestSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsTalentAdvisoryDiagnosisRequestSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosisRequestSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosisRequestSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestColumnNeed"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestColumnNeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstRepliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsTalentAdvisoryDiagnosisRequestSubmitMutation, ColumnsTalentAdvisoryDiagnosisRequestSubmitMutationVariables>;
export const ColumnsTalentAdvisoryColumnNeedReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsTalentAdvisoryColumnNeedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsTalentAdvisoryColumnNeedReplyMutation, ColumnsTalentAdvisoryColumnNeedReplyMutationVariables>;
export const ColumnsTalentAdvisoryColumnNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsTalentAdvisoryColumnNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColumnsTalentAdvisoryColumnNeedQuery, ColumnsTalentAdvisoryColumnNeedQueryVariables>;
export const ColumnsTalentAdvisoryServiceCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsTalentAdvisoryServiceCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"TECHNOLOGY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]}}]} as unknown as DocumentNode<ColumnsTalentAdvisoryServiceCatalogueQuery, ColumnsTalentAdvisoryServiceCatalogueQueryVariables>;
export const ColumnsTalentAdvisoryServiceCatalogue2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsTalentAdvisoryServiceCatalogue2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"CONSULTING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]}}]} as unknown as DocumentNode<ColumnsTalentAdvisoryServiceCatalogue2Query, ColumnsTalentAdvisoryServiceCatalogue2QueryVariables>;
export const ColumnsTalentAdvisoryInstitutionColumnNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsTalentAdvisoryInstitutionColumnNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ColumnsTalentAdvisoryInstitutionColumnNeedsQuery, ColumnsTalentAdvisoryInstitutionColumnNeedsQueryVariables>;
export const ColumnsTalentAdvisoryInstitutionColumnNeeds2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsTalentAdvisoryInstitutionColumnNeeds2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsTalentAdvisoryInstitutionColumnNeeds2Query, ColumnsTalentAdvisoryInstitutionColumnNeeds2QueryVariables>;
export const ColumnsTalentAdvisoryColumnNeedReply2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColumnsTalentAdvisoryColumnNeedReply2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ColumnsTalentAdvisoryColumnNeedReply2Mutation, ColumnsTalentAdvisoryColumnNeedReply2MutationVariables>;
export const ColumnsTalentAdvisoryMyColumnNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnsTalentAdvisoryMyColumnNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myColumnNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColumnsTalentAdvisoryMyColumnNeedsQuery, ColumnsTalentAdvisoryMyColumnNeedsQueryVariables>;
export const DemandDemandCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandDemandCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandTestDemand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandTestDemand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DemandDemandCreateMutation, DemandDemandCreateMutationVariables>;
export const DemandDemandReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandDemandReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandTestDemand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandTestDemand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DemandDemandReviewMutation, DemandDemandReviewMutationVariables>;
export const DemandDemandOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandDemandOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandTestDemand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandTestDemand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DemandDemandOfferMutation, DemandDemandOfferMutationVariables>;
export const DemandDemandChooseOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandDemandChooseOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandChooseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandChooseOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandTestDemand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandTestDemand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DemandDemandChooseOfferMutation, DemandDemandChooseOfferMutationVariables>;
export const DemandDemandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandDemands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DemandDemandsQuery, DemandDemandsQueryVariables>;
export const DemandDemandHandlingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandDemandHandlingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandHandlingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStandards"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"tracking"}}]}}]}}]} as unknown as DocumentNode<DemandDemandHandlingRulesQuery, DemandDemandHandlingRulesQueryVariables>;
export const DemandDemandDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandDemandDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandDispatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DemandDemandDispatchMutation, DemandDemandDispatchMutationVariables>;
export const DemandDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]}}]} as unknown as DocumentNode<DemandDemandQuery, DemandDemandQueryVariables>;
export const DemandDemand2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandDemand2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]}}]} as unknown as DocumentNode<DemandDemand2Query, DemandDemand2QueryVariables>;
export const DemandDockingStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandDockingStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DemandDockingStartMutation, DemandDockingStartMutationVariables>;
export const DemandDockingCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandDockingComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DemandDockingCompleteMutation, DemandDockingCompleteMutationVariables>;
export const DemandDockingEvaluateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandDockingEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingEvaluateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingEvaluate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DemandDockingEvaluateMutation, DemandDockingEvaluateMutationVariables>;
export const DemandDemand3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandDemand3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DemandDemand3Query, DemandDemand3QueryVariables>;
export const DemandDemandDispatch2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandDemandDispatch2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandDispatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DemandDemandDispatch2Mutation, DemandDemandDispatch2MutationVariables>;
export const DemandMyRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandMyReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"demandId"}}]}}]}}]}}]} as unknown as DocumentNode<DemandMyRemindersQuery, DemandMyRemindersQueryVariables>;
export const DemandDemandCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemandDemandCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DemandDemandCancelMutation, DemandDemandCancelMutationVariables>;
export const DemandDemands2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandDemands2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandDemands2Query, DemandDemands2QueryVariables>;
export const DemandDockingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandDockings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandDockingsQuery, DemandDockingsQueryVariables>;
export const DockingHolidaysDockingSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingHolidaysDockingSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingHolidaysDockingSubmitMutation, DockingHolidaysDockingSubmitMutationVariables>;
export const DockingHolidaysDockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingHolidaysDocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DockingHolidaysDockingQuery, DockingHolidaysDockingQueryVariables>;
export const DockingHolidaysWorkingDayOverrideSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingHolidaysWorkingDayOverrideSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingDayOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDayOverrideSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"working"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingHolidaysWorkingDayOverrideSetMutation, DockingHolidaysWorkingDayOverrideSetMutationVariables>;
export const DockingHolidaysWorkingDayOverrideRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingHolidaysWorkingDayOverrideRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingDayOverrideRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDayOverrideRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"working"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingHolidaysWorkingDayOverrideRemoveMutation, DockingHolidaysWorkingDayOverrideRemoveMutationVariables>;
export const DockingHolidaysWorkingDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingHolidaysWorkingDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-10-09","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"working"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publicCalendarKnown"}}]}}]}}]} as unknown as DocumentNode<DockingHolidaysWorkingDaysQuery, DockingHolidaysWorkingDaysQueryVariables>;
export const DockingHolidaysWorkingDayOverridesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingHolidaysWorkingDayOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDayOverrides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"workday"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<DockingHolidaysWorkingDayOverridesQuery, DockingHolidaysWorkingDayOverridesQueryVariables>;
export const DockingSeedServiceProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSeedServiceProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DockingSeedServiceProductsQuery, DockingSeedServiceProductsQueryVariables>;
export const DockingSlaDockingSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaDockingSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaDockingSubmitMutation, DockingSlaDockingSubmitMutationVariables>;
export const DockingSlaDockingUrgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaDockingUrge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingUrge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaDockingUrgeMutation, DockingSlaDockingUrgeMutationVariables>;
export const DockingSlaDockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaDocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<DockingSlaDockingQuery, DockingSlaDockingQueryVariables>;
export const DockingSlaMyRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaMyReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockingSlaMyRemindersQuery, DockingSlaMyRemindersQueryVariables>;
export const DockingSlaReminderReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DockingSlaReminderReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DockingSlaReminderReceivedSubscription, DockingSlaReminderReceivedSubscriptionVariables>;
export const DockingSlaReminderReceived2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DockingSlaReminderReceived2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DockingSlaReminderReceived2Subscription, DockingSlaReminderReceived2SubscriptionVariables>;
export const DockingSlaReminderReceived3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DockingSlaReminderReceived3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<DockingSlaReminderReceived3Subscription, DockingSlaReminderReceived3SubscriptionVariables>;
export const DockingSlaInstitutionSlaStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaInstitutionSlaStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionSlaStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseOnTimeRate"}}]}}]}}]}}]} as unknown as DocumentNode<DockingSlaInstitutionSlaStatisticsQuery, DockingSlaInstitutionSlaStatisticsQueryVariables>;
export const DockingSlaReminderReceived4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DockingSlaReminderReceived4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}}]}}]}}]}}]} as unknown as DocumentNode<DockingSlaReminderReceived4Subscription, DockingSlaReminderReceived4SubscriptionVariables>;
export const DockingSlaDockingStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaDockingStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"urges"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseOnTimeRate"}}]}}]}}]} as unknown as DocumentNode<DockingSlaDockingStatisticsQuery, DockingSlaDockingStatisticsQueryVariables>;
export const DockingSlaDockingAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaDockingAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaDockingAcceptMutation, DockingSlaDockingAcceptMutationVariables>;
export const DockingSlaInstitutionSlaStatistics2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaInstitutionSlaStatistics2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionSlaStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"urges"}}]}}]}}]}}]} as unknown as DocumentNode<DockingSlaInstitutionSlaStatistics2Query, DockingSlaInstitutionSlaStatistics2QueryVariables>;
export const DockingSlaDockingAccept2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaDockingAccept2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaDockingAccept2Mutation, DockingSlaDockingAccept2MutationVariables>;
export const DockingSlaDockingMessageSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaDockingMessageSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingMessageSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awaitingReplySince"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaDockingMessageSendMutation, DockingSlaDockingMessageSendMutationVariables>;
export const DockingSlaDockingStatistics2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaDockingStatistics2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponseOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}}]}}]} as unknown as DocumentNode<DockingSlaDockingStatistics2Query, DockingSlaDockingStatistics2QueryVariables>;
export const DockingSlaInstitutionStaffAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaInstitutionStaffAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionStaffAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionStaffAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaInstitutionStaffAddMutation, DockingSlaInstitutionStaffAddMutationVariables>;
export const DockingSlaInstitutionDockingSettingsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaInstitutionDockingSettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionDockingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionDockingSettingsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"replyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaInstitutionDockingSettingsUpdateMutation, DockingSlaInstitutionDockingSettingsUpdateMutationVariables>;
export const DockingSlaInstitutionDockingSettingsUpdate2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaInstitutionDockingSettingsUpdate2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionDockingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionDockingSettingsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaInstitutionDockingSettingsUpdate2Mutation, DockingSlaInstitutionDockingSettingsUpdate2MutationVariables>;
export const DockingSlaInstitutionDockingSettingsUpdate3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaInstitutionDockingSettingsUpdate3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionDockingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionDockingSettingsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaInstitutionDockingSettingsUpdate3Mutation, DockingSlaInstitutionDockingSettingsUpdate3MutationVariables>;
export const DockingSlaPlatformDockingSlaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaPlatformDockingSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformDockingSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"replyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<DockingSlaPlatformDockingSlaQuery, DockingSlaPlatformDockingSlaQueryVariables>;
export const DockingSlaPlatformDockingSlaUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaPlatformDockingSlaUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformDockingSlaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformDockingSlaUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"replyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaPlatformDockingSlaUpdateMutation, DockingSlaPlatformDockingSlaUpdateMutationVariables>;
export const DockingSlaInstitutionDockingSettingsUpdate4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaInstitutionDockingSettingsUpdate4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionDockingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionDockingSettingsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaInstitutionDockingSettingsUpdate4Mutation, DockingSlaInstitutionDockingSettingsUpdate4MutationVariables>;
export const DockingSlaMyDockingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaMyDockingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDockingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"replyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}}]}}]} as unknown as DocumentNode<DockingSlaMyDockingSettingsQuery, DockingSlaMyDockingSettingsQueryVariables>;
export const DockingSlaPlatformDockingSlaResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSlaPlatformDockingSlaReset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformDockingSlaReset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"replyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DockingSlaPlatformDockingSlaResetMutation, DockingSlaPlatformDockingSlaResetMutationVariables>;
export const DockingSlaMyDockingSettings2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaMyDockingSettings2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDockingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"replyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}}]}}]} as unknown as DocumentNode<DockingSlaMyDockingSettings2Query, DockingSlaMyDockingSettings2QueryVariables>;
export const DockingSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingSubmitMutation, DockingSubmitMutationVariables>;
export const DockingMessageSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingMessageSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingMessageSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingMessageSendMutation, DockingMessageSendMutationVariables>;
export const DockingEvaluateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingEvaluateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingEvaluate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingEvaluateMutation, DockingEvaluateMutationVariables>;
export const DockingEvaluationReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingEvaluationReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingEvaluationReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingEvaluationReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingEvaluationReplyMutation, DockingEvaluationReplyMutationVariables>;
export const DockingAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingAcceptMutation, DockingAcceptMutationVariables>;
export const DockingStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingStartMutation, DockingStartMutationVariables>;
export const DockingCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingCompleteMutation, DockingCompleteMutationVariables>;
export const DockingDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingDecline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingDeclineMutation, DockingDeclineMutationVariables>;
export const DockingCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingCancelMutation, DockingCancelMutationVariables>;
export const DockingCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingCloseMutation, DockingCloseMutationVariables>;
export const DockingUrgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockingUrge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingUrge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockingTestPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockingTestPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDue"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<DockingUrgeMutation, DockingUrgeMutationVariables>;
export const DockingTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<DockingTimelineQuery, DockingTimelineQueryVariables>;
export const DockingOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DockingOneQuery, DockingOneQueryVariables>;
export const DockingCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DockingCountQuery, DockingCountQueryVariables>;
export const DockingStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseOnTimeRate"}}]}}]}}]} as unknown as DocumentNode<DockingStatisticsQuery, DockingStatisticsQueryVariables>;
export const DockingPublicSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingPublicSummaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dockingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockingPublicSummariesQuery, DockingPublicSummariesQueryVariables>;
export const DockingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockingListQuery, DockingListQueryVariables>;
export const DockingSlaStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionSlaStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"urges"}}]}}]}}]}}]} as unknown as DocumentNode<DockingSlaStatisticsQuery, DockingSlaStatisticsQueryVariables>;
export const DockingSlaCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockingSlaCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionSlaStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DockingSlaCountQuery, DockingSlaCountQueryVariables>;
export const DockingUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DockingUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dockingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<DockingUpdatedSubscription, DockingUpdatedSubscriptionVariables>;
export const DockingUpdatedTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DockingUpdatedTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dockingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockingUpdatedTimelineSubscription, DockingUpdatedTimelineSubscriptionVariables>;
export const EnterpriseMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseRole"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseMeQuery, EnterpriseMeQueryVariables>;
export const EnterpriseEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterpriseQuery, EnterpriseEnterpriseQueryVariables>;
export const EnterpriseEnterprise2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseEnterprise2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterprise2Query, EnterpriseEnterprise2QueryVariables>;
export const EnterpriseEnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterprisesQuery, EnterpriseEnterprisesQueryVariables>;
export const EnterpriseEnterpriseReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseEnterpriseReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterpriseReviewMutation, EnterpriseEnterpriseReviewMutationVariables>;
export const EnterpriseEnterprise3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseEnterprise3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterprise3Query, EnterpriseEnterprise3QueryVariables>;
export const EnterpriseMyEnterpriseReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EnterpriseMyEnterpriseReviewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterpriseReviewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseMyEnterpriseReviewedSubscription, EnterpriseMyEnterpriseReviewedSubscriptionVariables>;
export const EnterpriseEnterpriseReview2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseEnterpriseReview2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterpriseReview2Mutation, EnterpriseEnterpriseReview2MutationVariables>;
export const EnterpriseMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseMe2Query, EnterpriseMe2QueryVariables>;
export const EnterpriseEnterprises2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseEnterprises2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"StringValue","value":"站点专属","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterprises2Query, EnterpriseEnterprises2QueryVariables>;
export const EnterpriseEnterpriseUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseEnterpriseUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterpriseUpdateMutation, EnterpriseEnterpriseUpdateMutationVariables>;
export const EnterpriseEnterpriseReview3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseEnterpriseReview3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterpriseReview3Mutation, EnterpriseEnterpriseReview3MutationVariables>;
export const EnterpriseEnterpriseMemberAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseEnterpriseMemberAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseMemberAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseMemberAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseRole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterpriseMemberAddMutation, EnterpriseEnterpriseMemberAddMutationVariables>;
export const EnterpriseMyEnterpriseInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseMyEnterpriseInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterpriseInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}}]}}]}}]} as unknown as DocumentNode<EnterpriseMyEnterpriseInvitationsQuery, EnterpriseMyEnterpriseInvitationsQueryVariables>;
export const EnterpriseEnterpriseInvitationAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseEnterpriseInvitationAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseInvitationAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterpriseInvitationAcceptMutation, EnterpriseEnterpriseInvitationAcceptMutationVariables>;
export const EnterpriseMe3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseMe3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseRole"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseMe3Query, EnterpriseMe3QueryVariables>;
export const EnterpriseMe4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseMe4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseMe4Query, EnterpriseMe4QueryVariables>;
export const EnterpriseEnterpriseMemberRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseEnterpriseMemberRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseMemberRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseMemberRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseEnterpriseMemberRemoveMutation, EnterpriseEnterpriseMemberRemoveMutationVariables>;
export const EnterpriseMe5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseMe5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnterpriseMe5Query, EnterpriseMe5QueryVariables>;
export const HelpGuidesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpGuides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GuideAudience"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HelpGuidesQuery, HelpGuidesQueryVariables>;
export const HelpGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"enterprise-start","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"items"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HelpGuideQuery, HelpGuideQueryVariables>;
export const HelpGuideUnknownSlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpGuideUnknownSlug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"<script>alert(1)</script>","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<HelpGuideUnknownSlugQuery, HelpGuideUnknownSlugQueryVariables>;
export const IdentityAccountRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityAccountRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAccountRegisterMutation, IdentityAccountRegisterMutationVariables>;
export const IdentityLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityLoginMutation, IdentityLoginMutationVariables>;
export const IdentityMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<IdentityMeQuery, IdentityMeQueryVariables>;
export const IdentityMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<IdentityMe2Query, IdentityMe2QueryVariables>;
export const IdentityLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<IdentityLogoutMutation, IdentityLogoutMutationVariables>;
export const IdentityMe3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityMe3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<IdentityMe3Query, IdentityMe3QueryVariables>;
export const IdentityMe4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityMe4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<IdentityMe4Query, IdentityMe4QueryVariables>;
export const IdentityMe5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityMe5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<IdentityMe5Query, IdentityMe5QueryVariables>;
export const IdentityPasswordChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityPasswordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityPasswordChangeMutation, IdentityPasswordChangeMutationVariables>;
export const IdentityMe6Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityMe6"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdentityMe6Query, IdentityMe6QueryVariables>;
export const IdentityMe7Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityMe7"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdentityMe7Query, IdentityMe7QueryVariables>;
export const IdentityLogin2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityLogin2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityLogin2Mutation, IdentityLogin2MutationVariables>;
export const IdentityAccountRolesSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityAccountRolesSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRolesSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRolesSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAccountRolesSetMutation, IdentityAccountRolesSetMutationVariables>;
export const IdentityStaffAccountCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityStaffAccountCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccountCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccountCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityStaffAccountCreateMutation, IdentityStaffAccountCreateMutationVariables>;
export const IdentityAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"operation"},"value":{"kind":"StringValue","value":"account.create","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAuditLogQuery, IdentityAuditLogQueryVariables>;
export const IdentityAuditLog2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAuditLog2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<IdentityAuditLog2Query, IdentityAuditLog2QueryVariables>;
export const IdentityAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"locked"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAccountsQuery, IdentityAccountsQueryVariables>;
export const IdentityAccountStatusSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityAccountStatusSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountStatusSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatusSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityAccountStatusSetMutation, IdentityAccountStatusSetMutationVariables>;
export const IdentityMe8Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityMe8"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdentityMe8Query, IdentityMe8QueryVariables>;
export const IdentityAccounts2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAccounts2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<IdentityAccounts2Query, IdentityAccounts2QueryVariables>;
export const InstitutionInstitutionApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionInstitutionApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionInstitutionApplyMutation, InstitutionInstitutionApplyMutationVariables>;
export const InstitutionInstitutionReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionInstitutionReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionInstitutionReviewMutation, InstitutionInstitutionReviewMutationVariables>;
export const InstitutionInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InstitutionInstitutionQuery, InstitutionInstitutionQueryVariables>;
export const InstitutionInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<InstitutionInstitutionsQuery, InstitutionInstitutionsQueryVariables>;
export const InstitutionInstitutions2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionInstitutions2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"column"},"value":{"kind":"EnumValue","value":"FINANCING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"StringValue","value":"340104","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionInstitutions2Query, InstitutionInstitutions2QueryVariables>;
export const InstitutionInstitutionStaffAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionInstitutionStaffAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionStaffAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionStaffAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionInstitutionStaffAddMutation, InstitutionInstitutionStaffAddMutationVariables>;
export const InstitutionMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionMeQuery, InstitutionMeQueryVariables>;
export const InstitutionInstitutionStaffAdd2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionInstitutionStaffAdd2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionStaffAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionStaffAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionInstitutionStaffAdd2Mutation, InstitutionInstitutionStaffAdd2MutationVariables>;
export const InstitutionMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionMe2Query, InstitutionMe2QueryVariables>;
export const JobsDeadLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsDeadLetters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobDeadLetters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]}}]}}]} as unknown as DocumentNode<JobsDeadLettersQuery, JobsDeadLettersQueryVariables>;
export const JobsRetryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsRetry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobRetryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRetry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<JobsRetryMutation, JobsRetryMutationVariables>;
export const LimitsCurrentSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsCurrentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<LimitsCurrentSiteQuery, LimitsCurrentSiteQueryVariables>;
export const NoticeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NoticeCreateMutation, NoticeCreateMutationVariables>;
export const NoticeUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NoticeUpdateMutation, NoticeUpdateMutationVariables>;
export const NoticePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticePublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NoticePublishMutation, NoticePublishMutationVariables>;
export const NoticeUnpublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeUnpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeUnpublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NoticeUnpublishMutation, NoticeUnpublishMutationVariables>;
export const NoticeDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NoticeDeleteMutation, NoticeDeleteMutationVariables>;
export const NoticeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"drafts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<NoticeListQuery, NoticeListQueryVariables>;
export const NoticeOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<NoticeOneQuery, NoticeOneQueryVariables>;
export const NoticeFirstPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeFirstPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeFirstPageQuery, NoticeFirstPageQueryVariables>;
export const NoticeNextPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeNextPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeNextPageQuery, NoticeNextPageQueryVariables>;
export const NoticeTooManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeTooMany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"101"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<NoticeTooManyQuery, NoticeTooManyQueryVariables>;
export const NotificationMyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationMyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationMyNotificationsQuery, NotificationMyNotificationsQueryVariables>;
export const NotificationMyUnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationMyUnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUnreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationMyUnreadNotificationCountQuery, NotificationMyUnreadNotificationCountQueryVariables>;
export const NotificationMyNotificationPreferencesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMyNotificationPreferencesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferencesUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quietStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietEnd"}},{"kind":"Field","name":{"kind":"Name","value":"emailDailyCap"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationMyNotificationPreferencesUpdateMutation, NotificationMyNotificationPreferencesUpdateMutationVariables>;
export const NotificationDockingMessageSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationDockingMessageSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingMessageSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationDockingMessageSendMutation, NotificationDockingMessageSendMutationVariables>;
export const NotificationDockingSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationDockingSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationDockingSubmitMutation, NotificationDockingSubmitMutationVariables>;
export const NotificationNotificationDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationNotificationDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notificationId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationNotificationDeliveriesQuery, NotificationNotificationDeliveriesQueryVariables>;
export const NotificationActivityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationActivityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationActivityCreateMutation, NotificationActivityCreateMutationVariables>;
export const NotificationActivityReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationActivityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationActivityReviewMutation, NotificationActivityReviewMutationVariables>;
export const NotificationNotificationDeliveryRetryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationNotificationDeliveryRetry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationDeliveryRetry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationNotificationDeliveryRetryMutation, NotificationNotificationDeliveryRetryMutationVariables>;
export const NotificationMyNotificationsMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMyNotificationsMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationsMarkReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationsMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationMyNotificationsMarkReadMutation, NotificationMyNotificationsMarkReadMutationVariables>;
export const NotificationMyNotificationsMarkAllReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMyNotificationsMarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationsMarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationMyNotificationsMarkAllReadMutation, NotificationMyNotificationsMarkAllReadMutationVariables>;
export const NotificationActivityRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationActivityRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationActivityRegisterMutation, NotificationActivityRegisterMutationVariables>;
export const NotificationMyUnreadNotificationCountChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationMyUnreadNotificationCountChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUnreadNotificationCountChanged"}}]}}]} as unknown as DocumentNode<NotificationMyUnreadNotificationCountChangedSubscription, NotificationMyUnreadNotificationCountChangedSubscriptionVariables>;
export const NotificationActivityRegistrationCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationActivityRegistrationCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegistrationCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationActivityRegistrationCancelMutation, NotificationActivityRegistrationCancelMutationVariables>;
export const NotificationActivityRegister2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationActivityRegister2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationActivityRegister2Mutation, NotificationActivityRegister2MutationVariables>;
export const NotificationNotificationUnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationNotificationUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationUnsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationNotificationUnsubscribeMutation, NotificationNotificationUnsubscribeMutationVariables>;
export const PartnerScopesCurrentSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerScopesCurrentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerScopesCurrentSiteQuery, PartnerScopesCurrentSiteQueryVariables>;
export const PartnerScopesApiClientCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerScopesApiClientCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClientCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PartnerScopesApiClientCreateMutation, PartnerScopesApiClientCreateMutationVariables>;
export const PartnerScopesApiClientRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerScopesApiClientRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClientRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PartnerScopesApiClientRevokeMutation, PartnerScopesApiClientRevokeMutationVariables>;
export const PartnerScopesApiClientConsentGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerScopesApiClientConsentGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClientConsentGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PartnerScopesApiClientConsentGrantMutation, PartnerScopesApiClientConsentGrantMutationVariables>;
export const PartnerScopesApiClientConsentRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerScopesApiClientConsentRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClientConsentRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PartnerScopesApiClientConsentRevokeMutation, PartnerScopesApiClientConsentRevokeMutationVariables>;
export const PartnerScopesApiClientConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerScopesApiClientConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClientConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerScopesApiClientConsentsQuery, PartnerScopesApiClientConsentsQueryVariables>;
export const PartnerScopesEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerScopesEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerScopesEnterpriseQuery, PartnerScopesEnterpriseQueryVariables>;
export const PartnerScopesMyNotificationsMarkAllReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerScopesMyNotificationsMarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationsMarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerScopesMyNotificationsMarkAllReadMutation, PartnerScopesMyNotificationsMarkAllReadMutationVariables>;
export const PartnerScopesMyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerScopesMyNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PartnerScopesMyNotificationsQuery, PartnerScopesMyNotificationsQueryVariables>;
export const PartnerScopesMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerScopesMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerScopesMeQuery, PartnerScopesMeQueryVariables>;
export const PartnerScopesCurrentSite2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerScopesCurrentSite2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerScopesCurrentSite2Query, PartnerScopesCurrentSite2QueryVariables>;
export const PartnerScopesCurrentSite3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerScopesCurrentSite3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerScopesCurrentSite3Query, PartnerScopesCurrentSite3QueryVariables>;
export const PartnerScopesCurrentSite4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerScopesCurrentSite4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerScopesCurrentSite4Query, PartnerScopesCurrentSite4QueryVariables>;
export const PartnerScopesCurrentSite5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerScopesCurrentSite5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerScopesCurrentSite5Query, PartnerScopesCurrentSite5QueryVariables>;
export const PartnerCurrentSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSiteQuery, PartnerCurrentSiteQueryVariables>;
export const PartnerApiClientCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerApiClientCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClientCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PartnerApiClientCreateMutation, PartnerApiClientCreateMutationVariables>;
export const PartnerApiClientSecretRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerApiClientSecretRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientSecretRotateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClientSecretRotate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PartnerApiClientSecretRotateMutation, PartnerApiClientSecretRotateMutationVariables>;
export const PartnerApiClientRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerApiClientRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClientRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PartnerApiClientRevokeMutation, PartnerApiClientRevokeMutationVariables>;
export const PartnerSiteAllowedOriginsSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSiteAllowedOriginsSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteAllowedOriginsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteAllowedOriginsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PartnerSiteAllowedOriginsSetMutation, PartnerSiteAllowedOriginsSetMutationVariables>;
export const PartnerMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerMeQuery, PartnerMeQueryVariables>;
export const PartnerApiClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerApiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PartnerApiClientsQuery, PartnerApiClientsQueryVariables>;
export const PartnerCurrentSite2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite2Query, PartnerCurrentSite2QueryVariables>;
export const PartnerCurrentSite3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite3Query, PartnerCurrentSite3QueryVariables>;
export const PartnerCurrentSite4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite4Query, PartnerCurrentSite4QueryVariables>;
export const PartnerCurrentSite5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite5Query, PartnerCurrentSite5QueryVariables>;
export const PartnerCurrentSite6Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite6"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite6Query, PartnerCurrentSite6QueryVariables>;
export const PartnerCurrentSite7Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite7"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite7Query, PartnerCurrentSite7QueryVariables>;
export const PartnerCurrentSite8Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite8"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite8Query, PartnerCurrentSite8QueryVariables>;
export const PartnerCurrentSite9Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite9"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite9Query, PartnerCurrentSite9QueryVariables>;
export const PartnerCurrentSite10Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite10"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite10Query, PartnerCurrentSite10QueryVariables>;
export const PartnerCurrentSite11Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite11"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite11Query, PartnerCurrentSite11QueryVariables>;
export const PartnerCurrentSite12Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCurrentSite12"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PartnerCurrentSite12Query, PartnerCurrentSite12QueryVariables>;
export const PartnerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PartnerSearchQuery, PartnerSearchQueryVariables>;
export const TestPasswordResetRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestPasswordResetRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestPasswordResetRequestMutation, TestPasswordResetRequestMutationVariables>;
export const TestPasswordResetConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestPasswordResetConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reset"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestPasswordResetConfirmMutation, TestPasswordResetConfirmMutationVariables>;
export const PasswordResetRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordResetRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordResetRegisterMutation, PasswordResetRegisterMutationVariables>;
export const TestResetMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestResetMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestResetMeQuery, TestResetMeQueryVariables>;
export const TestResetNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestResetNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myUnreadNotificationCount"}}]}}]} as unknown as DocumentNode<TestResetNotificationsQuery, TestResetNotificationsQueryVariables>;
export const PolicyDigestSubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyDigestSubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscriptionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyDigestSubscribeMutation, PolicyDigestSubscribeMutationVariables>;
export const PolicyDigestSubscriptionUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyDigestSubscriptionUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscriptionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyDigestSubscriptionUpdateMutation, PolicyDigestSubscriptionUpdateMutationVariables>;
export const PolicyDigestUnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyDigestUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyUnsubscribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionUnsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDigestUnsubscribeMutation, PolicyDigestUnsubscribeMutationVariables>;
export const PolicyFilesAttachmentAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyFilesAttachmentAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyAttachmentAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyAttachmentAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyFilesAttachmentAddMutation, PolicyFilesAttachmentAddMutationVariables>;
export const PolicyImportConditionsStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyImportConditionsStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"import"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyImportConditionsStartMutation, PolicyImportConditionsStartMutationVariables>;
export const PolicyImportConditionsProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyImportConditionsProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyImportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"errored"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyImportConditionsProgressQuery, PolicyImportConditionsProgressQueryVariables>;
export const PolicyImportConditionsMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyImportConditionsMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyImportConditionsMatchQuery, PolicyImportConditionsMatchQueryVariables>;
export const PolicyImportConditionsSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyImportConditionsSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyImportConditionsSearchQuery, PolicyImportConditionsSearchQueryVariables>;
export const PolicyImportConditionsKindCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyImportConditionsKindCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationKindCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualificationKindCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyImportConditionsKindCreateMutation, PolicyImportConditionsKindCreateMutationVariables>;
export const PolicyImportStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyImportStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"import"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyImportStartMutation, PolicyImportStartMutationVariables>;
export const PolicyImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyImportLineResult"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyImportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errored"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyImportProgressQuery, PolicyImportProgressQueryVariables>;
export const PolicyPushSubscriptionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyPushSubscriptionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscriptionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyPushSubscriptionCreateMutation, PolicyPushSubscriptionCreateMutationVariables>;
export const PolicyPushSubscriptionUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyPushSubscriptionUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscriptionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyPushSubscriptionUpdateMutation, PolicyPushSubscriptionUpdateMutationVariables>;
export const PolicyPushSubscriptionDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyPushSubscriptionDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySubscriptionDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyPushSubscriptionDeleteMutation, PolicyPushSubscriptionDeleteMutationVariables>;
export const PolicyPushSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyPushSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyPushSubscriptionsQuery, PolicyPushSubscriptionsQueryVariables>;
export const PolicyPushInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyPushInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationUnreadCount"}}]}}]} as unknown as DocumentNode<PolicyPushInboxQuery, PolicyPushInboxQueryVariables>;
export const PolicyPushInboxSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyPushInboxSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyPushInboxSubscriptionQuery, PolicyPushInboxSubscriptionQueryVariables>;
export const PolicyPushMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyPushMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationMarkReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyPushMarkReadMutation, PolicyPushMarkReadMutationVariables>;
export const PolicyPushUnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyPushUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyUnsubscribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySubscriptionUnsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyPushUnsubscribeMutation, PolicyPushUnsubscribeMutationVariables>;
export const PolicyPushEnterpriseReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyPushEnterpriseReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyPushEnterpriseReviewMutation, PolicyPushEnterpriseReviewMutationVariables>;
export const PolicyPushConditionsSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyPushConditionsSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyConditionsSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyConditionsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyPushConditionsSetMutation, PolicyPushConditionsSetMutationVariables>;
export const PolicyPushNotificationReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PolicyPushNotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyPushNotificationReceivedSubscription, PolicyPushNotificationReceivedSubscriptionVariables>;
export const PolicyQualificationSearchSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyQualificationSearchSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyQualificationSearchSearchQuery, PolicyQualificationSearchSearchQueryVariables>;
export const PolicyQualificationSearchConditionsSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyQualificationSearchConditionsSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyConditionsSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyConditionsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyQualificationSearchConditionsSetMutation, PolicyQualificationSearchConditionsSetMutationVariables>;
export const PolicyQualificationSearchKindCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyQualificationSearchKindCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationKindCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualificationKindCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyQualificationSearchKindCreateMutation, PolicyQualificationSearchKindCreateMutationVariables>;
export const PolicyQualificationSearchKindUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyQualificationSearchKindUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationKindUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualificationKindUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyQualificationSearchKindUpdateMutation, PolicyQualificationSearchKindUpdateMutationVariables>;
export const PolicyQueriesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyQueriesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyQueriesListQuery, PolicyQueriesListQueryVariables>;
export const PolicyQueriesViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyQueriesView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}}]}}]} as unknown as DocumentNode<PolicyQueriesViewQuery, PolicyQueriesViewQueryVariables>;
export const PolicyQueriesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyQueriesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyQueriesPageQuery, PolicyQueriesPageQueryVariables>;
export const PolicyQueriesGuideAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyQueriesGuideAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyGuideAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyGuideAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyQueriesGuideAddMutation, PolicyQueriesGuideAddMutationVariables>;
export const PolicyQueriesInterpretationAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyQueriesInterpretationAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyInterpretationAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyInterpretationAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyQueriesInterpretationAddMutation, PolicyQueriesInterpretationAddMutationVariables>;
export const PolicyQueriesDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyQueriesDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyQueriesDetailQuery, PolicyQueriesDetailQueryVariables>;
export const PolicyQueriesQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyQueriesQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyQueriesQueueQuery, PolicyQueriesQueueQueryVariables>;
export const PolicyReachConditionsSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyReachConditionsSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyConditionsSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyConditionsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyReachConditionsSetMutation, PolicyReachConditionsSetMutationVariables>;
export const PolicyReachCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyReachCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyReach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"likely"}},{"kind":"Field","name":{"kind":"Name","value":"nearMiss"}},{"kind":"Field","name":{"kind":"Name","value":"notified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyReachCountsQuery, PolicyReachCountsQueryVariables>;
export const PolicyReachListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyReachList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyReachVerdict"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyReachEnterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"changeable"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyReachListQuery, PolicyReachListQueryVariables>;
export const PolicyReachXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyReachXlsx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyReachVerdict"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyReachXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<PolicyReachXlsxQuery, PolicyReachXlsxQueryVariables>;
export const PolicyReachEnterpriseReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyReachEnterpriseReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyReachEnterpriseReviewMutation, PolicyReachEnterpriseReviewMutationVariables>;
export const PolicyReachMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyReachMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeable"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyReachMatchQuery, PolicyReachMatchQueryVariables>;
export const PolicyReachListIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyReachListIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyReachVerdict"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyReachEnterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyReachListIdsQuery, PolicyReachListIdsQueryVariables>;
export const PolicyRelatedAttachmentAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRelatedAttachmentAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyAttachmentAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyAttachmentAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRelatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<PolicyRelatedAttachmentAddMutation, PolicyRelatedAttachmentAddMutationVariables>;
export const PolicyRelatedAttachmentRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRelatedAttachmentRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyAttachmentRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyAttachmentRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRelatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<PolicyRelatedAttachmentRemoveMutation, PolicyRelatedAttachmentRemoveMutationVariables>;
export const PolicyRelatedInterpretationAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRelatedInterpretationAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyInterpretationAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyInterpretationAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRelatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<PolicyRelatedInterpretationAddMutation, PolicyRelatedInterpretationAddMutationVariables>;
export const PolicyRelatedInterpretationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRelatedInterpretationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyInterpretationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyInterpretationUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRelatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<PolicyRelatedInterpretationUpdateMutation, PolicyRelatedInterpretationUpdateMutationVariables>;
export const PolicyRelatedGuideAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRelatedGuideAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyGuideAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyGuideAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRelatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<PolicyRelatedGuideAddMutation, PolicyRelatedGuideAddMutationVariables>;
export const PolicyRelatedRelatedRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRelatedRelatedRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRelatedRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRelatedRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRelatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<PolicyRelatedRelatedRemoveMutation, PolicyRelatedRelatedRemoveMutationVariables>;
export const PolicyRelatedLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRelatedLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRelatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<PolicyRelatedLinkMutation, PolicyRelatedLinkMutationVariables>;
export const PolicyRelatedUnlinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRelatedUnlink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyUnlink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRelatedPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRelatedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStart"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"whereToApply"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<PolicyRelatedUnlinkMutation, PolicyRelatedUnlinkMutationVariables>;
export const PolicyRelatedDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRelatedDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"applicationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRelatedDetailQuery, PolicyRelatedDetailQueryVariables>;
export const PolicySeedAccountRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicySeedAccountRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PolicySeedAccountRegisterMutation, PolicySeedAccountRegisterMutationVariables>;
export const PolicySeedPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicySeedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"keyword"},"value":{"kind":"StringValue","value":"专精特新","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}}]}}]}}]}}]} as unknown as DocumentNode<PolicySeedPoliciesQuery, PolicySeedPoliciesQueryVariables>;
export const PolicySeedInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicySeedInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicySeedInboxQuery, PolicySeedInboxQueryVariables>;
export const PolicyWorkflowDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyWorkflowDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestPolicyFields"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"hotWords"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}}]} as unknown as DocumentNode<PolicyWorkflowDetailQuery, PolicyWorkflowDetailQueryVariables>;
export const PolicyWorkflowUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyWorkflowUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PolicyWorkflowUpdateMutation, PolicyWorkflowUpdateMutationVariables>;
export const PolicyWorkflowPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyWorkflowPending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyWorkflowPendingQuery, PolicyWorkflowPendingQueryVariables>;
export const PolicyWorkflowDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyWorkflowDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyVersionDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromVersion"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"toVersion"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyWorkflowDiffQuery, PolicyWorkflowDiffQueryVariables>;
export const PolicyWorkflowTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyWorkflowTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PolicyWorkflowTypenameQuery, PolicyWorkflowTypenameQueryVariables>;
export const PortalFooterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalFooter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"footer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"operatorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"icpRecord"}},{"kind":"Field","name":{"kind":"Name","value":"policeRecord"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<PortalFooterQuery, PortalFooterQueryVariables>;
export const PortalSiteFooterUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSiteFooterUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteFooterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteFooterUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"footer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"icpRecord"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PortalSiteFooterUpdateMutation, PortalSiteFooterUpdateMutationVariables>;
export const PortalGuideAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalGuideAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyGuideAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyGuideAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PortalGuideAddMutation, PortalGuideAddMutationVariables>;
export const PortalPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PortalPoliciesQuery, PortalPoliciesQueryVariables>;
export const PortalPolicyDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPolicyDepartments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDepartments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<PortalPolicyDepartmentsQuery, PortalPolicyDepartmentsQueryVariables>;
export const PortalInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionNames"}},{"kind":"Field","name":{"kind":"Name","value":"listedProductCount"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}}]}}]}}]}}]} as unknown as DocumentNode<PortalInstitutionsQuery, PortalInstitutionsQueryVariables>;
export const ProcessSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ProcessSiteQuery, ProcessSiteQueryVariables>;
export const ProcessRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcessRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProcessRegisterMutation, ProcessRegisterMutationVariables>;
export const ProcessLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcessLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProcessLoginMutation, ProcessLoginMutationVariables>;
export const ProcessAdminLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcessAdminLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<ProcessAdminLoginMutation, ProcessAdminLoginMutationVariables>;
export const ProcessMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondFactorSetupRequired"}}]}}]}}]} as unknown as DocumentNode<ProcessMeQuery, ProcessMeQueryVariables>;
export const ProcessAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ProcessAccountsQuery, ProcessAccountsQueryVariables>;
export const ProductServiceProductReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductServiceProductReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProductReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ProductServiceProductReviewMutation, ProductServiceProductReviewMutationVariables>;
export const ProductServiceProductSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductServiceProductSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProductSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ProductServiceProductSubmitMutation, ProductServiceProductSubmitMutationVariables>;
export const ProductServiceProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductServiceProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"feeType"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"regionNames"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pictures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"dataUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductServiceProductsQuery, ProductServiceProductsQueryVariables>;
export const ProductServiceProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductServiceProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProductServiceProductQuery, ProductServiceProductQueryVariables>;
export const ProductMyInstitutionServiceProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductMyInstitutionServiceProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInstitutionServiceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ProductMyInstitutionServiceProductsQuery, ProductMyInstitutionServiceProductsQueryVariables>;
export const ProductServiceProduct2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductServiceProduct2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProductServiceProduct2Query, ProductServiceProduct2QueryVariables>;
export const QueryCountEnterpriseReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueryCountEnterpriseReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountEnterpriseReviewMutation, QueryCountEnterpriseReviewMutationVariables>;
export const QueryCountFirstDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryCountFirst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountFirstQuery, QueryCountFirstQueryVariables>;
export const QueryCountRestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryCountRest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountRestQuery, QueryCountRestQueryVariables>;
export const QueryCountPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryCountPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueryCountPageQuery, QueryCountPageQueryVariables>;
export const SearchContentSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchContentSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"understanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"autoRewritten"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIntent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SearchContentSearchQuery, SearchContentSearchQueryVariables>;
export const SearchContentPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchContentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SearchContentPolicyQuery, SearchContentPolicyQueryVariables>;
export const SearchContentPolicyWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchContentPolicyWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SearchContentPolicyWithdrawMutation, SearchContentPolicyWithdrawMutationVariables>;
export const SearchContentProductDelistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchContentProductDelist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProductDelist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SearchContentProductDelistMutation, SearchContentProductDelistMutationVariables>;
export const SearchContentActivityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchContentActivityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SearchContentActivityCreateMutation, SearchContentActivityCreateMutationVariables>;
export const SearchContentActivityReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchContentActivityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SearchContentActivityReviewMutation, SearchContentActivityReviewMutationVariables>;
export const SearchFallbackSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFallbackSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"understanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relaxed"}},{"kind":"Field","name":{"kind":"Name","value":"autoRewritten"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchFallbackSearchQuery, SearchFallbackSearchQueryVariables>;
export const SearchHitsInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchHitsInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchHitsInstitutionQuery, SearchHitsInstitutionQueryVariables>;
export const SearchRankingSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchRankingSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SearchRankingSearchQuery, SearchRankingSearchQueryVariables>;
export const SearchRankingStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchRankingStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTopQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchZeroResultQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"zeroResults"}}]}}]}}]} as unknown as DocumentNode<SearchRankingStatisticsQuery, SearchRankingStatisticsQueryVariables>;
export const SearchRankingConditionsSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchRankingConditionsSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyConditionsSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyConditionsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SearchRankingConditionsSetMutation, SearchRankingConditionsSetMutationVariables>;
export const SearchRankingFinancingProductDelistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchRankingFinancingProductDelist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingProductDelistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingProductDelist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SearchRankingFinancingProductDelistMutation, SearchRankingFinancingProductDelistMutationVariables>;
export const SearchRankingStartupResourceCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchRankingStartupResourceCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartupResourceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupResourceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SearchRankingStartupResourceCreateMutation, SearchRankingStartupResourceCreateMutationVariables>;
export const SearchRankingTopQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchRankingTopQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTopQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}}]}}]}}]} as unknown as DocumentNode<SearchRankingTopQueriesQuery, SearchRankingTopQueriesQueryVariables>;
export const SearchE2EDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchE2E"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"understanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"pinyin"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"pinyinCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"autoRewritten"}},{"kind":"Field","name":{"kind":"Name","value":"relaxed"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIntent"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expansions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"}}]}}]}}]} as unknown as DocumentNode<SearchE2EQuery, SearchE2EQueryVariables>;
export const SearchConceptSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchConceptSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchConceptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchConceptSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"expansions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SearchConceptSaveMutation, SearchConceptSaveMutationVariables>;
export const SearchConceptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchConcepts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchConcepts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}}]}}]}}]}}]} as unknown as DocumentNode<SearchConceptsQuery, SearchConceptsQueryVariables>;
export const SearchConceptDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchConceptDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchConceptDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchConceptDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SearchConceptDeleteMutation, SearchConceptDeleteMutationVariables>;
export const SearchSuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSuggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSuggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<SearchSuggestQuery, SearchSuggestQueryVariables>;
export const SearchInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchInstitutionQuery, SearchInstitutionQueryVariables>;
export const SearchClickDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchClick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchClickInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchClick"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SearchClickMutation, SearchClickMutationVariables>;
export const SearchStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTopQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchZeroResultQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"zeroResults"}}]}}]}}]} as unknown as DocumentNode<SearchStatisticsQuery, SearchStatisticsQueryVariables>;
export const SearchTopQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchTopQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTopQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}}]}}]}}]} as unknown as DocumentNode<SearchTopQueriesQuery, SearchTopQueriesQueryVariables>;
export const SearchReconcileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchReconcile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchReconcile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SearchReconcileMutation, SearchReconcileMutationVariables>;
export const SearchReconcileCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchReconcileCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchReconcile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"indexedCount"}}]}}]}}]}}]} as unknown as DocumentNode<SearchReconcileCountsMutation, SearchReconcileCountsMutationVariables>;
export const SearchReconcileRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchReconcileRepair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchReconcile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"repair"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaired"}}]}}]}}]} as unknown as DocumentNode<SearchReconcileRepairMutation, SearchReconcileRepairMutationVariables>;
export const SearchIndexStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchIndexStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchIndexStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"dictionaryVersion"}}]}}]}}]} as unknown as DocumentNode<SearchIndexStatusQuery, SearchIndexStatusQueryVariables>;
export const SecurityAppLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppLoginMutation, SecurityAppLoginMutationVariables>;
export const SecurityAppPasswordChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppPasswordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppPasswordChangeMutation, SecurityAppPasswordChangeMutationVariables>;
export const SecurityAppMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityAppMeQuery, SecurityAppMeQueryVariables>;
export const SecurityAppEnterpriseReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppEnterpriseReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppEnterpriseReviewMutation, SecurityAppEnterpriseReviewMutationVariables>;
export const SecurityAppLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<SecurityAppLogoutMutation, SecurityAppLogoutMutationVariables>;
export const SecurityAppEnterpriseMemberRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppEnterpriseMemberRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseMemberRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseMemberRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppEnterpriseMemberRemoveMutation, SecurityAppEnterpriseMemberRemoveMutationVariables>;
export const SecurityAppAccountStatusSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppAccountStatusSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountStatusSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatusSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppAccountStatusSetMutation, SecurityAppAccountStatusSetMutationVariables>;
export const SecurityAppLogout2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppLogout2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<SecurityAppLogout2Mutation, SecurityAppLogout2MutationVariables>;
export const SecurityAppAccountRolesSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppAccountRolesSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRolesSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRolesSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppAccountRolesSetMutation, SecurityAppAccountRolesSetMutationVariables>;
export const SecurityAppAccountStatusSet2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppAccountStatusSet2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountStatusSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatusSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppAccountStatusSet2Mutation, SecurityAppAccountStatusSet2MutationVariables>;
export const SecurityAppAdminChangeApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppAdminChangeApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminChangeDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminChangeApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppAdminChangeApproveMutation, SecurityAppAdminChangeApproveMutationVariables>;
export const SecurityAppAdminChangeRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppAdminChangeReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminChangeDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminChangeReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppAdminChangeRejectMutation, SecurityAppAdminChangeRejectMutationVariables>;
export const SecurityAppMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityAppMe2Query, SecurityAppMe2QueryVariables>;
export const SecurityAppMe3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppMe3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityAppMe3Query, SecurityAppMe3QueryVariables>;
export const SecurityAppAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SecurityAppAccountsQuery, SecurityAppAccountsQueryVariables>;
export const SecurityAppAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SecurityAppAuditLogQuery, SecurityAppAuditLogQueryVariables>;
export const SecurityAppEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SecurityAppEnterpriseQuery, SecurityAppEnterpriseQueryVariables>;
export const SecurityAppColumnStatisticsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppColumnStatisticsCsv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatisticsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}]}]}}]} as unknown as DocumentNode<SecurityAppColumnStatisticsCsvQuery, SecurityAppColumnStatisticsCsvQueryVariables>;
export const SecurityAppColumnStatisticsXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppColumnStatisticsXlsx"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatisticsXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]}}]} as unknown as DocumentNode<SecurityAppColumnStatisticsXlsxQuery, SecurityAppColumnStatisticsXlsxQueryVariables>;
export const SecurityAppActivityStatisticsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppActivityStatisticsCsv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityStatisticsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}]}]}}]} as unknown as DocumentNode<SecurityAppActivityStatisticsCsvQuery, SecurityAppActivityStatisticsCsvQueryVariables>;
export const SecurityAppActivityStatisticsXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppActivityStatisticsXlsx"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityStatisticsXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]}}]} as unknown as DocumentNode<SecurityAppActivityStatisticsXlsxQuery, SecurityAppActivityStatisticsXlsxQueryVariables>;
export const SecurityAppEnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppEnterprisesQuery, SecurityAppEnterprisesQueryVariables>;
export const SecurityAppEnterprises2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppEnterprises2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppEnterprises2Query, SecurityAppEnterprises2QueryVariables>;
export const SecurityAppAccountRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppAccountRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppAccountRegisterMutation, SecurityAppAccountRegisterMutationVariables>;
export const SecurityAppMe4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppMe4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityAppMe4Query, SecurityAppMe4QueryVariables>;
export const SecurityAppMe5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppMe5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityAppMe5Query, SecurityAppMe5QueryVariables>;
export const SecurityAppLogin3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppLogin3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppLogin3Mutation, SecurityAppLogin3MutationVariables>;
export const SecurityAppTotpEnrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppTotpEnrol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpEnrol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppTotpEnrolMutation, SecurityAppTotpEnrolMutationVariables>;
export const SecurityAppTotpEnrol2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppTotpEnrol2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpEnrol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppTotpEnrol2Mutation, SecurityAppTotpEnrol2MutationVariables>;
export const SecurityAppTotpConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppTotpConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TotpConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppTotpConfirmMutation, SecurityAppTotpConfirmMutationVariables>;
export const SecurityAppAccountTotpResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppAccountTotpReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountTotpReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppAccountTotpResetMutation, SecurityAppAccountTotpResetMutationVariables>;
export const SecurityAppSearchTopQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppSearchTopQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTopQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}}]}}]}}]} as unknown as DocumentNode<SecurityAppSearchTopQueriesQuery, SecurityAppSearchTopQueriesQueryVariables>;
export const SecurityAppMe6Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppMe6"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorSetupRequired"}}]}}]}}]} as unknown as DocumentNode<SecurityAppMe6Query, SecurityAppMe6QueryVariables>;
export const SecurityAppTotpEnrol3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppTotpEnrol3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpEnrol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppTotpEnrol3Mutation, SecurityAppTotpEnrol3MutationVariables>;
export const SecurityAppTotpConfirm2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppTotpConfirm2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TotpConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppTotpConfirm2Mutation, SecurityAppTotpConfirm2MutationVariables>;
export const SecurityAppEnterpriseMemberAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppEnterpriseMemberAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseMemberAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseMemberAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseRole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppEnterpriseMemberAddMutation, SecurityAppEnterpriseMemberAddMutationVariables>;
export const SecurityAppMe7Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppMe7"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppMe7Query, SecurityAppMe7QueryVariables>;
export const SecurityAppMyEnterpriseInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppMyEnterpriseInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterpriseInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityAppMyEnterpriseInvitationsQuery, SecurityAppMyEnterpriseInvitationsQueryVariables>;
export const SecurityAppEnterpriseInvitationDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppEnterpriseInvitationDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseInvitationDecline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppEnterpriseInvitationDeclineMutation, SecurityAppEnterpriseInvitationDeclineMutationVariables>;
export const SecurityAppMyEnterpriseInvitations2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAppMyEnterpriseInvitations2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterpriseInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityAppMyEnterpriseInvitations2Query, SecurityAppMyEnterpriseInvitations2QueryVariables>;
export const SecurityAppAccountRegister2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityAppAccountRegister2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAppAccountRegister2Mutation, SecurityAppAccountRegister2MutationVariables>;
export const SiteInheritPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteInheritPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteInheritPoliciesQuery, SiteInheritPoliciesQueryVariables>;
export const SiteInheritSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteInheritSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteInheritSearchQuery, SiteInheritSearchQueryVariables>;
export const SiteInheritProvinceOnlySetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteInheritProvinceOnlySet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvinceOnlySetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceOnlySet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceOnly"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SiteInheritProvinceOnlySetMutation, SiteInheritProvinceOnlySetMutationVariables>;
export const SiteInheritPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteInheritPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SiteInheritPolicyQuery, SiteInheritPolicyQueryVariables>;
export const StatisticsByColumnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsByColumn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COLUMN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"received"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"amountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"headcountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"amountFinanced"}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsByColumnQuery, StatisticsByColumnQueryVariables>;
export const TestWebFlowRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestWebFlowRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestWebFlowRegisterMutation, TestWebFlowRegisterMutationVariables>;
export const WebhooksCurrentSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksCurrentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebhooksCurrentSiteQuery, WebhooksCurrentSiteQueryVariables>;
export const WebhooksApiClientCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksApiClientCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClientCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<WebhooksApiClientCreateMutation, WebhooksApiClientCreateMutationVariables>;
export const WebhooksWebhookSubscriptionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksWebhookSubscriptionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscriptionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"sm3"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<WebhooksWebhookSubscriptionCreateMutation, WebhooksWebhookSubscriptionCreateMutationVariables>;
export const WebhooksWebhookSubscriptionUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksWebhookSubscriptionUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscriptionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<WebhooksWebhookSubscriptionUpdateMutation, WebhooksWebhookSubscriptionUpdateMutationVariables>;
export const WebhooksWebhookSubscriptionDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksWebhookSubscriptionDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscriptionDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptionDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<WebhooksWebhookSubscriptionDeleteMutation, WebhooksWebhookSubscriptionDeleteMutationVariables>;
export const WebhooksWebhookDeliveryReplayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksWebhookDeliveryReplay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryReplayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveryReplay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<WebhooksWebhookDeliveryReplayMutation, WebhooksWebhookDeliveryReplayMutationVariables>;
export const WebhooksWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponse"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksWebhookDeliveriesQuery, WebhooksWebhookDeliveriesQueryVariables>;
export const WebhooksCurrentSite2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksCurrentSite2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebhooksCurrentSite2Query, WebhooksCurrentSite2QueryVariables>;
export const WebhooksWebhookSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksWebhookSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksWebhookSubscriptionsQuery, WebhooksWebhookSubscriptionsQueryVariables>;
export const WebhooksDockingSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksDockingSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<WebhooksDockingSubmitMutation, WebhooksDockingSubmitMutationVariables>;
export const WebhooksDockingMessageSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksDockingMessageSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingMessageSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<WebhooksDockingMessageSendMutation, WebhooksDockingMessageSendMutationVariables>;
export const WebhooksDockingAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksDockingAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockingAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<WebhooksDockingAcceptMutation, WebhooksDockingAcceptMutationVariables>;
export const WebhooksWebhookSubscriptions2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksWebhookSubscriptions2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksWebhookSubscriptions2Query, WebhooksWebhookSubscriptions2QueryVariables>;
export const WebhooksWebhookSubscriptions3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksWebhookSubscriptions3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WebhooksWebhookSubscriptions3Query, WebhooksWebhookSubscriptions3QueryVariables>;
export const TestAccountRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAccountRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestAccountRegisterMutation, TestAccountRegisterMutationVariables>;
export const TestLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestLoginMutation, TestLoginMutationVariables>;
export const TestFactoryActivityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryActivityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestFactoryActivityCreateMutation, TestFactoryActivityCreateMutationVariables>;
export const TestFactoryActivityReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryActivityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestFactoryActivityReviewMutation, TestFactoryActivityReviewMutationVariables>;
export const TestFinancingProductCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFinancingProductCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingProductCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingProductCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TestFinancingProductCreateMutation, TestFinancingProductCreateMutationVariables>;
export const TestFinancingNeedSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFinancingNeedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingNeedSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingNeedSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestColumnNeed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestColumnNeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyDue"}},{"kind":"Field","name":{"kind":"Name","value":"firstRepliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstReplyOverdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TestFinancingNeedSubmitMutation, TestFinancingNeedSubmitMutationVariables>;
export const TestColumnNeedReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestColumnNeedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TestColumnNeedReplyMutation, TestColumnNeedReplyMutationVariables>;
export const TestColumnNeedStartDockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestColumnNeedStartDocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnNeedDockingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columnNeedStartDocking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"docking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TestColumnNeedStartDockingMutation, TestColumnNeedStartDockingMutationVariables>;
export const TestInstitutionApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestInstitutionApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestInstitutionApplyMutation, TestInstitutionApplyMutationVariables>;
export const TestInstitutionReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestInstitutionReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestInstitutionReviewMutation, TestInstitutionReviewMutationVariables>;
export const TestServiceProductCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestServiceProductCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProductCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestServiceProductCreateMutation, TestServiceProductCreateMutationVariables>;
export const TestServiceProductReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestServiceProductReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProductReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProductReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestServiceProductReviewMutation, TestServiceProductReviewMutationVariables>;
export const TestEnterpriseRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestEnterpriseRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestEnterpriseRegisterMutation, TestEnterpriseRegisterMutationVariables>;
export const TestFactoryPolicyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryPolicyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestPolicyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNo"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"hotWords"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TestFactoryPolicyCreateMutation, TestFactoryPolicyCreateMutationVariables>;
export const TestFactoryPolicySubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryPolicySubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestPolicyTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPolicyTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<TestFactoryPolicySubmitMutation, TestFactoryPolicySubmitMutationVariables>;
export const TestFactoryPolicyPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryPolicyPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestPolicyTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPolicyTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<TestFactoryPolicyPublishMutation, TestFactoryPolicyPublishMutationVariables>;
export const TestFactoryPolicyReviseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryPolicyRevise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRevise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestPolicyTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPolicyTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<TestFactoryPolicyReviseMutation, TestFactoryPolicyReviseMutationVariables>;
export const TestFactoryPolicyWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryPolicyWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestPolicyTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPolicyTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<TestFactoryPolicyWithdrawMutation, TestFactoryPolicyWithdrawMutationVariables>;
export const TestFactoryPolicyExpireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryPolicyExpire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyExpire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestPolicyTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPolicyTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]} as unknown as DocumentNode<TestFactoryPolicyExpireMutation, TestFactoryPolicyExpireMutationVariables>;
export const TestFactoryPolicyReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFactoryPolicyReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TestFactoryPolicyReviewMutation, TestFactoryPolicyReviewMutationVariables>;