import { createHash } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, schema } from '@samlad/db';
import { openTestDatabase, type TestDatabase } from '@samlad/db/testing';
import { stockholmTime } from '@samlad/domain';
import { and, eq, inArray } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE } from '../../test/harness.ts';

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>['app'];
const cookies = new Map<string, string>();

beforeAll(async () => {
  database = await openTestDatabase(inject('dbTemplate'));
  ({ app } = await buildApp({ database }));
  for (const email of [
    PEOPLE.vaxjoCoordinator,
    PEOPLE.vaxjoMember,
    PEOPLE.policeVaxjo,
    PEOPLE.karlstadCoordinator,
  ]) {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }`,
        variables: { e: email, p: DEMO_PASSWORD },
      }),
    });
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    if (!cookie?.startsWith('samlad_session=')) throw new Error(`could not sign in as ${email}`);
    cookies.set(email, cookie);
  }
});
afterAll(async () => {
  await app?.close();
  await database?.destroy();
});

type Result<T> = { data?: T; errors?: Array<{ message: string }> };

async function gql<T>(email: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', cookie: cookies.get(email) ?? '' },
    payload: JSON.stringify({ query, variables }),
  });
  return res.json() as Result<T>;
}

const get = (url: string, cookie?: string) =>
  app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

/** The events of a feed as an iCalendar reader sees them, with the feed's own time zone. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const byUid = new Map(events.map((e) => [e.uid, e]));
  return { calendar, events, byUid };
}

const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1] ?? '';
const CHILDREN = encodeGlobalId('Forum', DEMO.forums.vaxjoChildren);
const CHILDREN_NAME = 'Samverkansgrupp barn och unga i riskmiljö, Växjö';

/** Stockholm's calendar date `days` from now, 09:00–11:00 local time. */
function slot(days: number, hour = 9) {
  const [y, m, d] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' })
    .format(new Date(Date.now() + days * 86_400_000))
    .split('-')
    .map(Number);
  return {
    start: stockholmTime(y ?? 0, m ?? 0, d ?? 0, hour, 0),
    end: stockholmTime(y ?? 0, m ?? 0, d ?? 0, hour + 2, 0),
  };
}
const wallClock = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .format(instant)
    .replace(/[-: ]/g, '')
    .replace(/^(\d{8})/, '$1T');

const MEETING_FIELDS = `__typename ... on UserError { message field }`;

async function planMeeting(days: number, title: string) {
  const { start, end } = slot(days);
  const res = await gql<{ createMeeting: { __typename: string; meeting?: { id: string } } }>(
    PEOPLE.vaxjoCoordinator,
    `mutation($forum: ID!, $input: MeetingInput!) { createMeeting(forumId: $forum, input: $input) { ${MEETING_FIELDS} ... on CreateMeetingSuccess { meeting { id } } } }`,
    {
      forum: CHILDREN,
      input: {
        title,
        startsAt: start.toISOString(),
        endsAt: end.toISOString(),
        mode: 'HYBRID',
        place: 'Stadshuset, Växjö',
        videoUrl: 'https://meet.example.se/kalender',
      },
    },
  );
  const id = res.data?.createMeeting.meeting?.id;
  if (!id) throw new Error(`could not plan: ${JSON.stringify(res)}`);
  return { id, uid: `${uuidOf(id)}@samlad`, start, end };
}

async function personalFeedPath(email: string) {
  const res = await gql<{ calendarFeeds: { hasPersonalFeed: boolean; personalUrlPath: string | null } }>(
    email,
    `{ calendarFeeds { hasPersonalFeed personalUrlPath } }`,
  );
  return res.data?.calendarFeeds;
}

const RESET = `mutation($forum: ID) { resetCalendarFeed(forumId: $forum) { ${MEETING_FIELDS} ... on ResetCalendarFeedSuccess { feed { urlPath forum { name } } } } }`;
type Reset = {
  resetCalendarFeed: {
    __typename: string;
    field?: string;
    feed?: { urlPath: string; forum: { name: string } | null };
  };
};
const FORUM_FEED = `mutation($forum: ID!) { forumCalendarFeed(forumId: $forum) { ${MEETING_FIELDS} ... on ForumCalendarFeedSuccess { feed { urlPath forum { name } } } } }`;
type ForumFeed = {
  forumCalendarFeed: {
    __typename: string;
    field?: string;
    message?: string;
    feed?: { urlPath: string; forum: { name: string } | null };
  };
};

describe('the personal calendar feed', () => {
  let aliFeed = '';
  let planned: Awaited<ReturnType<typeof planMeeting>>;

  beforeAll(async () => {
    planned = await planMeeting(30, 'Kalendermöte');
    await gql(
      PEOPLE.vaxjoCoordinator,
      `mutation($m: ID!) { addAgendaItem(meetingId: $m, title: "Lägesbild sommarlov") { __typename } }`,
      { m: planned.id },
    );
  });

  it('is made on first request, its URL shown once and only a hash kept', async () => {
    const first = await personalFeedPath(PEOPLE.vaxjoCoordinator);
    expect(first?.hasPersonalFeed).toBe(true);
    expect(first?.personalUrlPath).toMatch(/^\/calendar\/[\w-]{43}\.ics$/);
    aliFeed = first?.personalUrlPath ?? '';
    expect(await personalFeedPath(PEOPLE.vaxjoCoordinator)).toEqual({
      hasPersonalFeed: true,
      personalUrlPath: null,
    });
    const token = aliFeed.slice('/calendar/'.length, -'.ics'.length);
    const rows = await database.db.select().from(schema.calendarToken);
    expect(
      rows.filter((r) => r.tokenHash === createHash('sha256').update(token).digest('base64url')),
    ).toHaveLength(1);
    expect(rows.filter((r) => JSON.stringify(r).includes(token))).toEqual([]);
    const [audited] = await database.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, 'calendar.feed_created'));
    expect(audited?.actorUserId).toBe(await userId(PEOPLE.vaxjoCoordinator));
  });

  it('serves the meetings as RFC 5545 in Stockholm time, with stable UIDs', async () => {
    const res = await get(aliFeed);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    expect(res.body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const event = parseFeed(res.body).byUid.get(planned.uid);
    expect(event).toBeDefined();
    expect(event?.summary).toBe(`Kalendermöte – ${CHILDREN_NAME}`);
    expect(event?.location).toBe('Stadshuset, Växjö');
    expect(event?.sequence).toBe(0);
    expect(event?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event?.component.getFirstPropertyValue('url')).toBe('https://meet.example.se/kalender');
    expect(event?.description).toContain('1. Lägesbild sommarlov');
    expect(event?.description).toContain(`/moten/${planned.id}`);
    // Wall-clock 09:00 in Europe/Stockholm, which readers turn back into the same instant.
    expect(event?.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(event?.startDate.hour).toBe(9);
    expect(event?.startDate.toJSDate().toISOString()).toBe(planned.start.toISOString());
    expect(event?.endDate.toJSDate().toISOString()).toBe(planned.end.toISOString());
    expect(res.body).toContain(`DTSTART;TZID=Europe/Stockholm:${wallClock(planned.start)}`);
  });

  it('keeps the UID across a move, raising SEQUENCE, and shows a cancelled meeting as CANCELLED', async () => {
    const later = slot(31, 13);
    const moved = await gql<{ updateMeeting: { __typename: string } }>(
      PEOPLE.vaxjoCoordinator,
      `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(meetingId: $id, input: $input) { __typename } }`,
      {
        id: planned.id,
        input: {
          title: 'Kalendermöte (flyttat)',
          startsAt: later.start.toISOString(),
          endsAt: later.end.toISOString(),
          mode: 'DIGITAL',
          videoUrl: 'https://meet.example.se/kalender',
        },
      },
    );
    expect(moved.data?.updateMeeting.__typename).toBe('UpdateMeetingSuccess');
    const afterMove = parseFeed((await get(aliFeed)).body).byUid.get(planned.uid);
    expect(afterMove?.sequence).toBe(1);
    expect(afterMove?.summary).toBe(`Kalendermöte (flyttat) – ${CHILDREN_NAME}`);
    expect(afterMove?.startDate.hour).toBe(13);
    expect(afterMove?.location).toBeNull();

    await gql(
      PEOPLE.vaxjoCoordinator,
      `mutation($id: ID!) { cancelMeeting(meetingId: $id) { __typename } }`,
      {
        id: planned.id,
      },
    );
    const cancelled = parseFeed((await get(aliFeed)).body).byUid.get(planned.uid);
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled?.sequence).toBe(2);
  });

  it('holds no other organisation’s meetings, and theirs none of ours', async () => {
    const karlstad = await database.db
      .select({ id: schema.meeting.id })
      .from(schema.meeting)
      .where(eq(schema.meeting.forumId, DEMO.forums.karlstadSspf));
    expect(karlstad.length).toBeGreaterThan(0);
    const { byUid, events } = parseFeed((await get(aliFeed)).body);
    expect(events.length).toBeGreaterThan(1);
    expect(karlstad.filter((m) => byUid.has(`${m.id}@samlad`))).toEqual([]);

    const mariaFeed = (await personalFeedPath(PEOPLE.karlstadCoordinator))?.personalUrlPath ?? '';
    const maria = parseFeed((await get(mariaFeed)).body);
    expect(maria.events.length).toBeGreaterThan(0);
    expect(maria.byUid.has(planned.uid)).toBe(false);
    const forumIds = await database.db
      .select({ id: schema.meeting.id, forumId: schema.meeting.forumId })
      .from(schema.meeting)
      .where(
        inArray(
          schema.meeting.id,
          maria.events.map((e) => e.uid.replace('@samlad', '')),
        ),
      );
    const karlstadForums = await database.db
      .select({ forumId: schema.forumMember.forumId })
      .from(schema.forumMember)
      .where(eq(schema.forumMember.organisationId, DEMO.organisations.karlstadSocial));
    const allowed = new Set(karlstadForums.map((f) => f.forumId));
    expect(forumIds.every((m) => allowed.has(m.forumId))).toBe(true);
  });

  it('covers every active membership, not only the one the person acts for, within the window', async () => {
    const db = database.db;
    const [forum] = await db
      .insert(schema.forum)
      .values({
        name: 'Beredning bara för samordningsförbundet',
        purpose: 'Prov.',
        themes: ['mental_health'],
        level: 'municipal',
        countyCode: '07',
        hostOrganisationId: DEMO.organisations.samordningsforbundVaxjo,
        meetingsPerYear: 4,
      })
      .returning({ id: schema.forum.id });
    const forumId = forum?.id ?? '';
    await db.insert(schema.forumMember).values([
      { forumId, organisationId: DEMO.organisations.samordningsforbundVaxjo },
      { forumId, organisationId: DEMO.organisations.regionKronoberg },
    ]);
    const at = (days: number) => ({
      forumId,
      title: `Beredning ${days}`,
      startsAt: new Date(Date.now() + days * 86_400_000),
      endsAt: new Date(Date.now() + days * 86_400_000 + 3_600_000),
      mode: 'digital' as const,
      videoUrl: 'https://meet.example.se/beredning',
    });
    const made = await db
      .insert(schema.meeting)
      .values([at(20), at(-90), at(400)])
      .returning({ id: schema.meeting.id, title: schema.meeting.title });
    const uid = (title: string) => `${made.find((m) => m.title === title)?.id}@samlad`;

    const ali = parseFeed((await get(aliFeed)).body).byUid;
    expect(ali.has(uid('Beredning 20'))).toBe(true);
    expect(ali.has(uid('Beredning -90'))).toBe(false);
    expect(ali.has(uid('Beredning 400'))).toBe(false);
    const saraFeed = (await personalFeedPath(PEOPLE.vaxjoMember))?.personalUrlPath ?? '';
    expect(parseFeed((await get(saraFeed)).body).byUid.has(uid('Beredning 20'))).toBe(false);

    // Leaving the organisation takes its forums out of the feed at once.
    const m = schema.membership;
    const aliId = await userId(PEOPLE.vaxjoCoordinator);
    const leave = and(eq(m.userId, aliId), eq(m.organisationId, DEMO.organisations.samordningsforbundVaxjo));
    await db.update(m).set({ status: 'deactivated' }).where(leave);
    expect(parseFeed((await get(aliFeed)).body).byUid.has(uid('Beredning 20'))).toBe(false);
    await db.update(m).set({ status: 'active' }).where(leave);
  });

  it('resets: the old URL answers 404 at once, the new one works', async () => {
    const res = await gql<Reset>(PEOPLE.vaxjoCoordinator, RESET, {});
    expect(res.data?.resetCalendarFeed.__typename).toBe('ResetCalendarFeedSuccess');
    const fresh = res.data?.resetCalendarFeed.feed?.urlPath ?? '';
    expect(res.data?.resetCalendarFeed.feed?.forum).toBeNull();
    expect(fresh).not.toBe(aliFeed);
    const old = await get(aliFeed);
    expect(old.statusCode).toBe(404);
    expect((await get(fresh)).statusCode).toBe(200);
    aliFeed = fresh;
  });

  it('answers 404 with the same short text for an unknown, malformed or misplaced token', async () => {
    const unknown = await get(`/calendar/${'x'.repeat(43)}.ics`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toBe('text/plain; charset=utf-8');
    for (const url of [`/calendar/nope.ics`, aliFeed.replace('/calendar/', '/calendar/forum/')]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toBe(unknown.body);
    }
  });

  it('stops working when the account is deactivated', async () => {
    const feed = (await personalFeedPath(PEOPLE.policeVaxjo))?.personalUrlPath ?? '';
    expect((await get(feed)).statusCode).toBe(200);
    const u = schema.userAccount;
    const erik = eq(u.email, PEOPLE.policeVaxjo);
    await database.db.update(u).set({ deactivatedAt: new Date() }).where(erik);
    expect((await get(feed)).statusCode).toBe(404);
    await database.db.update(u).set({ deactivatedAt: null }).where(erik);
  });
});

describe('the forum calendar feed', () => {
  let forumFeed = '';

  it('is made by a member, once; the URL is not shown again', async () => {
    const res = await gql<ForumFeed>(PEOPLE.vaxjoMember, FORUM_FEED, { forum: CHILDREN });
    expect(res.data?.forumCalendarFeed.__typename).toBe('ForumCalendarFeedSuccess');
    expect(res.data?.forumCalendarFeed.feed?.forum?.name).toBe(CHILDREN_NAME);
    forumFeed = res.data?.forumCalendarFeed.feed?.urlPath ?? '';
    expect(forumFeed).toMatch(/^\/calendar\/forum\/[\w-]{43}\.ics$/);
    const again = await gql<ForumFeed>(PEOPLE.policeVaxjo, FORUM_FEED, { forum: CHILDREN });
    expect(again.data?.forumCalendarFeed).toMatchObject({ __typename: 'ConflictError', field: 'forumId' });
    expect(again.data?.forumCalendarFeed.message).toContain('återställa');
  });

  it('is refused to an organisation outside the forum', async () => {
    const res = await gql<ForumFeed>(PEOPLE.karlstadCoordinator, FORUM_FEED, { forum: CHILDREN });
    expect(res.data?.forumCalendarFeed).toMatchObject({ __typename: 'NotAllowedError', field: 'forumId' });
  });

  it('serves the forum’s meetings and nothing else', async () => {
    const res = await get(forumFeed);
    expect(res.statusCode).toBe(200);
    const { events, calendar } = parseFeed(res.body);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Samlad – ${CHILDREN_NAME}`);
    expect(events.length).toBeGreaterThan(0);
    const rows = await database.db
      .select({ forumId: schema.meeting.forumId })
      .from(schema.meeting)
      .where(
        inArray(
          schema.meeting.id,
          events.map((e) => e.uid.replace('@samlad', '')),
        ),
      );
    expect(rows.length).toBe(events.length);
    expect(rows.every((r) => r.forumId === DEMO.forums.vaxjoChildren)).toBe(true);
    expect(events.every((e) => e.summary.endsWith(` – ${CHILDREN_NAME}`))).toBe(true);
    // A forum token does not open a personal feed.
    expect((await get(forumFeed.replace('/calendar/forum/', '/calendar/'))).statusCode).toBe(404);
  });

  it('is reset by the host’s coordinators only; the old URL stops at once', async () => {
    const refused = await gql<Reset>(PEOPLE.policeVaxjo, RESET, { forum: CHILDREN });
    expect(refused.data?.resetCalendarFeed).toMatchObject({
      __typename: 'NotAllowedError',
      field: 'forumId',
    });
    expect((await get(forumFeed)).statusCode).toBe(200);
    const res = await gql<Reset>(PEOPLE.vaxjoCoordinator, RESET, { forum: CHILDREN });
    const fresh = res.data?.resetCalendarFeed.feed?.urlPath ?? '';
    expect(fresh).toMatch(/^\/calendar\/forum\//);
    expect((await get(forumFeed)).statusCode).toBe(404);
    expect((await get(fresh)).statusCode).toBe(200);
    const [audited] = await database.db
      .select()
      .from(schema.auditEvent)
      .where(
        and(
          eq(schema.auditEvent.action, 'calendar.feed_reset'),
          eq(schema.auditEvent.recordType, 'calendar_token'),
        ),
      )
      .orderBy(schema.auditEvent.id);
    expect(audited).toBeDefined();
  });
});

describe('one meeting as .ics', () => {
  it('downloads for a signed-in member of the forum', async () => {
    const planned = await planMeeting(40, 'Att ladda ner');
    const res = await get(`/meetings/${planned.id}.ics`, cookies.get(PEOPLE.vaxjoMember));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="samlad-mote.ics"');
    const { events } = parseFeed(res.body);
    expect(events.map((e) => e.uid)).toEqual([planned.uid]);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe(planned.start.toISOString());
  });

  it('answers 401 signed out, and 404 to outsiders and for anything that is not a meeting', async () => {
    const planned = await planMeeting(41, 'Inte för alla');
    expect((await get(`/meetings/${planned.id}.ics`)).statusCode).toBe(401);
    const outsider = await get(`/meetings/${planned.id}.ics`, cookies.get(PEOPLE.karlstadCoordinator));
    expect(outsider.statusCode).toBe(404);
    for (const id of [
      CHILDREN,
      'nonsense',
      encodeGlobalId('Meeting', '00000000-0000-4000-8000-000000000000'),
    ]) {
      const res = await get(`/meetings/${id}.ics`, cookies.get(PEOPLE.vaxjoMember));
      expect(res.statusCode, id).toBe(404);
      expect(res.body).toBe(outsider.body);
    }
  });
});

async function userId(email: string) {
  const [user] = await database.db
    .select({ id: schema.userAccount.id })
    .from(schema.userAccount)
    .where(eq(schema.userAccount.email, email));
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

describe('a recurring series in a feed', () => {
  it('is one event with its RRULE, EXDATE for a cancelled occurrence and a RECURRENCE-ID for a moved one', async () => {
    const first = slot(40, 13);
    const created = await gql<{ createMeeting: { meeting?: { id: string } } }>(
      PEOPLE.vaxjoCoordinator,
      `mutation($f: ID!, $i: MeetingInput!) { createMeeting(forumId: $f, input: $i) { ${MEETING_FIELDS} ... on CreateMeetingSuccess { meeting { id } } } }`,
      {
        f: CHILDREN,
        i: {
          title: 'Veckoavstämning',
          startsAt: first.start.toISOString(),
          endsAt: new Date(first.start.getTime() + 3_600_000).toISOString(),
          mode: 'DIGITAL',
          videoUrl: 'https://meet.example.se/vecka',
          recurrence: 'FREQ=WEEKLY;COUNT=4',
        },
      },
    );
    expect(created.data?.createMeeting.meeting?.id).toBeTruthy();
    const occurrences = await database.db.query.meeting.findMany({
      where: { title: 'Veckoavstämning' },
      orderBy: { startsAt: 'asc' },
    });
    expect(occurrences).toHaveLength(4);
    const [, second, third] = occurrences;
    await gql(
      PEOPLE.vaxjoCoordinator,
      `mutation($id: ID!) { cancelMeeting(meetingId: $id) { __typename } }`,
      {
        id: encodeGlobalId('Meeting', second?.id ?? ''),
      },
    );
    const movedStart = new Date((third?.startsAt.getTime() ?? 0) + 86_400_000);
    await gql(
      PEOPLE.vaxjoCoordinator,
      `mutation($id: ID!, $i: MeetingInput!) { updateMeeting(meetingId: $id, input: $i) { __typename } }`,
      {
        id: encodeGlobalId('Meeting', third?.id ?? ''),
        i: {
          title: 'Veckoavstämning',
          startsAt: movedStart.toISOString(),
          endsAt: new Date(movedStart.getTime() + 3_600_000).toISOString(),
          mode: 'DIGITAL',
          videoUrl: 'https://meet.example.se/vecka',
        },
      },
    );

    const feed = await gql<ForumFeed>(PEOPLE.vaxjoCoordinator, FORUM_FEED, { forum: CHILDREN });
    const path = feed.data?.forumCalendarFeed.feed?.urlPath;
    const reset = path ? null : await gql<Reset>(PEOPLE.vaxjoCoordinator, RESET, { forum: CHILDREN });
    const url = path ?? reset?.data?.resetCalendarFeed.feed?.urlPath ?? '';
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    const { events } = parseFeed(res.body);
    const seriesUid = `series-${second?.seriesId}@samlad`;
    const mine = events.filter((e) => e.uid === seriesUid);
    const master = mine.find((e) => !e.isRecurrenceException());
    const moved = mine.find((e) => e.isRecurrenceException());
    expect(master?.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;COUNT=4');
    const exdates = master?.component
      .getAllProperties('exdate')
      .map((p) => (p.getFirstValue() as ICAL.Time).toJSDate().toISOString());
    expect(exdates).toEqual([second?.originalStart?.toISOString()]);
    expect(moved?.recurrenceId.toJSDate().toISOString()).toBe(third?.originalStart?.toISOString());
    expect(moved?.startDate.toJSDate().toISOString()).toBe(movedStart.toISOString());
    // No occurrence of the series appears as a stand-alone event as well.
    expect(events.filter((e) => occurrences.some((o) => e.uid === `${o.id}@samlad`))).toEqual([]);
    // A reader expanding the series (ical.js skips EXDATEs) gets three occurrences; with the
    // exception registered, the moved one is at its new time.
    if (moved) master?.relateException(moved);
    const iterator = master?.iterator();
    const starts: string[] = [];
    for (let next = iterator?.next(); next; next = iterator?.next()) {
      starts.push(master?.getOccurrenceDetails(next).startDate.toJSDate().toISOString() ?? '');
    }
    expect(starts).toHaveLength(3);
    expect(starts).toContain(movedStart.toISOString());
    expect(starts).not.toContain(second?.originalStart?.toISOString());
  });
});
