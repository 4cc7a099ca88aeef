import { Arg, Ctx as GqlCtx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { audit } from '../../common/audit.js';
import { requireRole } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, UserError, Violations } from '../../common/errors.js';
import { mutation } from '../../common/mutation.js';
import { Role } from '../../common/roles.js';
import { DEFAULT_SLA } from './sla.js';

/** M1: the platform-default docking clocks, which operators may change; institutions' own settings still win. */

@ObjectType({
  description:
    'Platform-default docking clocks in working minutes (M1), used for new dockings at institutions that set none of their own. Operators and reviewers.',
})
export class PlatformDockingSla {
  @Field(() => Int, { description: 'First response (30–4,800 working minutes).' })
  firstResponseMinutes!: number;
  @Field(() => Int, { description: 'Reply to an enterprise message (30–4,800 working minutes).' })
  replyMinutes!: number;
  @Field(() => Int, { description: 'Resolution (480–96,000 working minutes).' })
  resolutionMinutes!: number;
  @Field(() => Boolean, { description: 'True while the built-in defaults apply (2 working hours, 1 working day, 15 working days).' })
  builtIn!: boolean;
  @Field(() => Date, { nullable: true, description: 'When an operator last changed them; null while built-in.' })
  updatedAt!: Date | null;
}

@InputType({ description: 'New platform-default docking clocks, in working minutes (a working day is 480).' })
export class PlatformDockingSlaInput {
  @Field(() => Int, { description: 'First response (30–4,800).' })
  firstResponseMinutes!: number;
  @Field(() => Int, { description: 'Reply to an enterprise message (30–4,800).' })
  replyMinutes!: number;
  @Field(() => Int, { description: 'Resolution (480–96,000).' })
  resolutionMinutes!: number;
}

@ObjectType({ description: 'Result of changing, or restoring the built-in, platform-default docking clocks.' })
export class PlatformDockingSlaPayload {
  @Field(() => PlatformDockingSla, { nullable: true, description: 'The defaults after the change (after a reset: the built-in ones, builtIn true).' })
  sla?: PlatformDockingSla | null;
  @Field(() => [UserError], { description: 'Why the change was refused (INVALID with the field; a reset never is); empty on success.' })
  errors!: UserError[];
}

export async function platformDockingSla(ctx: Pick<Ctx, 'em'>): Promise<PlatformDockingSla> {
  const [row] = await ctx.em.execute<Omit<PlatformDockingSla, 'builtIn'>[]>(
    `select first_response_minutes as "firstResponseMinutes", reply_minutes as "replyMinutes", resolution_minutes as "resolutionMinutes",
            updated_at as "updatedAt" from platform_docking_sla`,
  );
  if (row) return { ...row, builtIn: false };
  return {
    firstResponseMinutes: DEFAULT_SLA.firstResponse,
    replyMinutes: DEFAULT_SLA.reply,
    resolutionMinutes: DEFAULT_SLA.resolution,
    builtIn: true,
    updatedAt: null,
  };
}

export function updatePlatformDockingSla(ctx: Ctx, input: PlatformDockingSlaInput) {
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const range = (field: keyof PlatformDockingSlaInput, min: number, max: number) => {
      const value = input[field];
      if (!Number.isInteger(value) || value < min || value > max) v.add(ErrorCode.INVALID, field, `应为${min}到${max}之间的整数（工作分钟）`);
    };
    range('firstResponseMinutes', 30, 4800);
    range('replyMinutes', 30, 4800);
    range('resolutionMinutes', 480, 96000);
    if (input.resolutionMinutes < input.firstResponseMinutes) v.add(ErrorCode.INVALID, 'resolutionMinutes', '办结时限不能短于首次响应时限');
    v.throwIfAny();
    const before = await platformDockingSla({ em });
    await em.execute(
      `insert into platform_docking_sla (singleton, first_response_minutes, reply_minutes, resolution_minutes, updated_by, updated_at)
       values (true, ?, ?, ?, ?, ?)
       on conflict (singleton) do update set first_response_minutes = excluded.first_response_minutes, reply_minutes = excluded.reply_minutes,
         resolution_minutes = excluded.resolution_minutes, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [input.firstResponseMinutes, input.replyMinutes, input.resolutionMinutes, ctx.viewer!.accountId, ctx.clock.now()],
    );
    const after = await platformDockingSla({ em });
    await audit(
      ctx,
      {
        operation: 'docking.slaDefault.update',
        objectType: 'PlatformDockingSla',
        objectId: 'platform',
        result: 'SUCCESS',
        detail: {
          before: clocks(before),
          after: clocks(after),
        },
      },
      em,
    );
    return { sla: after };
  });
}

const clocks = (sla: PlatformDockingSla) => ({
  firstResponseMinutes: sla.firstResponseMinutes,
  replyMinutes: sla.replyMinutes,
  resolutionMinutes: sla.resolutionMinutes,
});

/** Removes the operators' setting so the built-in defaults apply again; nothing to do (and nothing audited) while they already do. */
export function resetPlatformDockingSla(ctx: Ctx) {
  return mutation(ctx, async (em) => {
    // What the delete removed is the "before": two operators resetting at once audit one reset, not two.
    const [before] = await em.execute<Omit<PlatformDockingSla, 'builtIn' | 'updatedAt'>[]>(
      `delete from platform_docking_sla
       returning first_response_minutes as "firstResponseMinutes", reply_minutes as "replyMinutes", resolution_minutes as "resolutionMinutes"`,
    );
    const after = await platformDockingSla({ em });
    if (!before) return { sla: after };
    await audit(
      ctx,
      {
        operation: 'docking.slaDefault.reset',
        objectType: 'PlatformDockingSla',
        objectId: 'platform',
        result: 'SUCCESS',
        detail: {
          before: { firstResponseMinutes: before.firstResponseMinutes, replyMinutes: before.replyMinutes, resolutionMinutes: before.resolutionMinutes },
          after: clocks(after),
        },
      },
      em,
    );
    return { sla: after };
  });
}

@Resolver()
export class PlatformDockingSlaResolver {
  @Query(() => PlatformDockingSla, {
    description: 'The platform-default docking clocks (used for new dockings where the institution set none). Requires OPERATOR or REVIEWER.',
  })
  platformDockingSla(@GqlCtx() ctx: Ctx) {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    return platformDockingSla(ctx);
  }

  @Mutation(() => PlatformDockingSlaPayload, {
    description:
      "Change the platform-default docking clocks; dockings started afterwards use them, running clocks keep their deadlines, institutions' own settings still win. Requires OPERATOR; audited. Errors: INVALID.",
  })
  platformDockingSlaUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => PlatformDockingSlaInput) input: PlatformDockingSlaInput) {
    requireRole(ctx, Role.OPERATOR);
    return updatePlatformDockingSla(ctx, input);
  }

  @Mutation(() => PlatformDockingSlaPayload, {
    description:
      "Restore the built-in platform-default docking clocks (2 working hours, 1 working day, 15 working days) by removing the operators' setting; dockings started afterwards use them, running clocks keep their deadlines, institutions' own settings still win. A no-op success while the built-in defaults already apply. Requires OPERATOR; audited with the values before.",
  })
  platformDockingSlaReset(@GqlCtx() ctx: Ctx) {
    requireRole(ctx, Role.OPERATOR);
    return resetPlatformDockingSla(ctx);
  }
}
