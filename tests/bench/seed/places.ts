/**
 * Counties and municipalities (the reference data already in the database) with the weights the
 * generator shares things out by: a county by half its number of municipalities and half its
 * population, so Västra Götaland (14) and Stockholm (01) come out largest; a municipality by an
 * approximate population (the larger towns named here, the rest of the county shared evenly).
 */

import { type Executor, queryRows } from '../../../packages/db/src/index.ts';
import { casePrefix } from '../../../packages/domain/src/cases/case-reference.ts';

export interface County {
  code: string;
  name: string;
  shortName: string;
  weight: number;
  municipalities: Municipality[];
}

export interface Municipality {
  code: string;
  name: string;
  countyCode: string;
  /** Approximate inhabitants, in thousands. */
  population: number;
  slug: string;
  /** Three letters for case references, as the API makes them (Växjö → VXJ). */
  casePrefix: string;
  /** "Alingsås kommun", "Karlstads kommun", "Göteborgs stad". */
  authority: string;
}

/** Inhabitants in thousands (rounded, 2024). */
const COUNTY_POPULATION: Record<string, number> = {
  '01': 2450,
  '03': 400,
  '04': 300,
  '05': 470,
  '06': 370,
  '07': 205,
  '08': 247,
  '09': 61,
  '10': 157,
  '12': 1420,
  '13': 340,
  '14': 1760,
  '17': 283,
  '18': 306,
  '19': 279,
  '20': 288,
  '21': 287,
  '22': 243,
  '23': 132,
  '24': 275,
  '25': 249,
};

/** The larger municipalities, in thousands; the others share what is left of their county. */
const TOWN_POPULATION: Record<string, number> = {
  '0180': 985,
  '1480': 600,
  '1280': 360,
  '0380': 245,
  '0580': 167,
  '1980': 160,
  '1880': 160,
  '0581': 145,
  '0680': 145,
  '1283': 151,
  '2480': 132,
  '1281': 128,
  '0126': 115,
  '1490': 115,
  '0182': 108,
  '1380': 105,
  '2180': 103,
  '0181': 102,
  '2281': 100,
  '0780': 97,
  '0136': 97,
  '1780': 96,
  '0127': 95,
  '0484': 107,
  '0184': 85,
  '0123': 85,
  '1384': 85,
  '1290': 86,
  '2580': 80,
  '0163': 75,
  '0160': 75,
  '0880': 72,
  '1080': 67,
  '2380': 64,
  '0980': 61,
  '2080': 60,
  '1488': 60,
  '1496': 57,
  '0480': 58,
};

/** Municipalities that call themselves a city (stad) or, for Gotland, a region. */
const AUTHORITY_NAME: Record<string, string> = {
  '0180': 'Stockholms stad',
  '1480': 'Göteborgs stad',
  '1280': 'Malmö stad',
  '0184': 'Solna stad',
  '0183': 'Sundbybergs stad',
  '0186': 'Lidingö stad',
  '0187': 'Vaxholms stad',
  '2583': 'Haparanda stad',
  '0980': 'Region Gotland',
};

/** Swedish genitive: Karlstad → Karlstads, Alingsås → Alingsås, Växjö → Växjö (as in "Växjö kommun"). */
export function genitive(name: string): string {
  if (/[sxz]$/i.test(name)) return name;
  if (/[aeiouyåäö]$/i.test(name)) return name;
  return `${name}s`;
}

/** Lower-case ASCII with dashes: "Upplands Väsby" → "upplands-vasby". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export async function loadPlaces(db: Executor): Promise<County[]> {
  const counties = await queryRows<{ code: string; name: string; short_name: string }>(
    db,
    'select code, name, short_name from county order by code',
  );
  const municipalities = await queryRows<{ code: string; name: string; county_code: string }>(
    db,
    'select code, name, county_code from municipality order by code',
  );
  if (counties.length === 0 || municipalities.length === 0) {
    throw new Error('the reference data (county, municipality) is missing: are the migrations applied?');
  }
  const totalPopulation = counties.reduce((sum, c) => sum + (COUNTY_POPULATION[c.code] ?? 200), 0);
  return counties.map((c) => {
    const own = municipalities.filter((m) => m.county_code === c.code);
    const countyPopulation = COUNTY_POPULATION[c.code] ?? 200;
    const towns = own.filter((m) => TOWN_POPULATION[m.code] !== undefined);
    const townTotal = towns.reduce((sum, m) => sum + (TOWN_POPULATION[m.code] ?? 0), 0);
    const others = own.length - towns.length;
    const rest = Math.max(others * 8, countyPopulation - townTotal) / Math.max(1, others);
    return {
      code: c.code,
      name: c.name,
      shortName: c.short_name,
      weight: 0.5 * (own.length / municipalities.length) + 0.5 * (countyPopulation / totalPopulation),
      municipalities: own.map((m) => ({
        code: m.code,
        name: m.name,
        countyCode: c.code,
        population: TOWN_POPULATION[m.code] ?? rest,
        slug: slugify(m.name),
        casePrefix: casePrefix(m.name),
        authority: AUTHORITY_NAME[m.code] ?? `${genitive(m.name)} kommun`,
      })),
    };
  });
}
