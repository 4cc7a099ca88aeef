import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformServices } from '../../common/platform-services.js';
import type { PlatformDeps } from '../../common/system-context.js';
import type { Clock } from '../../common/clock.js';
import type { EventBus } from '../../common/events.js';
import type { JobHandler, JobQueue } from '../../common/jobs.js';
import { DOCKING_COLUMNS, DockingEventType, DockingParty, OPEN_STATUSES, type Docking } from './docking.entity.js';
import { ReminderKind } from './reminder.entity.js';
import { notifyReminder } from './reminder.notify.js';
import { WORKING_DAY_MINUTES, type WorkingCalendar, addWorkingMinutes, workingCalendar } from './working-time.js';

/** What services and job handlers share: events, jobs and the clock (a request Ctx satisfies it). */
export interface Bus {
  events: EventBus;
  jobs: JobQueue;
  clock: Clock;
  /** The platform's services (the notification centre); a request Ctx and PlatformDeps carry them. */
  services?: Partial<PlatformServices>;
}

import { DOCKING_UPDATED, REMINDER_CREATED } from './docking.events.js';
export { DOCKING_UPDATED, REMINDER_CREATED, type DockingUpdatedEvent, type ReminderCreatedEvent } from './docking.events.js';
export const SLA_QUEUE = 'docking.sla';

/** Built-in default clocks, in working minutes (M1): first response 2 h, reply 1 day, resolution 15 days. Operators may override them (platform_docking_sla); an institution's own settings win over both. */
export const DEFAULT_SLA = { firstResponse: 120, reply: WORKING_DAY_MINUTES, resolution: 15 * WORKING_DAY_MINUTES };
export type SlaClock = 'FIRST_RESPONSE' | 'REPLY' | 'RESOLUTION';
type Phase = 'REMIND' | 'BREACH' | 'ESCALATE';

interface SlaJob {
  dockingId: string;
  clock: SlaClock;
  phase: Phase;
  since: string;
}

export interface InstitutionSla {
  firstResponse: number;
  reply: number;
  resolution: number;
  responsibleAccountId: string;
}

export async function institutionSla(em: EntityManager, institutionId: string): Promise<InstitutionSla> {
  const [row] = await em.execute<{ fr: number | null; rp: number | null; rs: number | null; responsible: string }[]>(
    `select coalesce(s.first_response_minutes, p.first_response_minutes) as fr, coalesce(s.reply_minutes, p.reply_minutes) as rp,
            coalesce(s.resolution_minutes, p.resolution_minutes) as rs, coalesce(s.responsible_account_id, i.created_by) as responsible
       from institution i left join institution_docking_setting s on s.institution_id = i.id left join platform_docking_sla p on true
      where i.id = ?`,
    [institutionId],
  );
  return {
    firstResponse: row?.fr ?? DEFAULT_SLA.firstResponse,
    reply: row?.rp ?? DEFAULT_SLA.reply,
    resolution: row?.rs ?? DEFAULT_SLA.resolution,
    responsibleAccountId: row.responsible,
  };
}

/** Appends a timeline event and announces it (after commit) to the parties of the docking. */
export async function addEvent(
  bus: Bus,
  em: EntityManager,
  d: Pick<Docking, 'id' | 'enterpriseId' | 'institutionId'>,
  party: DockingParty,
  type: DockingEventType,
  body: string | null,
  actorId: string | null,
): Promise<string> {
  const id = randomUUID();
  await em.execute('insert into docking_event (id, docking_id, at, actor_id, party, type, body) values (?, ?, ?, ?, ?, ?, ?)', [
    id,
    d.id,
    bus.clock.now(),
    actorId,
    party,
    type,
    body,
  ]);
  await bus.events.publish(em, DOCKING_UPDATED, { dockingId: d.id, enterpriseId: d.enterpriseId, institutionId: d.institutionId, eventId: id, type });
  return id;
}

/** A reminder to one account (or all operators when accountId is null), pushed live after commit. */
export async function remind(
  bus: Bus,
  em: EntityManager,
  r: { accountId: string | null; kind: ReminderKind; message: string; dockingId?: string | null; demandId?: string | null },
): Promise<void> {
  const id = randomUUID();
  await em.execute('insert into reminder (id, account_id, audience, kind, docking_id, demand_id, message, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)', [
    id,
    r.accountId,
    r.accountId ? 'ACCOUNT' : 'OPERATORS',
    r.kind,
    r.dockingId ?? null,
    r.demandId ?? null,
    r.message,
    bus.clock.now(),
  ]);
  await bus.events.publish(em, REMINDER_CREATED, { reminderId: id, accountId: r.accountId });
  await notifyReminder(bus, em, r);
}

/**
 * Starts a clock: a reminder when three quarters of the time is used, a breach at the deadline, both in working
 * time (public holidays, 调休 and operators' overrides as they stand now: a later override moves no running clock).
 */
export async function startClock(
  bus: Bus,
  em: EntityManager,
  dockingId: string,
  clock: SlaClock,
  since: Date,
  minutes: number,
  calendar?: WorkingCalendar,
): Promise<Date> {
  calendar ??= await workingCalendar(em);
  const due = addWorkingMinutes(since, minutes, calendar);
  const remindAt = addWorkingMinutes(since, Math.floor(minutes * 0.75), calendar);
  const key = `${dockingId}:${clock}:${since.toISOString()}`;
  const payload = { dockingId, clock, since: since.toISOString() };
  await bus.jobs.enqueue(em, SLA_QUEUE, { ...payload, phase: 'REMIND' }, { runAt: remindAt, dedupeKey: `sla:${key}:REMIND` });
  await bus.jobs.enqueue(em, SLA_QUEUE, { ...payload, phase: 'BREACH' }, { runAt: due, dedupeKey: `sla:${key}:BREACH` });
  return due;
}

const CLOCK_LABEL: Record<SlaClock, string> = { FIRST_RESPONSE: '首次响应', REPLY: '回复', RESOLUTION: '办结' };

function stillPending(d: Docking, clock: SlaClock, since: Date): boolean {
  if (!OPEN_STATUSES.includes(d.status)) return false;
  if (clock === 'FIRST_RESPONSE') return !d.firstResponseAt;
  // raw rows carry timestamps as strings or Dates depending on the driver's type parsers
  if (clock === 'REPLY') return !!d.awaitingReplySince && new Date(d.awaitingReplySince).getTime() <= since.getTime();
  return true;
}

async function runSlaJob(bus: Bus, em: EntityManager, job: SlaJob): Promise<void> {
  const [d] = await em.execute<Docking[]>(`select ${DOCKING_COLUMNS} from docking where id = ? for update`, [job.dockingId]);
  if (!d || !stillPending(d, job.clock, new Date(job.since))) return;
  const sla = await institutionSla(em, d.institutionId);
  const label = CLOCK_LABEL[job.clock];
  if (job.phase === 'REMIND') {
    await addEvent(bus, em, d, DockingParty.SYSTEM, DockingEventType.REMINDER, `${label}时限即将到期`, null);
    await remind(bus, em, {
      accountId: sla.responsibleAccountId,
      kind: ReminderKind.DEADLINE_APPROACHING,
      dockingId: d.id,
      message: `对接事项${label}时限即将到期，请及时处理`,
    });
    return;
  }
  if (job.phase === 'BREACH') {
    await em.execute('update docking set escalation_level = greatest(escalation_level, 1), updated_at = ? where id = ?', [bus.clock.now(), d.id]);
    await addEvent(bus, em, d, DockingParty.SYSTEM, DockingEventType.SLA_BREACHED, `${label}已超出时限，已提醒机构负责人`, null);
    await remind(bus, em, {
      accountId: sla.responsibleAccountId,
      kind: ReminderKind.SLA_BREACHED,
      dockingId: d.id,
      message: `对接事项${label}已超时，请立即处理`,
    });
    // one more working day, then operators are told
    await bus.jobs.enqueue(
      em,
      SLA_QUEUE,
      { ...job, phase: 'ESCALATE' },
      {
        runAt: addWorkingMinutes(bus.clock.now(), WORKING_DAY_MINUTES, await workingCalendar(em)),
        dedupeKey: `sla:${d.id}:${job.clock}:${job.since}:ESCALATE`,
      },
    );
    return;
  }
  await escalateToOperators(bus, em, d, `${label}超时一个工作日仍未处理`);
}

export async function escalateToOperators(bus: Bus, em: EntityManager, d: Docking, why: string): Promise<void> {
  await em.execute('update docking set escalation_level = 2, updated_at = ? where id = ?', [bus.clock.now(), d.id]);
  await addEvent(bus, em, d, DockingParty.SYSTEM, DockingEventType.ESCALATED, `${why}，已升级至平台运营人员`, null);
  await remind(bus, em, { accountId: null, kind: ReminderKind.ESCALATED, dockingId: d.id, message: `对接事项${why}，请督办` });
}

export function slaJobs(deps: PlatformDeps): Record<string, JobHandler<SlaJob>> {
  return { [SLA_QUEUE]: (job, em) => runSlaJob(deps, em, job.payload) };
}
