import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { labelValues } from '../../../common/labels.js';
import { Institution } from '../../institution/index.js';
import { ServiceCategoryInfo } from '../catalogue/index.js';
import { StartupResource } from '../entrepreneurship/index.js';
import { FinancingProduct } from '../financing/index.js';
import { FinancingRoute } from '../financing/index.js';

export enum ScenarioCode {
  FINANCING = 'FINANCING',
  HIRING = 'HIRING',
  STARTUP = 'STARTUP',
  CONSULTING = 'CONSULTING',
}
/** A scenario's title, on its page and as the enum value's description. */
export const SCENARIO_TITLES: Readonly<Record<ScenarioCode, string>> = {
  FINANCING: '我要融资',
  HIRING: '我要招人',
  STARTUP: '我要创业',
  CONSULTING: '我要咨询',
};

registerEnumType(ScenarioCode, {
  name: 'ScenarioCode',
  description: '场景式服务 / A curated journey (B3; CONSULTING covers technology services and management consulting).',
  valuesConfig: labelValues(SCENARIO_TITLES),
});

export enum ScenarioRelatedKind {
  POLICY = 'POLICY',
  ACTIVITY = 'ACTIVITY',
  SERVICE_PRODUCT = 'SERVICE_PRODUCT',
}
registerEnumType(ScenarioRelatedKind, {
  name: 'ScenarioRelatedKind',
  description:
    '场景关联内容的类别 / Kind of content from other modules shown in a scenario (ACTIVITY: service activities such as job fairs and financing roadshows).',
  valuesConfig: {
    POLICY: { description: '相关政策' },
    ACTIVITY: { description: '相关活动' },
    SERVICE_PRODUCT: { description: '相关服务产品' },
  },
});

@ObjectType({ description: 'What to do at a step: the GraphQL operation a client calls, with a Chinese label.' })
export class ScenarioAction {
  @Field(() => String, { description: 'Button text (中文).' })
  label!: string;
  @Field(() => String, { description: 'GraphQL query or mutation to call (e.g. financingNeedSubmit), or scenario:<CODE> to continue in another scenario.' })
  operation!: string;
  @Field(() => Boolean, { description: 'Whether the operation needs a signed-in account.' })
  requiresLogin!: boolean;
}

@ObjectType({ description: 'One step of a scenario.' })
export class ScenarioStep {
  @Field(() => Int, { description: 'Position, from 1.' })
  order!: number;
  @Field(() => String, { description: 'Title (中文).' })
  title!: string;
  @Field(() => String, { description: 'What happens at this step and what the rules are (published and transparent, B3).' })
  description!: string;
  @Field(() => ScenarioAction, { description: 'What to do.' })
  action!: ScenarioAction;
}

@ObjectType({ description: 'A related item from another module.' })
export class ScenarioLink {
  @Field(() => String, { description: 'Global id of the item.' })
  id!: string;
  @Field(() => String, { description: 'Title.' })
  title!: string;
}

@ObjectType({ description: 'Content of one kind from another module (policies, activities, service products); empty until that module provides it.' })
export class ScenarioRelated {
  @Field(() => ScenarioRelatedKind, { description: 'Kind.' })
  kind!: ScenarioRelatedKind;
  @Field(() => Boolean, { description: 'Whether a module provides this kind yet (false: the seam is not connected).' })
  available!: boolean;
  @Field(() => [ScenarioLink], { description: 'Items, at most 5.' })
  items!: ScenarioLink[];
}

@ObjectType({
  description:
    'A scenario-based service journey (场景式服务, B3): steps, the institutions, products and directories that serve it, and the next action for the viewer. Public.',
})
export class Scenario {
  regionCode!: string | null;
  @Field(() => ScenarioCode, { description: 'Code.' })
  code!: ScenarioCode;
  @Field(() => String, { description: 'Title, e.g. 我要融资.' })
  title!: string;
  @Field(() => String, { description: 'What the journey helps with.' })
  summary!: string;
  @Field(() => [ScenarioStep], { description: 'Steps in order.' })
  steps!: ScenarioStep[];
  @Field(() => ScenarioAction, { description: 'The next action for this viewer (sign up, register the enterprise, or submit the need).' })
  nextAction!: ScenarioAction;
  @Field(() => [Institution], { description: "Approved institutions serving the scenario's columns in the region (at most 10)." })
  institutions!: Institution[];
  @Field(() => [FinancingProduct], { description: 'Listed financing products available in the region, lowest rate first (FINANCING; at most 5).' })
  financingProducts!: FinancingProduct[];
  @Field(() => [FinancingRoute], { description: 'Financing routes explained (FINANCING only).' })
  financingRoutes!: FinancingRoute[];
  @Field(() => [StartupResource], { description: 'Directory entries: support measures, training, incubators and venues (STARTUP; at most 10).' })
  startupResources!: StartupResource[];
  @Field(() => [ServiceCategoryInfo], { description: "Service categories of the scenario's columns." })
  categories!: ServiceCategoryInfo[];
  @Field(() => [ScenarioRelated], { description: 'Policies, activities and service products from other modules (the seam; empty until they are connected).' })
  related!: ScenarioRelated[];
}
