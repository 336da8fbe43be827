import { queryRows } from '@samlad/db';
import { type MergeCandidate, mergeCandidates, type OverlapForum } from '@samlad/domain/overview';
import { type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { oncePerRequest } from '../../request-memo.ts';
import { swedishSortKey } from '../../schema/where.ts';
import {
  FORUM_COLUMNS,
  FORUM_JOINS,
  type ForumColumns,
  type OverviewForum,
  overviewForum,
} from './delivery.service.ts';
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

/**
 * The forums `where` selects (over `forum f`), with their members and typical meeting length, as
 * the overlap scoring takes them. One statement.
 */
export async function overlapForums(ctx: Context, where: SQL): Promise<CountyForum[]> {
  const forums = await queryRows<ForumColumns & { members: string | null; hours: number | null }>(
    ctx.db,
    sql`
    select ${FORUM_COLUMNS},
           (select string_agg(fm.organisation_id::text, ',') from forum_member fm where fm.forum_id = f.id) as members,
           (select avg(extract(epoch from mt.ends_at - mt.starts_at))::float8 / 3600 from meeting mt
             where mt.forum_id = f.id and mt.status <> 'cancelled'
               and mt.starts_at >= ${ctx.now}::timestamptz - interval '1 year' and mt.starts_at < ${ctx.now}::timestamptz) as hours
    from forum f ${FORUM_JOINS}
    where ${where}
    order by ${swedishSortKey(sql`f.name`)}, f.id`,
  );
  return forums.map((f) => {
    const ids = f.members ? f.members.split(',') : [];
    return {
      ...overviewForum(f, ids.length),
      members: ids,
      hoursPerMeeting: f.hours === null ? DEFAULT_HOURS_PER_MEETING : Math.round(Number(f.hours) * 100) / 100,
    };
  });
}

async function loadCountyNetwork(ctx: Context, countyCode: string): Promise<CountyNetwork> {
  const forums = await overlapForums(
    ctx,
    sql`f.county_code = ${countyCode} and f.status in ('active', 'paused')`,
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
    forums,
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
