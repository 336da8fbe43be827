import { DEMO } from '@samlad/db';
import { isSwedishWorkingDay, stockholmTime } from '@samlad/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

let api: TestApi;
let ali: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  ali = await api.signIn(PEOPLE.vaxjoCoordinator);
});
afterAll(() => api?.close());

const year = new Date().getFullYear() + 1;
const CHILDREN = encodeGlobalId('Forum', DEMO.forums.vaxjoChildren);
const org = (key: keyof typeof DEMO.organisations) => encodeGlobalId('Organisation', DEMO.organisations[key]);
const CREATE = `mutation($f: ID!, $i: MeetingInput!) { createMeeting(forumId: $f, input: $i) { __typename ... on CreateMeetingSuccess { meeting { id startsAt recurrence } } ... on UserError { field message } } }`;
type Create = {
  createMeeting: {
    __typename: string;
    field?: string;
    message?: string;
    meeting?: { id: string; startsAt: string; recurrence: string | null };
  };
};
const hourIn = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

describe('recurring meetings', () => {
  it('plans a bounded series as separate meetings that keep their local time across summer time', async () => {
    // Second Tuesday of each month from February: crosses the switch to summer time in March.
    const first = stockholmTime(year, 2, 9, 9, 0);
    const res = await ali.gql<Create>(CREATE, {
      f: CHILDREN,
      i: {
        title: 'Månadsmöte',
        startsAt: first.toISOString(),
        endsAt: stockholmTime(year, 2, 9, 10, 30).toISOString(),
        mode: 'DIGITAL',
        videoUrl: 'https://meet.example.se/manad',
        recurrence: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=4',
      },
    });
    expect(res.data?.createMeeting).toMatchObject({
      __typename: 'CreateMeetingSuccess',
      meeting: { recurrence: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=4' },
    });
    const list = await ali.gql<{
      meetings: {
        edges: Array<{ node: { id: string; title: string; startsAt: string; originalStart: string } }>;
      };
    }>(
      `query($f: ID!, $from: DateTime!, $to: DateTime!) { meetings(forumId: $f, from: $from, to: $to, first: 50) { edges { node { id title startsAt originalStart } } } }`,
      { f: CHILDREN, from: first.toISOString(), to: stockholmTime(year, 6, 1).toISOString() },
    );
    const series = list.data?.meetings.edges.map((e) => e.node).filter((m) => m.title === 'Månadsmöte') ?? [];
    expect(series.map((m) => m.startsAt.slice(0, 10))).toEqual([
      `${year}-02-09`,
      `${year}-03-09`,
      `${year}-04-13`,
      `${year}-05-11`,
    ]);
    expect(series.map((m) => hourIn(m.startsAt))).toEqual(['09:00', '09:00', '09:00', '09:00']);

    // Moving one occurrence leaves the others and keeps its place in the series.
    const third = series[2];
    const moved = stockholmTime(year, 4, 14, 13, 0);
    await ali.gql(
      `mutation($id: ID!, $i: MeetingInput!) { updateMeeting(meetingId: $id, input: $i) { __typename } }`,
      {
        id: third?.id,
        i: {
          title: 'Månadsmöte',
          startsAt: moved.toISOString(),
          endsAt: stockholmTime(year, 4, 14, 14, 30).toISOString(),
          mode: 'DIGITAL',
          videoUrl: 'https://meet.example.se/manad',
        },
      },
    );
    const after = await ali.gql<{
      meetings: { edges: Array<{ node: { id: string; startsAt: string; originalStart: string } }> };
    }>(
      `query($f: ID!, $from: DateTime!, $to: DateTime!) { meetings(forumId: $f, from: $from, to: $to, first: 50) { edges { node { id startsAt originalStart } } } }`,
      { f: CHILDREN, from: first.toISOString(), to: stockholmTime(year, 6, 1).toISOString() },
    );
    const movedRow = after.data?.meetings.edges.find((e) => e.node.id === third?.id)?.node;
    expect(movedRow?.startsAt).toBe(moved.toISOString());
    expect(movedRow?.originalStart).toBe(third?.originalStart);
    expect(
      after.data?.meetings.edges.filter((e) =>
        series.some((s) => s.id === e.node.id && s.startsAt === e.node.startsAt),
      ),
    ).toHaveLength(3);
  });

  it('refuses a rule that never ends, cannot be read or runs too long', async () => {
    const base = {
      title: 'Serie',
      startsAt: stockholmTime(year, 2, 9, 9, 0).toISOString(),
      endsAt: stockholmTime(year, 2, 9, 10, 0).toISOString(),
      mode: 'DIGITAL',
      videoUrl: 'https://meet.example.se/s',
    };
    const cases: Array<[string, string]> = [
      ['FREQ=WEEKLY;BYDAY=TU', 'COUNT'],
      ['FREQ=SOMETIMES;COUNT=3', 'går inte att tolka'],
      ['FREQ=DAILY;COUNT=500', 'för lång'],
    ];
    for (const [recurrence, text] of cases) {
      const res = await ali.gql<Create>(CREATE, { f: CHILDREN, i: { ...base, recurrence } });
      expect(res.data?.createMeeting, recurrence).toMatchObject({
        __typename: 'InvalidInputError',
        field: 'recurrence',
      });
      expect(res.data?.createMeeting.message).toContain(text);
    }
  });
});

describe('suggested slots', () => {
  const SUGGEST = `query($orgs: [ID!]!, $d: Int!, $from: DateTime!, $to: DateTime!, $p: Boolean) { suggestMeetingSlots(organisationIds: $orgs, durationMinutes: $d, from: $from, to: $to, inPerson: $p) { startsAt endsAt } }`;

  it('proposes the earliest times when every required organisation is free, on working days in working hours', async () => {
    const from = stockholmTime(year, 3, 2, 0, 0);
    const to = stockholmTime(year, 3, 20, 0, 0);
    const orgs = [org('polisVaxjo'), org('vaxjoSocial')];
    const res = await ali.gql<{ suggestMeetingSlots: Array<{ startsAt: string; endsAt: string }> }>(SUGGEST, {
      orgs,
      d: 90,
      from: from.toISOString(),
      to: to.toISOString(),
      p: true,
    });
    const slots = res.data?.suggestMeetingSlots ?? [];
    expect(slots.length).toBe(5);
    for (const slot of slots) {
      expect(isSwedishWorkingDay(new Date(slot.startsAt))).toBe(true);
      expect(hourIn(slot.startsAt) >= '08:00' && hourIn(slot.endsAt) <= '17:00').toBe(true);
      const clashes = await ali.gql<{ meetingClashes: unknown[] }>(
        `query($s: DateTime!, $e: DateTime!, $o: [ID!]!) { meetingClashes(startsAt: $s, endsAt: $e, organisationIds: $o) { startsAt } }`,
        { s: slot.startsAt, e: slot.endsAt, o: orgs },
      );
      expect(clashes.data?.meetingClashes).toEqual([]);
    }
    expect(slots.map((s) => s.startsAt)).toEqual([...slots.map((s) => s.startsAt)].sort());
  });

  it('refuses a window longer than 90 days, naming the field', async () => {
    const res = await ali.gql(SUGGEST, {
      orgs: [org('polisVaxjo')],
      d: 60,
      from: stockholmTime(year, 1, 1).toISOString(),
      to: stockholmTime(year, 6, 1).toISOString(),
    });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Sök lediga tider i högst 90 dagar åt gången.',
      extensions: { code: 'BAD_USER_INPUT', field: 'to' },
    });
  });
});
