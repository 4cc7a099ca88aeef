import { Arg, Ctx as GqlCtx, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { scenario } from './scenario.service.js';
import { Scenario, ScenarioCode } from './scenario.types.js';

@Resolver(() => Scenario)
export class ScenarioResolver {
  @Query(() => Scenario, {
    description:
      "A scenario-based service journey (B3): 我要融资, 我要招人, 我要创业, 我要咨询, with steps, institutions, products, directories and the viewer's next action. Public; regionCode (GB/T 2260) narrows the institutions and content.",
  })
  scenario(
    @GqlCtx() ctx: Ctx,
    @Arg('code', () => ScenarioCode) code: ScenarioCode,
    @Arg('regionCode', () => String, { nullable: true }) regionCode?: string | null,
  ) {
    return scenario(ctx, code, regionCode);
  }
}
