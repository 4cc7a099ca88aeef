import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, UserError, Violations, fail, unauthenticated } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { isOperator } from '../../common/parties.js';
import { countOf } from '../../common/raw-sql.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { isEmail, isMobile } from '../../common/validate.js';
import { Role } from '../../common/roles.js';
import { columns } from '../../db/columns.js';
import { pgArray } from '../../db/sql.js';
import { ACTIVITY_COLUMNS, ActivityStatus, RegistrationMethod, type Activity } from './activity.entity.js';

/** M4: invitations to activities registered by INVITATION (定向邀请). Only invited accounts register. */

/** Contacts per call, and live invitations per activity. */
export const MAX_INVITATIONS_PER_CALL = 100;
export const MAX_INVITATIONS_PER_ACTIVITY = 2000;

export enum InvitationContactKind {
  MOBILE = 'MOBILE',
  EMAIL = 'EMAIL',
}
registerEnumType(InvitationContactKind, {
  name: 'InvitationContactKind',
  description: '邀请方式 / How an invitee is named.',
  valuesConfig: { MOBILE: { description: '手机号码' }, EMAIL: { description: '电子邮箱' } },
});

@ObjectType({
  simpleResolvers: true,
  description: "An invitation to an activity registered by INVITATION. Visible to the organiser's staff, operators and the invitee.",
})
export class ActivityInvitation {
  id!: string;
  activityId!: string;
  @Field(() => InvitationContactKind, { description: 'Mobile number or e-mail address.' })
  contactKind!: InvitationContactKind;
  @Field(() => String, { description: 'The invited mobile number (11 digits) or e-mail address (lower case), as normalised.' })
  contact!: string;
  @Field(() => Date, { description: 'When invited.' })
  createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When revoked; a revoked invitation admits no new registration.' })
  revokedAt!: Date | null;
}
const INVITATION_COLUMNS = columns('activity_invitation', { omit: ['invitedBy', 'revokedBy'] });

@InputType({ description: 'Invite mobile numbers or e-mail addresses to an activity registered by INVITATION.' })
export class ActivityInvitationsAddInput {
  @Field(() => ID, { description: 'Global id of the activity.' })
  activityId!: string;
  @Field(() => [String], {
    description: `1–${MAX_INVITATIONS_PER_CALL} mainland mobile numbers or e-mail addresses (spaces, dashes, +86 and full-width characters are normalised; e-mail is case-insensitive).`,
  })
  contacts!: string[];
}

@InputType({ description: 'Revoke one invitation.' })
export class ActivityInvitationRevokeInput {
  @Field(() => ID, { description: 'Global id of the invitation.' })
  invitationId!: string;
}

@ObjectType({ description: 'Result of inviting.' })
export class ActivityInvitationsAddPayload {
  @Field(() => [ActivityInvitation], {
    nullable: true,
    description: 'The live invitations of the contacts given, in their order (existing ones are kept, not duplicated); null when refused.',
  })
  invitations?: ActivityInvitation[] | null;
  @Field(() => [UserError], { description: 'Why the change was refused (field contacts.N for a bad contact); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of revoking an invitation.' })
export class ActivityInvitationPayload {
  @Field(() => ActivityInvitation, { nullable: true, description: 'The invitation after the change.' })
  invitation?: ActivityInvitation | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

/** A contact as stored and matched: mobile numbers as 11 digits, e-mail addresses in lower case; null when neither. */
export function normaliseContact(raw: string): { kind: InvitationContactKind; contact: string } | null {
  const s = raw.normalize('NFKC').trim(); // full-width digits and ＠ become ASCII
  if (s.includes('@')) {
    const email = s.toLowerCase();
    return isEmail(email) ? { kind: InvitationContactKind.EMAIL, contact: email } : null;
  }
  const digits = s.replace(/[\s\-()]/g, '').replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  return isMobile(digits) ? { kind: InvitationContactKind.MOBILE, contact: digits } : null;
}

/** The organiser: staff of the activity's institution, or an operator. */
const canInvite = (ctx: Ctx, a: Pick<Activity, 'institutionId'>) =>
  isOperator(ctx) || (ctx.viewer?.institutionId === a.institutionId && !!ctx.viewer?.roles.includes(Role.INSTITUTION_STAFF));

/** The activity for the organiser's staff or an operator; others are told it does not exist. */
async function organisedActivity(ctx: Ctx, em: EntityManager, globalId: string, field: string, lock = false): Promise<Activity> {
  const id = fromGlobalId(globalId, 'Activity');
  const [a] = id ? await em.execute<Activity[]>(`select ${ACTIVITY_COLUMNS} from activity where id = ?${lock ? ' for update' : ''}`, [id]) : [];
  if (!a || !canInvite(ctx, a)) fail(ErrorCode.NOT_FOUND, field, '活动不存在');
  return a;
}

export function addInvitations(ctx: Ctx, input: ActivityInvitationsAddInput) {
  return mutation(ctx, async (em) => {
    const a = await organisedActivity(ctx, em, input.activityId, 'activityId', true);
    if (a.registrationMethod !== RegistrationMethod.INVITATION) fail(ErrorCode.INVALID_STATE, 'activityId', '该活动不是定向邀请报名，无需邀请');
    if (a.status === ActivityStatus.REJECTED) fail(ErrorCode.INVALID_STATE, 'activityId', '活动未通过审核，不能邀请');
    const v = new Violations();
    const contacts = input.contacts ?? [];
    if (contacts.length === 0) v.add(ErrorCode.REQUIRED, 'contacts', '请填写受邀人的手机号码或电子邮箱');
    if (contacts.length > MAX_INVITATIONS_PER_CALL) v.add(ErrorCode.INVALID, 'contacts', `每次最多邀请${MAX_INVITATIONS_PER_CALL}人`);
    const wanted = new Map<string, InvitationContactKind>();
    contacts.slice(0, MAX_INVITATIONS_PER_CALL).forEach((raw, i) => {
      const c = normaliseContact(raw ?? '');
      if (!c) v.add(ErrorCode.INVALID, `contacts.${i}`, `“${String(raw).slice(0, 60)}”不是有效的手机号码或电子邮箱`);
      else wanted.set(c.contact, c.kind);
    });
    v.throwIfAny();
    const live = await countOf({ ...ctx, em }, 'select count(*)::int as n from activity_invitation where activity_id = ? and revoked_at is null', [a.id]);
    const existing = await em.execute<{ contact: string }[]>(
      'select contact from activity_invitation where activity_id = ? and revoked_at is null and contact = any(?::text[])',
      [a.id, pgArray([...wanted.keys()])],
    );
    const fresh = [...wanted].filter(([c]) => !existing.some((e) => e.contact === c));
    if (live + fresh.length > MAX_INVITATIONS_PER_ACTIVITY) fail(ErrorCode.INVALID, 'contacts', `每个活动最多邀请${MAX_INVITATIONS_PER_ACTIVITY}人`);
    const now = ctx.clock.now();
    const ids = fresh.map(() => randomUUID());
    if (fresh.length)
      await em.execute(
        `insert into activity_invitation (id, activity_id, contact_kind, contact, invited_by, created_at)
         select unnest(?::uuid[]), ?, unnest(?::text[]), unnest(?::text[]), ?, ?`,
        [pgArray(ids), a.id, pgArray(fresh.map(([, k]) => k)), pgArray(fresh.map(([c]) => c)), ctx.viewer!.accountId, now],
      );
    // The contacts themselves are personal data: the audit log keeps the invitation ids.
    await audit(
      ctx,
      {
        operation: 'activity.invitation.add',
        objectType: 'Activity',
        objectId: a.id,
        result: 'SUCCESS',
        detail: { invitationIds: ids, kept: existing.length },
      },
      em,
    );
    const invitations = await em.execute<ActivityInvitation[]>(
      `select ${INVITATION_COLUMNS} from activity_invitation where activity_id = ? and revoked_at is null and contact = any(?::text[]) order by array_position(?::text[], contact)`,
      [a.id, pgArray([...wanted.keys()]), pgArray([...wanted.keys()])],
    );
    return { invitations };
  });
}

export function revokeInvitation(ctx: Ctx, input: ActivityInvitationRevokeInput) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.invitationId, 'ActivityInvitation');
    const [inv] = id ? await em.execute<ActivityInvitation[]>(`select ${INVITATION_COLUMNS} from activity_invitation where id = ? for update`, [id]) : [];
    if (!inv) fail(ErrorCode.NOT_FOUND, 'invitationId', '邀请不存在');
    const [a] = await em.execute<Activity[]>(`select ${ACTIVITY_COLUMNS} from activity where id = ?`, [inv.activityId]);
    if (!canInvite(ctx, a)) fail(ErrorCode.NOT_FOUND, 'invitationId', '邀请不存在');
    if (inv.revokedAt) fail(ErrorCode.INVALID_STATE, 'invitationId', '邀请已撤销');
    await em.execute('update activity_invitation set revoked_at = ?, revoked_by = ? where id = ?', [ctx.clock.now(), ctx.viewer!.accountId, inv.id]);
    await audit(ctx, { operation: 'activity.invitation.revoke', objectType: 'ActivityInvitation', objectId: inv.id, result: 'SUCCESS' }, em);
    const [after] = await em.execute<ActivityInvitation[]>(`select ${INVITATION_COLUMNS} from activity_invitation where id = ?`, [inv.id]);
    return { invitation: after };
  });
}

/** Invitations of an activity, oldest first: the organiser's staff and operators (others: NOT_FOUND as null). */
export async function listInvitations(ctx: Ctx, activityGlobalId: string, includeRevoked: boolean, args: PageArgs) {
  const page = pageOf(args);
  const id = fromGlobalId(activityGlobalId, 'Activity');
  const [a] = id ? await ctx.em.execute<Activity[]>(`select ${ACTIVITY_COLUMNS} from activity where id = ?`, [id]) : [];
  if (!a || !canInvite(ctx, a)) return null;
  const clause = `where activity_id = ?${includeRevoked ? '' : ' and revoked_at is null'}`;
  const rows = await ctx.em.execute<ActivityInvitation[]>(
    `select ${INVITATION_COLUMNS} from activity_invitation ${clause} order by created_at, id limit ? offset ?`,
    [a.id, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, () => countOf(ctx, `select count(*)::int as n from activity_invitation ${clause}`, [a.id]));
}

/** Live invitations addressed to the viewer's mobile number or e-mail address, for published activities, newest first. */
export async function listMyInvitations(ctx: Ctx, args: PageArgs) {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  const page = pageOf(args);
  const from = `from activity_invitation i join account me on me.id = ? join activity a on a.id = i.activity_id
    where i.revoked_at is null and a.status = 'PUBLISHED' and (i.contact = me.mobile or i.contact = lower(me.email))`;
  const rows = await ctx.em.execute<ActivityInvitation[]>(
    `select i.id, i.activity_id as "activityId", i.contact_kind as "contactKind", i.contact, i.created_at as "createdAt", i.revoked_at as "revokedAt"
     ${from} order by i.created_at desc, i.id desc limit ? offset ?`,
    [v.accountId, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, () => countOf(ctx, `select count(*)::int as n ${from}`, [v.accountId]));
}

/** Whether a live invitation names the account's mobile number or e-mail address. */
export async function isInvited(em: EntityManager, activityId: string, accountId: string): Promise<boolean> {
  const rows = await em.execute(
    `select 1 from activity_invitation i join account me on me.id = ?
      where i.activity_id = ? and i.revoked_at is null and (i.contact = me.mobile or i.contact = lower(me.email)) limit 1`,
    [accountId, activityId],
  );
  return rows.length > 0;
}

/** Whether the viewer is invited, for activities registered by INVITATION (batched); null otherwise or when signed out. */
export function viewerInvited(ctx: Ctx, a: Pick<Activity, 'id' | 'registrationMethod'>): Promise<boolean | null> | null {
  const v = ctx.viewer;
  if (!v || a.registrationMethod !== RegistrationMethod.INVITATION) return null;
  return ctx.loaders
    .get<string, boolean>('viewerInvited', async (ids) => {
      const rows = await ctx.em.execute<{ activityId: string }[]>(
        `select distinct i.activity_id as "activityId" from activity_invitation i join account me on me.id = ?
          where i.activity_id = any(?::uuid[]) and i.revoked_at is null and (i.contact = me.mobile or i.contact = lower(me.email))`,
        [v.accountId, pgArray(ids)],
      );
      const invited = new Set(rows.map((r) => r.activityId));
      return ids.map((id) => invited.has(id));
    })
    .load(a.id);
}
