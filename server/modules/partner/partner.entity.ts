import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/errors.js';
import { Site } from '../site/index.js';
import { ClientScope } from './partner.scopes.js';

@ObjectType({ description: 'A secret of a partner app: never its value (shown once when made), only when it was made and until when it is valid.' })
export class ApiClientSecret {
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the secret was generated.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it stops being accepted (a rotated-out secret); null while current.' })
  expiresAt!: Date | null;
}

@ObjectType({
  description:
    'A partner app registered by a system administrator (A2): it gets short-lived access tokens by OAuth 2.0 client credentials or signs requests (HMAC-SM3, SM2); docs/partners.md. Visible to SYSTEM_ADMIN and SECURITY_ADMIN.',
})
export class ApiClient {
  id!: string;
  siteId!: string;

  @Field(() => String, { description: 'The OAuth `client_id` (and the X-Qifu-Client header of signed requests).' })
  clientId!: string;

  @Field(() => String, { description: 'Name of the app (at most 100 characters).' })
  name!: string;

  @Field(() => String, { description: 'Who answers for it: person, phone or mail (at most 200 characters).' })
  contact!: string;

  @Field(() => [ClientScope], { description: 'Scopes it may ask for; PUBLIC_READ always.' })
  scopes!: ClientScope[];

  @Field(() => Int, { description: 'Requests per minute it may make (HTTP 429 with Retry-After beyond), counted across instances.' })
  requestsPerMinute!: number;

  @Field(() => [String], { description: 'Browser origins allowed to call the API with its tokens on its site (CORS), at most 20.' })
  allowedOrigins!: string[];

  @Field(() => [String], { description: 'HTTPS endpoints it may register for webhooks (stored for the webhook work), at most 10.' })
  webhookUrls!: string[];

  @Field(() => String, { nullable: true, description: 'SM2 public key (uncompressed, hex, 04…) for SM2-signed requests; null when it does not sign with SM2.' })
  sm2PublicKey!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was registered.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was revoked (tokens and signatures refused from then on, on every instance); null while active.',
  })
  revokedAt!: Date | null;

  @Field(() => Site, { description: 'The site whose content and origins it uses.' })
  site!: Site;

  @Field(() => [ApiClientSecret], { description: 'Its secrets still valid (the current one and a rotated-out one during the overlap).' })
  secrets!: ApiClientSecret[];
}

@ObjectType({ description: 'Result of apiClientCreate.' })
export class ApiClientCreatePayload {
  @Field(() => ApiClient, { nullable: true, description: 'The new partner app.' })
  client?: ApiClient | null;
  @Field(() => String, {
    nullable: true,
    description: 'The client secret, shown this once and never again (only its SHA-256 is stored). Give it to the partner over a secure channel.',
  })
  secret?: string | null;
  @Field(() => [UserError], { description: 'REQUIRED, TOO_LONG, INVALID or NOT_FOUND (site); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of apiClientSecretRotate.' })
export class ApiClientSecretRotatePayload {
  @Field(() => ApiClient, { nullable: true, description: 'The partner app after the rotation.' })
  client?: ApiClient | null;
  @Field(() => String, { nullable: true, description: 'The new client secret, shown this once.' })
  secret?: string | null;
  @Field(() => [UserError], { description: 'NOT_FOUND, INVALID_STATE (revoked) or INVALID (overlap); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of apiClientUpdate and apiClientRevoke.' })
export class ApiClientPayload {
  @Field(() => ApiClient, { nullable: true, description: 'The partner app after the change.' })
  client?: ApiClient | null;
  @Field(() => [UserError], { description: 'NOT_FOUND, INVALID_STATE (already revoked), TOO_LONG or INVALID; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of siteAllowedOriginsSet.' })
export class SiteAllowedOriginsPayload {
  @Field(() => Site, { nullable: true, description: 'The site after the change.' })
  site?: Site | null;
  @Field(() => [String], { nullable: true, description: 'The browser origins now allowed for the site.' })
  allowedOrigins?: string[] | null;
  @Field(() => [UserError], { description: 'NOT_FOUND or INVALID (an origin that is not scheme://host[:port]); empty on success.' })
  errors!: UserError[];
}
