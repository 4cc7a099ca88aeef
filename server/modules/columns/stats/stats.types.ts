import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { labelValues } from '../../../common/labels.js';
import { ServiceColumn } from '../../../common/service-column.js';

export enum StatsDimension {
  COLUMN = 'COLUMN',
  MONTH = 'MONTH',
  REGION = 'REGION',
  INDUSTRY = 'INDUSTRY',
}
/** Row headers of the statistics table and sheet names of its export. */
export const STATS_DIMENSION_LABELS: Readonly<Record<StatsDimension, string>> = { COLUMN: '按栏目', MONTH: '按月份', REGION: '按地区', INDUSTRY: '按行业' };

registerEnumType(StatsDimension, {
  name: 'StatsDimension',
  description:
    '统计维度 / What the rows of a statistics table are. MONTH: the month received, Beijing time; REGION: provinces when no region is filtered, cities within a province, counties within a city or county; INDUSTRY: industry divisions (entrepreneurship needs without an enterprise count as 未登记企业).',
  valuesConfig: labelValues(STATS_DIMENSION_LABELS),
});

@InputType({ description: 'Filters of the column statistics.' })
export class ColumnStatsFilter {
  @Field(() => ServiceColumn, { nullable: true, description: 'Only this column (FINANCING, ENTREPRENEURSHIP, TALENT, TECHNOLOGY, CONSULTING).' })
  column?: ServiceColumn | null;
  @Field(() => String, { nullable: true, description: 'From this month on, YYYY-MM (received in).' })
  fromMonth?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to and including this month, YYYY-MM.' })
  toMonth?: string | null;
  @Field(() => String, { nullable: true, description: 'Within this division (a province or city includes its subdivisions).' })
  regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Only this GB/T 4754 industry division (two digits).' })
  industryCode?: string | null;
}

@ObjectType({ description: 'One row of a statistics table. Every figure counts toward the month in which the need was received.' })
export class ColumnStatsRow {
  @Field(() => String, { description: 'Key of the row (column code, YYYY-MM, division code or industry code; "TOTAL" for the total row).' })
  key!: string;
  @Field(() => String, { description: 'Label of the row (中文).' })
  label!: string;
  @Field(() => Int, { description: 'Needs received.' })
  received!: number;
  @Field(() => Int, { description: 'Needs matched to at least one product or institution on submission.' })
  matched!: number;
  @Field(() => Int, { description: 'Needs that received a first reply from an institution.' })
  answered!: number;
  @Field(() => Int, { description: 'Needs whose first reply came before the SLA deadline.' })
  answeredWithinSla!: number;
  @Field(() => Int, { description: 'Needs the requester marked completed.' })
  completed!: number;
  @Field(() => Float, { description: 'Amount requested, 万元 (financing needs).' })
  amountRequested!: number;
  @Field(() => Int, { description: 'People wanted (talent needs).' })
  headcountRequested!: number;
  @Field(() => Float, { description: 'Amount actually financed, 万元, as reported by enterprises completing financing needs.' })
  amountFinanced!: number;
  @Field(() => Int, { description: 'Needs the requester rated when closing them.' })
  rated!: number;
  @Field(() => Float, { nullable: true, description: 'Average rating (1–5) of the rated needs, 2 decimals; null when none was rated.' })
  averageRating!: number | null;
  @Field(() => Float, { description: 'matched ÷ received (0 when nothing received), 4 decimals.' })
  matchRate!: number;
  @Field(() => Float, {
    description: 'answeredWithinSla ÷ received: the share of needs answered within the SLA (unanswered ones count as missed), 4 decimals.',
  })
  slaRate!: number;
  @Field(() => Float, { description: 'completed ÷ received, 4 decimals.' })
  completionRate!: number;
}

@ObjectType({ description: 'A statistics table of the column needs (F5, T4).' })
export class ColumnStatsTable {
  @Field(() => StatsDimension, { description: 'What the rows are.' })
  dimension!: StatsDimension;
  @Field(() => [ColumnStatsRow], { description: 'Rows in key order (at most 1,000).' })
  rows!: ColumnStatsRow[];
  @Field(() => ColumnStatsRow, { description: 'Totals over the filter.' })
  total!: ColumnStatsRow;
}
