import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../common/errors.js';
import { Policy } from './policy.entity.js';

@ObjectType({ description: 'Result of a mutation that returns a policy.' })
export class PolicyPayload {
  @Field(() => Policy, { nullable: true, description: 'The policy (working copy) after the change.' })
  policy?: Policy | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'An immutable published version of a policy. Public once published.' })
export class PolicyVersion {
  policyId!: string;
  @Field(() => Int, { description: 'Version number, 1 for the first publication.' })
  version!: number;
  @Field(() => String, { description: 'Title as published.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Document number as published.' })
  docNo!: string | null;
  @Field(() => String, { description: 'Body as published (sanitised HTML).' })
  body!: string;
  @Field(() => String, { nullable: true, description: 'What changed, as noted by the publisher.' })
  changeNote!: string | null;
  @Field(() => Date, { description: 'When this version was published.' })
  publishedAt!: Date;
}

export enum DiffOpEnum {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffOpEnum, {
  name: 'DiffOp',
  description: 'Kind of a diff line.',
  valuesConfig: { SAME: { description: '未改变' }, ADDED: { description: '新增' }, REMOVED: { description: '删除' } },
});

@ObjectType({ description: 'One paragraph of a body diff.' })
export class DiffLine {
  @Field(() => DiffOpEnum, { description: 'Whether the paragraph was kept, added or removed.' })
  op!: DiffOpEnum;
  @Field(() => String, { description: 'Paragraph text (plain).' })
  text!: string;
}

@ObjectType({ description: 'A field whose value differs between two versions.' })
export class FieldChange {
  @Field(() => String, { description: 'Column name.' })
  field!: string;
  @Field(() => String, { description: 'Chinese label of the field.' })
  label!: string;
  @Field(() => String, { nullable: true, description: 'Value in the older version.' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'Value in the newer version.' })
  after!: string | null;
}

@ObjectType({ description: 'Readable difference between two published versions of a policy.' })
export class PolicyDiff {
  @Field(() => Int, { description: 'Older version.' })
  fromVersion!: number;
  @Field(() => Int, { description: 'Newer version.' })
  toVersion!: number;
  @Field(() => [FieldChange], { description: 'Changed metadata fields.' })
  fields!: FieldChange[];
  @Field(() => [DiffLine], { description: 'Paragraph diff of the body.' })
  body!: DiffLine[];
}

@ObjectType({ description: 'A 发文部门 with the number of visible published policies it issued.' })
export class PolicyDepartmentCount {
  @Field(() => String, { description: 'Department name, as written in the policies.' })
  name!: string;
  @Field(() => Int, { description: 'Published policies of this department visible on the current site.' })
  count!: number;
}
