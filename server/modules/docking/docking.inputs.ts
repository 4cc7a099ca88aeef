import { Field, ID, InputType, Int } from 'type-graphql';
import { DockingStatus } from './docking.entity.js';

@InputType({ description: 'An enterprise asks for a listed service product.' })
export class DockingSubmitInput {
  @Field(() => String, { description: 'Global id of a LISTED product.' })
  productId!: string;
  @Field(() => String, { description: 'What the enterprise needs (1–2,000 characters).' })
  needs!: string;
}

@InputType({ description: 'An action on a docking, with an optional note (a reason, required when declining or closing; at most 1,000 characters).' })
export class DockingActionInput {
  @Field(() => String, { description: 'Global id of the docking.' })
  dockingId!: string;
  @Field(() => String, { nullable: true, description: 'Note or reason (at most 1,000 characters).' })
  note?: string | null;
}

@InputType({ description: 'A message in the docking thread.' })
export class DockingMessageInput {
  @Field(() => String, { description: 'Global id of the docking.' })
  dockingId!: string;
  @Field(() => String, { description: 'Text (1–2,000 characters).' })
  body!: string;
}

@InputType({ description: 'The enterprise rates a completed docking, once.' })
export class DockingEvaluateInput {
  @Field(() => String, { description: 'Global id of a COMPLETED docking.' })
  dockingId!: string;
  @Field(() => Int, { description: 'Quality, 1–5.' })
  quality!: number;
  @Field(() => Int, { description: 'Timeliness, 1–5.' })
  timeliness!: number;
  @Field(() => Int, { description: 'Attitude, 1–5.' })
  attitude!: number;
  @Field(() => Int, { description: 'Professionalism, 1–5.' })
  professionalism!: number;
  @Field(() => String, { nullable: true, description: 'Comment (at most 1,000 characters).' })
  comment?: string | null;
}

@InputType({ description: 'The institution answers an evaluation, once.' })
export class DockingEvaluationReplyInput {
  @Field(() => String, { description: 'Global id of the docking.' })
  dockingId!: string;
  @Field(() => String, { description: 'Reply (1–1,000 characters).' })
  reply!: string;
}

@InputType({ description: 'Filters of docking lists.' })
export class DockingFilter {
  @Field(() => DockingStatus, { nullable: true, description: 'In this status.' })
  status?: DockingStatus | null;
  @Field(() => ID, { nullable: true, description: 'Of this institution (operators only; others see their own).' })
  institutionId?: string | null;
}

@InputType({ description: 'Docking settings of the viewer institution (M1). Omitted clocks use the platform default.' })
export class InstitutionDockingSettingsInput {
  @Field(() => ID, { nullable: true, description: 'Global id of a staff account of the institution, responsible for docking (default: the administrator).' })
  responsibleAccountId?: string | null;
  @Field(() => Int, { nullable: true, description: 'First response, in working minutes (30–4,800; default 120).' })
  firstResponseMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: 'Reply to a message, in working minutes (30–4,800; default 480 = 1 working day).' })
  replyMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: 'Resolution, in working minutes (480–96,000; default 7,200 = 15 working days).' })
  resolutionMinutes?: number | null;
}
