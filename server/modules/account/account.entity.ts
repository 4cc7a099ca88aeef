import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../common/roles.js';

@Entity({ tableName: 'account' })
@ObjectType({ description: 'A person who signs in. Visible to the account itself and to the security administrator.' })
export class Account {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Mobile number used to sign in.' })
  mobile!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'E-mail address used to sign in.' })
  email!: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Name shown to others (姓名).' })
  displayName!: string;

  @Property({ type: 'text', lazy: true })
  passwordHash!: string;

  @Property({ type: 'text[]' })
  @Field(() => [Role], { description: 'Roles held. At most one of the three administrator roles.' })
  roles!: Role[];

  @Property({ type: 'uuid', nullable: true })
  enterpriseId!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'OWNER or MEMBER of the enterprise, when the account belongs to one.' })
  enterpriseRole!: 'OWNER' | 'MEMBER' | null;

  @Property({ type: 'uuid', nullable: true })
  institutionId!: string | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether the account administers its institution (may add staff).' })
  institutionAdmin!: boolean;

  @Property({ type: 'int' })
  failedLogins!: number;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Property({ type: 'boolean' })
  disabled!: boolean;

  @Property({ type: 'timestamptz' })
  passwordChangedAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the account was created.' })
  createdAt!: Date;
}
