import { Arg, Field, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { allGuides, type GuideAudienceName, type GuideBlockKindName } from './guide.js';

export enum GuideAudience {
  ENTERPRISE = 'ENTERPRISE',
  INSTITUTION = 'INSTITUTION',
  OPERATOR = 'OPERATOR',
  ADMINISTRATOR = 'ADMINISTRATOR',
  PARTNER = 'PARTNER',
}
registerEnumType(GuideAudience, {
  name: 'GuideAudience',
  description:
    'Who a user guide is written for: enterprises; service institutions and their staff; platform operators and reviewers; system, security and audit administrators (三员); developers of partner apps and embedding sites.',
  valuesConfig: {
    ENTERPRISE: { description: '企业用户' },
    INSTITUTION: { description: '服务机构' },
    OPERATOR: { description: '运营与审核' },
    ADMINISTRATOR: { description: '系统管理' },
    PARTNER: { description: '合作方接入' },
  },
});

export enum GuideBlockKind {
  PARAGRAPH = 'PARAGRAPH',
  STEPS = 'STEPS',
  BULLETS = 'BULLETS',
  NOTE = 'NOTE',
}
registerEnumType(GuideBlockKind, {
  name: 'GuideBlockKind',
  description: 'How a block of a guide is shown.',
  valuesConfig: {
    PARAGRAPH: { description: 'A paragraph of text.' },
    STEPS: { description: 'Numbered steps, in order.' },
    BULLETS: { description: 'An unordered list.' },
    NOTE: { description: 'A highlighted note or warning.' },
  },
});

@ObjectType({ description: 'A block of a guide section: a paragraph, a note, or a list of steps or bullets.' })
export class GuideBlock {
  @Field(() => GuideBlockKind, { description: 'How to show the block.' })
  kind!: GuideBlockKindName;
  @Field(() => String, {
    nullable: true,
    description: 'Text of a paragraph or note (plain text; `[text](/path)` marks a link to a portal page). Null for lists.',
  })
  text!: string | null;
  @Field(() => [String], { description: 'Items of a list, in order (same link notation). Empty for paragraphs and notes.' })
  items!: string[];
}

@ObjectType({ description: 'A titled section of a guide.' })
export class GuideSection {
  @Field(() => String, { description: 'Section heading.' })
  heading!: string;
  @Field(() => [GuideBlock], { description: 'The blocks of the section, in order.' })
  blocks!: GuideBlock[];
}

@ObjectType({ description: 'A user guide (使用培训材料, P3): how to use the platform for one audience and task. Public.' })
export class Guide {
  @Field(() => String, { description: 'Stable identifier used in links, e.g. enterprise-start.' })
  slug!: string;
  @Field(() => String, { description: 'Title.' })
  title!: string;
  @Field(() => GuideAudience, { description: 'Who the guide is for.' })
  audience!: GuideAudienceName;
  @Field(() => String, { description: 'One-sentence summary for lists.' })
  summary!: string;
  @Field(() => [GuideSection], { description: 'The guide as structured sections (render without HTML).' })
  sections!: GuideSection[];
  @Field(() => String, { description: 'The guide as its Markdown source, for clients that render Markdown themselves.' })
  markdown!: string;
}

@Resolver()
export class HelpResolver {
  @Query(() => [Guide], { description: 'User guides (training material), optionally for one audience. Public; at most a few dozen, so not paginated.' })
  guides(@Arg('audience', () => GuideAudience, { nullable: true, description: 'Only guides for this audience.' }) audience?: GuideAudience | null): Guide[] {
    return allGuides().filter((g) => !audience || g.audience === audience);
  }

  @Query(() => Guide, { nullable: true, description: 'One user guide by slug, or null when there is none. Public.' })
  guide(@Arg('slug', () => String, { description: 'The guide slug.' }) slug: string): Guide | null {
    return allGuides().find((g) => g.slug === slug) ?? null;
  }
}
