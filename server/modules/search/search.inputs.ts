import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ServiceColumn } from '../../common/service-column.js';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  DATE = 'DATE',
}
registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: '排序方式 / Order of search hits.',
  valuesConfig: {
    RELEVANCE: { description: '综合排序：相关度、标题命中、时效、有效性、热度，以及登录企业的地区和行业 (Q4)。' },
    DATE: { description: '按发布日期从新到旧。' },
  },
});

export enum SearchSiteScope {
  SITE = 'SITE',
  GROUP = 'GROUP',
  OWN = 'OWN',
}
registerEnumType(SearchSiteScope, {
  name: 'SearchSiteScope',
  description: '检索范围 / Which sites to search (Q1).',
  valuesConfig: {
    SITE: { description: '本站检索：当前站点及其下级站点，城市站点另含上级站点的非“仅省级”内容。' },
    GROUP: { description: '站群检索：全部站点，站点作为分面。' },
    OWN: { description: '仅本市：当前站点及其下级站点，不含上级站点的内容。' },
  },
});

export const MAX_FILTER_VALUES = 20;
export const MAX_WITHIN = 5;

@InputType({ description: `Search conditions (Q1, Q2, Q4). Lists take at most ${MAX_FILTER_VALUES} values; the query at most 100 characters.` })
export class SearchInput {
  @Field(() => String, { nullable: true, description: 'Keywords as typed: Chinese, pinyin (full, initials, mixed), traditional characters, colloquial words.' })
  query?: string | null;
  @Field(() => [String], { nullable: true, description: 'Content kinds (institution, policy, serviceProduct, guide, activity …); empty = all.' })
  kinds?: string[] | null;
  @Field(() => [ServiceColumn], { nullable: true, description: 'Columns (栏目): local search within columns.' })
  columns?: ServiceColumn[] | null;
  @Field(() => [String], { nullable: true, description: 'Content types (facet values of field TYPE).' })
  types?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Issuing or responsible departments.' })
  departments?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'GB/T 2260 region codes.' })
  regions?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'GB/T 4754 industry codes.' })
  industries?: string[] | null;
  @Field(() => Date, { nullable: true, description: 'Published on or after (Q2 time range).' })
  dateFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Published before (Q2 time range).' })
  dateTo?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Match titles only (Q2: title or full text; default full text).' })
  titleOnly?: boolean | null;
  @Field(() => [String], { nullable: true, description: `Previous queries to search within (二次检索), at most ${MAX_WITHIN}; all must match too.` })
  within?: string[] | null;
  @Field(() => SearchSiteScope, {
    nullable: true,
    description: 'Local (SITE, default, with the province’s inherited content on a city site), own site only (OWN) or site-group (GROUP) search.',
  })
  siteScope?: SearchSiteScope | null;
  @Field(() => SearchSort, { nullable: true, description: 'RELEVANCE (default) or DATE.' })
  sort?: SearchSort | null;
  @Field(() => Boolean, { nullable: true, description: 'Search the words exactly as typed: no pinyin conversion, correction or expansion (undo).' })
  exact?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Page size, 1–50 (default 10).' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
}

@InputType({ description: 'A click on a search hit (popularity and query statistics; no personal data is kept).' })
export class SearchClickInput {
  @Field(() => ID, { description: 'Global id of the clicked hit (SearchHit.id).' })
  hitId!: string;
  @Field(() => String, { description: 'The query that produced the hit.' })
  query!: string;
}

@InputType({ description: 'A colloquial phrase and the terms it stands for (e.g. 借钱 → 融资, 贷款).' })
export class SearchConceptInput {
  @Field(() => String, { description: 'The colloquial phrase, 1–20 characters.' })
  phrase!: string;
  @Field(() => [String], { description: 'Terms searched in its place, 1–10, each 1–20 characters.' })
  expansions!: string[];
}

@InputType({ description: 'Removes a colloquial concept.' })
export class SearchConceptDeleteInput {
  @Field(() => ID, { description: 'Global id of the concept.' })
  id!: string;
}

@InputType({ description: 'Compares the index with its sources; optionally queues the drifted objects for re-indexing.' })
export class SearchReconcileInput {
  @Field(() => Boolean, { nullable: true, description: 'Queue drifted objects for indexing (default false: report only).' })
  repair?: boolean | null;
}
