import { graphql } from '../gql/index.js';

/** The site being browsed and the signed-in account (null when signed out); shared by the header and pages. */
export const ViewerQuery = graphql(`
  query Viewer {
    currentSite {
      id
      code
      name
    }
    me {
      id
      displayName
      roles
      enterprise {
        id
        name
      }
    }
  }
`);
