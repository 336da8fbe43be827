import { type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { swedishSortKey } from '../../schema/where.ts';
import type { OrganisationKind, OverviewPeriod } from './overview-access.ts';
import { jsonList, selectJson } from './overview-sql.ts';

/** An organisation as the overview shows it: no people, only the organisation. */
export interface OverviewOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipalityName: string | null;
}

/** How much collaboration one organisation is called to. */
export interface OrganisationLoad {
  organisation: OverviewOrganisation;
  /** Active and paused forums it is a member of, in any county. */
  forumCount: number;
  /** Meetings in the period, not cancelled, it was invited to (as an organisation or by a person). */
  meetingsInvited: number;
  meetingHours: number;
  /** Of those, meetings where attendance is recorded, and where it attended. */
  meetingsRecorded: number;
  meetingsAttended: number;
  flagged: boolean;
}

/** The start of the period's first day and the end of its last, as instants. */
export function periodBounds(p: OverviewPeriod): { start: SQL; end: SQL } {
  return {
    start: sql`((${p.from}::date)::timestamp at time zone 'Europe/Stockholm')`,
    end: sql`((${p.to}::date + 1)::timestamp at time zone 'Europe/Stockholm')`,
  };
}

interface LoadRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipality_name: string | null;
  forum_count: number;
  invited: number;
  hours: number;
  recorded: number;
  attended: number;
}

/** Which organisations a load covers: a county's (of one kind, if given), or one organisation. */
export type LoadScope = { countyCode: string; kind: OrganisationKind | null } | { organisationId: string };

/**
 * The load of the organisations `which` selects as a JSON array, heaviest first: forums from
 * forum_member, meetings from organisation_meeting (one row per organisation and meeting however
 * many of its people were invited; attended if any of them was there).
 */
export function organisationLoadsJson(which: LoadScope, period: OverviewPeriod): SQL {
  const { start, end } = periodBounds(period);
  const chosen =
    'organisationId' in which
      ? sql`o.id = ${which.organisationId}`
      : sql`o.county_code = ${which.countyCode} ${which.kind ? sql`and o.kind = ${which.kind}` : sql``}`;
  return jsonList(
    sql`
    with orgs as (
      select o.id, o.name, o.kind, m.name as municipality_name
      from organisation o left join municipality m on m.code = o.municipality_code
      where ${chosen}
    ),
    forums as (
      select fm.organisation_id, count(*)::int as n
      from forum_member fm join forum f on f.id = fm.forum_id and f.status in ('active', 'paused')
      where fm.organisation_id in (select id from orgs)
      group by fm.organisation_id
    ),
    meetings as (
      -- organisation_meeting: one row per organisation and meeting however many of its people were
      -- invited, kept by triggers (the invitations joined to meetings cost ten times more); read
      -- by index range per organisation, which the lateral keeps the planner to.
      select o.id as organisation_id, m.*
      from orgs o cross join lateral (
        select count(*)::int as invited,
               coalesce(sum(extract(epoch from om.ends_at - om.starts_at)), 0)::float8 / 3600 as hours,
               count(om.attended)::int as recorded, count(*) filter (where om.attended)::int as attended
        from organisation_meeting om
        where om.organisation_id = o.id and om.starts_at >= ${start} and om.starts_at < ${end} and not om.cancelled
      ) m
    )
    select o.id, o.name, o.kind, o.municipality_name, coalesce(f.n, 0) as forum_count,
           coalesce(m.invited, 0) as invited, coalesce(m.hours, 0) as hours,
           coalesce(m.recorded, 0) as recorded, coalesce(m.attended, 0) as attended
    from orgs o left join forums f on f.organisation_id = o.id left join meetings m on m.organisation_id = o.id`,
    sql`r.forum_count desc, r.hours desc, ${swedishSortKey(sql`r.name`)}, r.id`,
  );
}

/** The loads of organisationLoadsJson, flagged at `threshold` forums. */
export function toOrganisationLoads(rows: readonly LoadRow[], threshold: number): OrganisationLoad[] {
  return rows.map((r) => ({
    organisation: { id: r.id, name: r.name, kind: r.kind, municipalityName: r.municipality_name },
    forumCount: Number(r.forum_count),
    meetingsInvited: Number(r.invited),
    meetingHours: Math.round(Number(r.hours) * 10) / 10,
    meetingsRecorded: Number(r.recorded),
    meetingsAttended: Number(r.attended),
    flagged: Number(r.forum_count) >= threshold,
  }));
}

/** The load of the organisations `which` selects, in one statement. */
export async function organisationLoads(
  ctx: Context,
  which: LoadScope,
  period: OverviewPeriod,
  threshold: number,
): Promise<OrganisationLoad[]> {
  return toOrganisationLoads(
    await selectJson<LoadRow[]>(ctx, organisationLoadsJson(which, period)),
    threshold,
  );
}
