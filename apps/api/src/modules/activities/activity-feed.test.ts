import { readFileSync } from 'node:fs';
import { DEMO, schema } from '@samlad/db';
import { openTestDatabase, type TestDatabase } from '@samlad/db/testing';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.ts';

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>['app'];
const year = new Date().getFullYear() + 1;
const ids: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase(inject('dbTemplate'));
  ({ app } = await buildApp({ database }));
  const base = {
    description: 'Öppet för alla.',
    category: 'sport' as const,
    minAge: 10,
    maxAge: 15,
    place: 'Sjöstadens IP',
    season: 'summer' as const,
    signUp: 'Kom dit.',
    publishedAt: new Date(),
  };
  const rows = await database.db
    .insert(schema.activity)
    .values([
      {
        ...base,
        organisationId: DEMO.organisations.vaxjoIdrott,
        title: 'Flödesfotboll',
        municipalityCode: '0780',
        startsOn: `${year}-06-14`,
        endsOn: `${year}-08-06`,
        startTime: '15:30',
        durationMinutes: 90,
        recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
        exceptionDates: [`${year}-06-25`],
        status: 'published' as const,
        contactEmail: 'kansli@ik-sjostaden.example',
        signUpUrl: 'https://ik-sjostaden.example/anmalan',
      },
      {
        ...base,
        organisationId: DEMO.organisations.karlstadIdrott,
        title: 'Flödesläger i Karlstad',
        municipalityCode: '1780',
        startsOn: `${year}-07-01`,
        endsOn: `${year}-07-05`,
        costKronor: 300,
        status: 'published' as const,
      },
      {
        ...base,
        organisationId: DEMO.organisations.vaxjoIdrott,
        title: 'Flödesutkast som inte syns',
        municipalityCode: '0780',
        startsOn: `${year}-06-01`,
        endsOn: `${year}-06-02`,
        status: 'draft' as const,
        publishedAt: null,
      },
    ])
    .returning({ id: schema.activity.id });
  ids.push(...rows.map((r) => r.id));
});
afterAll(async () => {
  await app?.close();
  await database?.destroy();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

type Feed = {
  total_items: number;
  contents: Array<{ id: string; name: string; status: string; schedules: Array<{ byday: string }> }>;
};

describe('GET /feeds/activities.json', () => {
  it('is valid against its JSON Schema and holds published activities only', async () => {
    const res = await get('/feeds/activities.json?per_page=500');
    expect(res.statusCode).toBe(200);
    const body = res.json() as Feed;
    const schemaText = readFileSync(new URL('./activities-feed.schema.json', import.meta.url), 'utf8');
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(schemaText));
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    const names = body.contents.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Flödesfotboll', 'Flödesläger i Karlstad']));
    expect(names).not.toContain('Flödesutkast som inte syns');
    expect(body.contents.find((c) => c.name === 'Flödesfotboll')?.schedules[0]?.byday).toBe('TU,TH');
  });

  it('pages, and gives only what changed after modified_after, withdrawn ones as inactive', async () => {
    const first = (await get('/feeds/activities.json?per_page=1')).json() as Feed & {
      total_pages: number;
      last_page: boolean;
    };
    expect(first.contents).toHaveLength(1);
    expect(first.total_pages).toBe(first.total_items);
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await database.db
      .update(schema.activity)
      .set({ status: 'cancelled', updatedAt: new Date() })
      .where(eq(schema.activity.id, ids[1] ?? ''));
    const changed = (
      await get(`/feeds/activities.json?modified_after=${encodeURIComponent(since)}`)
    ).json() as Feed;
    expect(changed.contents.map((c) => [c.name, c.status])).toEqual([['Flödesläger i Karlstad', 'defunct']]);
  });

  it('answers a repeated request with 304, by ETag or by Last-Modified, and a changed one with 200', async () => {
    const first = await get('/feeds/activities.json');
    const etag = String(first.headers.etag);
    const lastModified = String(first.headers['last-modified']);
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await get('/feeds/activities.json', { 'if-none-match': etag })).statusCode).toBe(304);
    expect((await get('/feeds/activities.json', { 'if-none-match': etag.slice(2) })).statusCode).toBe(304);
    expect((await get('/feeds/activities.json', { 'if-modified-since': lastModified })).statusCode).toBe(304);
    expect((await get('/feeds/activities.json?page=2', { 'if-none-match': etag })).statusCode).toBe(200);
    await database.db
      .update(schema.activity)
      .set({ title: 'Flödesfotboll (ny tid)', updatedAt: new Date(Date.now() + 2000) })
      .where(eq(schema.activity.id, ids[0] ?? ''));
    const after = await get('/feeds/activities.json', { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it.each(['igår', '2026-13-45', '2026-12-01T25:00'])(
    'refuses modified_after=%s with a message naming it',
    async (value) => {
      const res = await get(`/feeds/activities.json?modified_after=${encodeURIComponent(value)}`, {
        'accept-language': 'sv',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'modified_after' });
      expect(res.json().error).toContain('modified_after');
    },
  );
});

describe('GET /feeds/activities.ics', () => {
  it('parses with ical.js: weekly times as RRULE with UNTIL and EXDATE, filterable by municipality', async () => {
    const res = await get('/feeds/activities.ics?municipality=0780');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(res.body));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const football = events.find((e) => e.summary.startsWith('Flödesfotboll'));
    expect(football).toBeTruthy();
    expect(events.some((e) => e.summary.includes('Karlstad'))).toBe(false);
    const rule = football?.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.until).toBeTruthy();
    const days: string[] = [];
    const it = football?.iterator();
    for (let next = it?.next(); next && days.length < 5; next = it?.next())
      days.push(next.toString().slice(0, 10));
    expect(days[0]).toBe(`${year}-06-15`);
    const exdates = football?.component
      .getAllProperties('exdate')
      .map((p) => String(p.getFirstValue()).slice(0, 10));
    expect(exdates).toEqual([`${year}-06-25`]);
    const etag = String(res.headers.etag);
    expect((await get('/feeds/activities.ics?municipality=0780', { 'if-none-match': etag })).statusCode).toBe(
      304,
    );
  });
});
