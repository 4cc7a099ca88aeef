import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { audit } from '../../common/audit.js';
import { requireRole } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail, UserError } from '../../common/errors.js';
import { toGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, ConnectionType, pageOf, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';

@ObjectType({ description: '死信任务 / A durable job that used up its attempts (a dead letter). SYSTEM_ADMIN only.' })
export class DeadLetterJob {
  rawId!: string;
  @Field(() => String, { description: 'Queue (job kind), e.g. policy.fanout.' })
  queue!: string;
  @Field(() => GraphQLJSONObject, { description: 'The job payload (ids, never entities).' })
  payload!: Record<string, unknown>;
  @Field(() => Int, { description: 'Attempts made.' })
  attempts!: number;
  @Field(() => Int, { description: 'Attempts allowed.' })
  maxAttempts!: number;
  @Field(() => String, { nullable: true, description: 'Error of the last attempt (first 1000 characters).' })
  lastError!: string | null;
  @Field(() => Date, { description: 'When the job was enqueued.' })
  createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the last attempt failed; null once retried.' })
  failedAt!: Date | null;
}

@ObjectType({ description: 'Jobs of one queue by state, not yet done.' })
export class JobQueueStats {
  @Field(() => String, { description: 'Queue (job kind).' })
  queue!: string;
  @Field(() => Int, { description: 'Due now and waiting for a worker.' })
  due!: number;
  @Field(() => Int, { description: 'Due later (scheduled, or waiting for a retry).' })
  scheduled!: number;
  @Field(() => Int, { description: 'Claimed by a worker.' })
  running!: number;
  @Field(() => Int, { description: 'Dead letters.' })
  dead!: number;
}

@InputType({ description: 'Which dead letter to retry.' })
export class JobRetryInput {
  @Field(() => ID, { description: 'Global id of the dead letter (DeadLetterJob.id).' })
  id!: string;
}

@ObjectType({ description: 'Result of jobRetry.' })
export class JobRetryPayload {
  @Field(() => DeadLetterJob, { nullable: true, description: 'The job, back in its queue (failedAt null, attempts 0).' })
  job?: DeadLetterJob | null;
  @Field(() => [UserError], { description: 'NOT_FOUND (no such dead letter, or already retried); empty on success.' })
  errors!: UserError[];
}

/** The numeric job id in a global id `Job:<n>` (jobs are numbered, not uuids); null when malformed. */
function jobId(globalId: string): string | null {
  if (typeof globalId !== 'string' || globalId.length > 100) return null;
  const m = /^Job:(\d{1,18})$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  return m ? m[1] : null;
}

const DeadLetterConnection = ConnectionType(DeadLetterJob, 'DeadLetterJob', 'dead letter');

@Resolver(() => DeadLetterJob)
export class JobsResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() j: DeadLetterJob): string {
    return toGlobalId('Job', j.rawId);
  }

  @Query(() => DeadLetterConnection, { description: 'Dead letters (jobs that used up their attempts), newest first. Requires SYSTEM_ADMIN.' })
  async jobDeadLetters(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('queue', () => String, { nullable: true, description: 'Only this queue.' }) queue?: string | null,
  ) {
    requireRole(ctx, Role.SYSTEM_ADMIN);
    const page = pageOf(args);
    const rows = await ctx.jobs.deadLetters(ctx.em, { queue, limit: page.limit + 1, offset: page.offset });
    return connectionOf(
      rows.map(({ id, ...r }) => ({ ...r, rawId: id })),
      page,
      () => ctx.jobs.deadLetterCount(ctx.em, queue),
    );
  }

  @Query(() => [JobQueueStats], { description: 'Jobs not yet done, per queue and state (due, scheduled, running, dead). Requires SYSTEM_ADMIN.' })
  jobQueueStats(@GqlCtx() ctx: Ctx) {
    requireRole(ctx, Role.SYSTEM_ADMIN);
    return ctx.jobs.stats(ctx.em);
  }

  @Mutation(() => JobRetryPayload, {
    description: 'Put a dead letter back in its queue, due now with its attempts reset; audited (job.retry). Requires SYSTEM_ADMIN.',
  })
  jobRetry(@GqlCtx() ctx: Ctx, @Arg('input', () => JobRetryInput) input: JobRetryInput) {
    requireRole(ctx, Role.SYSTEM_ADMIN);
    return mutation(ctx, async (em) => {
      const id = jobId(input.id);
      const row = id ? await ctx.jobs.retry(em, id) : null;
      if (!row) fail(ErrorCode.NOT_FOUND, 'id', '死信任务不存在或已重试');
      await audit(
        ctx,
        { operation: 'job.retry', objectType: 'Job', objectId: row.id, result: 'SUCCESS', detail: { queue: row.queue, lastError: row.lastError } },
        em,
      );
      const { id: rawId, ...rest } = row;
      return { job: { ...rest, rawId } };
    });
  }
}
