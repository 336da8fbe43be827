import type { schema } from '@samlad/db';
import { type PulseFigure, plannedMeetings, pulseFigures } from '@samlad/domain/overview';
import { type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { swedishSortKey } from '../../schema/where.ts';
import { type OverviewOrganisation, periodBounds } from './load.service.ts';
import type { OrganisationKind, OverviewPeriod } from './overview-access.ts';
import { jsonList, selectJson } from './overview-sql.ts';

type ForumTheme = (typeof schema.forumTheme.enumValues)[number];
type ForumLevel = (typeof schema.forumLevel.enumValues)[number];
type ForumStatus = (typeof schema.forumStatus.enumValues)[number];

/** A forum as the overview shows it: what it is and who hosts it, never its people. */
export interface OverviewForum {
  id: string;
  name: string;
  themes: ForumTheme[];
  level: ForumLevel;
  status: ForumStatus;
  meetingsPerYear: number;
  host: OverviewOrganisation;
  municipalityName: string | null;
  memberCount: number;
}

export interface ActionFigures {
  completedOnTime: number;
  completedLate: number;
  open: number;
  /** Of the open ones, those past their due date. */
  overdue: number;
}

export interface OrganisationAttendance {
  organisation: OverviewOrganisation;
  /** Held meetings of the forum in the period it was invited to. */
  meetingsInvited: number;
  meetingsRecorded: number;
  meetingsAttended: number;
}

export interface ForumDelivery {
  forum: OverviewForum;
  /** Meetings the cadence plans over the whole period, and over the part of it that has passed. */
  plannedMeetings: number;
  plannedToDate: number;
  heldMeetings: number;
  cancelledMeetings: number;
  upcomingMeetings: number;
  heldInPerson: number;
  heldDigital: number;
  heldHybrid: number;
  attendance: OrganisationAttendance[];
  actions: ActionFigures;
  pulse: PulseFigure[];
}

/** Which forums a delivery report covers. */
export type ForumScope = { countyCode: string } | { hostOrganisationId: string };

function scopeCondition(scope: ForumScope): SQL {
  return 'countyCode' in scope
    ? sql`f.county_code = ${scope.countyCode}`
    : sql`f.host_organisation_id = ${scope.hostOrganisationId}`;
}

/** What every overview statement selects of a forum (FORUM_COLUMNS over FORUM_JOINS). */
export interface ForumColumns extends Record<string, unknown> {
  id: string;
  name: string;
  themes: ForumTheme[] | string;
  level: ForumLevel;
  status: ForumStatus;
  meetings_per_year: number;
  host_id: string;
  host_name: string;
  host_kind: OrganisationKind;
  host_municipality: string | null;
  municipality_name: string | null;
}

/** A forum `f` with its host `h` (and the host's municipality `hm`) and its municipality `mu`. */
export const FORUM_COLUMNS = sql`f.id, f.name, f.themes, f.level, f.status, f.meetings_per_year,
  h.id as host_id, h.name as host_name, h.kind as host_kind, hm.name as host_municipality,
  mu.name as municipality_name`;
export const FORUM_JOINS = sql`join organisation h on h.id = f.host_organisation_id
  left join municipality hm on hm.code = h.municipality_code
  left join municipality mu on mu.code = f.municipality_code`;

export function overviewForum(row: ForumColumns, memberCount: number): OverviewForum {
  return {
    id: row.id,
    name: row.name,
    themes: enumArray(row.themes),
    level: row.level,
    status: row.status,
    meetingsPerYear: row.meetings_per_year,
    host: {
      id: row.host_id,
      name: row.host_name,
      kind: row.host_kind,
      municipalityName: row.host_municipality,
    },
    municipalityName: row.municipality_name,
    memberCount,
  };
}

interface AttendanceRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipality_name: string | null;
  invited: number;
  recorded: number;
  attended: number;
}

interface ForumRow extends ForumColumns {
  member_count: number;
  held: number;
  cancelled: number;
  upcoming: number;
  in_person: number;
  digital: number;
  hybrid: number;
  on_time: number;
  late: number;
  open: number;
  overdue: number;
  attendance: AttendanceRow[];
}

interface PulseRow {
  forum_id: string;
  quarter: string;
  answers: number;
  u: number;
  t: number;
}

/** Postgres arrays of enums come back as '{a,b}' from some drivers. */
export function enumArray<T extends string>(value: T[] | string): T[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner ? (inner.split(',') as T[]) : [];
}

/** The forums in scope with their delivery, and the pulse of every forum in scope per quarter. */
export interface Deliveries {
  forums: ForumDelivery[];
  /** Also of forums not listed (a closed forum's), so a county's pooled pulse counts every answer. */
  pulse: ForumPulseGroup[];
}

/**
 * Whether the forums in scope deliver, as one JSON object: meetings held against the cadence, how
 * they were held, attendance per invited organisation, actions done on time, and the pulse. A
 * forum is in scope while active or paused, or if it met in the period (a closed forum's year).
 * Each part is one grouped pass over its table for all the forums in scope, not a subquery per
 * forum: as fast here, and priced low enough that PostgreSQL does not first compile the statement
 * (JIT), which would cost more than it runs (see county-overview.service.ts).
 */
export function forumDeliveriesJson(scope: ForumScope, period: OverviewPeriod, now: Date): SQL {
  const { start, end } = periodBounds(period);
  const held = sql`mt.status <> 'cancelled' and mt.ends_at <= ${now}`;
  const scoped = sql`(select s.id from scoped s)`;
  return sql`(
    with scoped as materialized (
      select f.id from forum f where ${scopeCondition(scope)}
    ),
    meetings as (
      select mt.forum_id,
             count(*) filter (where ${held})::int as held,
             count(*) filter (where mt.status = 'cancelled')::int as cancelled,
             count(*) filter (where mt.status <> 'cancelled' and mt.ends_at > ${now})::int as upcoming,
             count(*) filter (where ${held} and mt.mode = 'in_person')::int as in_person,
             count(*) filter (where ${held} and mt.mode = 'digital')::int as digital,
             count(*) filter (where ${held} and mt.mode = 'hybrid')::int as hybrid
      from meeting mt
      where mt.forum_id in ${scoped} and mt.starts_at >= ${start} and mt.starts_at < ${end}
      group by mt.forum_id
    ),
    actions as (
      select a.forum_id,
             count(*) filter (where a.status = 'done' and (a.due_date is null
                 or (a.completed_at at time zone 'Europe/Stockholm')::date <= a.due_date))::int as on_time,
             count(*) filter (where a.status = 'done' and a.due_date is not null
                 and (a.completed_at at time zone 'Europe/Stockholm')::date > a.due_date)::int as late,
             count(*) filter (where a.status in ('open', 'in_progress'))::int as open,
             count(*) filter (where a.status in ('open', 'in_progress') and a.due_date < ${period.today}::date)::int as overdue
      from action_item a
      where a.forum_id in ${scoped} and a.status <> 'cancelled'
        and (a.due_date between ${period.from}::date and ${period.to}::date
             or (a.due_date is null and a.created_at >= ${start} and a.created_at < ${end}))
      group by a.forum_id
    ),
    members as (
      select fm.forum_id, count(*)::int as n from forum_member fm where fm.forum_id in ${scoped} group by fm.forum_id
    ),
    invited as (
      -- Held meetings per forum and invited organisation (organisation_meeting: one row each).
      select om.forum_id, om.organisation_id, count(*)::int as invited, count(om.attended)::int as recorded,
             count(*) filter (where om.attended)::int as attended
      from organisation_meeting om
      where om.forum_id in ${scoped} and om.starts_at >= ${start} and om.starts_at < ${end}
        and not om.cancelled and om.ends_at <= ${now}
      group by om.forum_id, om.organisation_id
    ),
    attendance as (
      select v.forum_id,
             json_agg(json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'municipality_name', mu.name,
                                        'invited', v.invited, 'recorded', v.recorded, 'attended', v.attended)
                      order by ${swedishSortKey(sql`o.name`)}, o.id) as list
      from invited v join organisation o on o.id = v.organisation_id
      left join municipality mu on mu.code = o.municipality_code
      group by v.forum_id
    ),
    pulse as (
      -- Answers per forum and quarter of the meeting's date; the single answers never leave SQL.
      select mt.forum_id, to_char(mt.starts_at at time zone 'Europe/Stockholm', 'YYYY-"Q"Q') as quarter,
             count(*)::int as answers, sum(a.usefulness)::int as u, sum(a.trust)::int as t
      from meeting mt join meeting_pulse_answer a on a.meeting_id = mt.id
      where mt.forum_id in ${scoped} and mt.starts_at >= ${start} and mt.starts_at < ${end}
      group by mt.forum_id, quarter
    )
    select json_build_object(
      'forums', ${jsonList(
        sql`
        select ${FORUM_COLUMNS}, coalesce(fm.n, 0) as member_count,
               coalesce(mt.held, 0) as held, coalesce(mt.cancelled, 0) as cancelled,
               coalesce(mt.upcoming, 0) as upcoming, coalesce(mt.in_person, 0) as in_person,
               coalesce(mt.digital, 0) as digital, coalesce(mt.hybrid, 0) as hybrid,
               coalesce(ac.on_time, 0) as on_time, coalesce(ac.late, 0) as late,
               coalesce(ac.open, 0) as open, coalesce(ac.overdue, 0) as overdue,
               coalesce(at.list, '[]'::json) as attendance
        from scoped s join forum f on f.id = s.id ${FORUM_JOINS}
        left join members fm on fm.forum_id = f.id
        left join meetings mt on mt.forum_id = f.id
        left join actions ac on ac.forum_id = f.id
        left join attendance at on at.forum_id = f.id
        where f.status in ('active', 'paused') or coalesce(mt.held, 0) + coalesce(mt.upcoming, 0) > 0`,
        sql`${swedishSortKey(sql`r.name`)}, r.id`,
      )},
      'pulse', (select coalesce(json_agg(p), '[]'::json) from pulse p)))`;
}

/** What forumDeliveriesJson yields, as the overview shows it. */
export function toDeliveries(
  json: { forums: ForumRow[]; pulse: PulseRow[] },
  period: OverviewPeriod,
): Deliveries {
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as text
  const plannedTo = period.today < period.to ? period.today : period.to;
  const pulse = json.pulse.map((r) => ({
    forumId: r.forum_id,
    period: r.quarter,
    answers: Number(r.answers),
    usefulnessSum: Number(r.u),
    trustSum: Number(r.t),
  }));
  const pulseOf = groupBy(pulse, (p) => p.forumId);
  const forums = json.forums.map((f) => ({
    forum: overviewForum(f, Number(f.member_count)),
    plannedMeetings: plannedMeetings(f.meetings_per_year, period.from, period.to),
    plannedToDate:
      period.from <= plannedTo ? plannedMeetings(f.meetings_per_year, period.from, plannedTo) : 0,
    heldMeetings: Number(f.held),
    cancelledMeetings: Number(f.cancelled),
    upcomingMeetings: Number(f.upcoming),
    heldInPerson: Number(f.in_person),
    heldDigital: Number(f.digital),
    heldHybrid: Number(f.hybrid),
    attendance: f.attendance.map((a) => ({
      organisation: { id: a.id, name: a.name, kind: a.kind, municipalityName: a.municipality_name },
      meetingsInvited: Number(a.invited),
      meetingsRecorded: Number(a.recorded),
      meetingsAttended: Number(a.attended),
    })),
    actions: {
      completedOnTime: Number(f.on_time),
      completedLate: Number(f.late),
      open: Number(f.open),
      overdue: Number(f.overdue),
    },
    pulse: pulseFigures(pulseOf.get(f.id) ?? []),
  }));
  return { forums, pulse };
}

/** Whether the forums in scope deliver, in one statement whatever the number of forums. */
export async function forumDeliveries(
  ctx: Context,
  scope: ForumScope,
  period: OverviewPeriod,
): Promise<Deliveries> {
  return toDeliveries(await selectJson(ctx, forumDeliveriesJson(scope, period, ctx.now)), period);
}

/** Rows grouped by a key, in their order (Map.groupBy needs Node 21). */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export interface ForumPulseGroup {
  forumId: string;
  period: string;
  answers: number;
  usefulnessSum: number;
  trustSum: number;
}

/** The pulse of many forums together: answers pooled per quarter before the five-answer rule applies. */
export function pooledPulse(groups: readonly ForumPulseGroup[]): PulseFigure[] {
  const byQuarter = new Map<
    string,
    { period: string; answers: number; usefulnessSum: number; trustSum: number }
  >();
  for (const g of groups) {
    const pooled = byQuarter.get(g.period) ?? { period: g.period, answers: 0, usefulnessSum: 0, trustSum: 0 };
    pooled.answers += g.answers;
    pooled.usefulnessSum += g.usefulnessSum;
    pooled.trustSum += g.trustSum;
    byQuarter.set(g.period, pooled);
  }
  return pulseFigures([...byQuarter.values()]);
}
