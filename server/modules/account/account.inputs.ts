import { Field, InputType } from 'type-graphql';
import { Role } from '../../common/roles.js';

@InputType({ description: 'Self-registration of an account (enterprise users and institution applicants).' })
export class AccountRegisterInput {
  @Field(() => String, { nullable: true, description: 'Mainland mobile number (11 digits). Mobile or e-mail is required.' })
  mobile?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address. Mobile or e-mail is required.' })
  email?: string | null;
  @Field(() => String, { description: 'Name, at most 50 characters.' })
  displayName!: string;
  @Field(() => String, {
    description:
      'At least 8 characters of at least 3 classes (upper, lower, digit, symbol), and not guessable (zxcvbn score 3 or more: no common password, no own mobile or name).',
  })
  password!: string;
}

@InputType({ description: 'Sign in with a mobile number or e-mail address and a password.' })
export class LoginInput {
  @Field(() => String, { description: 'Mobile number or e-mail address.' })
  identifier!: string;
  @Field(() => String, { description: 'Password.' })
  password!: string;
  @Field(() => String, { nullable: true, description: 'Six-digit TOTP code: required (TOTP_REQUIRED) for staff who enrolled a second factor.' })
  totpCode?: string | null;
}

@InputType({ description: 'Change the signed-in account password; other sessions are revoked.' })
export class PasswordChangeInput {
  @Field(() => String, { description: 'Current password.' })
  currentPassword!: string;
  @Field(() => String, { description: 'New password, same rules as at registration.' })
  newPassword!: string;
}

@InputType({ description: 'System administrator creates a staff account (operator, reviewer or administrator).' })
export class StaffAccountCreateInput {
  @Field(() => String, { nullable: true, description: 'Mobile number.' })
  mobile?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;
  @Field(() => String, { description: 'Name.' })
  displayName!: string;
  @Field(() => String, { description: 'Initial password (strong); the person should change it.' })
  password!: string;
}

@InputType({ description: 'Security administrator sets the platform roles of an account.' })
export class AccountRolesSetInput {
  @Field(() => String, { description: 'Global id of the account.' })
  accountId!: string;
  @Field(() => [Role], {
    description: 'Platform roles: OPERATOR, REVIEWER and at most one administrator role. Enterprise and institution roles come from membership.',
  })
  roles!: Role[];
}
