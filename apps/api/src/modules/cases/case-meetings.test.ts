import { DEMO, schema } from '@samlad/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

const caseA = encodeGlobalId('SharedCase', DEMO.cases.vaxjoYoungPerson);
const caseProtected = encodeGlobalId('SharedCase', DEMO.cases.vaxjoProtected);
const forum = encodeGlobalId('Forum', DEMO.forums.vaxjoChildren);

let api: TestApi;
let ali: TestClient;
let erik: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  ali = await api.signIn(PEOPLE.vaxjoCoordinator);
  erik = await api.signIn(PEOPLE.policeVaxjo);
});
afterAll(() => api?.close());

const inDays = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const CREATE = `mutation($f: ID!, $i: MeetingInput!) { createMeeting(forumId: $f, input: $i) { __typename ... on UserError { field message } ... on CreateMeetingSuccess { meeting { id place case { reference } } } } }`;

describe('meetings about a case', () => {
  it('plans a meeting about a case the host takes part in, and shows the case on it', async () => {
    const res = await ali.gql<{
      createMeeting: { __typename: string; meeting: { case: { reference: string } } };
    }>(CREATE, {
      f: forum,
      i: {
        title: 'SIP-möte',
        startsAt: inDays(20),
        endsAt: inDays(20, 10),
        mode: 'IN_PERSON',
        place: 'Familjecentralen, Växjö',
        caseId: caseA,
      },
    });
    expect(res.data?.createMeeting.__typename, JSON.stringify(res)).toBe('CreateMeetingSuccess');
    expect(res.data?.createMeeting.meeting.case.reference).toMatch(/^VXJ-\d{4}-0001$/);
  });

  it('gives a protected person’s meeting no place, and says why', async () => {
    const before = await api.database.db.$count(schema.meeting);
    const res = await ali.gql<{ createMeeting: { __typename: string; field: string; message: string } }>(
      CREATE,
      {
        f: forum,
        i: {
          title: 'Samordning',
          startsAt: inDays(21),
          endsAt: inDays(21, 10),
          mode: 'IN_PERSON',
          place: 'Hemma hos',
          caseId: caseProtected,
        },
      },
    );
    expect(res.data?.createMeeting).toMatchObject({ __typename: 'InvalidInputError', field: 'place' });
    expect(res.data?.createMeeting.message).toContain('skyddade personuppgifter');
    expect(await api.database.db.$count(schema.meeting)).toBe(before);
    const digital = await ali.gql<{
      createMeeting: { __typename: string; meeting: { id: string; place: null } };
    }>(CREATE, {
      f: forum,
      i: {
        title: 'Samordning',
        startsAt: inDays(21),
        endsAt: inDays(21, 10),
        mode: 'DIGITAL',
        videoUrl: 'https://meet.example.se/skyddad',
        caseId: caseProtected,
      },
    });
    expect(digital.data?.createMeeting.__typename).toBe('CreateMeetingSuccess');
    expect(digital.data?.createMeeting.meeting.place).toBeNull();
  });

  it('removes the places of a case’s meetings once the person is marked protected', async () => {
    const before = await api.database.db
      .select({ place: schema.meeting.place })
      .from(schema.meeting)
      .where(eq(schema.meeting.caseId, DEMO.cases.vaxjoYoungPerson));
    expect(before.some((m) => m.place)).toBe(true);
    const res = await ali.gql<{ setCaseSubject: { __typename: string } }>(
      `mutation($c: ID!, $s: CaseSubjectInput!) { setCaseSubject(caseId: $c, subject: $s) { __typename ... on UserError { message } } }`,
      {
        c: caseA,
        s: {
          fullName: 'Skyddad Testperson',
          protectedIdentity: true,
          guardians: [{ fullName: 'Vårdnadshavare Test' }],
        },
      },
    );
    expect(res.data?.setCaseSubject.__typename, JSON.stringify(res)).toBe('SetCaseSubjectSuccess');
    const after = await api.database.db
      .select({ place: schema.meeting.place })
      .from(schema.meeting)
      .where(eq(schema.meeting.caseId, DEMO.cases.vaxjoYoungPerson));
    expect(after.every((m) => m.place === null)).toBe(true);
  });

  it('refuses a meeting about a case the host does not take part in', async () => {
    const karlstad = encodeGlobalId('SharedCase', DEMO.cases.karlstadChild);
    const res = await ali.gql<{ createMeeting: { __typename: string; field: string } }>(CREATE, {
      f: forum,
      i: {
        title: 'Fel ärende',
        startsAt: inDays(22),
        endsAt: inDays(22, 10),
        mode: 'DIGITAL',
        videoUrl: 'https://meet.example.se/x',
        caseId: karlstad,
      },
    });
    expect(res.data?.createMeeting).toMatchObject({ __typename: 'InvalidInputError', field: 'caseId' });
  });
});

describe('a forum meeting’s case agenda', () => {
  it('takes up the forum’s unfinished actions first, then the cases due, showing others only references', async () => {
    const planned = await ali.gql<{ createMeeting: { meeting: { id: string } } }>(CREATE, {
      f: forum,
      i: {
        title: 'Ärendedragning',
        startsAt: inDays(30),
        endsAt: inDays(30, 11),
        mode: 'DIGITAL',
        videoUrl: 'https://meet.example.se/sspf',
      },
    });
    const meetingId = planned.data?.createMeeting.meeting.id;
    const BUILD = `mutation($m: ID!) { buildCaseAgenda(meetingId: $m) { __typename ... on BuildCaseAgendaSuccess { meeting { agendaItems { position title case { reference subject { fullName } } } } } } }`;
    type Built = {
      buildCaseAgenda: {
        __typename: string;
        meeting: {
          agendaItems: Array<{
            position: number;
            title: string;
            case: { reference: string; subject: unknown } | null;
          }>;
        };
      };
    };
    const built = await ali.gql<Built>(BUILD, { m: meetingId });
    expect(built.data?.buildCaseAgenda.__typename, JSON.stringify(built)).toBe('BuildCaseAgendaSuccess');
    const items = built.data?.buildCaseAgenda.meeting.agendaItems ?? [];
    const caseItems = items.filter((i) => /^[A-Z]{3}-\d{4}-\d{4}/.test(i.title));
    expect(caseItems.length).toBeGreaterThan(0);
    // Case A has an overdue action, so it comes before cases merely due.
    expect(caseItems[0]?.title).toMatch(/-0001 .*förra mötet/);
    // Titles carry the reference only, never a name.
    const names = await api.database.db
      .select({ name: schema.caseSubject.fullName })
      .from(schema.caseSubject);
    const body = JSON.stringify(items.map((i) => i.title));
    expect(names.filter((n) => body.includes(n.name))).toEqual([]);
    // Building again adds nothing twice.
    const again = await ali.gql<Built>(BUILD, { m: meetingId });
    expect(again.data?.buildCaseAgenda.meeting.agendaItems).toHaveLength(items.length);

    // The police are in the forum: they see the agenda, and a case's identity only if consent covers them.
    const MEETING = `query($id: ID!) { meeting(id: $id) { agendaItems { title case { reference subject { fullName } } } } }`;
    const police = await erik.gql<{
      meeting: { agendaItems: Array<{ title: string; case: { subject: unknown } | null }> };
    }>(MEETING, {
      id: meetingId,
    });
    expect(police.data?.meeting.agendaItems.length).toBe(items.length);
  });

  it('is for the forum’s host only', async () => {
    const [m] = await api.database.db
      .select({ id: schema.meeting.id })
      .from(schema.meeting)
      .where(eq(schema.meeting.forumId, DEMO.forums.vaxjoChildren))
      .limit(1);
    const res = await erik.gql<{ buildCaseAgenda: { __typename: string } }>(
      `mutation($m: ID!) { buildCaseAgenda(meetingId: $m) { __typename } }`,
      { m: encodeGlobalId('Meeting', m?.id ?? '') },
    );
    expect(res.data?.buildCaseAgenda.__typename).toBe('NotAllowedError');
  });
});
