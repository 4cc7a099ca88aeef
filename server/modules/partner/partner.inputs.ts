import { Field, ID, InputType, Int } from 'type-graphql';
import { ClientScope } from './partner.scopes.js';

@InputType({ description: 'A partner app to register.' })
export class ApiClientCreateInput {
  @Field(() => String, { description: 'Name of the app (1–100 characters).' })
  name!: string;
  @Field(() => String, { description: 'Who answers for it (1–200 characters).' })
  contact!: string;
  @Field(() => ID, { description: 'Global id of the site whose content it serves.' })
  siteId!: string;
  @Field(() => [ClientScope], { nullable: true, description: 'Scopes (PUBLIC_READ is always included; default PUBLIC_READ only).' })
  scopes?: ClientScope[] | null;
  @Field(() => Int, { nullable: true, description: 'Requests per minute, 1–100000 (default 600).' })
  requestsPerMinute?: number | null;
  @Field(() => [String], { nullable: true, description: 'Browser origins (scheme://host[:port]), at most 20.' })
  allowedOrigins?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Webhook endpoints (https://…), at most 10.' })
  webhookUrls?: string[] | null;
  @Field(() => String, { nullable: true, description: 'SM2 public key (04 followed by 128 hex digits) when the partner signs with SM2.' })
  sm2PublicKey?: string | null;
}

@InputType({ description: 'Changes to a partner app; omitted fields stay as they are.' })
export class ApiClientUpdateInput {
  @Field(() => ID, { description: 'Global id of the partner app.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'Name (1–100 characters).' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'Contact (1–200 characters).' })
  contact?: string | null;
  @Field(() => [ClientScope], {
    nullable: true,
    description: 'Scopes (PUBLIC_READ is always included). Tokens already issued keep theirs until they expire (10 minutes).',
  })
  scopes?: ClientScope[] | null;
  @Field(() => Int, { nullable: true, description: 'Requests per minute, 1–100000.' })
  requestsPerMinute?: number | null;
  @Field(() => [String], { nullable: true, description: 'Browser origins (scheme://host[:port]), at most 20.' })
  allowedOrigins?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Webhook endpoints (https://…), at most 10.' })
  webhookUrls?: string[] | null;
  @Field(() => String, { nullable: true, description: 'SM2 public key (04 followed by 128 hex digits); empty text removes it.' })
  sm2PublicKey?: string | null;
}

@InputType({ description: 'Rotate the secret of a partner app.' })
export class ApiClientSecretRotateInput {
  @Field(() => ID, { description: 'Global id of the partner app.' })
  id!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'How long the previous secret stays valid, in minutes, 0–10080 (default 1440: one day for the partner to switch; 0 ends it now).',
  })
  overlapMinutes?: number | null;
}

@InputType({ description: 'Browser origins allowed for one site.' })
export class SiteAllowedOriginsInput {
  @Field(() => ID, { description: 'Global id of the site.' })
  siteId!: string;
  @Field(() => [String], { description: 'Origins (scheme://host[:port], e.g. https://www.ah.gov.cn), at most 50; replaces the list.' })
  origins!: string[];
}
