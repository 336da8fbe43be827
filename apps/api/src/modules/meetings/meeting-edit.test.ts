import { DEMO, schema } from '@samlad/db';
import { stockholmTime } from '@samlad/domain';
import { eq } from 'drizzle-orm';
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

const org = (key: keyof typeof DEMO.organisations) => encodeGlobalId('Organisation', DEMO.organisations[key]);
const CHILDREN = encodeGlobalId('Forum', DEMO.forums.vaxjoChildren);
const nextYear = new Date().getFullYear() + 1;
/** A Tuesday in March next year, 09:00–11:00 Stockholm time: in no demo meeting's way. */
const start = stockholmTime(nextYear, 3, 9, 9, 0);
const end = stockholmTime(nextYear, 3, 9, 11, 0);
const meetingInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Extra samverkansmöte',
  startsAt: start.toISOString(),
  endsAt: end.toISOString(),
  mode: 'HYBRID',
  place: 'Stadshuset, Växjö',
  videoUrl: 'https://meet.example.se/extra',
  ...overrides,
});
const CREATE = `mutation($forum: ID!, $input: MeetingInput!) { createMeeting(forumId: $forum, input: $input) { __typename ... on CreateMeetingSuccess { meeting { id title invitees { organisation { name } required guest rsvp } } } ... on UserError { message field } } }`;
type Create = {
  createMeeting: {
    __typename: string;
    field?: string;
    message?: string;
    meeting?: {
      id: string;
      invitees: Array<{ organisation: { name: string }; required: boolean; guest: boolean; rsvp: string }>;
    };
  };
};

describe('planning meetings', () => {
  let meetingId = '';

  it('plans a meeting inviting every member organisation by default', async () => {
    const res = await ali.gql<Create>(CREATE, { forum: CHILDREN, input: meetingInput() });
    expect(res.data?.createMeeting.__typename).toBe('CreateMeetingSuccess');
    const invitees = res.data?.createMeeting.meeting?.invitees ?? [];
    expect(invitees.length).toBeGreaterThan(2);
    expect(invitees.every((i) => i.required && !i.guest && i.rsvp === 'PENDING')).toBe(true);
    meetingId = res.data?.createMeeting.meeting?.id ?? '';
  });

  it('refuses bad times, missing links and outsiders, naming the field and saving nothing', async () => {
    const before = await api.database.db.$count(schema.meeting);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ endsAt: stockholmTime(nextYear, 3, 9, 8, 0).toISOString() }, 'endsAt', 'sluta efter att det börjar'],
      [{ endsAt: stockholmTime(nextYear, 3, 10, 12, 0).toISOString() }, 'endsAt', 'högst ett dygn'],
      [{ mode: 'DIGITAL', videoUrl: 'http://osäker' }, 'videoUrl', 'videolänk'],
      [{ mode: 'IN_PERSON', place: ' ' }, 'place', 'plats'],
      [{ invitees: [{ organisationId: org('karlstadSocial') }] }, 'invitees', 'inte medlem i forumet'],
    ];
    for (const [overrides, field, text] of cases) {
      const res = await ali.gql<Create>(CREATE, { forum: CHILDREN, input: meetingInput(overrides) });
      expect(res.data?.createMeeting, JSON.stringify(overrides)).toMatchObject({
        __typename: 'InvalidInputError',
        field,
      });
      expect(res.data?.createMeeting.message).toContain(text);
    }
    expect(await api.database.db.$count(schema.meeting)).toBe(before);
    const guest = await ali.gql<Create>(CREATE, {
      forum: CHILDREN,
      input: meetingInput({
        invitees: [
          { organisationId: org('polisVaxjo') },
          { organisationId: org('karlstadSocial'), guest: true, required: false },
        ],
      }),
    });
    expect(guest.data?.createMeeting.meeting?.invitees).toContainEqual({
      organisation: { name: 'Karlstads kommun, socialförvaltningen' },
      required: false,
      guest: true,
      rsvp: 'PENDING',
    });
  });

  it('refuses people outside the host organisation', async () => {
    const erik = await api.signIn(PEOPLE.policeVaxjo);
    expect(
      (await erik.gql<Create>(CREATE, { forum: CHILDREN, input: meetingInput() })).data?.createMeeting
        .__typename,
    ).toBe('NotAllowedError');
  });

  it('shows which required invitees already have a meeting then, naming only forums the viewer shares', async () => {
    const CLASHES = `query($s: DateTime!, $e: DateTime!, $orgs: [ID!]!) { meetingClashes(startsAt: $s, endsAt: $e, organisationIds: $orgs) { organisation { name } startsAt forumName } }`;
    const overlapping = {
      s: stockholmTime(nextYear, 3, 9, 10, 0).toISOString(),
      e: stockholmTime(nextYear, 3, 9, 12, 0).toISOString(),
    };
    const res = await ali.gql<{
      meetingClashes: Array<{ organisation: { name: string }; forumName: string | null }>;
    }>(CLASHES, {
      ...overlapping,
      orgs: [org('polisVaxjo'), org('lundSocial')],
    });
    expect(res.data?.meetingClashes.map((c) => c.organisation.name)).toContain(
      'Polisen, lokalpolisområde Växjö',
    );
    expect(res.data?.meetingClashes.some((c) => c.organisation.name.includes('Lund'))).toBe(false);
    expect(res.data?.meetingClashes[0]?.forumName).toBe('Samverkansgrupp barn och unga i riskmiljö, Växjö');
    const maria = await api.signIn(PEOPLE.karlstadCoordinator);
    const hidden = await maria.gql<{ meetingClashes: Array<{ forumName: string | null }> }>(CLASHES, {
      ...overlapping,
      orgs: [org('polisVaxjo')],
    });
    expect(hidden.data?.meetingClashes.length).toBeGreaterThan(0);
    expect(hidden.data?.meetingClashes.every((c) => c.forumName === null)).toBe(true);
    const touching = await ali.gql<{ meetingClashes: unknown[] }>(CLASHES, {
      s: end.toISOString(),
      e: stockholmTime(nextYear, 3, 9, 12, 0).toISOString(),
      orgs: [org('polisVaxjo')],
    });
    expect(touching.data?.meetingClashes).toEqual([]);
  });

  it('moves a meeting, raising its calendar sequence, and cancels it', async () => {
    const UPDATE = `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(meetingId: $id, input: $input) { __typename ... on UpdateMeetingSuccess { meeting { startsAt } } } }`;
    const later = stockholmTime(nextYear, 3, 10, 13, 0);
    const res = await ali.gql(UPDATE, {
      id: meetingId,
      input: meetingInput({
        startsAt: later.toISOString(),
        endsAt: stockholmTime(nextYear, 3, 10, 15, 0).toISOString(),
      }),
    });
    expect(res.data).toEqual({
      updateMeeting: { __typename: 'UpdateMeetingSuccess', meeting: { startsAt: later.toISOString() } },
    });
    const uuid = Buffer.from(meetingId, 'base64url').toString().split(':')[1] ?? '';
    const [row] = await api.database.db.select().from(schema.meeting).where(eq(schema.meeting.id, uuid));
    expect(row?.sequence).toBe(1);
    const CANCEL = `mutation($id: ID!) { cancelMeeting(meetingId: $id) { __typename ... on CancelMeetingSuccess { meeting { status } } } }`;
    expect((await ali.gql(CANCEL, { id: meetingId })).data).toEqual({
      cancelMeeting: { __typename: 'CancelMeetingSuccess', meeting: { status: 'CANCELLED' } },
    });
  });
});

describe('answering invitations', () => {
  const RESPOND = `mutation($id: ID!, $a: RsvpAnswer!) { respondToMeeting(meetingId: $id, answer: $a) { __typename ... on RespondToMeetingSuccess { meeting { invitees { organisation { name } rsvp } } } ... on UserError { message field } } }`;
  type Respond = {
    respondToMeeting: {
      __typename: string;
      message?: string;
      meeting?: { invitees: Array<{ organisation: { name: string }; rsvp: string }> };
    };
  };

  it('records the organisation’s answer, and refuses an answer to a cancelled meeting', async () => {
    const created = await ali.gql<Create>(CREATE, {
      forum: CHILDREN,
      input: meetingInput({ title: 'Att svara på' }),
    });
    const id = created.data?.createMeeting.meeting?.id;
    const erik = await api.signIn(PEOPLE.policeVaxjo);
    const res = await erik.gql<Respond>(RESPOND, { id, a: 'ACCEPTED' });
    expect(res.data?.respondToMeeting.meeting?.invitees).toContainEqual({
      organisation: { name: 'Polisen, lokalpolisområde Växjö' },
      rsvp: 'ACCEPTED',
    });
    // Session; the meeting with the invitations it could be; the answer; its audit event; the
    // live notice; the meeting read back.
    const statements = await api.countStatements(() =>
      erik.gql(`mutation($id: ID!) { respondToMeeting(meetingId: $id, answer: TENTATIVE) { __typename } }`, {
        id,
      }),
    );
    expect(statements).toBe(6);
    await ali.gql(`mutation($id: ID!) { cancelMeeting(meetingId: $id) { __typename } }`, { id });
    const late = await erik.gql<Respond>(RESPOND, { id, a: 'DECLINED' });
    expect(late.data?.respondToMeeting).toMatchObject({
      __typename: 'InvalidInputError',
      message: 'Mötet är inställt, så det går inte att svara på inbjudan.',
    });
  });

  it('refuses an organisation that was not invited', async () => {
    const created = await ali.gql<Create>(CREATE, {
      forum: CHILDREN,
      input: meetingInput({ title: 'Bara polisen', invitees: [{ organisationId: org('polisVaxjo') }] }),
    });
    const omar = await api.signIn(PEOPLE.regionMember);
    const res = await omar.gql<Respond>(RESPOND, {
      id: created.data?.createMeeting.meeting?.id,
      a: 'ACCEPTED',
    });
    expect(res.data?.respondToMeeting.__typename).toBe('NotAllowedError');
  });
});
