import { Field, ObjectType } from 'type-graphql';
import { columns } from '../../db/columns.js';

export const NOTICE_COLUMNS = columns('notice');

@ObjectType({ description: '通知公告: a notice an operator publishes on a site (public once published; drafts only to OPERATOR).' })
export class Notice {
  id!: string;
  siteId!: string;

  @Field(() => String, { description: 'Title (at most 100 characters).' })
  title!: string;

  @Field(() => String, { description: 'Body as sanitised HTML (the same tag set as policy bodies; no scripts, styles or event handlers).' })
  body!: string;

  @Field(() => Boolean, { description: '置顶: listed before the others.' })
  pinned!: boolean;

  @Field(() => Boolean, { description: 'Shown only on its own site: city sites of a province do not inherit it.' })
  provinceOnly!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was (last) published; null while unpublished (draft).' })
  publishedAt!: Date | null;

  createdBy!: string | null;
  updatedBy!: string | null;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt!: Date;
}
