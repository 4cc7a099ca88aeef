import { Arg, Ctx as GqlCtx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../../common/auth.js';
import type { Ctx } from '../../../common/context.js';
import { toGlobalId } from '../../../common/ids.js';
import { Role } from '../../../common/roles.js';
import { Policy } from '../policy.entity.js';
import * as related from './related.service.js';
import {
  PolicyAttachment,
  PolicyAttachmentAddInput,
  PolicyAttachmentRemoveInput,
  PolicyGuide,
  PolicyGuideAddInput,
  PolicyGuideUpdateInput,
  PolicyInterpretation,
  PolicyInterpretationAddInput,
  PolicyInterpretationUpdateInput,
  PolicyLinkInput,
  PolicyRelatedPayload,
  PolicyRelatedRemoveInput,
} from './related.types.js';

@Resolver(() => Policy)
export class PolicyRelatedResolver {
  @FieldResolver(() => [PolicyAttachment], { description: 'Attachments, in upload order. Visible with the policy.' })
  attachments(@Root() p: Policy, @GqlCtx() ctx: Ctx) {
    return related.attachmentsOf(ctx, p.id);
  }

  @FieldResolver(() => [PolicyInterpretation], { description: '政策解读 (P4). Visible with the policy.' })
  interpretations(@Root() p: Policy, @GqlCtx() ctx: Ctx) {
    return related.interpretationsOf(ctx, p.id);
  }

  @FieldResolver(() => [PolicyGuide], { description: '配套政策指引 (P4). Visible with the policy.' })
  guides(@Root() p: Policy, @GqlCtx() ctx: Ctx) {
    return related.guidesOf(ctx, p.id);
  }

  @FieldResolver(() => [Policy], {
    description:
      'Linked policies, both ways: a selected policy’s management measures and application notices, or the selected policies a notice belongs to. Only those the viewer may see.',
  })
  relatedPolicies(@Root() p: Policy, @GqlCtx() ctx: Ctx) {
    return related.relatedPoliciesOf(ctx, p.id);
  }

  @Mutation(() => PolicyRelatedPayload, {
    description: 'Upload an attachment (base64, ≤ 10 MB, stored unchanged with its SHA-256). Requires OPERATOR; audited.',
  })
  policyAttachmentAdd(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyAttachmentAddInput) input: PolicyAttachmentAddInput) {
    requireRole(ctx, Role.OPERATOR);
    return related.addAttachment(ctx, input);
  }

  @Mutation(() => PolicyRelatedPayload, { description: 'Remove an attachment. Requires OPERATOR; audited.' })
  policyAttachmentRemove(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyAttachmentRemoveInput) input: PolicyAttachmentRemoveInput) {
    requireRole(ctx, Role.OPERATOR);
    return related.removeAttachment(ctx, input);
  }

  @Mutation(() => PolicyRelatedPayload, { description: 'Add an interpretation (解读) with its authority and author. Requires OPERATOR; audited.' })
  policyInterpretationAdd(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyInterpretationAddInput) input: PolicyInterpretationAddInput) {
    requireRole(ctx, Role.OPERATOR);
    return related.addInterpretation(ctx, input);
  }

  @Mutation(() => PolicyRelatedPayload, { description: 'Replace an interpretation. Requires OPERATOR; audited.' })
  policyInterpretationUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyInterpretationUpdateInput) input: PolicyInterpretationUpdateInput) {
    requireRole(ctx, Role.OPERATOR);
    return related.updateInterpretation(ctx, input);
  }

  @Mutation(() => PolicyRelatedPayload, { description: 'Add a supporting guide (配套政策指引) with structured fields. Requires OPERATOR; audited.' })
  policyGuideAdd(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyGuideAddInput) input: PolicyGuideAddInput) {
    requireRole(ctx, Role.OPERATOR);
    return related.addGuide(ctx, input);
  }

  @Mutation(() => PolicyRelatedPayload, { description: 'Replace a guide. Requires OPERATOR; audited.' })
  policyGuideUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyGuideUpdateInput) input: PolicyGuideUpdateInput) {
    requireRole(ctx, Role.OPERATOR);
    return related.updateGuide(ctx, input);
  }

  @Mutation(() => PolicyRelatedPayload, { description: 'Remove an interpretation or a guide. Requires OPERATOR; audited.' })
  policyRelatedRemove(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyRelatedRemoveInput) input: PolicyRelatedRemoveInput) {
    requireRole(ctx, Role.OPERATOR);
    return related.removeRelated(ctx, input);
  }

  @Mutation(() => PolicyRelatedPayload, {
    description: 'Link a selected policy with a management measures document or application notice (readable both ways). Requires OPERATOR; audited.',
  })
  policyLink(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyLinkInput) input: PolicyLinkInput) {
    requireRole(ctx, Role.OPERATOR);
    return related.linkPolicies(ctx, input, true);
  }

  @Mutation(() => PolicyRelatedPayload, { description: 'Remove a link between two policies. Requires OPERATOR; audited.' })
  policyUnlink(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyLinkInput) input: PolicyLinkInput) {
    requireRole(ctx, Role.OPERATOR);
    return related.linkPolicies(ctx, input, false);
  }
}

@Resolver(() => PolicyAttachment)
export class PolicyAttachmentResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() a: PolicyAttachment): string {
    return toGlobalId('PolicyAttachment', a.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The stored bytes, base64-encoded, identical to the upload (check against sha256). Select one attachment at a time.',
  })
  contentBase64(@Root() a: PolicyAttachment, @GqlCtx() ctx: Ctx) {
    return related.attachmentContent(ctx, a.id);
  }
}

@Resolver(() => PolicyInterpretation)
export class PolicyInterpretationResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() i: PolicyInterpretation): string {
    return toGlobalId('PolicyInterpretation', i.id);
  }
}

@Resolver(() => PolicyGuide)
export class PolicyGuideResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() g: PolicyGuide): string {
    return toGlobalId('PolicyGuide', g.id);
  }
}
