import type { schema } from '@samlad/db';
import {
  AGE_GROUPS,
  type AgeGroupKey,
  ageGroupsOf,
  type ProtectedCount,
  protectCount,
} from '@samlad/domain/overview';
import { type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { swedishSortKey } from '../../schema/where.ts';
import type { OverviewPeriod } from './overview-access.ts';
import { jsonList, selectJson } from './overview-sql.ts';

type CaseStatus = (typeof schema.caseStatus.enumValues)[number];
type ForumTheme = (typeof schema.forumTheme.enumValues)[number];
type ActivitySeason = (typeof schema.activitySeason.enumValues)[number];

/** A county's cases as counts only, each below 5 withheld. */
export interface CaseFigures {
  total: ProtectedCount;
  byStatus: { status: CaseStatus; count: ProtectedCount }[];
  byTheme: { theme: ForumTheme; count: ProtectedCount }[];
  followUpsOnTime: ProtectedCount;
  followUpsLate: ProtectedCount;
  followUpsOverdue: ProtectedCount;
}

interface CaseFigureRow {
  dimension: string;
  key: string;
  n: number;
}

/**
 * The county's case figures as a JSON array through samlad_case_county_figures (row-level security
 * hides every case from a county board; the function returns counts and answers only the county's
 * board).
 */
export function caseFiguresJson(countyCode: string, period: OverviewPeriod): SQL {
  return sql`(select coalesce(json_agg(json_build_object('dimension', c.dimension, 'key', c.key, 'n', c.n)), '[]'::json)
    from samlad_case_county_figures(${countyCode}, ${period.from}::date, ${period.to}::date, ${period.today}::date) c)`;
}

/** The counts of caseFiguresJson, each below 5 withheld. */
export function toCaseFigures(rows: readonly CaseFigureRow[]): CaseFigures {
  const count = (dimension: string, key: string) =>
    Number(rows.find((r) => r.dimension === dimension && r.key === key)?.n ?? 0);
  const statuses: CaseStatus[] = ['open', 'active', 'follow_up', 'closed'];
  const themes = rows.filter((r) => r.dimension === 'theme').map((r) => r.key as ForumTheme);
  return {
    total: protectCount(statuses.reduce((sum, s) => sum + count('status', s), 0)),
    byStatus: statuses.map((status) => ({ status, count: protectCount(count('status', status)) })),
    byTheme: themes.sort().map((theme) => ({ theme, count: protectCount(count('theme', theme)) })),
    followUpsOnTime: protectCount(count('follow_up', 'on_time')),
    followUpsLate: protectCount(count('follow_up', 'late')),
    followUpsOverdue: protectCount(count('follow_up', 'overdue')),
  };
}

/** The county's case figures, in one statement. */
export async function caseFigures(
  ctx: Context,
  countyCode: string,
  period: OverviewPeriod,
): Promise<CaseFigures> {
  return toCaseFigures(await selectJson<CaseFigureRow[]>(ctx, caseFiguresJson(countyCode, period)));
}

export interface ActivityFigure {
  activities: number;
  /** Places offered: the sum of capacities where one is given. */
  places: number;
}

export interface MunicipalityActivities extends ActivityFigure {
  municipalityCode: string;
  municipalityName: string;
  byAgeGroup: ({ ageGroup: AgeGroupKey } & ActivityFigure)[];
  bySeason: ({ season: ActivitySeason } & ActivityFigure)[];
}

interface ActivityRow {
  code: string;
  name: string;
  min_age: number | null;
  max_age: number | null;
  season: ActivitySeason | null;
  n: number;
  places: number;
}

/**
 * Published activities running some time in the period, per municipality of the county and kind of
 * activity (ages, season), as a JSON array. Public data.
 */
export function activityFiguresJson(countyCode: string, period: OverviewPeriod): SQL {
  return jsonList(
    sql`
    select m.code, m.name, a.min_age, a.max_age, a.season, count(a.id)::int as n,
           coalesce(sum(a.capacity), 0)::int as places
    from municipality m
    left join activity a on a.municipality_code = m.code and a.status = 'published'
      and a.starts_on <= ${period.to}::date and a.ends_on >= ${period.from}::date
    where m.county_code = ${countyCode}
    group by m.code, m.name, a.min_age, a.max_age, a.season`,
    sql`${swedishSortKey(sql`r.name`)}, r.code, r.season, r.min_age, r.max_age`,
  );
}

/**
 * The activities of activityFiguresJson per municipality, by age group (an activity counts in every
 * group its ages reach) and season.
 */
export function toActivityFigures(rows: readonly ActivityRow[]): MunicipalityActivities[] {
  const result = new Map<string, MunicipalityActivities>();
  for (const r of rows) {
    let m = result.get(r.code);
    if (!m) {
      m = {
        municipalityCode: r.code,
        municipalityName: r.name,
        activities: 0,
        places: 0,
        byAgeGroup: AGE_GROUPS.map((g) => ({ ageGroup: g.key, activities: 0, places: 0 })),
        bySeason: [],
      };
      result.set(r.code, m);
    }
    const n = Number(r.n);
    if (n === 0 || r.min_age === null || r.max_age === null || r.season === null) continue;
    const places = Number(r.places);
    m.activities += n;
    m.places += places;
    for (const key of ageGroupsOf(r.min_age, r.max_age)) {
      const group = m.byAgeGroup.find((g) => g.ageGroup === key);
      if (group) {
        group.activities += n;
        group.places += places;
      }
    }
    let season = m.bySeason.find((s) => s.season === r.season);
    if (!season) {
      season = { season: r.season, activities: 0, places: 0 };
      m.bySeason.push(season);
    }
    season.activities += n;
    season.places += places;
  }
  return [...result.values()];
}

/** Published activities per municipality of the county, in one statement. */
export async function activityFigures(
  ctx: Context,
  countyCode: string,
  period: OverviewPeriod,
): Promise<MunicipalityActivities[]> {
  return toActivityFigures(await selectJson<ActivityRow[]>(ctx, activityFiguresJson(countyCode, period)));
}
