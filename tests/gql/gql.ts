/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) { slug title audience summary sections { heading blocks { kind text items } } }\n  }\n": typeof types.HelpGuidesDocument,
    "\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding { original normalized pinyin converted pinyinCandidates corrected didYouMean autoRewritten relaxed serviceIntent\n        corrections { from to by } expansions { phrase terms } }\n      totalCount approximate\n      facets { field buckets { value label count } }\n      hits { totalCount pageInfo { hasNextPage endCursor } nodes { kind kindLabel id title titleHighlight highlight url site { code } date score } }\n      serviceCards { kind id title }\n      related\n    }\n  }\n": typeof types.SearchE2EDocument,
    "\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) { account { id } errors { code field message } }\n  }\n": typeof types.TestAccountRegisterDocument,
    "\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) { token errors { code message } }\n  }\n": typeof types.TestLoginDocument,
    "\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) { institution { id } errors { code field message } }\n  }\n": typeof types.TestInstitutionApplyDocument,
    "\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) { institution { id } errors { code field message } }\n  }\n": typeof types.TestInstitutionReviewDocument,
    "\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) { product { id name status } warnings { field message suggestion } errors { code field message } }\n  }\n": typeof types.TestServiceProductCreateDocument,
    "\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) { product { status } errors { code field message } }\n  }\n": typeof types.TestServiceProductReviewDocument,
    "\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) { enterprise { id uscc name sizeClass status } errors { code field message } }\n  }\n": typeof types.TestEnterpriseRegisterDocument,
};
const documents: Documents = {
    "\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) { slug title audience summary sections { heading blocks { kind text items } } }\n  }\n": types.HelpGuidesDocument,
    "\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding { original normalized pinyin converted pinyinCandidates corrected didYouMean autoRewritten relaxed serviceIntent\n        corrections { from to by } expansions { phrase terms } }\n      totalCount approximate\n      facets { field buckets { value label count } }\n      hits { totalCount pageInfo { hasNextPage endCursor } nodes { kind kindLabel id title titleHighlight highlight url site { code } date score } }\n      serviceCards { kind id title }\n      related\n    }\n  }\n": types.SearchE2EDocument,
    "\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) { account { id } errors { code field message } }\n  }\n": types.TestAccountRegisterDocument,
    "\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) { token errors { code message } }\n  }\n": types.TestLoginDocument,
    "\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) { institution { id } errors { code field message } }\n  }\n": types.TestInstitutionApplyDocument,
    "\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) { institution { id } errors { code field message } }\n  }\n": types.TestInstitutionReviewDocument,
    "\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) { product { id name status } warnings { field message suggestion } errors { code field message } }\n  }\n": types.TestServiceProductCreateDocument,
    "\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) { product { status } errors { code field message } }\n  }\n": types.TestServiceProductReviewDocument,
    "\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) { enterprise { id uscc name sizeClass status } errors { code field message } }\n  }\n": types.TestEnterpriseRegisterDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) { slug title audience summary sections { heading blocks { kind text items } } }\n  }\n"): (typeof documents)["\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) { slug title audience summary sections { heading blocks { kind text items } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding { original normalized pinyin converted pinyinCandidates corrected didYouMean autoRewritten relaxed serviceIntent\n        corrections { from to by } expansions { phrase terms } }\n      totalCount approximate\n      facets { field buckets { value label count } }\n      hits { totalCount pageInfo { hasNextPage endCursor } nodes { kind kindLabel id title titleHighlight highlight url site { code } date score } }\n      serviceCards { kind id title }\n      related\n    }\n  }\n"): (typeof documents)["\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding { original normalized pinyin converted pinyinCandidates corrected didYouMean autoRewritten relaxed serviceIntent\n        corrections { from to by } expansions { phrase terms } }\n      totalCount approximate\n      facets { field buckets { value label count } }\n      hits { totalCount pageInfo { hasNextPage endCursor } nodes { kind kindLabel id title titleHighlight highlight url site { code } date score } }\n      serviceCards { kind id title }\n      related\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) { account { id } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) { account { id } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) { token errors { code message } }\n  }\n"): (typeof documents)["\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) { token errors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) { institution { id } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) { institution { id } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) { institution { id } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) { institution { id } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) { product { id name status } warnings { field message suggestion } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) { product { id name status } warnings { field message suggestion } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) { product { status } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) { product { status } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) { enterprise { id uscc name sizeClass status } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) { enterprise { id uscc name sizeClass status } errors { code field message } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;