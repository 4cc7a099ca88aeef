import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { columns } from '../../../db/columns.js';

export enum StartupResourceKind {
  SUPPORT_MEASURE = 'SUPPORT_MEASURE',
  INCUBATOR = 'INCUBATOR',
  VENUE = 'VENUE',
  TRAINING_COURSE = 'TRAINING_COURSE',
}
registerEnumType(StartupResourceKind, {
  name: 'StartupResourceKind',
  description: '创业资源类别 / Kind of entrepreneurship resource (S2). SUPPORT_MEASURE: 创业补贴、担保贷款、税费减免等; VENUE: 园区、厂房、办公空间.',
  valuesConfig: {
    SUPPORT_MEASURE: { description: '扶持措施' },
    INCUBATOR: { description: '孵化器、众创空间' },
    VENUE: { description: '创业场地' },
    TRAINING_COURSE: { description: '创业培训课程' },
  },
});

@ObjectType({ description: 'An entry of the entrepreneurship resource directories (S2). Public.' })
export class StartupResource {
  id!: string;
  siteId!: string;
  institutionId!: string | null;
  @Field(() => StartupResourceKind, { description: 'Kind of resource.' })
  kind!: StartupResourceKind;
  @Field(() => String, { description: 'Name.' })
  name!: string;
  @Field(() => String, { description: 'What it offers and on what terms (at most 2,000 characters).' })
  summary!: string;
  @Field(() => String, { description: 'GB/T 2260 division.' })
  regionCode!: string;
  @Field(() => String, { nullable: true, description: 'Street address.' })
  address!: string | null;
  @Field(() => Float, { nullable: true, description: 'Usable area, m² (incubators and venues).' })
  areaM2!: number | null;
  @Field(() => Float, { nullable: true, description: 'Rent, 元 per m² per month (0 = free).' })
  priceYuanPerM2Month!: number | null;
  @Field(() => Int, { nullable: true, description: 'Places or units still available (incubators, venues, courses).' })
  vacancies!: number | null;
  @Field(() => String, { nullable: true, description: 'Contact person.' })
  contactName!: string | null;
  @Field(() => String, { nullable: true, description: 'Contact telephone.' })
  contactPhone!: string | null;
  @Field(() => Float, { nullable: true, description: 'Latitude (WGS-84), for maps.' })
  latitude!: number | null;
  @Field(() => Float, { nullable: true, description: 'Longitude (WGS-84), for maps.' })
  longitude!: number | null;
  @Field(() => String, { nullable: true, description: 'Start date (courses, measures), YYYY-MM-DD.' })
  startsOn!: string | null;
  @Field(() => String, { nullable: true, description: 'End date, YYYY-MM-DD.' })
  endsOn!: string | null;
  @Field(() => Date, { description: 'When the entry was published.' })
  createdAt!: Date;
}

export const RESOURCE_COLUMNS = columns('startup_resource', {
  alias: 'r',
  omit: ['createdBy'],
  as: { areaM2: '%s::float8', priceYuanPerM2Month: '%s::float8' },
});

@InputType({ description: 'A map rectangle (WGS-84 degrees).' })
export class BoundingBoxInput {
  @Field(() => Float, { description: 'Southern latitude.' })
  south!: number;
  @Field(() => Float, { description: 'Western longitude.' })
  west!: number;
  @Field(() => Float, { description: 'Northern latitude.' })
  north!: number;
  @Field(() => Float, { description: 'Eastern longitude.' })
  east!: number;
}

@InputType({ description: 'Filters of the resource directories.' })
export class StartupResourceFilter {
  @Field(() => StartupResourceKind, { nullable: true, description: 'Only this kind.' })
  kind?: StartupResourceKind | null;
  @Field(() => String, { nullable: true, description: 'Within this division (a city code includes its districts).' })
  regionCode?: string | null;
  @Field(() => BoundingBoxInput, { nullable: true, description: 'Only entries located inside this rectangle (maps).' })
  within?: BoundingBoxInput | null;
  @Field(() => Float, { nullable: true, description: 'At least this area, m².' })
  minAreaM2?: number | null;
  @Field(() => Float, { nullable: true, description: 'Rent at most this, 元/m²/month.' })
  maxPrice?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Only entries with places available.' })
  hasVacancy?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Only entries (courses, measures) running on or after this date, YYYY-MM-DD.' })
  activeOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the name (at most 50 characters).' })
  nameContains?: string | null;
}

@InputType({ description: 'A new directory entry, by staff of an ENTREPRENEURSHIP institution or an operator.' })
export class StartupResourceCreateInput {
  @Field(() => StartupResourceKind, { description: 'Kind.' })
  kind!: StartupResourceKind;
  @Field(() => String, { description: 'Name, 2–100 characters.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Summary, at most 2,000 characters.' })
  summary?: string | null;
  @Field(() => String, { description: 'GB/T 2260 division.' })
  regionCode!: string;
  @Field(() => String, { nullable: true, description: 'Address, at most 200 characters.' })
  address?: string | null;
  @Field(() => Float, { nullable: true, description: 'Area, m², 0–10,000,000.' })
  areaM2?: number | null;
  @Field(() => Float, { nullable: true, description: 'Rent, 元/m²/month, 0–10,000.' })
  priceYuanPerM2Month?: number | null;
  @Field(() => Int, { nullable: true, description: 'Places available, 0–100,000.' })
  vacancies?: number | null;
  @Field(() => String, { nullable: true, description: 'Contact person, at most 50 characters.' })
  contactName?: string | null;
  @Field(() => String, { nullable: true, description: 'Contact telephone.' })
  contactPhone?: string | null;
  @Field(() => Float, { nullable: true, description: 'Latitude, −90–90 (with longitude).' })
  latitude?: number | null;
  @Field(() => Float, { nullable: true, description: 'Longitude, −180–180 (with latitude).' })
  longitude?: number | null;
  @Field(() => String, { nullable: true, description: 'Start date, YYYY-MM-DD.' })
  startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'End date, YYYY-MM-DD, not before the start.' })
  endsOn?: string | null;
}

@ObjectType({ description: 'Result of creating a directory entry.' })
export class StartupResourcePayload {
  @Field(() => StartupResource, { nullable: true, description: 'The entry.' })
  resource?: StartupResource | null;
  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}
