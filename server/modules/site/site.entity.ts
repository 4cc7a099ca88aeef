import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A portal served by this installation: the provincial portal or a city sub-site (public).' })
export class Site {
  id!: string;

  @Field(() => String, { description: 'Short code, also accepted in the X-Qifu-Site header (e.g. "anhui", "hefei").' })
  code!: string;

  @Field(() => String, { description: 'Name of the site.' })
  name!: string;

  @Field(() => [String], { description: 'Host names that address this site.' })
  hosts!: string[];

  @Field(() => String, { description: 'GB/T 2260 division the site serves.' })
  regionCode!: string;

  parentId!: string | null;

  createdAt!: Date;
}
