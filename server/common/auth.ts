import { hasRole, type Ctx, type Viewer } from './context.js';
import { clientNotAPerson, forbidden, unauthenticated } from './errors.js';
import { Role, ROLE_LABELS } from './roles.js';

/** Operators and reviewers: the platform's own staff, who see content in every state. */
export function isPlatformStaff(ctx: Ctx): boolean {
  return hasRole(ctx, Role.OPERATOR, Role.REVIEWER);
}

export function requireViewer(ctx: Ctx): Viewer {
  if (!ctx.viewer && ctx.client) throw clientNotAPerson(ctx.client.scopes);
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** Throws unless the viewer holds one of the roles (declared on each operation, and in its description). */
export function requireRole(ctx: Ctx, ...roles: Role[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!viewer.roles.some((r) => roles.includes(r))) {
    throw forbidden(`需要以下角色之一：${roles.map((r) => ROLE_LABELS[r]).join('、')}`);
  }
  return viewer;
}
