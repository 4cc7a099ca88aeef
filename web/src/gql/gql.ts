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
    "\n  query ActivityList($first: Int) {\n    activities(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        organisers\n        startsAt\n        endsAt\n        placeAddress\n        onlineUrl\n        capacity\n        registeredCount\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ActivityListDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      column\n      organisers\n      startsAt\n      endsAt\n      registrationDeadline\n      placeAddress\n      onlineUrl\n      capacity\n      registeredCount\n      remainingSeats\n      waitlistedCount\n      content\n      targetAudience\n      participants\n      contactName\n      contactPhone\n      institution {\n        id\n        name\n      }\n      myRegistration {\n        id\n        status\n        ticket\n        waitlistPosition\n      }\n    }\n  }\n": typeof types.ActivityDetailDocument,
    "\n  mutation ActivityRegister($input: ActivityRefInput!) {\n    activityRegister(input: $input) {\n      registration {\n        id\n        status\n        ticket\n        waitlistPosition\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ActivityRegisterDocument,
    "\n  fragment EnterpriseDetail on Enterprise {\n    id\n    name\n    uscc\n    regionCode\n    regionName\n    industryCode\n    industryName\n    establishedOn\n    employees\n    revenue\n    totalAssets\n    sizeClass\n    qualifications\n    contactName\n    contactPhone\n    contactEmail\n    status\n    reviewReason\n    reviewedAt\n    createdAt\n  }\n": typeof types.EnterpriseDetailFragmentDoc,
    "\n  query MyEnterprise {\n    me {\n      id\n      displayName\n      enterpriseRole\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n": typeof types.MyEnterpriseDocument,
    "\n  subscription MyEnterpriseReviewed {\n    myEnterpriseReviewed {\n      status\n      reason\n      at\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n": typeof types.MyEnterpriseReviewedDocument,
    "\n  mutation EnterpriseRegister($input: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $input) {\n      enterprise {\n        ...EnterpriseDetail\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.EnterpriseRegisterDocument,
    "\n  query HomeInstitutions {\n    institutions(first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        columns\n        description\n      }\n    }\n  }\n": typeof types.HomeInstitutionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n        roles\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MyDockings($first: Int) {\n    dockings(first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        needs\n        updatedAt\n        product {\n          id\n          name\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyDockingsDocument,
    "\n  query DockingDetail($id: ID!) {\n    docking(id: $id) {\n      id\n      status\n      needs\n      createdAt\n      updatedAt\n      firstResponseDue\n      product {\n        id\n        name\n      }\n      institution {\n        id\n        name\n      }\n      timeline {\n        id\n        at\n        type\n        party\n        body\n      }\n    }\n  }\n": typeof types.DockingDetailDocument,
    "\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      docNo\n      departments\n      publishedOn\n      effectiveFrom\n      effectiveTo\n      validity\n      policyType\n      sourceName\n      sourceUrl\n      tags\n      body\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n      }\n      interpretations {\n        id\n        title\n        authority\n        author\n        publishedOn\n        body\n      }\n      guides {\n        id\n        title\n        beneficiaries\n        conditions\n        materials\n        applicationStart\n        applicationEnd\n        whereToApply\n        hotline\n        paymentDeadline\n      }\n    }\n  }\n": typeof types.PolicyDetailDocument,
    "\n  fragment PolicyListItems on PolicyConnection {\n    totalCount\n    nodes {\n      id\n      title\n      docNo\n      departments\n      publishedOn\n      policyType\n      validity\n      tags\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.PolicyListItemsFragmentDoc,
    "\n  query PolicyList($filter: PolicyFilter, $first: Int, $after: String) {\n    policies(filter: $filter, first: $first, after: $after) {\n      ...PolicyListItems\n    }\n  }\n": typeof types.PolicyListDocument,
    "\n  mutation AccountRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AccountRegisterDocument,
    "\n  fragment SearchHits on SearchHitConnection {\n    nodes {\n      id\n      kind\n      kindLabel\n      title\n      titleHighlight\n      highlight\n      url\n      date\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.SearchHitsFragmentDoc,
    "\n  query SearchPage($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      approximate\n      understanding {\n        original\n        normalized\n        converted\n        corrected\n        didYouMean\n        autoRewritten\n        expansions {\n          phrase\n          terms\n        }\n      }\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      serviceCards {\n        id\n        kind\n        kindLabel\n        title\n        highlight\n        url\n      }\n      related\n      hits {\n        ...SearchHits\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SearchMore($input: SearchInput!) {\n    search(input: $input) {\n      hits {\n        ...SearchHits\n      }\n    }\n  }\n": typeof types.SearchMoreDocument,
    "\n  query SearchSuggest($prefix: String!) {\n    searchSuggest(prefix: $prefix, first: 8) {\n      text\n      source\n    }\n  }\n": typeof types.SearchSuggestDocument,
    "\n  query ServiceDetail($id: ID!) {\n    serviceProduct(id: $id) {\n      id\n      name\n      column\n      subcategory\n      description\n      form\n      feeType\n      priceTerms\n      regionNames\n      targetAudience\n      contactName\n      contactPhone\n      process {\n        title\n        description\n      }\n      institution {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ServiceDetailDocument,
    "\n  mutation DockingSubmit($input: DockingSubmitInput!) {\n    dockingSubmit(input: $input) {\n      docking {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DockingSubmitDocument,
    "\n  query ServiceList($filter: ServiceProductFilter, $first: Int, $after: String) {\n    serviceProducts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        subcategory\n        form\n        feeType\n        regionNames\n        institution {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ServiceListDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout {\n      revoked\n    }\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    currentSite {\n      id\n      code\n      name\n    }\n    me {\n      id\n      displayName\n      roles\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query ActivityList($first: Int) {\n    activities(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        organisers\n        startsAt\n        endsAt\n        placeAddress\n        onlineUrl\n        capacity\n        registeredCount\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ActivityListDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      column\n      organisers\n      startsAt\n      endsAt\n      registrationDeadline\n      placeAddress\n      onlineUrl\n      capacity\n      registeredCount\n      remainingSeats\n      waitlistedCount\n      content\n      targetAudience\n      participants\n      contactName\n      contactPhone\n      institution {\n        id\n        name\n      }\n      myRegistration {\n        id\n        status\n        ticket\n        waitlistPosition\n      }\n    }\n  }\n": types.ActivityDetailDocument,
    "\n  mutation ActivityRegister($input: ActivityRefInput!) {\n    activityRegister(input: $input) {\n      registration {\n        id\n        status\n        ticket\n        waitlistPosition\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ActivityRegisterDocument,
    "\n  fragment EnterpriseDetail on Enterprise {\n    id\n    name\n    uscc\n    regionCode\n    regionName\n    industryCode\n    industryName\n    establishedOn\n    employees\n    revenue\n    totalAssets\n    sizeClass\n    qualifications\n    contactName\n    contactPhone\n    contactEmail\n    status\n    reviewReason\n    reviewedAt\n    createdAt\n  }\n": types.EnterpriseDetailFragmentDoc,
    "\n  query MyEnterprise {\n    me {\n      id\n      displayName\n      enterpriseRole\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n": types.MyEnterpriseDocument,
    "\n  subscription MyEnterpriseReviewed {\n    myEnterpriseReviewed {\n      status\n      reason\n      at\n      enterprise {\n        ...EnterpriseDetail\n      }\n    }\n  }\n": types.MyEnterpriseReviewedDocument,
    "\n  mutation EnterpriseRegister($input: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $input) {\n      enterprise {\n        ...EnterpriseDetail\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.EnterpriseRegisterDocument,
    "\n  query HomeInstitutions {\n    institutions(first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        columns\n        description\n      }\n    }\n  }\n": types.HomeInstitutionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n        roles\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query MyDockings($first: Int) {\n    dockings(first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        needs\n        updatedAt\n        product {\n          id\n          name\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyDockingsDocument,
    "\n  query DockingDetail($id: ID!) {\n    docking(id: $id) {\n      id\n      status\n      needs\n      createdAt\n      updatedAt\n      firstResponseDue\n      product {\n        id\n        name\n      }\n      institution {\n        id\n        name\n      }\n      timeline {\n        id\n        at\n        type\n        party\n        body\n      }\n    }\n  }\n": types.DockingDetailDocument,
    "\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      docNo\n      departments\n      publishedOn\n      effectiveFrom\n      effectiveTo\n      validity\n      policyType\n      sourceName\n      sourceUrl\n      tags\n      body\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n      }\n      interpretations {\n        id\n        title\n        authority\n        author\n        publishedOn\n        body\n      }\n      guides {\n        id\n        title\n        beneficiaries\n        conditions\n        materials\n        applicationStart\n        applicationEnd\n        whereToApply\n        hotline\n        paymentDeadline\n      }\n    }\n  }\n": types.PolicyDetailDocument,
    "\n  fragment PolicyListItems on PolicyConnection {\n    totalCount\n    nodes {\n      id\n      title\n      docNo\n      departments\n      publishedOn\n      policyType\n      validity\n      tags\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.PolicyListItemsFragmentDoc,
    "\n  query PolicyList($filter: PolicyFilter, $first: Int, $after: String) {\n    policies(filter: $filter, first: $first, after: $after) {\n      ...PolicyListItems\n    }\n  }\n": types.PolicyListDocument,
    "\n  mutation AccountRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AccountRegisterDocument,
    "\n  fragment SearchHits on SearchHitConnection {\n    nodes {\n      id\n      kind\n      kindLabel\n      title\n      titleHighlight\n      highlight\n      url\n      date\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.SearchHitsFragmentDoc,
    "\n  query SearchPage($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      approximate\n      understanding {\n        original\n        normalized\n        converted\n        corrected\n        didYouMean\n        autoRewritten\n        expansions {\n          phrase\n          terms\n        }\n      }\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      serviceCards {\n        id\n        kind\n        kindLabel\n        title\n        highlight\n        url\n      }\n      related\n      hits {\n        ...SearchHits\n      }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SearchMore($input: SearchInput!) {\n    search(input: $input) {\n      hits {\n        ...SearchHits\n      }\n    }\n  }\n": types.SearchMoreDocument,
    "\n  query SearchSuggest($prefix: String!) {\n    searchSuggest(prefix: $prefix, first: 8) {\n      text\n      source\n    }\n  }\n": types.SearchSuggestDocument,
    "\n  query ServiceDetail($id: ID!) {\n    serviceProduct(id: $id) {\n      id\n      name\n      column\n      subcategory\n      description\n      form\n      feeType\n      priceTerms\n      regionNames\n      targetAudience\n      contactName\n      contactPhone\n      process {\n        title\n        description\n      }\n      institution {\n        id\n        name\n      }\n    }\n  }\n": types.ServiceDetailDocument,
    "\n  mutation DockingSubmit($input: DockingSubmitInput!) {\n    dockingSubmit(input: $input) {\n      docking {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DockingSubmitDocument,
    "\n  query ServiceList($filter: ServiceProductFilter, $first: Int, $after: String) {\n    serviceProducts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        subcategory\n        form\n        feeType\n        regionNames\n        institution {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ServiceListDocument,
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
export function graphql(source: "\n  query ActivityList($first: Int) {\n    activities(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        organisers\n        startsAt\n        endsAt\n        placeAddress\n        onlineUrl\n        capacity\n        registeredCount\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityList($first: Int) {\n    activities(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        organisers\n        startsAt\n        endsAt\n        placeAddress\n        onlineUrl\n        capacity\n        registeredCount\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      column\n      organisers\n      startsAt\n      endsAt\n      registrationDeadline\n      placeAddress\n      onlineUrl\n      capacity\n      registeredCount\n      remainingSeats\n      waitlistedCount\n      content\n      targetAudience\n      participants\n      contactName\n      contactPhone\n      institution {\n        id\n        name\n      }\n      myRegistration {\n        id\n        status\n        ticket\n        waitlistPosition\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      column\n      organisers\n      startsAt\n      endsAt\n      registrationDeadline\n      placeAddress\n      onlineUrl\n      capacity\n      registeredCount\n      remainingSeats\n      waitlistedCount\n      content\n      targetAudience\n      participants\n      contactName\n      contactPhone\n      institution {\n        id\n        name\n      }\n      myRegistration {\n        id\n        status\n        ticket\n        waitlistPosition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityRegister($input: ActivityRefInput!) {\n    activityRegister(input: $input) {\n      registration {\n        id\n        status\n        ticket\n        waitlistPosition\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityRegister($input: ActivityRefInput!) {\n    activityRegister(input: $input) {\n      registration {\n        id\n        status\n        ticket\n        waitlistPosition\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyDockings($first: Int) {\n    dockings(first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        needs\n        updatedAt\n        product {\n          id\n          name\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDockings($first: Int) {\n    dockings(first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        needs\n        updatedAt\n        product {\n          id\n          name\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingDetail($id: ID!) {\n    docking(id: $id) {\n      id\n      status\n      needs\n      createdAt\n      updatedAt\n      firstResponseDue\n      product {\n        id\n        name\n      }\n      institution {\n        id\n        name\n      }\n      timeline {\n        id\n        at\n        type\n        party\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query DockingDetail($id: ID!) {\n    docking(id: $id) {\n      id\n      status\n      needs\n      createdAt\n      updatedAt\n      firstResponseDue\n      product {\n        id\n        name\n      }\n      institution {\n        id\n        name\n      }\n      timeline {\n        id\n        at\n        type\n        party\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      docNo\n      departments\n      publishedOn\n      effectiveFrom\n      effectiveTo\n      validity\n      policyType\n      sourceName\n      sourceUrl\n      tags\n      body\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n      }\n      interpretations {\n        id\n        title\n        authority\n        author\n        publishedOn\n        body\n      }\n      guides {\n        id\n        title\n        beneficiaries\n        conditions\n        materials\n        applicationStart\n        applicationEnd\n        whereToApply\n        hotline\n        paymentDeadline\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      docNo\n      departments\n      publishedOn\n      effectiveFrom\n      effectiveTo\n      validity\n      policyType\n      sourceName\n      sourceUrl\n      tags\n      body\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n      }\n      interpretations {\n        id\n        title\n        authority\n        author\n        publishedOn\n        body\n      }\n      guides {\n        id\n        title\n        beneficiaries\n        conditions\n        materials\n        applicationStart\n        applicationEnd\n        whereToApply\n        hotline\n        paymentDeadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyListItems on PolicyConnection {\n    totalCount\n    nodes {\n      id\n      title\n      docNo\n      departments\n      publishedOn\n      policyType\n      validity\n      tags\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyListItems on PolicyConnection {\n    totalCount\n    nodes {\n      id\n      title\n      docNo\n      departments\n      publishedOn\n      policyType\n      validity\n      tags\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyList($filter: PolicyFilter, $first: Int, $after: String) {\n    policies(filter: $filter, first: $first, after: $after) {\n      ...PolicyListItems\n    }\n  }\n"): (typeof documents)["\n  query PolicyList($filter: PolicyFilter, $first: Int, $after: String) {\n    policies(filter: $filter, first: $first, after: $after) {\n      ...PolicyListItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHits on SearchHitConnection {\n    nodes {\n      id\n      kind\n      kindLabel\n      title\n      titleHighlight\n      highlight\n      url\n      date\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment SearchHits on SearchHitConnection {\n    nodes {\n      id\n      kind\n      kindLabel\n      title\n      titleHighlight\n      highlight\n      url\n      date\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      approximate\n      understanding {\n        original\n        normalized\n        converted\n        corrected\n        didYouMean\n        autoRewritten\n        expansions {\n          phrase\n          terms\n        }\n      }\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      serviceCards {\n        id\n        kind\n        kindLabel\n        title\n        highlight\n        url\n      }\n      related\n      hits {\n        ...SearchHits\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      approximate\n      understanding {\n        original\n        normalized\n        converted\n        corrected\n        didYouMean\n        autoRewritten\n        expansions {\n          phrase\n          terms\n        }\n      }\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      serviceCards {\n        id\n        kind\n        kindLabel\n        title\n        highlight\n        url\n      }\n      related\n      hits {\n        ...SearchHits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMore($input: SearchInput!) {\n    search(input: $input) {\n      hits {\n        ...SearchHits\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchMore($input: SearchInput!) {\n    search(input: $input) {\n      hits {\n        ...SearchHits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggest($prefix: String!) {\n    searchSuggest(prefix: $prefix, first: 8) {\n      text\n      source\n    }\n  }\n"): (typeof documents)["\n  query SearchSuggest($prefix: String!) {\n    searchSuggest(prefix: $prefix, first: 8) {\n      text\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceDetail($id: ID!) {\n    serviceProduct(id: $id) {\n      id\n      name\n      column\n      subcategory\n      description\n      form\n      feeType\n      priceTerms\n      regionNames\n      targetAudience\n      contactName\n      contactPhone\n      process {\n        title\n        description\n      }\n      institution {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceDetail($id: ID!) {\n    serviceProduct(id: $id) {\n      id\n      name\n      column\n      subcategory\n      description\n      form\n      feeType\n      priceTerms\n      regionNames\n      targetAudience\n      contactName\n      contactPhone\n      process {\n        title\n        description\n      }\n      institution {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingSubmit($input: DockingSubmitInput!) {\n    dockingSubmit(input: $input) {\n      docking {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DockingSubmit($input: DockingSubmitInput!) {\n    dockingSubmit(input: $input) {\n      docking {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceList($filter: ServiceProductFilter, $first: Int, $after: String) {\n    serviceProducts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        subcategory\n        form\n        feeType\n        regionNames\n        institution {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceList($filter: ServiceProductFilter, $first: Int, $after: String) {\n    serviceProducts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        subcategory\n        form\n        feeType\n        regionNames\n        institution {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;