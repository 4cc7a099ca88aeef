import { graphql } from '../src/gql/index.js';

// The widgets' operations: registered at build time like the web client's (trusted documents), sent by id only.

export const WidgetPolicySearch = graphql(`
  query WidgetPolicySearch($input: SearchInput!) {
    search(input: $input) {
      totalCount
      hits {
        nodes {
          id
          title
          url
          date
          site {
            name
          }
        }
      }
    }
  }
`);

export const WidgetPolicyList = graphql(`
  query WidgetPolicyList($filter: PolicyFilter, $first: Int) {
    policies(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        title
        departments
        publishedOn
        site {
          name
        }
      }
    }
  }
`);

export const WidgetActivityList = graphql(`
  query WidgetActivityList($filter: ActivityFilter, $first: Int) {
    activities(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        name
        startsAt
        endsAt
        placeAddress
        institution {
          name
        }
      }
    }
  }
`);

export const WidgetSite = graphql(`
  query WidgetSite {
    currentSite {
      name
      regionCode
    }
  }
`);

export const WidgetNeedSubmit = graphql(`
  mutation WidgetNeedSubmit($input: EntrepreneurshipNeedSubmitInput!) {
    entrepreneurshipNeedSubmit(input: $input) {
      trackingCode
      errors {
        code
        field
        message
      }
    }
  }
`);
