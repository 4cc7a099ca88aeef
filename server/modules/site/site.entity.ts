import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

@Entity({ tableName: 'site' })
@ObjectType({ description: 'A portal served by this installation: the provincial portal or a city sub-site (public).' })
export class Site {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Short code, also accepted in the X-Qifu-Site header (e.g. "anhui", "hefei").' })
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Name of the site.' })
  name!: string;

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Host names that address this site.' })
  hosts!: string[];

  @Property({ type: 'text' })
  @Field(() => String, { description: 'GB/T 2260 division the site serves.' })
  regionCode!: string;

  @Property({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
