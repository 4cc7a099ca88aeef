import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../common/errors.js';
import { ConnectionType } from '../../common/relay.js';
import { Site } from '../site/index.js';

export enum SearchFacetField {
  KIND = 'kind',
  COLUMN = 'column',
  TYPE = 'type',
  DEPARTMENT = 'department',
  REGION = 'region',
  INDUSTRY = 'industry',
  SITE = 'site',
}
registerEnumType(SearchFacetField, {
  name: 'SearchFacetField',
  description:
    '分面维度 / Dimension of a facet (Q4 multi-dimensional categories). KIND: policy, institution, product…; DEPARTMENT: issuing or responsible department; SITE: only in group search (站群检索).',
  valuesConfig: {
    KIND: { description: '内容类别' },
    COLUMN: { description: '栏目' },
    TYPE: { description: '类型' },
    DEPARTMENT: { description: '发文部门' },
    REGION: { description: '地区' },
    INDUSTRY: { description: '行业' },
    SITE: { description: '站点' },
  },
});

@ObjectType({ description: 'A typo correction made or proposed.' })
export class SearchCorrection {
  @Field(() => String, { description: 'Text as typed.' })
  from!: string;
  @Field(() => String, { description: 'Corrected text.' })
  to!: string;
  @Field(() => String, { description: 'How it was found: PINYIN (same sound), FUZZY_PINYIN (z/zh, n/l, an/ang…), SHAPE (similar characters).' })
  by!: string;
}

@ObjectType({ description: 'A colloquial phrase expanded into the terms it stands for.' })
export class SearchExpansion {
  @Field(() => String, { description: 'The phrase found in the query.' })
  phrase!: string;
  @Field(() => [String], { description: 'Terms searched as alternatives.' })
  terms!: string[];
}

@ObjectType({ description: 'What was done to the query before searching (Q3), so that a client can show it and undo it with `exact: true`.' })
export class SearchUnderstanding {
  @Field(() => String, { description: 'The query as typed.' })
  original!: string;
  @Field(() => String, { description: 'After width, case, traditional-character and punctuation normalisation.' })
  normalized!: string;
  @Field(() => String, { nullable: true, description: 'The part read as pinyin (full, initials or mixed), if any.' })
  pinyin!: string | null;
  @Field(() => String, { nullable: true, description: 'The query after pinyin conversion (searched in place of the pinyin).' })
  converted!: string | null;
  @Field(() => [String], { description: 'Other readings of the pinyin, best first (at most 5).' })
  pinyinCandidates!: string[];
  @Field(() => String, { nullable: true, description: 'Typo-corrected query (searched when autoRewritten; otherwise offered as 您是不是要找).' })
  corrected!: string | null;
  @Field(() => [SearchCorrection], { description: 'Individual corrections.' })
  corrections!: SearchCorrection[];
  @Field(() => String, { nullable: true, description: '您是不是要找: the corrected query when it was not applied automatically.' })
  didYouMean!: string | null;
  @Field(() => Boolean, { description: 'The corrected query was searched because the original found little.' })
  autoRewritten!: boolean;
  @Field(() => [SearchExpansion], { description: 'Colloquial expansions applied.' })
  expansions!: SearchExpansion[];
  @Field(() => Boolean, { description: 'Few or no documents had every word, so documents with the topic words (or any word) are shown after them.' })
  relaxed!: boolean;
  @Field(() => Boolean, { description: 'The query asks for a service (申请, 办理, 贷款, 招聘, 融资, 咨询…): service cards are shown.' })
  serviceIntent!: boolean;
}

@ObjectType({ description: 'One value of a facet with its count.' })
export class SearchFacetBucket {
  @Field(() => String, { description: 'Value to pass back as a filter.' })
  value!: string;
  @Field(() => String, { description: 'Chinese label.' })
  label!: string;
  @Field(() => Int, { description: 'Matching documents (approximate when the result says so).' })
  count!: number;
}

@ObjectType({ description: 'Counts of matches by one dimension (at most 30 values, largest first).' })
export class SearchFacet {
  @Field(() => SearchFacetField, { description: 'The dimension.' })
  field!: SearchFacetField;
  @Field(() => [SearchFacetBucket], { description: 'Values and counts.' })
  buckets!: SearchFacetBucket[];
}

@ObjectType({ description: 'A search hit: a public object of any indexed kind.' })
export class SearchHit {
  @Field(() => String, { description: 'Kind of content (institution, policy, serviceProduct …).' })
  kind!: string;
  @Field(() => String, { description: 'Chinese label of the kind.' })
  kindLabel!: string;
  @Field(() => ID, { description: 'Global id of the underlying object (query it with its own type).' })
  id!: string;
  @Field(() => String, { description: 'Title (plain text).' })
  title!: string;
  @Field(() => String, { description: 'Title as HTML-escaped text with matched words in <em>.' })
  titleHighlight!: string;
  @Field(() => String, { description: 'Excerpt as HTML-escaped text with matched words in <em>.' })
  highlight!: string;
  @Field(() => String, { nullable: true, description: 'Path of the object in the web client.' })
  url!: string | null;
  @Field(() => Site, { nullable: true, description: 'Site that published it.' })
  site!: Site | null;
  @Field(() => Date, { nullable: true, description: 'Publication date.' })
  date!: Date | null;
  @Field(() => Float, { description: 'Ranking score (comparable within one result only).' })
  score!: number;
  /** Uuid of the underlying object (not in the schema; `SearchHit.institution` is resolved from it). */
  refId!: string;
}

export const SearchHitConnection = ConnectionType(SearchHit, 'SearchHit', 'search hit');

@ObjectType({ description: 'Result of a search (Q1–Q4).' })
export class SearchResult {
  @Field(() => SearchUnderstanding, { description: 'What was done to the query.' })
  understanding!: SearchUnderstanding;
  @Field(() => Int, { description: 'Matching documents; an estimate when approximate.' })
  totalCount!: number;
  @Field(() => Boolean, {
    description:
      "Broad query: ranked among the first 2,000 matches. Filtered only by site, kind, region or industry, totalCount and facets come from the words' counts (exact for one word; with alternatives a document counts once per word it has); otherwise facets count the ranked matches and totalCount is the query planner's estimate.",
  })
  approximate!: boolean;
  @Field(() => [SearchFacet], { description: 'Counts by kind, column, type, department, region, industry and site.' })
  facets!: SearchFacet[];
  @Field(() => SearchHitConnection, { description: 'Ranked hits.' })
  hits!: unknown;
  @Field(() => [SearchHit], {
    description: '搜索即服务: institutions, products, guides or activities to use directly (at most 3), on the first page of queries with service intent.',
  })
  serviceCards!: SearchHit[];
  @Field(() => [String], { description: 'Related searches (popular queries and terms sharing words with this one), at most 8.' })
  related!: string[];
}

export enum SuggestionSource {
  QUERY = 'QUERY',
  TERM = 'TERM',
  TITLE = 'TITLE',
}
registerEnumType(SuggestionSource, {
  name: 'SuggestionSource',
  description: '联想词来源 / Where a suggestion comes from.',
  valuesConfig: { QUERY: { description: '热门搜索' }, TERM: { description: '词库' }, TITLE: { description: '内容标题' } },
});

@ObjectType({ description: 'A keyword recommendation for a prefix (Q3).' })
export class SearchSuggestion {
  @Field(() => String, { description: 'Suggested query.' })
  text!: string;
  @Field(() => SuggestionSource, { description: 'Popular query, lexicon term or title.' })
  source!: SuggestionSource;
}

@ObjectType({ description: 'Anonymous statistics of one query on one site (no account or address is kept).' })
export class SearchQueryStat {
  @Field(() => String, { description: 'Normalised query.' })
  query!: string;
  @Field(() => Site, { nullable: true, description: 'Site searched.' })
  site!: Site | null;
  @Field(() => Int, { description: 'Times searched.' })
  searches!: number;
  @Field(() => Int, { description: 'Times it found nothing.' })
  zeroResults!: number;
  @Field(() => Int, { description: 'Clicks on its hits.' })
  clicks!: number;
  @Field(() => Int, { description: 'Hits of the latest search.' })
  lastHits!: number;
  @Field(() => Date, { description: 'Latest search.' })
  lastAt!: Date;
}

@ObjectType({ description: 'A colloquial phrase and the terms it stands for (operator-editable).' })
export class SearchConcept {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;
  @Field(() => String, { description: 'Colloquial phrase.' })
  phrase!: string;
  @Field(() => [String], { description: 'Terms searched in its place.' })
  expansions!: string[];
  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;
}

export const SearchConceptConnection = ConnectionType(SearchConcept, 'SearchConcept', 'colloquial concept');

@ObjectType({ description: 'Result of saving a concept.' })
export class SearchConceptPayload {
  @Field(() => SearchConcept, { nullable: true, description: 'The concept after the change.' })
  concept?: SearchConcept | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of deleting a concept.' })
export class SearchConceptDeletePayload {
  @Field(() => ID, { nullable: true, description: 'Global id of the deleted concept.' })
  deletedId?: string | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of logging a click.' })
export class SearchClickPayload {
  @Field(() => Boolean, { nullable: true, description: 'True when the click was counted; null when refused.' })
  counted?: boolean | null;
  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Drift between the index and one source.' })
export class SearchDrift {
  @Field(() => String, { description: 'Kind of content.' })
  kind!: string;
  @Field(() => Int, { description: 'Public objects at the source.' })
  sourceCount!: number;
  @Field(() => Int, { description: 'Documents in the index.' })
  indexedCount!: number;
  @Field(() => Int, { description: 'Public but not indexed.' })
  missing!: number;
  @Field(() => Int, { description: 'Indexed but no longer public.' })
  extra!: number;
  @Field(() => Int, { description: 'Indexed in an older version.' })
  stale!: number;
  @Field(() => [String], { description: 'Up to 20 examples as "problem:uuid".' })
  sample!: string[];
}

@ObjectType({ description: 'State of the search index.' })
export class SearchIndexStatus {
  @Field(() => String, { description: 'Engine in use (postgres or typesense).' })
  engine!: string;
  @Field(() => Boolean, { description: 'Whether the engine answers.' })
  healthy!: boolean;
  @Field(() => Int, { description: 'Documents in the index.' })
  documents!: number;
  @Field(() => Int, { description: 'Changes waiting in the outbox.' })
  pending!: number;
  @Field(() => String, { description: 'Version of the domain dictionary.' })
  dictionaryVersion!: string;
}

@ObjectType({ description: 'Result of a reconcile run.' })
export class SearchReconcilePayload {
  @Field(() => [SearchDrift], { nullable: true, description: 'Drift per kind (before repair); null when refused.' })
  drift?: SearchDrift[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether drifted objects were queued for indexing.' })
  repaired?: boolean | null;
  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}
