import { queryRows } from '@samlad/db';
import { type MergeCandidate, mergeCandidates, type OverlapForum } from '@samlad/domain/overview';
import { sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { oncePerRequest } from '../../request-memo.ts';
import { swedishSortKey } from '../../schema/where.ts';
import { enumArray, type OverviewForum } from './delivery.service.ts';
import type { OverviewOrganisation } from './load.service.ts';
import type { OrganisationKind } from './overview-access.ts';

/** A meeting length to assume for a forum that has not met in the last year. */
const DEFAULT_HOURS_PER_MEETING = 2;

export interface CountyForum extends OverviewForum {
  members: string[];
  hoursPerMeeting: number;
}

/** The active and paused forums of a county with their members, and those members. */
export interface CountyNetwork {
  forums: CountyForum[];
  organisations: Map<string, OverviewOrganisation>;
}

/** One request may ask for both merge candidates and the network: the county is read once. */
export function countyNetwork(ctx: Context, countyCode: string): Promise<CountyNetwork> {
  return oncePerRequest(ctx, `overview:network:${countyCode}`, () => loadCountyNetwork(ctx, countyCode));
}

async function loadCountyNetwork(ctx: Context, countyCode: string): Promise<CountyNetwork> {
  const forums = await queryRows<{
    id: string;
    name: string;
    themes: string[] | string;
    level: OverviewForum['level'];
    status: OverviewForum['status'];
    meetings_per_year: number;
    host_id: string;
    host_name: string;
    host_kind: OrganisationKind;
    host_municipality: string | null;
    municipality_name: string | null;
    members: string | null;
    hours: number | null;
  }>(
    ctx.db,
    sql`
    select f.id, f.name, f.themes, f.level, f.status, f.meetings_per_year,
           h.id as host_id, h.name as host_name, h.kind as host_kind, hm.name as host_municipality,
           mu.name as municipality_name,
           (select string_agg(fm.organisation_id::text, ',') from forum_member fm where fm.forum_id = f.id) as members,
           (select avg(extract(epoch from mt.ends_at - mt.starts_at))::float8 / 3600 from meeting mt
             where mt.forum_id = f.id and mt.status <> 'cancelled'
               and mt.starts_at >= ${ctx.now}::timestamptz - interval '1 year' and mt.starts_at < ${ctx.now}::timestamptz) as hours
    from forum f
    join organisation h on h.id = f.host_organisation_id
    left join municipality hm on hm.code = h.municipality_code
    left join municipality mu on mu.code = f.municipality_code
    where f.county_code = ${countyCode} and f.status in ('active', 'paused')
    order by ${swedishSortKey(sql`f.name`)}, f.id`,
  );
  const organisations = await queryRows<{
    id: string;
    name: string;
    kind: OrganisationKind;
    municipality_name: string | null;
  }>(
    ctx.db,
    sql`
    select o.id, o.name, o.kind, mu.name as municipality_name
    from organisation o left join municipality mu on mu.code = o.municipality_code
    where o.id in (select fm.organisation_id from forum_member fm join forum f on f.id = fm.forum_id
                   where f.county_code = ${countyCode} and f.status in ('active', 'paused'))
    order by ${swedishSortKey(sql`o.name`)}, o.id`,
  );
  const members = new Map(
    organisations.map((o) => [
      o.id,
      { id: o.id, name: o.name, kind: o.kind, municipalityName: o.municipality_name },
    ]),
  );
  return {
    organisations: members,
    forums: forums.map((f) => {
      const ids = f.members ? f.members.split(',') : [];
      return {
        id: f.id,
        name: f.name,
        themes: enumArray(f.themes) as OverviewForum['themes'],
        level: f.level,
        status: f.status,
        meetingsPerYear: f.meetings_per_year,
        host: { id: f.host_id, name: f.host_name, kind: f.host_kind, municipalityName: f.host_municipality },
        municipalityName: f.municipality_name,
        memberCount: ids.length,
        members: ids,
        hoursPerMeeting:
          f.hours === null ? DEFAULT_HOURS_PER_MEETING : Math.round(Number(f.hours) * 100) / 100,
      };
    }),
  };
}

export interface RankedCandidate extends MergeCandidate {
  forumA: CountyForum;
  forumB: CountyForum;
}

/**
 * Merge candidates of a county, ranked (scoring is @samlad/domain/overview's). With
 * `involvingHost`, only pairs where that organisation hosts at least one of the two forums.
 */
export async function countyMergeCandidates(
  ctx: Context,
  countyCode: string,
  options: { minimumScore: number; first: number; involvingHost?: string },
): Promise<{ candidates: RankedCandidate[]; forumCount: number; network: CountyNetwork }> {
  const network = await countyNetwork(ctx, countyCode);
  const byId = new Map(network.forums.map((f) => [f.id, f]));
  const input: OverlapForum[] = network.forums.map((f) => ({
    id: f.id,
    members: f.members,
    themes: f.themes,
    meetingsPerYear: f.meetingsPerYear,
    hoursPerMeeting: f.hoursPerMeeting,
  }));
  const host = options.involvingHost;
  const ranked = mergeCandidates(input, {
    minimumScore: options.minimumScore,
    limit: host ? Number.POSITIVE_INFINITY : options.first,
  });
  const candidates: RankedCandidate[] = [];
  for (const c of ranked) {
    const forumA = byId.get(c.a);
    const forumB = byId.get(c.b);
    if (!forumA || !forumB) continue;
    if (host && forumA.host.id !== host && forumB.host.id !== host) continue;
    candidates.push({ ...c, forumA, forumB });
    if (candidates.length >= options.first) break;
  }
  return { candidates, forumCount: network.forums.length, network };
}
