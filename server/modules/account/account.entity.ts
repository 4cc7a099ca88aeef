import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../common/roles.js';

@ObjectType({ description: 'A person who signs in. Visible to the account itself and to the security administrator.' })
export class Account {
  id!: string;

  @Field(() => String, { nullable: true, description: 'Mobile number used to sign in.' })
  mobile!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address used to sign in.' })
  email!: string | null;

  @Field(() => String, { description: 'Name shown to others (姓名).' })
  displayName!: string;

  @Field(() => [Role], { description: 'Roles held. At most one of the three administrator roles.' })
  roles!: Role[];

  enterpriseId!: string | null;

  @Field(() => String, { nullable: true, description: 'OWNER or MEMBER of the enterprise, when the account belongs to one.' })
  enterpriseRole!: 'OWNER' | 'MEMBER' | null;

  institutionId!: string | null;

  @Field(() => Boolean, { description: 'Whether the account administers its institution (may add staff).' })
  institutionAdmin!: boolean;

  failedLogins!: number;

  lockedUntil!: Date | null;

  disabled!: boolean;

  passwordChangedAt!: Date;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt!: Date;
}
