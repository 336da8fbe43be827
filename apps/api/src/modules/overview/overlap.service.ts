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
import { jsonList, selectJson } from './overview-sql.ts';

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

export const networkMemoKey = (countyCode: string) => `overview:network:${countyCode}`;

/** One request may ask for both merge candidates and the network: the county is read once. */
export function countyNetwork(ctx: Context, countyCode: string): Promise<CountyNetwork> {
  return oncePerRequest(ctx, networkMemoKey(countyCode), async () =>
    toCountyNetwork(await selectJson(ctx, countyNetworkJson(countyCode, ctx.now))),
  );
}

interface OverlapForumRow extends ForumColumns {
  members: string[];
  hours: number | null;
}

/**
 * The forums `where` selects (over `forum f`), with their members and typical meeting length, as
 * the overlap scoring takes them, as a JSON array. Members and meetings are grouped in one pass
 * each for all the forums (see forumDeliveriesJson on why not a subquery per forum).
 */
function overlapForumsJson(where: SQL, now: Date): SQL {
  return sql`(
    with picked as materialized (select f.id from forum f where ${where}),
    members as (
      select fm.forum_id, array_agg(fm.organisation_id order by fm.organisation_id) as ids
      from forum_member fm where fm.forum_id in (select id from picked) group by fm.forum_id
    ),
    lengths as (
      select mt.forum_id, avg(extract(epoch from mt.ends_at - mt.starts_at))::float8 / 3600 as hours
      from meeting mt
      where mt.forum_id in (select id from picked) and mt.status <> 'cancelled'
        and mt.starts_at >= ${now}::timestamptz - interval '1 year' and mt.starts_at < ${now}::timestamptz
      group by mt.forum_id
    )
    select ${jsonList(
      sql`
      select ${FORUM_COLUMNS}, coalesce(fm.ids, '{}') as members, ln.hours
      from picked p join forum f on f.id = p.id ${FORUM_JOINS}
      left join members fm on fm.forum_id = f.id
      left join lengths ln on ln.forum_id = f.id`,
      sql`${swedishSortKey(sql`r.name`)}, r.id`,
    )})`;
}

function toCountyForums(rows: readonly OverlapForumRow[]): CountyForum[] {
  return rows.map((f) => ({
    ...overviewForum(f, f.members.length),
    members: f.members,
    hoursPerMeeting: f.hours === null ? DEFAULT_HOURS_PER_MEETING : Math.round(Number(f.hours) * 100) / 100,
  }));
}

/** The forums `where` selects (over `forum f`), as the overlap scoring takes them. One statement. */
export async function overlapForums(ctx: Context, where: SQL): Promise<CountyForum[]> {
  return toCountyForums(await selectJson(ctx, overlapForumsJson(where, ctx.now)));
}

/** A county's active and paused forums with their members, and those members, as one JSON object. */
export function countyNetworkJson(countyCode: string, now: Date): SQL {
  const organisations = sql`
    select o.id, o.name, o.kind, mu.name as municipality_name
    from organisation o left join municipality mu on mu.code = o.municipality_code
    where o.id in (select fm.organisation_id from forum_member fm join forum f on f.id = fm.forum_id
                   where f.county_code = ${countyCode} and f.status in ('active', 'paused'))`;
  return sql`json_build_object(
    'forums', ${overlapForumsJson(sql`f.county_code = ${countyCode} and f.status in ('active', 'paused')`, now)},
    'organisations', ${jsonList(organisations, sql`${swedishSortKey(sql`r.name`)}, r.id`)})`;
}

/** What countyNetworkJson yields. */
export function toCountyNetwork(json: {
  forums: OverlapForumRow[];
  organisations: { id: string; name: string; kind: OrganisationKind; municipality_name: string | null }[];
}): CountyNetwork {
  return {
    forums: toCountyForums(json.forums),
    organisations: new Map(
      json.organisations.map((o) => [
        o.id,
        { id: o.id, name: o.name, kind: o.kind, municipalityName: o.municipality_name },
      ]),
    ),
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
