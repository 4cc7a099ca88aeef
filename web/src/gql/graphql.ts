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

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { revoked: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { currentSite: { id: string, code: string, name: string }, me: { id: string, displayName: string, roles: Array<Role>, enterprise: { id: string, name: string } | null } | null };

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

export type AccountRegisterMutationVariables = Exact<{
  input: AccountRegisterInput;
}>;


export type AccountRegisterMutation = { accountRegister: { account: { id: string } | null, errors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export const EnterpriseDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnterpriseDetailFragment, unknown>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const MyEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseRole"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyEnterpriseQuery, MyEnterpriseQueryVariables>;
export const MyEnterpriseReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyEnterpriseReviewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterpriseReviewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyEnterpriseReviewedSubscription, MyEnterpriseReviewedSubscriptionVariables>;
export const EnterpriseRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnterpriseRegisterMutation, EnterpriseRegisterMutationVariables>;
export const HomeInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<HomeInstitutionsQuery, HomeInstitutionsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const AccountRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountRegisterMutation, AccountRegisterMutationVariables>;