import { graphql } from '../gql/index.js';

/**
 * Fragments the typed test operations share (codegen resolves a `...Name` spread by name and adds the
 * definition to each document that uses it; importing these constants is not needed).
 */

/** A payload's expected failures: `errors { ...TestUserError }`. */
export const TEST_USER_ERROR = graphql(`
  fragment TestUserError on UserError {
    code
    field
    message
  }
`);

/** The fields every column need test reads. */
export const TEST_COLUMN_NEED = graphql(`
  fragment TestColumnNeed on ColumnNeed {
    id
    column
    title
    status
    matched
    amount
    headcount
    regionCode
    industryCode
    firstReplyDue
    firstRepliedAt
    firstReplyOverdue
  }
`);

/** A policy's editable fields and workflow state, as the policy factories and tests read them. */
export const TEST_POLICY_FIELDS = graphql(`
  fragment TestPolicyFields on Policy {
    id
    title
    docNo
    departments
    publishedOn
    effectiveFrom
    effectiveTo
    validity
    author
    sourceName
    sourceUrl
    body
    tags
    policyType
    industries
    sizeClasses
    regions
    hotWords
    columns
    featured
    status
    reviewComment
    publishedVersion
    viewCount
  }
`);
