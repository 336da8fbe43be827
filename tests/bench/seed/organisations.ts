/**
 * Organisations, users and memberships. At scale 1: 3,000 organisations — per municipality its
 * social services, education, leisure, the municipality itself and its labour-market unit; schools;
 * police areas and employment-service offices (units of the national agencies in the demo data);
 * 21 regions and 21 county boards; associations; and a few others (coordination associations,
 * Försäkringskassan, the probation service) — and 30,000 users with work e-mail only.
 */
import { base, Faker, sv } from '@faker-js/faker';
import { DEMO, demoUsers } from '../../../packages/db/src/index.ts';
import type { MembershipRole, OrganisationKind } from '../../../packages/db/src/schema/index.ts';
import type { County, Municipality } from './places.ts';
import { slugify } from './places.ts';
import { apportion, hashInts, hashText, idFor, Random } from './random.ts';
import { CIVIL_SOCIETY, JOB_TITLES, OTHER_ORGANISATIONS, SCHOOL_GRADES, SCHOOL_STEMS } from './texts.ts';

const DAY = 86_400_000;

/** What an organisation is, finer than its kind: forums and cases choose members by it. */
export type Unit =
  | 'social'
  | 'education'
  | 'leisure'
  | 'root'
  | 'labour'
  | 'school'
  | 'police'
  | 'employment'
  | 'region'
  | 'county_board'
  | 'civil'
  | 'other';

export interface Org {
  index: number;
  id: string;
  name: string;
  kind: OrganisationKind;
  unit: Unit;
  countyCode: string;
  municipalityCode: string | null;
  parentId: string | null;
  /** The e-mail domain of its staff. */
  domain: string;
  /** Its staff's job titles, when not the usual ones of its unit. */
  titles?: readonly string[];
  createdAt: Date;
  /** Indexes of the users whose first membership is here, in order (the first is its admin). */
  users: number[];
  /** Of those, the coordinators. */
  coordinators: number[];
}

export interface User {
  index: number;
  id: string;
  email: string;
  displayName: string;
  jobTitle: string;
  createdAt: Date;
  memberships: Array<{ id: string; orgIndex: number; role: MembershipRole }>;
}

export interface OrgPlan {
  orgs: Org[];
  users: User[];
  byMunicipality: Map<string, number[]>;
  byCounty: Map<string, number[]>;
  /** The police area, employment office, region and county board serving a place. */
  policeFor: Map<string, number>;
  employmentFor: Map<string, number>;
  regionOf: Map<string, number>;
  boardOf: Map<string, number>;
  municipality: Map<string, Municipality>;
}

const MUNICIPAL_UNITS = ['social', 'education', 'leisure', 'root', 'labour'] as const;

const KIND: Record<Unit, OrganisationKind> = {
  social: 'municipality',
  education: 'school',
  leisure: 'municipality',
  root: 'municipality',
  labour: 'municipality',
  school: 'school',
  police: 'police',
  employment: 'employment_service',
  region: 'region',
  county_board: 'county_board',
  civil: 'civil_society',
  other: 'other',
};

/** Staff per organisation, relative. */
const STAFF: Record<Unit, number> = {
  social: 40,
  education: 15,
  leisure: 10,
  root: 8,
  labour: 8,
  school: 6,
  police: 25,
  employment: 12,
  region: 35,
  county_board: 12,
  civil: 3,
  other: 5,
};

export interface Counts {
  organisations: number;
  users: number;
}

export function planOrganisations(
  counties: readonly County[],
  counts: Counts,
  seed: number,
  anchor: Date,
): OrgPlan {
  const rnd = new Random(seed, 'organisations');
  const municipalities = counties.flatMap((c) => c.municipalities);
  const municipality = new Map(municipalities.map((m) => [m.code, m]));
  const orgs: Org[] = [];
  const names = new Set<string>();
  const unique = (name: string) => {
    let candidate = name;
    for (let n = 2; names.has(candidate); n++) candidate = `${name} (${n})`;
    names.add(candidate);
    return candidate;
  };
  const add = (o: Omit<Org, 'index' | 'id' | 'createdAt' | 'users' | 'coordinators'>): Org => {
    const index = orgs.length;
    const org: Org = {
      ...o,
      name: unique(o.name),
      index,
      id: idFor(seed, '01', index),
      createdAt: new Date(anchor.getTime() - rnd.int(1_100, 2_500) * DAY),
      users: [],
      coordinators: [],
    };
    orgs.push(org);
    return org;
  };

  const fixed = counties.length * 2;
  const rest = Math.max(counts.organisations - fixed, 12);
  const municipal = Math.min(MUNICIPAL_UNITS.length * municipalities.length, Math.round(0.49 * rest));
  const police = Math.max(1, Math.round(0.035 * rest));
  const employment = Math.max(1, Math.round(0.035 * rest));
  const schools = Math.round(0.2 * rest);
  const civil = Math.round(0.18 * rest);
  const other = Math.max(0, rest - municipal - police - employment - schools - civil);

  const regionOf = new Map<string, number>();
  const boardOf = new Map<string, number>();
  for (const c of counties) {
    const region = add({
      name: c.code === '09' ? 'Region Gotland, hälso- och sjukvården' : `Region ${c.shortName}`,
      kind: 'region',
      unit: 'region',
      countyCode: c.code,
      municipalityCode: null,
      parentId: null,
      domain: `region${slugify(c.shortName).replaceAll('-', '')}.example`,
    });
    regionOf.set(c.code, region.index);
    const board = add({
      name: `Länsstyrelsen i ${c.name}`,
      kind: 'county_board',
      unit: 'county_board',
      countyCode: c.code,
      municipalityCode: null,
      parentId: null,
      domain: 'lansstyrelsen.example',
    });
    boardOf.set(c.code, board.index);
  }

  // The municipalities' own units: as many of the five as the scale allows, larger places first.
  const unitCounts = apportion(
    municipal,
    municipalities.map((m) => Math.sqrt(m.population)),
    { cap: MUNICIPAL_UNITS.length },
  );
  const educationOf = new Map<string, string>();
  municipalities.forEach((m, i) => {
    const units = MUNICIPAL_UNITS.slice(0, unitCounts[i] ?? 0);
    const rootId = units.includes('root') ? idFor(seed, '01', orgs.length + units.indexOf('root')) : null;
    const domain = `${m.slug}.kommun.example`;
    const label: Record<(typeof MUNICIPAL_UNITS)[number], string> = {
      social: `${m.authority}, socialförvaltningen`,
      education: `${m.authority}, utbildningsförvaltningen`,
      leisure: `${m.authority}, kultur- och fritidsförvaltningen`,
      root: m.authority,
      labour: `${m.authority}, arbetsmarknadsenheten`,
    };
    for (const unit of units) {
      const org = add({
        name: label[unit],
        kind: KIND[unit],
        unit,
        countyCode: m.countyCode,
        municipalityCode: m.code,
        parentId: unit === 'root' ? null : rootId,
        domain,
      });
      if (unit === 'education') educationOf.set(m.code, org.id);
    }
  });

  // Police areas and employment offices: shared out over the counties, one per larger town.
  const policeFor = new Map<string, number>();
  const employmentFor = new Map<string, number>();
  const agencyUnits = (
    total: number,
    unit: 'police' | 'employment',
    serving: Map<string, number>,
    name: (m: Municipality) => string,
    domain: string,
    parentId: string,
  ) => {
    const perCounty = apportion(
      total,
      counties.map((c) => c.weight),
    );
    counties.forEach((c, ci) => {
      const n = Math.min(perCounty[ci] ?? 0, c.municipalities.length);
      if (n === 0) return;
      const byTown = [...c.municipalities].sort(
        (a, b) => b.population - a.population || (a.code < b.code ? -1 : 1),
      );
      const areas = byTown.slice(0, n).map((m) =>
        add({
          name: name(m),
          kind: KIND[unit],
          unit,
          countyCode: c.code,
          municipalityCode: m.code,
          parentId,
          domain,
        }),
      );
      byTown.forEach((m, i) => {
        serving.set(m.code, (areas[i % areas.length] as Org).index);
      });
    });
  };
  agencyUnits(
    police,
    'police',
    policeFor,
    (m) => `Polisen, lokalpolisområde ${m.name}`,
    'polisen.example',
    DEMO.organisations.polisen,
  );
  agencyUnits(
    employment,
    'employment',
    employmentFor,
    (m) => `Arbetsförmedlingen ${m.name}`,
    'arbetsformedlingen.example',
    DEMO.organisations.arbetsformedlingen,
  );

  // Schools, in proportion to the population.
  const schoolCounts = apportion(
    schools,
    municipalities.map((m) => m.population),
  );
  municipalities.forEach((m, i) => {
    for (let k = 0; k < (schoolCounts[i] ?? 0); k++) {
      const stem = rnd.pick(SCHOOL_STEMS);
      const upper = rnd.chance(0.18);
      add({
        name: upper ? `${stem}gymnasiet, ${m.name}` : `${stem}skolan ${rnd.pick(SCHOOL_GRADES)}, ${m.name}`,
        kind: 'school',
        unit: 'school',
        countyCode: m.countyCode,
        municipalityCode: m.code,
        parentId: educationOf.get(m.code) ?? null,
        domain: `${m.slug}.kommun.example`,
      });
    }
  });

  // Associations, a little flatter than the population (small places have lively ones too).
  const civilCounts = apportion(
    civil,
    municipalities.map((m) => m.population ** 0.8),
  );
  municipalities.forEach((m, i) => {
    const templates = rnd.sample(CIVIL_SOCIETY, CIVIL_SOCIETY.length);
    for (let k = 0; k < (civilCounts[i] ?? 0); k++) {
      const template = templates[k % templates.length] as (place: string) => string;
      const name = template(m.name);
      add({
        name,
        kind: 'civil_society',
        unit: 'civil',
        countyCode: m.countyCode,
        municipalityCode: m.code,
        parentId: null,
        domain: `${slugify(name).slice(0, 48)}.example`,
      });
    }
  });

  // Others: by county, in its larger towns.
  const otherCounts = apportion(
    other,
    counties.map((c) => c.weight),
  );
  counties.forEach((c, ci) => {
    const byTown = [...c.municipalities].sort(
      (a, b) => b.population - a.population || (a.code < b.code ? -1 : 1),
    );
    for (let k = 0; k < (otherCounts[ci] ?? 0); k++) {
      const m = byTown[k % byTown.length] as Municipality;
      const other = rnd.pick(OTHER_ORGANISATIONS);
      add({
        name: other.name(m.name),
        titles: other.titles,
        domain: other.domain(m.slug),
        kind: 'other',
        unit: 'other',
        countyCode: c.code,
        municipalityCode: m.code,
        parentId: null,
      });
    }
  });

  const byMunicipality = new Map<string, number[]>();
  const byCounty = new Map<string, number[]>();
  for (const o of orgs) {
    if (o.municipalityCode) {
      const list = byMunicipality.get(o.municipalityCode) ?? [];
      list.push(o.index);
      byMunicipality.set(o.municipalityCode, list);
    }
    const list = byCounty.get(o.countyCode) ?? [];
    list.push(o.index);
    byCounty.set(o.countyCode, list);
  }

  const users = planUsers(orgs, byCounty, municipality, counts.users, seed, anchor);
  return { orgs, users, byMunicipality, byCounty, policeFor, employmentFor, regionOf, boardOf, municipality };
}

function planUsers(
  orgs: Org[],
  byCounty: Map<string, number[]>,
  municipality: Map<string, Municipality>,
  total: number,
  seed: number,
  anchor: Date,
): User[] {
  const rnd = new Random(seed, 'users');
  const faker = new Faker({ locale: [sv, base] });
  faker.seed(hashInts(seed, hashText('user names'), []));
  const weights = orgs.map((o) => {
    const population = o.municipalityCode ? (municipality.get(o.municipalityCode)?.population ?? 20) : 200;
    return STAFF[o.unit] * (1 + population / 300);
  });
  const perOrg = apportion(Math.max(total, 0), weights, { min: 1 });
  // Demo users keep their addresses: a generated one never takes them.
  const emails = new Set(demoUsers.map((u) => u.email.toLowerCase()));
  const users: User[] = [];
  orgs.forEach((o, oi) => {
    const n = perOrg[oi] ?? 0;
    const coordinators = n >= 2 ? Math.max(1, Math.round(0.12 * n)) : 0;
    for (let k = 0; k < n; k++) {
      const first = faker.person.firstName();
      const last = faker.person.lastName();
      const local = `${slugify(first)}.${slugify(last)}`;
      let email = `${local}@${o.domain}`;
      for (let i = 2; emails.has(email); i++) email = `${local}${i}@${o.domain}`;
      emails.add(email);
      let role: MembershipRole;
      if (k === 0) role = 'admin';
      else if (o.unit === 'county_board') role = k === 1 ? 'coordinator' : 'overseer';
      else if (o.unit === 'civil') role = 'partner';
      else role = k <= coordinators ? 'coordinator' : 'member';
      const index = users.length;
      users.push({
        index,
        id: idFor(seed, '02', index),
        email,
        displayName: `${first} ${last}`,
        jobTitle: rnd.pick(o.titles ?? JOB_TITLES[o.unit] ?? ['Handläggare']),
        createdAt: new Date(anchor.getTime() - rnd.int(30, 1_500) * DAY),
        memberships: [{ id: idFor(seed, '03', index, 0), orgIndex: oi, role }],
      });
      o.users.push(index);
      if (role === 'coordinator') o.coordinators.push(index);
    }
  });
  // Some staff also sit in a second organisation of their county, e.g. a coordination association.
  const secondHomes = new Map<string, number[]>();
  for (const [code, list] of byCounty) {
    secondHomes.set(
      code,
      list.filter((i) => ['other', 'root', 'social', 'labour'].includes(orgs[i]?.unit ?? '')),
    );
  }
  for (const u of users) {
    const own = orgs[u.memberships[0]?.orgIndex ?? 0] as Org;
    if (own.unit === 'county_board' || own.unit === 'civil' || !rnd.chance(0.06)) continue;
    const candidates = secondHomes.get(own.countyCode) ?? [];
    if (candidates.length === 0) continue;
    const other = rnd.pick(candidates);
    if (other === own.index) continue;
    u.memberships.push({ id: idFor(seed, '03', u.index, 1), orgIndex: other, role: 'member' });
  }
  return users;
}
