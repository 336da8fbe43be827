/**
 * Youth activities, mostly published, posted by associations, leisure administrations and schools
 * in their municipality: a term, a summer or a holiday week (a quarter of them already over at the
 * anchor), weekly times as an RFC 5545 rule bounded by the dates (as the API stores them), ages,
 * cost, capacity, languages and the organisation's own contact. Every CHECK of the activity table
 * holds: ages 0–30 in order, ends on or after it starts, cost and places never negative.
 */
import type { Org, OrgPlan, Unit } from './organisations.ts';
import { idFor, Random, WeightedList } from './random.ts';
import type { Row, TableRows } from './sql-writer.ts';
import { ACTIVITY_TITLES, LANGUAGES, SCHOOL_STEMS, VENUES } from './texts.ts';
import { DAY, dayOf, isoDay, isoWeekday, stockholmDay, ymd } from './time.ts';

type Category =
  | 'summer_activity'
  | 'summer_job'
  | 'homework_help'
  | 'sport'
  | 'culture'
  | 'open_youth_centre'
  | 'other';
type Season = 'spring' | 'summer' | 'autumn' | 'winter' | 'year_round';
type Status = 'draft' | 'pending_approval' | 'published' | 'cancelled' | 'unpublished';

const PUBLISHERS: Partial<Record<Unit, number>> = {
  civil: 55,
  leisure: 30,
  school: 8,
  education: 2,
  other: 3,
  social: 2,
};

const CATEGORIES: Partial<Record<Unit, ReadonlyArray<readonly [Category, number]>>> = {
  civil: [
    ['sport', 40],
    ['culture', 15],
    ['summer_activity', 15],
    ['homework_help', 12],
    ['other', 10],
    ['open_youth_centre', 8],
  ],
  leisure: [
    ['open_youth_centre', 30],
    ['summer_activity', 25],
    ['culture', 15],
    ['sport', 10],
    ['summer_job', 15],
    ['other', 5],
  ],
  school: [
    ['homework_help', 50],
    ['culture', 20],
    ['sport', 15],
    ['summer_activity', 15],
  ],
};
const OTHER_CATEGORIES: ReadonlyArray<readonly [Category, number]> = [
  ['summer_job', 30],
  ['homework_help', 30],
  ['other', 40],
];

const SEASONS: Record<Category, ReadonlyArray<readonly [Season, number]>> = {
  summer_activity: [['summer', 100]],
  summer_job: [['summer', 100]],
  homework_help: [
    ['spring', 35],
    ['autumn', 35],
    ['year_round', 30],
  ],
  sport: [
    ['spring', 25],
    ['autumn', 25],
    ['year_round', 25],
    ['summer', 15],
    ['winter', 10],
  ],
  culture: [
    ['spring', 30],
    ['autumn', 30],
    ['year_round', 20],
    ['winter', 10],
    ['summer', 10],
  ],
  open_youth_centre: [
    ['year_round', 60],
    ['spring', 15],
    ['autumn', 15],
    ['summer', 10],
  ],
  other: [
    ['spring', 30],
    ['autumn', 30],
    ['year_round', 30],
    ['winter', 10],
  ],
};

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

interface Activity {
  index: number;
  org: number;
  municipalityCode: string;
  municipalityName: string;
  category: Category;
  season: Season;
  startsOn: number;
  endsOn: number;
  status: Status;
  createdAt: number;
  publishedAt: number | null;
}

/** The dates of a season's instance that ends in (or starts in) `year`. */
function seasonDates(rnd: Random, season: Season, year: number): [number, number] {
  switch (season) {
    case 'summer': {
      const start = dayOf(year, 6, 10) + rnd.int(0, 20);
      return [start, Math.min(dayOf(year, 8, 16), start + rnd.pick([4, 11, 18, 25, 40, 60]))];
    }
    case 'spring':
      return [dayOf(year, 1, 12) + rnd.int(0, 14), dayOf(year, 5, 28) + rnd.int(0, 14)];
    case 'autumn':
      return [dayOf(year, 8, 19) + rnd.int(0, 14), dayOf(year, 11, 28) + rnd.int(0, 18)];
    case 'winter': {
      // Sports holiday (sportlov), one of weeks 7–10: Monday to Friday.
      const around = dayOf(year, 2, 12) + 7 * rnd.int(0, 3);
      const monday = around - (isoWeekday(around) - 1);
      return [monday, monday + 4];
    }
    case 'year_round':
      return [dayOf(year - 1, 8, 20) + rnd.int(0, 10), dayOf(year, 6, 10) + rnd.int(0, 5)];
  }
}

export function planActivities(plan: OrgPlan, total: number, anchor: number, seed: number): Activity[] {
  const rnd = new Random(seed, 'activities');
  const publishers = new WeightedList(plan.orgs.map((o) => [o, PUBLISHERS[o.unit] ?? 0] as const));
  if (publishers.size === 0) return [];
  const anchorDay = stockholmDay(anchor);
  const year = ymd(anchorDay).year;
  const inCounty = (code: string) => [...plan.municipality.values()].filter((m) => m.countyCode === code);
  const activities: Activity[] = [];
  for (let index = 0; index < total; index++) {
    const org: Org = publishers.pick(rnd);
    const municipality = org.municipalityCode
      ? plan.municipality.get(org.municipalityCode)
      : rnd.pick(inCounty(org.countyCode));
    if (!municipality) throw new Error(`no municipality for ${org.name}`);
    const category = rnd.weighted(CATEGORIES[org.unit] ?? OTHER_CATEGORIES);
    const season = rnd.weighted(SEASONS[category]);
    // A quarter are over: the latest instance that ended; the rest the first that has not.
    const past = rnd.chance(0.25);
    let dates: [number, number] = seasonDates(rnd, season, year);
    for (let y = year - 2; y <= year + 2; y++) {
      const d = seasonDates(rnd, season, y);
      if (past ? d[1] < anchorDay : d[1] >= anchorDay) {
        dates = d;
        if (!past) break;
      }
    }
    const [startsOn, endsOn] = dates;
    const status = rnd.weighted<Status>([
      ['published', 84],
      ['draft', 5],
      ['pending_approval', 4],
      ['cancelled', 3],
      ['unpublished', 4],
    ]);
    const createdAt = Math.min(
      anchor - rnd.int(1, 60) * DAY,
      (startsOn - rnd.int(10, 120)) * DAY + rnd.int(8, 16) * 3_600_000,
    );
    const publishedAt =
      status === 'published' || status === 'cancelled' || status === 'unpublished'
        ? Math.min(anchor - 3_600_000, createdAt + rnd.int(0, 5) * DAY)
        : null;
    activities.push({
      index,
      org: org.index,
      municipalityCode: municipality.code,
      municipalityName: municipality.name,
      category,
      season,
      startsOn,
      endsOn,
      status,
      createdAt,
      publishedAt,
    });
  }
  return activities;
}

export function activityTables(
  activities: readonly Activity[],
  plan: OrgPlan,
  anchor: number,
  seed: number,
): TableRows[] {
  const orgOf = (a: Activity) => plan.orgs[a.org] as Org;
  return [
    {
      table: 'activity',
      columns: [
        'id',
        'organisation_id',
        'title',
        'description',
        'category',
        'min_age',
        'max_age',
        'municipality_code',
        'place',
        'season',
        'starts_on',
        'ends_on',
        'start_time',
        'duration_minutes',
        'recurrence',
        'exception_dates',
        'cost_kronor',
        'cost_note',
        'sign_up',
        'sign_up_url',
        'capacity',
        'places_left',
        'languages',
        'accessibility',
        'contact_email',
        'contact_phone',
        'status',
        'status_reason',
        'published_at',
        'created_by_user_id',
        'created_at',
        'updated_at',
      ],
      *rows(): Iterable<Row> {
        const rnd = new Random(seed, 'activity rows');
        for (const a of activities) {
          const org = orgOf(a);
          const title = rnd.pick(ACTIVITY_TITLES[a.category] ?? ['Aktivitet']);
          const minAge = a.category === 'summer_job' ? rnd.int(14, 16) : rnd.int(6, 16);
          const maxAge = Math.min(25, minAge + rnd.int(2, 8));
          const length = a.endsOn - a.startsOn + 1;
          let startTime: string | null = null;
          let duration: number | null = null;
          let recurrence: string | null = null;
          const exceptions: string[] = [];
          if (a.category !== 'summer_job' && !(a.category === 'summer_activity' && rnd.chance(0.4))) {
            const days =
              a.season === 'winter' || a.season === 'summer' || length < 14
                ? ['MO', 'TU', 'WE', 'TH', 'FR']
                : rnd
                    .sample(
                      a.category === 'sport' ? WEEKDAYS.slice(0, 6) : WEEKDAYS.slice(0, 5),
                      rnd.int(1, a.category === 'open_youth_centre' ? 4 : 3),
                    )
                    .sort((x, y) => WEEKDAYS.indexOf(x) - WEEKDAYS.indexOf(y));
            // A rule on Saturdays only could miss a short range: keep a weekday in it.
            if (days.length === 1 && days[0] === 'SA') days.unshift('TU');
            recurrence = `FREQ=WEEKLY;BYDAY=${days.join(',')}`;
            const daytime = a.season === 'winter' || a.season === 'summer';
            const minutes = daytime
              ? rnd.pick([9 * 60, 10 * 60])
              : rnd.pick([15 * 60, 15 * 60 + 30, 16 * 60, 17 * 60, 18 * 60, 19 * 60]);
            startTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
            duration = daytime
              ? rnd.pick([180, 240, 360])
              : a.category === 'open_youth_centre'
                ? rnd.pick([180, 240])
                : rnd.pick([60, 90, 120]);
            if (length > 40 && rnd.chance(0.15)) {
              // One occurrence left out (a holiday), on a day the rule gives.
              for (let d = a.startsOn + 28; d <= a.endsOn; d++) {
                if (days.includes(WEEKDAYS[isoWeekday(d) - 1] as string)) {
                  exceptions.push(isoDay(d));
                  break;
                }
              }
            }
          }
          const paid = rnd.chance(0.3);
          const capacity = rnd.chance(0.7) ? rnd.int(10, 200) : null;
          const languages = [
            'sv',
            ...rnd.sample(
              LANGUAGES,
              rnd.weighted([
                [0, 60],
                [1, 30],
                [2, 10],
              ]),
            ),
          ];
          const updated =
            a.createdAt + Math.floor(rnd.next() * Math.max(0, anchor - 3_600_000 - a.createdAt));
          const publisher = org.users.length > 0 ? (plan.users[rnd.pick(org.users)]?.id ?? null) : null;
          yield [
            idFor(seed, '0f', a.index),
            org.id,
            title,
            `${title} för dig mellan ${minAge} och ${maxAge} år. ${paid ? 'Avgiften kan sättas ned om det behövs.' : 'Gratis.'} Arrangeras av ${org.name}.`,
            a.category,
            minAge,
            maxAge,
            a.municipalityCode,
            `${rnd.pick(VENUES)}${rnd.chance(0.4) ? ` ${rnd.pick(SCHOOL_STEMS)}` : ''}, ${a.municipalityName}`,
            a.season,
            isoDay(a.startsOn),
            isoDay(a.endsOn),
            startTime,
            duration,
            recurrence,
            exceptions,
            paid ? rnd.pick([20, 50, 100, 150, 200, 300, 500, 800]) : 0,
            paid && rnd.chance(0.5)
              ? rnd.pick(['Inklusive lunch', 'Terminsavgift', 'Kan subventioneras av kommunen'])
              : null,
            a.category === 'summer_job'
              ? 'Ansök via länken senast 1 april.'
              : rnd.pick([
                  'Kom förbi, ingen anmälan.',
                  'Anmäl dig via länken.',
                  'Anmälan till kontaktadressen.',
                ]),
            rnd.chance(0.4) ? `https://${org.domain}/aktiviteter/${a.index.toString(36)}` : null,
            capacity,
            capacity !== null && rnd.chance(0.5) ? rnd.int(0, capacity) : null,
            languages,
            rnd.chance(0.4) ? 'Lokalen saknar trappsteg och har tillgänglig toalett.' : null,
            rnd.chance(0.75) ? `${org.unit === 'civil' ? 'info' : 'fritid'}@${org.domain}` : null,
            rnd.chance(0.3) ? `031-390 06 ${String(rnd.int(0, 99)).padStart(2, '0')}` : null,
            a.status,
            a.status === 'unpublished' ? 'Uppgifterna behöver ses över innan aktiviteten visas igen.' : null,
            a.publishedAt === null ? null : new Date(a.publishedAt),
            publisher,
            new Date(a.createdAt),
            new Date(Math.max(updated, a.publishedAt ?? 0)),
          ];
        }
      },
    },
    {
      // Associations whose publications in a municipality no longer need approval.
      table: 'activity_publisher',
      columns: ['organisation_id', 'municipality_code', 'approved_at'],
      *rows(): Iterable<Row> {
        const first = new Map<string, [Activity, number]>();
        for (const a of activities) {
          if (orgOf(a).unit !== 'civil' || a.publishedAt === null) continue;
          const key = `${a.org}:${a.municipalityCode}`;
          const seen = first.get(key);
          if (!seen || a.publishedAt < seen[1]) first.set(key, [a, a.publishedAt]);
        }
        for (const [a, at] of first.values()) yield [orgOf(a).id, a.municipalityCode, new Date(at)];
      },
    },
  ];
}
