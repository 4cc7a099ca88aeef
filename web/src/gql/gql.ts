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
    "\n  mutation Logout {\n    logout {\n      revoked\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    currentSite {\n      id\n      code\n      name\n    }\n    me {\n      id\n      displayName\n      roles\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment EnterpriseDetail on Enterprise {\n    id\n    name\n    uscc\n    regionCode\n    regionName\n    industryCode\n    industryName\n    establishedOn\n    employees\n    revenue\n    totalAssets\n    sizeClass\n    qualifications\n    contactName\n    contactPhone\n    contactEmail\n    status\n    reviewReason\n    reviewedAt\n    createdAt\n  }\n": typeof types.EnterpriseDetailFragmentDoc,
    "\n  query MyEnterprise {\n    me {\n      id\n      displayName\n      enterpriseRole\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n": typeof types.MyEnterpriseDocument,
    "\n  subscription MyEnterpriseReviewed {\n    myEnterpriseReviewed {\n      status\n      reason\n      at\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n": typeof types.MyEnterpriseReviewedDocument,
    "\n  mutation EnterpriseRegister($input: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $input) {\n      enterprise {\n        ...EnterpriseDetail\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.EnterpriseRegisterDocument,
    "\n  query HomeInstitutions {\n    institutions(first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        columns\n        description\n      }\n    }\n  }\n": typeof types.HomeInstitutionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n        roles\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AccountRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AccountRegisterDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout {\n      revoked\n    }\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    currentSite {\n      id\n      code\n      name\n    }\n    me {\n      id\n      displayName\n      roles\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment EnterpriseDetail on Enterprise {\n    id\n    name\n    uscc\n    regionCode\n    regionName\n    industryCode\n    industryName\n    establishedOn\n    employees\n    revenue\n    totalAssets\n    sizeClass\n    qualifications\n    contactName\n    contactPhone\n    contactEmail\n    status\n    reviewReason\n    reviewedAt\n    createdAt\n  }\n": types.EnterpriseDetailFragmentDoc,
    "\n  query MyEnterprise {\n    me {\n      id\n      displayName\n      enterpriseRole\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n": types.MyEnterpriseDocument,
    "\n  subscription MyEnterpriseReviewed {\n    myEnterpriseReviewed {\n      status\n      reason\n      at\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n": types.MyEnterpriseReviewedDocument,
    "\n  mutation EnterpriseRegister($input: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $input) {\n      enterprise {\n        ...EnterpriseDetail\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.EnterpriseRegisterDocument,
    "\n  query HomeInstitutions {\n    institutions(first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        columns\n        description\n      }\n    }\n  }\n": types.HomeInstitutionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n        roles\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AccountRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AccountRegisterDocument,
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
export function graphql(source: "\n  mutation Logout {\n    logout {\n      revoked\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      revoked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    currentSite {\n      id\n      code\n      name\n    }\n    me {\n      id\n      displayName\n      roles\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    currentSite {\n      id\n      code\n      name\n    }\n    me {\n      id\n      displayName\n      roles\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseDetail on Enterprise {\n    id\n    name\n    uscc\n    regionCode\n    regionName\n    industryCode\n    industryName\n    establishedOn\n    employees\n    revenue\n    totalAssets\n    sizeClass\n    qualifications\n    contactName\n    contactPhone\n    contactEmail\n    status\n    reviewReason\n    reviewedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment EnterpriseDetail on Enterprise {\n    id\n    name\n    uscc\n    regionCode\n    regionName\n    industryCode\n    industryName\n    establishedOn\n    employees\n    revenue\n    totalAssets\n    sizeClass\n    qualifications\n    contactName\n    contactPhone\n    contactEmail\n    status\n    reviewReason\n    reviewedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnterprise {\n    me {\n      id\n      displayName\n      enterpriseRole\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEnterprise {\n    me {\n      id\n      displayName\n      enterpriseRole\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyEnterpriseReviewed {\n    myEnterpriseReviewed {\n      status\n      reason\n      at\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyEnterpriseReviewed {\n    myEnterpriseReviewed {\n      status\n      reason\n      at\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseRegister($input: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $input) {\n      enterprise {\n        ...EnterpriseDetail\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnterpriseRegister($input: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $input) {\n      enterprise {\n        ...EnterpriseDetail\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeInstitutions {\n    institutions(first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        columns\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeInstitutions {\n    institutions(first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        columns\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n        roles\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n        roles\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;