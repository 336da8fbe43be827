/**
 * Shared cases: local to a municipality, led mostly by social services and the police, with 2–4
 * other organisations from the same place (associations among them). About 60% identified: a
 * subject (fictional name, a personal identity number with a valid check digit, fiction-range
 * phone numbers), guardians for children, and a consent naming the other participants — or, for a
 * few, a recorded legal basis and a disclosure instead. Most have a plan with actions, and about
 * three timeline notes, each shown to some of the other participants. References are
 * PREFIX-YEAR-NNNN as the API makes them, numbered after the counters already in the database.
 */
import type { ForumTheme } from '../../../packages/db/src/schema/index.ts';
import { casePrefix } from '../../../packages/domain/src/cases/case-reference.ts';
import type { Forum } from './forums.ts';
import type { Org, OrgPlan, Unit } from './organisations.ts';
import type { County, Municipality } from './places.ts';
import { idFor, Random, WeightedList } from './random.ts';
import { THEMES } from './texts.ts';
import { DAY, stockholmDay, ymd } from './time.ts';

export type CaseStatus = 'open' | 'active' | 'follow_up' | 'closed';
export type SubjectKind = 'person' | 'family' | 'place' | 'topic';

export interface SharedCase {
  index: number;
  id: string;
  reference: string;
  municipality: Municipality;
  /** Organisation indexes; the lead first. */
  participants: number[];
  createdAt: number;
  status: CaseStatus;
  closedAt: number | null;
  kind: SubjectKind;
  themes: ForumTheme[];
  identified: boolean;
  protectedIdentity: boolean;
  /** Identified with consent (else on a recorded basis). */
  consent: boolean;
  /** The subject's age at the anchor, for people. */
  age: number | null;
  forumIndex: number | null;
  nextFollowUpDay: number | null;
  hasPlan: boolean;
  createdBy: number | null;
}

const LEADS: Partial<Record<Unit, number>> = {
  social: 50,
  police: 20,
  education: 8,
  school: 7,
  region: 10,
  employment: 5,
  labour: 5,
};
const PARTNERS: Partial<Record<Unit, number>> = {
  social: 5,
  police: 4,
  school: 3,
  education: 2,
  leisure: 2,
  region: 4,
  employment: 2,
  labour: 2,
  civil: 1.5,
  other: 1,
  root: 0.5,
};

export function planCases(
  plan: OrgPlan,
  counties: readonly County[],
  forums: readonly Forum[],
  total: number,
  anchor: number,
  seed: number,
  counters: ReadonlyMap<string, number>,
): { cases: SharedCase[]; counters: Map<string, number> } {
  const rnd = new Random(seed, 'cases');
  const { orgs } = plan;
  const forumsOf = new Map<number, number[]>();
  for (const f of forums) {
    if (f.status !== 'active') continue;
    for (const i of f.members) {
      const list = forumsOf.get(i) ?? [];
      list.push(f.index);
      forumsOf.set(i, list);
    }
  }
  const places = [...plan.municipality.values()].map((m) => {
    const pool = new Set(plan.byMunicipality.get(m.code) ?? []);
    for (const map of [plan.policeFor, plan.employmentFor, plan.regionOf]) {
      const i = map.get(map === plan.regionOf ? m.countyCode : m.code);
      if (i !== undefined) pool.add(i);
    }
    const all = [...pool];
    return {
      m,
      leads: new WeightedList(all.map((i) => [i, LEADS[(orgs[i] as Org).unit] ?? 0] as const)),
      partners: new WeightedList(all.map((i) => [i, PARTNERS[(orgs[i] as Org).unit] ?? 0] as const)),
    };
  });
  const usable = new WeightedList(
    places.filter((p) => p.leads.size > 0).map((p) => [p, p.m.population] as const),
  );
  const anchorDay = stockholmDay(anchor);
  const cases: SharedCase[] = [];
  for (let index = 0; index < total; index++) {
    const place = usable.pick(rnd);
    const lead = place.leads.pick(rnd);
    const participants = [lead];
    const want = rnd.int(2, 4);
    for (let tries = 0; participants.length < want + 1 && tries < 20; tries++) {
      const next = place.partners.pick(rnd);
      if (!participants.includes(next)) participants.push(next);
    }
    const ageDays = Math.floor(730 * rnd.next() ** 1.4);
    const createdAt = anchor - ageDays * DAY - rnd.int(1, 20) * 3_600_000;
    const status = rnd.weighted<CaseStatus>(
      ageDays > 400
        ? [
            ['open', 10],
            ['active', 30],
            ['follow_up', 20],
            ['closed', 40],
          ]
        : [
            ['open', 25],
            ['active', 50],
            ['follow_up', 15],
            ['closed', 10],
          ],
    );
    const identified = rnd.chance(0.6);
    const kind: SubjectKind = identified
      ? rnd.chance(0.85)
        ? 'person'
        : 'family'
      : rnd.weighted<SubjectKind>([
          ['person', 60],
          ['topic', 20],
          ['place', 20],
        ]);
    const primary = rnd.weighted(THEMES);
    const themes: ForumTheme[] = rnd.chance(0.35)
      ? [primary, rnd.weighted(THEMES.filter(([t]) => t !== primary))]
      : [primary];
    const young =
      themes.some((t) => t === 'children_and_young_people' || t === 'crime_prevention') || rnd.chance(0.3);
    const leadForums = forumsOf.get(lead) ?? [];
    const staff = (orgs[lead] as Org).users;
    cases.push({
      index,
      id: idFor(seed, '0a', index),
      reference: '',
      municipality: place.m,
      participants,
      createdAt,
      status,
      closedAt:
        status === 'closed' ? createdAt + Math.floor((anchor - createdAt) * (0.3 + 0.65 * rnd.next())) : null,
      kind,
      themes,
      identified,
      protectedIdentity: identified && rnd.chance(0.02),
      consent: identified && rnd.chance(0.92),
      age: kind === 'person' || kind === 'family' ? (young ? rnd.int(6, 20) : rnd.int(21, 70)) : null,
      forumIndex: leadForums.length > 0 && rnd.chance(0.25) ? rnd.pick(leadForums) : null,
      nextFollowUpDay: status !== 'closed' && rnd.chance(0.9) ? anchorDay + rnd.int(-45, 150) : null,
      hasPlan: status !== 'open' || rnd.chance(0.3),
      createdBy: staff.length > 0 ? rnd.pick(staff) : null,
    });
  }
  // Numbered in the order they were opened, per prefix and year, after what the database has.
  const next = new Map(counters);
  const byTime = [...cases].sort((a, b) => a.createdAt - b.createdAt || a.index - b.index);
  for (const c of byTime) {
    const leadOrg = orgs[c.participants[0] as number] as Org;
    const prefix = leadOrg.municipalityCode
      ? (plan.municipality.get(leadOrg.municipalityCode)?.casePrefix ?? 'XXX')
      : casePrefix(counties.find((k) => k.code === leadOrg.countyCode)?.shortName ?? 'X');
    const year = ymd(stockholmDay(c.createdAt)).year;
    const key = `${prefix}-${year}`;
    const n = (next.get(key) ?? 0) + 1;
    next.set(key, n);
    c.reference = `${key}-${String(n).padStart(4, '0')}`;
  }
  return { cases, counters: next };
}
