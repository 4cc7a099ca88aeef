import type { Ctx, Viewer } from './context.js';
import { forbidden, unauthenticated } from './errors.js';
import { Role } from './roles.js';

/** Staff of an approved institution (the role is granted on approval). */
export function requireInstitutionStaff(ctx: Ctx): Viewer & { institutionId: string } {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  if (!v.institutionId || !v.roles.includes(Role.INSTITUTION_STAFF)) throw forbidden('需要已入驻服务机构的工作人员账号');
  return v as Viewer & { institutionId: string };
}

/** A member of an enterprise (verified or not: see docs/docking.md). */
export function requireEnterpriseMember(ctx: Ctx): Viewer & { enterpriseId: string } {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  if (!v.enterpriseId) throw forbidden('需要企业账号（请先注册企业）');
  return v as Viewer & { enterpriseId: string };
}

export const isOperator = (ctx: Ctx) => !!ctx.viewer?.roles.includes(Role.OPERATOR);
export { isPlatformStaff } from './auth.js';
