import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { county, municipality } from './schema/reference.ts';
import { openTestDatabase, type TestDatabase } from './testing.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase(inject('dbTemplate'));
});
afterAll(() => database?.destroy());

const csv = (file: string) =>
  readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

describe('reference data loaded by migration', () => {
  it('has all 21 counties and 290 municipalities', async () => {
    expect(await database.db.$count(county)).toBe(21);
    expect(await database.db.$count(municipality)).toBe(290);
  });

  it('has the official SCB codes of known municipalities', async () => {
    const rows = await database.db.query.municipality.findMany({
      where: { code: { in: ['0780', '1780', '1281', '0581', '0488', '2583', '0136', '0980'] } },
      with: { county: true },
      orderBy: { code: 'asc' },
    });
    expect(rows.map((r) => [r.code, r.name, r.county.shortName])).toEqual([
      ['0136', 'Haninge', 'Stockholm'],
      ['0488', 'Trosa', 'Södermanland'],
      ['0581', 'Norrköping', 'Östergötland'],
      ['0780', 'Växjö', 'Kronoberg'],
      ['0980', 'Gotland', 'Gotland'],
      ['1281', 'Lund', 'Skåne'],
      ['1780', 'Karlstad', 'Värmland'],
      ['2583', 'Haparanda', 'Norrbotten'],
    ]);
  });

  it('matches the data files in the repository row for row', async () => {
    const counties = await database.db.select().from(county).orderBy(county.code);
    expect(counties.map((c) => [c.code, c.name, c.shortName])).toEqual(csv('counties.csv'));
    const municipalities = await database.db.select().from(municipality).orderBy(municipality.code);
    expect(municipalities.map((m) => [m.code, m.name, m.countyCode])).toEqual(
      csv('municipalities.csv').sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('every county has at least one municipality', async () => {
    const rows = await database.db.query.county.findMany({
      with: { municipalities: { columns: { code: true } } },
    });
    expect(rows.filter((c) => c.municipalities.length === 0)).toEqual([]);
  });
});
