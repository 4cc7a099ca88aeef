import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new notice of the current site (created unpublished).' })
export class NoticeCreateInput {
  @Field(() => String, { description: 'Title, 1–100 characters.' })
  title!: string;
  @Field(() => String, { description: 'Body: HTML (sanitised like policy bodies) or plain text paragraphs; at most 20,000 characters.' })
  body!: string;
  @Field(() => Boolean, { nullable: true, description: '置顶 (default false).' })
  pinned?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Not inherited by city sites (default false).' })
  provinceOnly?: boolean | null;
}

@InputType({ description: 'Changes to a notice; omitted fields stay as they are. A published notice stays published.' })
export class NoticeUpdateInput {
  @Field(() => ID, { description: 'Global id of a notice of the current site or its sub-sites.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'Title, 1–100 characters.' })
  title?: string | null;
  @Field(() => String, { nullable: true, description: 'Body (sanitised); at most 20,000 characters.' })
  body?: string | null;
  @Field(() => Boolean, { nullable: true, description: '置顶.' })
  pinned?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Not inherited by city sites.' })
  provinceOnly?: boolean | null;
}

@InputType({ description: 'A notice to publish, unpublish or delete.' })
export class NoticeIdInput {
  @Field(() => ID, { description: 'Global id of a notice of the current site or its sub-sites.' })
  id!: string;
}
