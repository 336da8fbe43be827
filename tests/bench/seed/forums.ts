/**
 * Forums: shared out over the counties by weight (so Västra Götaland and Stockholm have the most),
 * at four levels, with 4–12 member organisations chosen mostly from the forum's own municipality
 * (or county), so the same agencies sit in many forums that overlap. A member already in many
 * forums is a little less likely to be asked again, which spreads the load as in real life:
 * key units end up in 10–15 forums or more, small associations in one or two.
 */
import type { ForumTheme } from '../../../packages/db/src/schema/index.ts';
import type { Org, OrgPlan, Unit } from './organisations.ts';
import type { County, Municipality } from './places.ts';
import { slugify } from './places.ts';
import { apportion, idFor, Random } from './random.ts';
import { DISTRICTS, FORUM_NAMES, FORUM_PURPOSES, THEMES } from './texts.ts';

const DAY = 86_400_000;

export type ForumLevel = 'local' | 'municipal' | 'regional' | 'county';
export type ForumStatus = 'active' | 'paused' | 'merged' | 'closed';
export type MeetingMode = 'in_person' | 'digital' | 'hybrid';

export interface Forum {
  index: number;
  id: string;
  name: string;
  purpose: string;
  themes: ForumTheme[];
  level: ForumLevel;
  countyCode: string;
  municipalityCode: string | null;
  /** Organisation indexes; the host first. */
  members: number[];
  meetingsPerYear: number;
  status: ForumStatus;
  mergedIntoIndex: number | null;
  createdAt: Date;
  updatedAt: Date;
  /** Meetings fall in [meetFrom, meetUntil) (epoch ms). */
  meetFrom: number;
  meetUntil: number;
  /** 1 = Monday … 5 = Friday. */
  weekday: number;
  /** Local start, minutes after midnight. */
  startMinutes: number;
  durationMinutes: number;
  modes: ReadonlyArray<readonly [MeetingMode, number]>;
  place: string;
  slug: string;
  /** (organisation index, user index) pairs. */
  representatives: Array<readonly [number, number]>;
}

/** Who a forum on a theme asks to take part, relative. */
const THEME_UNITS: Record<ForumTheme, Partial<Record<Unit, number>>> = {
  children_and_young_people: {
    social: 5,
    education: 4,
    school: 3,
    leisure: 4,
    police: 4,
    civil: 1.5,
    region: 2,
  },
  crime_prevention: { police: 5, social: 4, leisure: 3, root: 3, school: 2, civil: 1, other: 1 },
  violence_in_close_relationships: { social: 5, police: 4, region: 4, civil: 2, other: 1, school: 1 },
  mental_health: { region: 5, social: 5, school: 2, education: 2, civil: 1, employment: 1, other: 1 },
  substance_use: { social: 5, region: 4, police: 3, school: 2, leisure: 1, civil: 1 },
  work_and_education: { employment: 5, labour: 5, education: 3, social: 3, other: 3, region: 1 },
  integration: { employment: 4, labour: 4, social: 3, civil: 2, education: 3, leisure: 2 },
  public_health: { root: 4, region: 4, leisure: 3, civil: 1.5, social: 2, education: 1 },
  safety: { police: 5, root: 4, leisure: 2, civil: 1, social: 2, other: 1, school: 1 },
};

const HOSTS: Record<ForumLevel, Partial<Record<Unit, number>>> = {
  local: { social: 3, root: 2, leisure: 2, police: 2, school: 1, education: 1 },
  municipal: { social: 4, root: 3, leisure: 1, police: 2, labour: 1, education: 1 },
  regional: { region: 3, other: 2, social: 1, police: 1, employment: 1 },
  county: { county_board: 3, region: 3, police: 1 },
};

const CADENCE: ReadonlyArray<readonly [number, number]> = [
  [4, 10],
  [6, 20],
  [8, 15],
  [10, 20],
  [12, 15],
  [20, 12],
  [40, 3],
];

const MEMBER_COUNT: ReadonlyArray<readonly [number, number]> = [
  [4, 10],
  [5, 14],
  [6, 16],
  [7, 15],
  [8, 13],
  [9, 10],
  [10, 8],
  [11, 7],
  [12, 7],
];

const START_TIMES = [8 * 60 + 30, 9 * 60, 9 * 60 + 30, 10 * 60, 13 * 60, 13 * 60 + 30, 14 * 60, 15 * 60];

export interface Window {
  anchor: number;
  /** Meetings from two years before the anchor… */
  from: number;
  /** …to a year after it. */
  until: number;
}

export function planForums(
  counties: readonly County[],
  plan: OrgPlan,
  total: number,
  window: Window,
  seed: number,
): Forum[] {
  const rnd = new Random(seed, 'forums');
  const { orgs } = plan;
  const forumCount = new Map<number, number>();
  const names = new Set<string>();
  const forums: Forum[] = [];
  const perCounty = apportion(
    total,
    counties.map((c) => c.weight),
  );

  const pools = new Map<string, number[]>();
  /** A municipality's own organisations and the agencies that serve it. */
  const localPool = (m: Municipality): number[] => {
    const known = pools.get(m.code);
    if (known) return known;
    const pool = new Set(plan.byMunicipality.get(m.code) ?? []);
    for (const map of [plan.policeFor, plan.employmentFor]) {
      const i = map.get(m.code);
      if (i !== undefined) pool.add(i);
    }
    const region = plan.regionOf.get(m.countyCode);
    if (region !== undefined) pool.add(region);
    const list = [...pool];
    pools.set(m.code, list);
    return list;
  };
  const weightOf = (o: Org, themes: readonly ForumTheme[], level: ForumLevel) => {
    let w = 0;
    for (const t of themes) w += THEME_UNITS[t][o.unit] ?? 0.1;
    if (o.unit === 'county_board') w = level === 'county' ? 3 : 0.05;
    return w / (1 + (forumCount.get(o.index) ?? 0) / 12);
  };
  // From a large pool, a weighted choice among a few dozen drawn at random: close to a weighted draw
  // from the whole pool, but the cost stays flat as the pools grow with the scale.
  const SAMPLE = 48;
  const draw = (pool: readonly number[], exclude: Set<number>, themes: ForumTheme[], level: ForumLevel) => {
    const choices: Array<readonly [number, number]> = [];
    const consider = (i: number) => {
      if (exclude.has(i)) return;
      const w = weightOf(orgs[i] as Org, themes, level);
      if (w > 0) choices.push([i, w]);
    };
    if (pool.length <= SAMPLE) for (const i of pool) consider(i);
    else for (let k = 0; k < SAMPLE; k++) consider(pool[rnd.int(0, pool.length - 1)] as number);
    return choices.length > 0 ? rnd.weighted(choices) : null;
  };
  const activeIn = new Map<string, number[]>();

  counties.forEach((county, ci) => {
    const countyPool = plan.byCounty.get(county.code) ?? [];
    const places = county.municipalities.filter((m) => (plan.byMunicipality.get(m.code) ?? []).length > 0);
    for (let k = 0; k < (perCounty[ci] ?? 0); k++) {
      let level = rnd.weighted<ForumLevel>([
        ['local', 20],
        ['municipal', 50],
        ['regional', 18],
        ['county', 12],
      ]);
      if ((level === 'local' || level === 'municipal') && places.length === 0) level = 'county';
      const primary = rnd.weighted(THEMES);
      const themes: ForumTheme[] = [primary];
      if (rnd.chance(0.5)) {
        const second = rnd.weighted(THEMES.filter(([t]) => t !== primary));
        themes.push(second);
      }

      let m: Municipality | null = null;
      let pool: number[];
      let place: string;
      if (level === 'local' || level === 'municipal') {
        m = rnd.weighted(places.map((p) => [p, p.population] as const));
        pool = localPool(m);
        place = level === 'local' ? `${m.name} ${rnd.pick(DISTRICTS)}` : m.name;
      } else if (level === 'regional') {
        const part = rnd.sample(county.municipalities, Math.min(county.municipalities.length, rnd.int(2, 5)));
        pool = [...new Set(part.flatMap(localPool))];
        place = `${rnd.pick(['norra', 'södra', 'östra', 'västra', 'mellersta'])} ${county.shortName}`;
      } else {
        pool = countyPool;
        place = county.name;
      }
      if (pool.length < 2) pool = countyPool;

      // County forums are hosted by the county board or the region; others by a unit from the pool.
      const countyHosts = [plan.boardOf.get(county.code), plan.regionOf.get(county.code)].filter(
        (x): x is number => x !== undefined,
      );
      const hostPool =
        level === 'county' && countyHosts.length > 0
          ? countyHosts
          : pool.length <= SAMPLE * 4
            ? pool
            : Array.from({ length: SAMPLE * 4 }, () => rnd.pick(pool));
      const hostChoices = hostPool
        .map((i) => [i, HOSTS[level][(orgs[i] as Org).unit] ?? 0] as const)
        .filter(([, w]) => w > 0);
      const host = hostChoices.length > 0 ? rnd.weighted(hostChoices) : rnd.pick(pool);
      const size = rnd.weighted(MEMBER_COUNT);
      const members = [host];
      const taken = new Set(members);
      while (members.length < size) {
        const fromCounty = level === 'local' || level === 'municipal' ? rnd.chance(0.15) : rnd.chance(0.3);
        const next =
          draw(fromCounty ? countyPool : pool, taken, themes, level) ??
          draw(countyPool, taken, themes, level);
        if (next === null) break;
        members.push(next);
        taken.add(next);
      }
      for (const i of members) forumCount.set(i, (forumCount.get(i) ?? 0) + 1);

      // A name not taken yet: another wording, then a district of the place, then a number.
      const templates = rnd.sample(FORUM_NAMES[primary], FORUM_NAMES[primary].length);
      const candidates = [
        ...templates.map((t) => t(place)),
        ...(level === 'municipal'
          ? rnd.sample(DISTRICTS, DISTRICTS.length).map((d) => `${place} ${d}`)
          : []
        ).flatMap((p) => templates.map((t) => t(p))),
      ];
      const first = candidates[0] as string;
      let name = candidates.find((c) => !names.has(c)) ?? first;
      for (let n = 2; names.has(name); n++) name = `${first} (${n})`;
      names.add(name);

      // Most forums are older than the window; a quarter started during it.
      const createdAt = rnd.chance(0.75)
        ? window.from - rnd.int(1, 1_100) * DAY
        : window.from + rnd.int(1, 700) * DAY;
      let status = rnd.weighted<ForumStatus>([
        ['active', 86],
        ['paused', 4],
        ['merged', 3],
        ['closed', 7],
      ]);
      let mergedIntoIndex: number | null = null;
      if (status === 'merged') {
        const targets = activeIn.get(county.code) ?? [];
        if (targets.length > 0) mergedIntoIndex = rnd.pick(targets);
        else status = 'closed';
      }
      const meetFrom = Math.max(createdAt, window.from);
      let meetUntil = window.until;
      let updatedAt = Math.max(createdAt, window.anchor - rnd.int(1, 300) * DAY);
      if (status === 'closed' || status === 'merged') {
        const earliest = Math.max(meetFrom + 90 * DAY, window.anchor - 540 * DAY);
        meetUntil = Math.min(window.anchor - 20 * DAY, earliest + rnd.int(0, 500) * DAY);
        if (meetUntil <= meetFrom) meetUntil = meetFrom + DAY;
        updatedAt = meetUntil;
      } else if (status === 'paused') {
        meetUntil = Math.max(meetFrom + DAY, window.anchor - rnd.int(20, 240) * DAY);
        updatedAt = meetUntil;
      }

      const modes: ReadonlyArray<readonly [MeetingMode, number]> = rnd.weighted([
        [
          [
            ['in_person', 70],
            ['digital', 10],
            ['hybrid', 20],
          ],
          45,
        ],
        [
          [
            ['in_person', 15],
            ['digital', 70],
            ['hybrid', 15],
          ],
          30,
        ],
        [
          [
            ['in_person', 20],
            ['digital', 20],
            ['hybrid', 60],
          ],
          25,
        ],
      ] as const);
      const hostOrg = orgs[host] as Org;
      const representatives: Array<readonly [number, number]> = [];
      const seated = new Set<number>();
      for (const i of members) {
        const o = orgs[i] as Org;
        const pool = o.coordinators.length > 0 && rnd.chance(0.7) ? o.coordinators : o.users;
        const user = pool.length > 0 ? rnd.pick(pool) : undefined;
        if (user === undefined || seated.has(user)) continue;
        seated.add(user);
        representatives.push([i, user]);
      }
      const index = forums.length;
      if (status === 'active') {
        const list = activeIn.get(county.code) ?? [];
        list.push(index);
        activeIn.set(county.code, list);
      }
      forums.push({
        index,
        id: idFor(seed, '04', index),
        name,
        purpose: FORUM_PURPOSES[primary],
        themes,
        level,
        countyCode: county.code,
        municipalityCode: m?.code ?? null,
        members,
        meetingsPerYear: rnd.weighted(CADENCE),
        status,
        mergedIntoIndex,
        createdAt: new Date(createdAt),
        updatedAt: new Date(updatedAt),
        meetFrom,
        meetUntil,
        weekday: rnd.int(1, 5),
        startMinutes: rnd.pick(START_TIMES),
        durationMinutes: rnd.weighted([
          [60, 20],
          [90, 35],
          [120, 30],
          [180, 15],
        ]),
        modes,
        place: `${hostOrg.name}, ${rnd.pick(['sammanträdesrum', 'konferensrum', 'mötesrum'])} ${rnd.pick(['Ekan', 'Linden', 'Tallen', 'Stora salen', 'Kupolen', 'Ljuset'])}`,
        slug: `${slugify(name).slice(0, 40)}-${index.toString(36)}`,
        representatives,
      });
    }
  });
  return forums;
}
