import { DEMO, schema } from '@samlad/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

let api: TestApi;
let lina: TestClient;
let ali: TestClient;
let maria: TestClient;
let erik: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  [lina, ali, maria, erik] = await Promise.all([
    api.signIn(PEOPLE.partner),
    api.signIn(PEOPLE.vaxjoCoordinator),
    api.signIn(PEOPLE.karlstadCoordinator),
    api.signIn(PEOPLE.policeVaxjo),
  ]);
});
afterAll(() => api?.close());

const year = new Date().getFullYear() + 1;
const INPUT = {
  title: 'Fotbollsskola i Sjöstaden',
  description: 'Fotboll för alla, ingen anmälan behövs första gången.',
  category: 'SPORT',
  minAge: 8,
  maxAge: 12,
  municipalityCode: '0780',
  place: 'Sjöstadens IP, Idrottsvägen 4, Växjö',
  season: 'SUMMER',
  startsOn: `${year}-06-14`,
  endsOn: `${year}-08-06`,
  startTime: '15:30',
  durationMinutes: 90,
  recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
  exceptionDates: [`${year}-06-25`],
  costKronor: 0,
  signUp: 'Kom till planen, eller anmäl dig på hemsidan.',
  signUpUrl: 'https://ik-sjostaden.example/fotbollsskola',
  capacity: 40,
  placesLeft: 12,
  languages: ['sv', 'ar'],
  accessibility: 'Plan och omklädningsrum utan trappsteg.',
  contactEmail: 'kansli@ik-sjostaden.example',
};
const FIELDS =
  'id title status statusReason nextOccurrence { date startsAt } organisationName municipality { name } viewerOwns';
const CREATE = `mutation($i: ActivityInput!) { createActivity(input: $i) { __typename ... on UserError { field message } ... on CreateActivitySuccess { activity { ${FIELDS} } } } }`;
const ACT = (name: string) =>
  `mutation($id: ID!) { ${name}(activityId: $id) { __typename ... on UserError { field message } ... on ${name[0]?.toUpperCase()}${name.slice(1)}Success { activity { ${FIELDS} } } } }`;
const CATALOGUE = `query($s: String, $m: String, $age: Int, $from: String, $to: String, $free: Boolean, $lang: String, $cat: ActivityCategory) { activities(first: 50, search: $s, municipalityCode: $m, age: $age, from: $from, to: $to, freeOfCharge: $free, language: $lang, category: $cat) { totalCount edges { node { id title nextOccurrence { date } organisationName } } } }`;

type Made = {
  __typename: string;
  field?: string;
  message?: string;
  activity: { id: string; status: string };
};

async function create(client: TestClient, input: Record<string, unknown> = {}) {
  const res = await client.gql<{ createActivity: Made }>(CREATE, { i: { ...INPUT, ...input } });
  return res.data?.createActivity;
}

describe('posting, approval and the public catalogue', () => {
  it('keeps a draft private; a first publication waits for the municipality’s coordinator, then is public', async () => {
    // The demo association has published in Växjö before; make it new to publishing there.
    await api.database.db
      .delete(schema.activityPublisher)
      .where(eq(schema.activityPublisher.organisationId, DEMO.organisations.vaxjoIdrott));
    const made = await create(lina);
    expect(made?.__typename, JSON.stringify(made)).toBe('CreateActivitySuccess');
    const id = made?.activity.id ?? '';
    const anonymousDraft = await api.gql<{ activity: unknown }>(
      `query($id: ID!) { activity(id: $id) { id } }`,
      { id },
    );
    expect(anonymousDraft.data?.activity).toBeNull();
    const submitted = await lina.gql<{ publishActivity: Made }>(ACT('publishActivity'), { id });
    expect(submitted.data?.publishActivity.activity.status).toBe('PENDING_APPROVAL');
    // Karlstad's coordinator is not Växjö's; the police are no municipality.
    expect(
      (await maria.gql<{ approveActivity: Made }>(ACT('approveActivity'), { id })).data?.approveActivity
        .__typename,
    ).toBe('NotAllowedError');
    expect(
      (await erik.gql<{ approveActivity: Made }>(ACT('approveActivity'), { id })).data?.approveActivity
        .__typename,
    ).toBe('NotAllowedError');
    const queue = await ali.gql<{ activityApprovalQueue: Array<{ id: string }> }>(
      `{ activityApprovalQueue { id } }`,
    );
    expect(queue.data?.activityApprovalQueue.map((a) => a.id)).toContain(id);
    const approved = await ali.gql<{ approveActivity: Made }>(ACT('approveActivity'), { id });
    expect(approved.data?.approveActivity.activity.status).toBe('PUBLISHED');
    const found = await api.gql<{
      activities: { edges: Array<{ node: { id: string; nextOccurrence: { date: string } } }> };
    }>(CATALOGUE, { s: 'fotbollsskola', m: '0780', age: 10, free: true, lang: 'ar' });
    const node = found.data?.activities.edges.find((e) => e.node.id === id)?.node;
    expect(node?.nextOccurrence.date).toBe(`${year}-06-15`);
    // Too old, wrong language, paid only, another municipality: not found.
    for (const filter of [
      { age: 15 },
      { lang: 'fi' },
      { free: false },
      { m: '1780' },
      { to: `${year}-06-01` },
    ]) {
      const res = await api.gql<{ activities: { edges: Array<{ node: { id: string } }> } }>(CATALOGUE, {
        s: 'fotbollsskola',
        ...filter,
      });
      expect(
        res.data?.activities.edges.map((e) => e.node.id),
        JSON.stringify(filter),
      ).not.toContain(id);
    }
  });

  it('lets an approved publisher publish directly, and a coordinator unpublish with a reason the publisher sees', async () => {
    const made = await create(lina, { title: 'Läxhjälp på fritidsgården', category: 'HOMEWORK_HELP' });
    const id = made?.activity.id ?? '';
    const published = await lina.gql<{ publishActivity: Made }>(ACT('publishActivity'), { id });
    expect(published.data?.publishActivity.activity.status).toBe('PUBLISHED');
    const down = await ali.gql<{ unpublishActivity: Made }>(
      `mutation($id: ID!) { unpublishActivity(activityId: $id, reason: "Fel datum i annonsen") { __typename ... on UnpublishActivitySuccess { activity { status statusReason } } } }`,
      { id },
    );
    expect(down.data?.unpublishActivity.activity).toEqual({ status: 'UNPUBLISHED', statusReason: null });
    const mine = await lina.gql<{ myActivities: Array<{ id: string; statusReason: string | null }> }>(
      `{ myActivities { id statusReason } }`,
    );
    expect(mine.data?.myActivities.find((a) => a.id === id)?.statusReason).toBe('Fel datum i annonsen');
  });

  it('copies an activity into a new draft and cancels one', async () => {
    const made = await create(lina, { title: 'Sommarläger' });
    const copy = await lina.gql<{ copyActivity: Made }>(ACT('copyActivity'), { id: made?.activity.id });
    expect(copy.data?.copyActivity.activity.status).toBe('DRAFT');
    expect(copy.data?.copyActivity.activity.id).not.toBe(made?.activity.id);
    const cancelled = await lina.gql<{ cancelActivity: Made }>(ACT('cancelActivity'), {
      id: made?.activity.id,
    });
    expect(cancelled.data?.cancelActivity.activity.status).toBe('CANCELLED');
  });

  it('is for associations and municipal units only', async () => {
    expect((await create(erik))?.__typename).toBe('NotAllowedError');
  });
});

describe('bad input names the field and saves nothing', () => {
  it.each([
    [{ minAge: 14, maxAge: 10 }, 'maxAge'],
    [{ endsOn: `${year}-06-01` }, 'endsOn'],
    [{ recurrence: 'FREQ=WEEKLY;BYDAY=XX' }, 'recurrence'],
    [{ recurrence: 'FREQ=WEEKLY;COUNT=3' }, 'recurrence'],
    [{ capacity: -1 }, 'capacity'],
    [{ signUpUrl: 'javascript:alert(1)' }, 'signUpUrl'],
    [{ signUpUrl: 'ftp://example.se/x' }, 'signUpUrl'],
    [{ municipalityCode: '0999' }, 'municipalityCode'],
    [{ title: '<script>alert(1)</script>' }, 'title'],
    [{ description: 'Kul <img src=x onerror=alert(1)>' }, 'description'],
  ])('%j → %s', async (change, field) => {
    const before = await api.database.db.$count(schema.activity);
    const res = await create(lina, change);
    expect(res).toMatchObject({ __typename: 'InvalidInputError', field });
    expect(res?.message?.length).toBeGreaterThan(10);
    expect(await api.database.db.$count(schema.activity)).toBe(before);
  });

  it('refuses a catalogue date that is not a date', async () => {
    const res = await api.gql(CATALOGUE, { from: 'igår' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

describe('the catalogue query', () => {
  it('costs the same number of statements for 5 as for 50 activities', async () => {
    const count = (n: number) =>
      api.countStatements(() =>
        api.gql(
          `query($n: Int) { activities(first: $n) { edges { node { id organisationName municipality { name } } } } }`,
          { n },
        ),
      );
    expect(await count(50)).toBe(await count(5));
  });
});
