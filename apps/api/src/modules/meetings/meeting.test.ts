import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

let api: TestApi;
/** A coordinator at Växjö's social services, a member of about ten forums. */
let me: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  me = await api.signIn(PEOPLE.vaxjoCoordinator);
});
afterAll(() => api?.close());

const DAY = 86_400_000;
const MEETINGS = /* GraphQL */ `
  query Meetings($from: DateTime!, $to: DateTime!, $forumId: ID, $first: Int) {
    meetings(from: $from, to: $to, forumId: $forumId, first: $first) {
      pageInfo { hasNextPage }
      edges { node { id title startsAt endsAt mode place videoUrl status forum { id name } } }
    }
  }
`;
interface MeetingNode {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  mode: string;
  place: string | null;
  videoUrl: string | null;
  status: string;
  forum: { id: string; name: string };
}
type Meetings = { meetings: { pageInfo: { hasNextPage: boolean }; edges: Array<{ node: MeetingNode }> } };

const window = (fromDays: number, toDays: number) => ({
  from: new Date(Date.now() + fromDays * DAY).toISOString(),
  to: new Date(Date.now() + toDays * DAY).toISOString(),
});

describe('meetings in a time window', () => {
  it('returns the coming meetings of all forums, earliest first, each with its forum', async () => {
    const res = await me.gql<Meetings>(MEETINGS, { ...window(0, 120), first: 200 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.meetings.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(10);
    expect(new Set(nodes.map((n) => n.forum.id)).size).toBeGreaterThan(5);
    const starts = nodes.map((n) => new Date(n.startsAt).getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const m of nodes) {
      expect(new Date(m.endsAt).getTime()).toBeGreaterThan(new Date(m.startsAt).getTime());
      if (m.mode === 'DIGITAL') expect(m.videoUrl).toMatch(/^https:\/\//);
      if (m.mode === 'IN_PERSON') expect(m.place).toBeTruthy();
    }
  });

  it('only returns meetings that start inside the window', async () => {
    const w = window(10, 40);
    const res = await me.gql<Meetings>(MEETINGS, { ...w, first: 200 });
    const nodes = res.data?.meetings.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const m of nodes) {
      expect(new Date(m.startsAt).getTime()).toBeGreaterThanOrEqual(new Date(w.from).getTime());
      expect(new Date(m.startsAt).getTime()).toBeLessThan(new Date(w.to).getTime());
    }
  });

  it('filters by forum', async () => {
    const all = await me.gql<Meetings>(MEETINGS, { ...window(0, 120), first: 200 });
    const forum = all.data?.meetings.edges[0]?.node.forum;
    const res = await me.gql<Meetings>(MEETINGS, { ...window(0, 120), forumId: forum?.id, first: 200 });
    const nodes = res.data?.meetings.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((m) => m.forum.id === forum?.id)).toBe(true);
  });

  it('shows meetings at real Stockholm working hours', async () => {
    const res = await me.gql<Meetings>(MEETINGS, { ...window(-60, 180), first: 200 });
    const hour = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short' });
    for (const m of res.data?.meetings.edges.map((e) => e.node) ?? []) {
      const h = Number(hour.format(new Date(m.startsAt)));
      expect(h).toBeGreaterThanOrEqual(8);
      expect(h).toBeLessThan(17);
      expect(['Sat', 'Sun']).not.toContain(weekday.format(new Date(m.startsAt)));
    }
  });

  it('refuses an inverted window with a clear, localised error naming the field', async () => {
    const w = window(30, 0);
    const sv = await me.gql(MEETINGS, w);
    expect(sv.data).toBeNull();
    expect(sv.errors?.[0]).toMatchObject({
      message: 'Tidsfönstrets slut (to) måste ligga efter dess början (from).',
      extensions: { code: 'BAD_USER_INPUT', field: 'to' },
    });
    const en = await me.gql(MEETINGS, w, { 'accept-language': 'en' });
    expect(en.errors?.[0]?.message).toBe('The end of the time window (to) must come after its start (from).');
  });

  it('refuses a window longer than a year', async () => {
    const res = await me.gql(MEETINGS, window(0, 400));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(res.errors?.[0]?.message).toContain('högst 366 dagar');
  });

  it('refuses a date that is not a date, before running anything', async () => {
    const res = await me.gql(MEETINGS, { from: 'tisdag', to: new Date().toISOString() });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(res.errors?.[0]?.message).toContain('"tisdag" är ingen giltig tidpunkt');
  });

  it('refuses an invalid forum id and a foreign cursor', async () => {
    const badForum = await me.gql(MEETINGS, { ...window(0, 30), forumId: 'Rm9ydW06MQ' });
    expect(badForum.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'forumId' });
    const badCursor = await me.gql(
      `query($from: DateTime!, $to: DateTime!) { meetings(from: $from, to: $to, after: "bm9wZQ") { edges { cursor } } }`,
      window(0, 30),
    );
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(badCursor.errors?.[0]?.message).toBe('Bläddringsmarkören är ogiltig. Börja om från första sidan.');
    expect(JSON.stringify(badCursor.errors)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a negative page size, naming the argument', async () => {
    const res = await me.gql(MEETINGS, { ...window(0, 30), first: -1 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(res.errors?.[0]?.message).toBe('Fältet first måste vara mellan 0 och 200.');
  });
});
