import { Arg, Ctx as GqlCtx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { ColumnNeed, ColumnNeedPayload } from '../need/index.js';
import { submitTalentNeed, TalentNeedDetails, TalentNeedSubmitInput } from './talent-need.js';

@Resolver(() => ColumnNeed)
export class TalentResolver {
  @FieldResolver(() => TalentNeedDetails, { nullable: true, description: 'Talent details (TALENT needs only).' })
  talent(@Root() n: ColumnNeed): TalentNeedDetails | null {
    return n.column === ServiceColumn.TALENT ? (n.details as TalentNeedDetails) : null;
  }

  @Mutation(() => ColumnNeedPayload, {
    description:
      "Submit a talent need (T3) for the viewer's enterprise (enterprise members only); routed to TALENT institutions of the work location, which reply with columnNeedReply. Errors: INVALID, REQUIRED, TOO_LONG (fields like positions.0.headcount); nothing is written on error.",
  })
  talentNeedSubmit(@GqlCtx() ctx: Ctx, @Arg('input', () => TalentNeedSubmitInput) input: TalentNeedSubmitInput) {
    return submitTalentNeed(ctx, input);
  }
}
