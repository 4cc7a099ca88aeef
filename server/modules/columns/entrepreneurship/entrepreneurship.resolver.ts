import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { regionName } from '../../../common/codes/regions.js';
import type { Ctx } from '../../../common/context.js';
import { toGlobalId } from '../../../common/ids.js';
import { ConnectionType, PageArgs } from '../../../common/relay.js';
import { Institution } from '../../institution/index.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { institutionById } from '../../institution/index.js';
import { ColumnNeed, ColumnNeedPayload } from '../need/index.js';
import { createResource, listResources } from './resource.service.js';
import { StartupResource, StartupResourceCreateInput, StartupResourceFilter, StartupResourcePayload } from './resource.types.js';
import { EntrepreneurshipNeedSubmitInput, StartupNeedDetails, submitStartupNeed } from './startup-need.js';

const StartupResourceConnection = ConnectionType(StartupResource, 'StartupResource', 'entrepreneurship resource');

@Resolver(() => StartupResource)
export class StartupResourceResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() r: StartupResource): string {
    return toGlobalId('StartupResource', r.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the division.' })
  regionName(@Root() r: StartupResource): string | null {
    return regionName(r.regionCode);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'Institution that published it; null when published by the operator.' })
  institution(@Root() r: StartupResource, @GqlCtx() ctx: Ctx) {
    return r.institutionId ? institutionById(ctx, r.institutionId) : null;
  }

  @Query(() => StartupResourceConnection, {
    description:
      'Entrepreneurship resource directories (support measures, incubators, venues, training courses) with filters and a map rectangle, newest first. Public (S2).',
  })
  startupResources(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => StartupResourceFilter, { nullable: true }) filter?: StartupResourceFilter,
  ) {
    return listResources(ctx, filter, page);
  }

  @Mutation(() => StartupResourcePayload, {
    description: 'Publish a directory entry. INSTITUTION_STAFF of an approved ENTREPRENEURSHIP institution, or OPERATOR; audited.',
  })
  startupResourceCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => StartupResourceCreateInput) input: StartupResourceCreateInput) {
    return createResource(ctx, input);
  }

  @Mutation(() => ColumnNeedPayload, {
    description:
      "Submit an entrepreneur's need (S3): signed in (no enterprise needed) or anonymous with contact details (3 per hour per address; 10 per hour per account). Routed to ENTREPRENEURSHIP institutions of the region; the SLA clock starts. Anonymous submissions get a tracking code.",
  })
  entrepreneurshipNeedSubmit(@GqlCtx() ctx: Ctx, @Arg('input', () => EntrepreneurshipNeedSubmitInput) input: EntrepreneurshipNeedSubmitInput) {
    return submitStartupNeed(ctx, input);
  }
}

@Resolver(() => ColumnNeed)
export class StartupNeedFieldsResolver {
  @FieldResolver(() => StartupNeedDetails, { nullable: true, description: 'Entrepreneurship details (ENTREPRENEURSHIP needs only).' })
  entrepreneurship(@Root() n: ColumnNeed): StartupNeedDetails | null {
    return n.column === ServiceColumn.ENTREPRENEURSHIP ? (n.details as StartupNeedDetails) : null;
  }
}
