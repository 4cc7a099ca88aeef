import { graphql } from '../gql/index.js';

/** Staff roles: their sign-in takes a TOTP second factor (the server's PRIVILEGED_ROLES). */
export const STAFF_ROLES: readonly string[] = ['OPERATOR', 'REVIEWER', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'];

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
      secondFactorSetupRequired
      enterprise {
        id
        name
      }
    }
  }
`);

/**
 * "我的企业" (and the enterprise's own lists) are for enterprise users and for people who have not joined anything
 * yet (they register their enterprise there); never for operators, reviewers, administrators or institution staff.
 */
export function offersEnterprise(me: { roles: readonly string[]; enterprise?: { id: string } | null }): boolean {
  return !!me.enterprise || !me.roles.some((r) => STAFF_ROLES.includes(r) || r === 'INSTITUTION_STAFF');
}
