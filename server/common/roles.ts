import { registerEnumType } from 'type-graphql';

/** Roles an account can hold. The three administrator roles are mutually exclusive (三权分立). */
export enum Role {
  ENTERPRISE_USER = 'ENTERPRISE_USER',
  INSTITUTION_STAFF = 'INSTITUTION_STAFF',
  OPERATOR = 'OPERATOR',
  REVIEWER = 'REVIEWER',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  SECURITY_ADMIN = 'SECURITY_ADMIN',
  AUDIT_ADMIN = 'AUDIT_ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: '账号角色 / Account role. SYSTEM_ADMIN, SECURITY_ADMIN and AUDIT_ADMIN are never held together.',
  valuesConfig: {
    ENTERPRISE_USER: { description: '企业用户' },
    INSTITUTION_STAFF: { description: '服务机构人员' },
    OPERATOR: { description: '平台运营人员' },
    REVIEWER: { description: '审核人' },
    SYSTEM_ADMIN: { description: '系统管理员' },
    SECURITY_ADMIN: { description: '安全管理员' },
    AUDIT_ADMIN: { description: '审计管理员' },
  },
});

export const ADMIN_ROLES = [Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN] as const;
/** Roles whose sessions expire after 15 idle minutes instead of 30. */
export const PRIVILEGED_ROLES: readonly Role[] = [Role.OPERATOR, Role.REVIEWER, ...ADMIN_ROLES];

export const ROLE_LABELS: Record<Role, string> = {
  ENTERPRISE_USER: '企业用户',
  INSTITUTION_STAFF: '服务机构人员',
  OPERATOR: '平台运营人员',
  REVIEWER: '审核人',
  SYSTEM_ADMIN: '系统管理员',
  SECURITY_ADMIN: '安全管理员',
  AUDIT_ADMIN: '审计管理员',
};
