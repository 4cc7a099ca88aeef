import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { Policy } from '../policy.entity.js';

@ObjectType({ description: 'An attachment of a policy, stored byte for byte as uploaded (I1). Visible with its policy.' })
export class PolicyAttachment {
  id!: string;
  policyId!: string;
  @Field(() => String, { description: 'Original file name.' })
  fileName!: string;
  @Field(() => String, { description: 'Content type as uploaded.' })
  contentType!: string;
  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes!: number;
  @Field(() => String, { description: 'SHA-256 of the bytes (hex), to check the file is identical to the original.' })
  sha256!: string;
  @Field(() => Date, { description: 'When it was uploaded.' })
  createdAt!: Date;
}

@ObjectType({ description: '政策解读: an interpretation by an authority (P4, I1). Visible with its policy.' })
export class PolicyInterpretation {
  id!: string;
  policyId!: string;
  @Field(() => String, { description: 'Title.' })
  title!: string;
  @Field(() => String, { description: '解读机关 (the authority that interprets, e.g. the issuing department).' })
  authority!: string;
  @Field(() => String, { nullable: true, description: 'Author.' })
  author!: string | null;
  @Field(() => String, { description: 'Body, sanitised HTML.' })
  body!: string;
  @Field(() => String, { nullable: true, description: 'Date of the interpretation, YYYY-MM-DD.' })
  publishedOn!: string | null;
}

@ObjectType({ description: '配套政策指引 / 申报指南: how to apply, in structured fields (P4). Visible with its policy.' })
export class PolicyGuide {
  id!: string;
  policyId!: string;
  @Field(() => String, { description: 'Title.' })
  title!: string;
  @Field(() => String, { description: '支持对象 (who benefits).' })
  beneficiaries!: string;
  @Field(() => String, { description: '申报条件 (conditions, as text).' })
  conditions!: string;
  @Field(() => String, { nullable: true, description: '申报开始日期 YYYY-MM-DD.' })
  applicationStart!: string | null;
  @Field(() => String, { nullable: true, description: '申报截止日期 YYYY-MM-DD.' })
  applicationEnd!: string | null;
  @Field(() => String, { nullable: true, description: '资金拨付时限 (payment deadline, a date or a rule such as 审核通过后30个工作日内).' })
  paymentDeadline!: string | null;
  @Field(() => String, { description: '受理地点或线上入口 (where to apply).' })
  whereToApply!: string;
  @Field(() => String, { nullable: true, description: '咨询电话.' })
  hotline!: string | null;
  @Field(() => [String], { description: '申报材料清单.' })
  materials!: string[];
}

@InputType({ description: 'Upload an attachment as base64 (at most 10 MB decoded; the HTTP body limit of the GraphQL endpoint also applies).' })
export class PolicyAttachmentAddInput {
  @Field(() => ID, { description: 'Global id of the policy.' })
  policyId!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Id returned by `POST /files/policy-attachments` (files up to 10 MB; name, type and SHA-256 come from the upload). Give this or the three fields below.',
  })
  uploadId?: string | null;
  @Field(() => String, { nullable: true, description: 'Original file name, at most 200 characters, no path (base64 uploads).' })
  fileName?: string | null;
  @Field(() => String, { nullable: true, description: 'Content type, e.g. application/pdf (at most 100 characters; base64 uploads).' })
  contentType?: string | null;
  @Field(() => String, { nullable: true, description: 'The bytes, base64-encoded (small files only: a request body is capped at 256 KB).' })
  contentBase64?: string | null;
}

@InputType({ description: 'Remove one attachment.' })
export class PolicyAttachmentRemoveInput {
  @Field(() => ID, { description: 'Global id of the attachment.' })
  attachmentId!: string;
}

@InputType({ description: 'Content of an interpretation.' })
export class PolicyInterpretationFieldsInput {
  @Field(() => String, { description: 'Title, at most 200 characters.' })
  title!: string;
  @Field(() => String, { description: '解读机关, at most 100 characters.' })
  authority!: string;
  @Field(() => String, { nullable: true, description: 'Author, at most 100 characters.' })
  author?: string | null;
  @Field(() => String, { description: 'Body (HTML or text), at most 100,000 characters; sanitised.' })
  body!: string;
  @Field(() => String, { nullable: true, description: 'Date YYYY-MM-DD.' })
  publishedOn?: string | null;
}

@InputType({ description: 'Add an interpretation to a policy.' })
export class PolicyInterpretationAddInput {
  @Field(() => ID, { description: 'Global id of the policy.' })
  policyId!: string;
  @Field(() => PolicyInterpretationFieldsInput, { description: 'Content.' })
  fields!: PolicyInterpretationFieldsInput;
}

@InputType({ description: 'Replace an interpretation.' })
export class PolicyInterpretationUpdateInput {
  @Field(() => ID, { description: 'Global id of the interpretation.' })
  interpretationId!: string;
  @Field(() => PolicyInterpretationFieldsInput, { description: 'New content.' })
  fields!: PolicyInterpretationFieldsInput;
}

@InputType({ description: 'Content of a guide.' })
export class PolicyGuideFieldsInput {
  @Field(() => String, { description: 'Title, at most 200 characters.' })
  title!: string;
  @Field(() => String, { description: '支持对象, at most 2,000 characters.' })
  beneficiaries!: string;
  @Field(() => String, { description: '申报条件, at most 5,000 characters.' })
  conditions!: string;
  @Field(() => String, { nullable: true, description: '申报开始日期 YYYY-MM-DD.' })
  applicationStart?: string | null;
  @Field(() => String, { nullable: true, description: '申报截止日期 YYYY-MM-DD, not before the start.' })
  applicationEnd?: string | null;
  @Field(() => String, { nullable: true, description: '资金拨付时限, at most 200 characters.' })
  paymentDeadline?: string | null;
  @Field(() => String, { description: '受理地点或线上入口, at most 500 characters.' })
  whereToApply!: string;
  @Field(() => String, { nullable: true, description: '咨询电话, at most 50 characters.' })
  hotline?: string | null;
  @Field(() => [String], { nullable: true, description: '申报材料, at most 50 items of at most 200 characters.' })
  materials?: string[] | null;
}

@InputType({ description: 'Add a guide to a policy.' })
export class PolicyGuideAddInput {
  @Field(() => ID, { description: 'Global id of the policy.' })
  policyId!: string;
  @Field(() => PolicyGuideFieldsInput, { description: 'Content.' })
  fields!: PolicyGuideFieldsInput;
}

@InputType({ description: 'Replace a guide.' })
export class PolicyGuideUpdateInput {
  @Field(() => ID, { description: 'Global id of the guide.' })
  guideId!: string;
  @Field(() => PolicyGuideFieldsInput, { description: 'New content.' })
  fields!: PolicyGuideFieldsInput;
}

@InputType({ description: 'Remove an interpretation or a guide.' })
export class PolicyRelatedRemoveInput {
  @Field(() => ID, { description: 'Global id of the interpretation or guide.' })
  id!: string;
}

@InputType({ description: 'Link a selected policy (政策精选) with a management measures document or an application notice; the link reads both ways.' })
export class PolicyLinkInput {
  @Field(() => ID, { description: 'Global id of one policy.' })
  policyId!: string;
  @Field(() => ID, { description: 'Global id of the other policy.' })
  relatedPolicyId!: string;
}

@ObjectType({ description: 'Result of a change to a policy’s related documents.' })
export class PolicyRelatedPayload {
  @Field(() => Policy, { nullable: true, description: 'The policy concerned, after the change.' })
  policy?: Policy | null;
  @Field(() => PolicyAttachment, { nullable: true, description: 'The attachment added (attachment mutations).' })
  attachment?: PolicyAttachment | null;
  @Field(() => PolicyInterpretation, { nullable: true, description: 'The interpretation added or changed.' })
  interpretation?: PolicyInterpretation | null;
  @Field(() => PolicyGuide, { nullable: true, description: 'The guide added or changed.' })
  guide?: PolicyGuide | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}
