import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../common/errors.js';
import { Role } from '../../common/roles.js';
import { Account } from './account.entity.js';

export enum AdminChangeKind {
  ROLES = 'ROLES',
  DISABLE = 'DISABLE',
  ENABLE = 'ENABLE',
}
registerEnumType(AdminChangeKind, {
  name: 'AdminChangeKind',
  description: '需双人批准的管理员变更 / An administrator change that needs a second administrator.',
  valuesConfig: {
    ROLES: { description: '设置角色（授予或撤销管理员角色）' },
    DISABLE: { description: '停用管理员账号' },
    ENABLE: { description: '启用管理员账号' },
  },
});

export enum AdminChangeStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(AdminChangeStatus, {
  name: 'AdminChangeStatus',
  description: '变更申请状态 / State of an administrator change request.',
  valuesConfig: { PENDING: { description: '待批准' }, APPROVED: { description: '已批准并生效' }, REJECTED: { description: '已驳回' } },
});

@ObjectType({
  description:
    'A change to an administrator (roles, disable, enable) asked by the security administrator; it takes effect only when another administrator (not the requester, not the account concerned) approves it. Visible to administrators.',
})
export class AdminChangeRequest {
  id!: string;
  @Field(() => AdminChangeKind, { description: 'What is asked.' })
  kind!: AdminChangeKind;
  @Field(() => [Role], { nullable: true, description: 'Platform roles the account would hold (ROLES only).' })
  roles!: Role[] | null;
  @Field(() => AdminChangeStatus, { description: 'Pending, approved (applied) or rejected.' })
  status!: AdminChangeStatus;
  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  reason!: string | null;
  @Field(() => Date, { description: 'When it was asked.' })
  createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;

  accountId!: string;
  requestedBy!: string;
  decidedBy!: string | null;
}

@ObjectType({ description: 'Result of accountRolesSet and accountStatusSet.' })
export class AccountChangePayload {
  @Field(() => Account, { nullable: true, description: 'The account (unchanged while a request waits for approval).' })
  account?: Account | null;
  @Field(() => AdminChangeRequest, { nullable: true, description: 'The request made when the change concerns an administrator; null when applied at once.' })
  request?: AdminChangeRequest | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of adminChangeApprove and adminChangeReject.' })
export class AdminChangePayload {
  @Field(() => AdminChangeRequest, { nullable: true, description: 'The request after the decision.' })
  request?: AdminChangeRequest | null;
  @Field(() => [UserError], { description: 'NOT_FOUND, FORBIDDEN (own request, own account) or INVALID_STATE (already decided); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Decide on an administrator change request.' })
export class AdminChangeDecideInput {
  @Field(() => ID, { description: 'Global id of the request.' })
  requestId!: string;
  @Field(() => String, { nullable: true, description: 'Why it is rejected (at most 200 characters; reject only).' })
  reason?: string | null;
}
