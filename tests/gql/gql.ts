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
    "\n  mutation TestFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n        status\n        ticket\n        ticketCode\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestFlowRegisterDocument,
    "\n  mutation TestFlowCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestFlowCancelDocument,
    "\n  mutation TestFlowCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        id\n        checkedInAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestFlowCheckInDocument,
    "\n  query TestFlowMyRegistrations {\n    myActivityRegistrations(first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        ticketCode\n        activity {\n          id\n          name\n          registeredCount\n          waitlistedCount\n        }\n      }\n    }\n  }\n": typeof types.TestFlowMyRegistrationsDocument,
    "\n  query DockingTimeline($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        party\n        at\n      }\n      messages {\n        body\n      }\n    }\n  }\n": typeof types.DockingTimelineDocument,
    "\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) {\n      slug\n      title\n      audience\n      summary\n      sections {\n        heading\n        blocks {\n          kind\n          text\n          items\n        }\n      }\n    }\n  }\n": typeof types.HelpGuidesDocument,
    "\n  mutation TestPasswordResetRequest($i: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $i) {\n      accepted\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestPasswordResetRequestDocument,
    "\n  mutation TestPasswordResetConfirm($i: PasswordResetConfirmInput!) {\n    passwordResetConfirm(input: $i) {\n      reset\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestPasswordResetConfirmDocument,
    "\n  query TestResetMe {\n    me {\n      id\n    }\n  }\n": typeof types.TestResetMeDocument,
    "\n  query TestResetNotifications {\n    myNotifications(first: 20) {\n      totalCount\n    }\n    myUnreadNotificationCount\n  }\n": typeof types.TestResetNotificationsDocument,
    "\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        original\n        normalized\n        pinyin\n        converted\n        pinyinCandidates\n        corrected\n        didYouMean\n        autoRewritten\n        relaxed\n        serviceIntent\n        corrections {\n          from\n          to\n          by\n        }\n        expansions {\n          phrase\n          terms\n        }\n      }\n      totalCount\n      approximate\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          titleHighlight\n          highlight\n          url\n          site {\n            code\n          }\n          date\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n      related\n    }\n  }\n": typeof types.SearchE2EDocument,
    "\n  query StatisticsByColumn {\n    columnStatistics(groupBy: COLUMN) {\n      rows {\n        key\n        received\n      }\n      total {\n        received\n        amountRequested\n        headcountRequested\n        amountFinanced\n      }\n    }\n  }\n": typeof types.StatisticsByColumnDocument,
    "\n  mutation TestWebFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestWebFlowRegisterDocument,
    "\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestAccountRegisterDocument,
    "\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n  mutation TestFactoryActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestFactoryActivityCreateDocument,
    "\n  mutation TestFactoryActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestFactoryActivityReviewDocument,
    "\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestInstitutionApplyDocument,
    "\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestInstitutionReviewDocument,
    "\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      warnings {\n        field\n        message\n        suggestion\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestServiceProductCreateDocument,
    "\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestServiceProductReviewDocument,
    "\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) {\n      enterprise {\n        id\n        uscc\n        name\n        sizeClass\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestEnterpriseRegisterDocument,
};
const documents: Documents = {
    "\n  mutation TestFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n        status\n        ticket\n        ticketCode\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestFlowRegisterDocument,
    "\n  mutation TestFlowCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestFlowCancelDocument,
    "\n  mutation TestFlowCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        id\n        checkedInAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestFlowCheckInDocument,
    "\n  query TestFlowMyRegistrations {\n    myActivityRegistrations(first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        ticketCode\n        activity {\n          id\n          name\n          registeredCount\n          waitlistedCount\n        }\n      }\n    }\n  }\n": types.TestFlowMyRegistrationsDocument,
    "\n  query DockingTimeline($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        party\n        at\n      }\n      messages {\n        body\n      }\n    }\n  }\n": types.DockingTimelineDocument,
    "\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) {\n      slug\n      title\n      audience\n      summary\n      sections {\n        heading\n        blocks {\n          kind\n          text\n          items\n        }\n      }\n    }\n  }\n": types.HelpGuidesDocument,
    "\n  mutation TestPasswordResetRequest($i: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $i) {\n      accepted\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestPasswordResetRequestDocument,
    "\n  mutation TestPasswordResetConfirm($i: PasswordResetConfirmInput!) {\n    passwordResetConfirm(input: $i) {\n      reset\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestPasswordResetConfirmDocument,
    "\n  query TestResetMe {\n    me {\n      id\n    }\n  }\n": types.TestResetMeDocument,
    "\n  query TestResetNotifications {\n    myNotifications(first: 20) {\n      totalCount\n    }\n    myUnreadNotificationCount\n  }\n": types.TestResetNotificationsDocument,
    "\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        original\n        normalized\n        pinyin\n        converted\n        pinyinCandidates\n        corrected\n        didYouMean\n        autoRewritten\n        relaxed\n        serviceIntent\n        corrections {\n          from\n          to\n          by\n        }\n        expansions {\n          phrase\n          terms\n        }\n      }\n      totalCount\n      approximate\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          titleHighlight\n          highlight\n          url\n          site {\n            code\n          }\n          date\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n      related\n    }\n  }\n": types.SearchE2EDocument,
    "\n  query StatisticsByColumn {\n    columnStatistics(groupBy: COLUMN) {\n      rows {\n        key\n        received\n      }\n      total {\n        received\n        amountRequested\n        headcountRequested\n        amountFinanced\n      }\n    }\n  }\n": types.StatisticsByColumnDocument,
    "\n  mutation TestWebFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestWebFlowRegisterDocument,
    "\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestAccountRegisterDocument,
    "\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.TestLoginDocument,
    "\n  mutation TestFactoryActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestFactoryActivityCreateDocument,
    "\n  mutation TestFactoryActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestFactoryActivityReviewDocument,
    "\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestInstitutionApplyDocument,
    "\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestInstitutionReviewDocument,
    "\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      warnings {\n        field\n        message\n        suggestion\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestServiceProductCreateDocument,
    "\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestServiceProductReviewDocument,
    "\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) {\n      enterprise {\n        id\n        uscc\n        name\n        sizeClass\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestEnterpriseRegisterDocument,
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
export function graphql(source: "\n  mutation TestFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n        status\n        ticket\n        ticketCode\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n        status\n        ticket\n        ticketCode\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFlowCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFlowCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFlowCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        id\n        checkedInAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFlowCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        id\n        checkedInAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestFlowMyRegistrations {\n    myActivityRegistrations(first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        ticketCode\n        activity {\n          id\n          name\n          registeredCount\n          waitlistedCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestFlowMyRegistrations {\n    myActivityRegistrations(first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        ticketCode\n        activity {\n          id\n          name\n          registeredCount\n          waitlistedCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingTimeline($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        party\n        at\n      }\n      messages {\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query DockingTimeline($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        party\n        at\n      }\n      messages {\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) {\n      slug\n      title\n      audience\n      summary\n      sections {\n        heading\n        blocks {\n          kind\n          text\n          items\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) {\n      slug\n      title\n      audience\n      summary\n      sections {\n        heading\n        blocks {\n          kind\n          text\n          items\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPasswordResetRequest($i: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $i) {\n      accepted\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPasswordResetRequest($i: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $i) {\n      accepted\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPasswordResetConfirm($i: PasswordResetConfirmInput!) {\n    passwordResetConfirm(input: $i) {\n      reset\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPasswordResetConfirm($i: PasswordResetConfirmInput!) {\n    passwordResetConfirm(input: $i) {\n      reset\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestResetMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TestResetMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestResetNotifications {\n    myNotifications(first: 20) {\n      totalCount\n    }\n    myUnreadNotificationCount\n  }\n"): (typeof documents)["\n  query TestResetNotifications {\n    myNotifications(first: 20) {\n      totalCount\n    }\n    myUnreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        original\n        normalized\n        pinyin\n        converted\n        pinyinCandidates\n        corrected\n        didYouMean\n        autoRewritten\n        relaxed\n        serviceIntent\n        corrections {\n          from\n          to\n          by\n        }\n        expansions {\n          phrase\n          terms\n        }\n      }\n      totalCount\n      approximate\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          titleHighlight\n          highlight\n          url\n          site {\n            code\n          }\n          date\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n      related\n    }\n  }\n"): (typeof documents)["\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        original\n        normalized\n        pinyin\n        converted\n        pinyinCandidates\n        corrected\n        didYouMean\n        autoRewritten\n        relaxed\n        serviceIntent\n        corrections {\n          from\n          to\n          by\n        }\n        expansions {\n          phrase\n          terms\n        }\n      }\n      totalCount\n      approximate\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          titleHighlight\n          highlight\n          url\n          site {\n            code\n          }\n          date\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n      related\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsByColumn {\n    columnStatistics(groupBy: COLUMN) {\n      rows {\n        key\n        received\n      }\n      total {\n        received\n        amountRequested\n        headcountRequested\n        amountFinanced\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatisticsByColumn {\n    columnStatistics(groupBy: COLUMN) {\n      rows {\n        key\n        received\n      }\n      total {\n        received\n        amountRequested\n        headcountRequested\n        amountFinanced\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestWebFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestWebFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFactoryActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFactoryActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFactoryActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFactoryActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      warnings {\n        field\n        message\n        suggestion\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      warnings {\n        field\n        message\n        suggestion\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) {\n      enterprise {\n        id\n        uscc\n        name\n        sizeClass\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) {\n      enterprise {\n        id\n        uscc\n        name\n        sizeClass\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;