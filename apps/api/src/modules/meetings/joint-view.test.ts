import { DEMO } from '@samlad/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const JOINT = /* GraphQL */ `
  query($weeks: Int) {
    jointView(weeks: $weeks) {
      meetings { id title startsAt status forum { name } invitees { organisation { name } rsvp } }
      invitationsAwaitingAnswer { id title }
      actions { title overdue owner { name } forum { name } }
      forums { name nextMeeting { startsAt } members { name } }
    }
  }
`;
type Joint = {
  jointView: {
    meetings: Array<{ id: string; startsAt: string; forum: { name: string } }>;
    invitationsAwaitingAnswer: Array<{ id: string; title: string }>;
    actions: Array<{ title: string; overdue: boolean }>;
    forums: Array<{ name: string }>;
  };
};

describe('the joint view', () => {
  it('gathers coming meetings, unanswered invitations, open actions and forums, in a fixed number of statements', async () => {
    const ali = await api.signIn(PEOPLE.vaxjoCoordinator);
    const start = new Date(Date.now() + 20 * 86_400_000);
    const planned = await ali.gql<{ createMeeting: { meeting: { id: string } } }>(
      `mutation($f: ID!, $i: MeetingInput!) { createMeeting(forumId: $f, input: $i) { ... on CreateMeetingSuccess { meeting { id } } } }`,
      {
        f: encodeGlobalId('Forum', DEMO.forums.vaxjoChildren),
        i: {
          title: 'Nytt samråd',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
          mode: 'DIGITAL',
          videoUrl: 'https://meet.example.se/n',
        },
      },
    );
    const erik = await api.signIn(PEOPLE.policeVaxjo);
    let res: Awaited<ReturnType<typeof erik.gql<Joint>>> | undefined;
    const statements = await api.countStatements(async () => {
      res = await erik.gql<Joint>(JOINT, { weeks: 8 });
    });
    expect(res?.errors).toBeUndefined();
    const view = res?.data?.jointView;
    expect(view?.meetings.length).toBeGreaterThan(3);
    expect(view?.meetings.map((m) => m.startsAt)).toEqual(
      [...(view?.meetings.map((m) => m.startsAt) ?? [])].sort(),
    );
    expect(view?.invitationsAwaitingAnswer.map((m) => m.id)).toContain(
      planned.data?.createMeeting.meeting.id,
    );
    expect(view?.forums.length).toBeGreaterThan(1);
    // Session with role; the organisation's coming meetings, actions and forums (with their
    // forums, owners and next meetings) in one statement; the person's invitations in another,
    // whatever the number of rows.
    expect(statements).toBe(1 + 2);

    await erik.gql(
      `mutation($id: ID!) { respondToMeeting(meetingId: $id, answer: DECLINED) { __typename } }`,
      {
        id: planned.data?.createMeeting.meeting.id,
      },
    );
    const after = await erik.gql<Joint>(JOINT);
    expect(after.data?.jointView.invitationsAwaitingAnswer.map((m) => m.id)).not.toContain(
      planned.data?.createMeeting.meeting.id,
    );
  });

  it('shows each organisation only its own forums’ meetings, and refuses the signed-out', async () => {
    const maria = await api.signIn(PEOPLE.karlstadCoordinator);
    const res = await maria.gql<Joint>(JOINT);
    expect(res.data?.jointView.meetings.every((m) => m.forum.name.includes('Karlstad'))).toBe(true);
    expect(res.data?.jointView.forums.map((f) => f.name)).toEqual([
      'SSPF Karlstad – skola, socialtjänst, polis och fritid',
    ]);
    const anonymous = await api.gql(JOINT);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const tooFar = await maria.gql(JOINT, { weeks: 100 });
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weeks' });
  });

  it('lists meetings only as many weeks ahead as asked, the nearer weeks first', async () => {
    const erik = await api.signIn(PEOPLE.policeVaxjo);
    const near = await erik.gql<Joint>(JOINT, { weeks: 1 });
    const far = await erik.gql<Joint>(JOINT, { weeks: 26 });
    const nearIds = near.data?.jointView.meetings.map((m) => m.id) ?? [];
    const farIds = far.data?.jointView.meetings.map((m) => m.id) ?? [];
    expect(farIds.length).toBeGreaterThan(nearIds.length);
    expect(farIds.slice(0, nearIds.length)).toEqual(nearIds);
    const horizon = Date.now() + 7 * 86_400_000;
    for (const m of near.data?.jointView.meetings ?? []) expect(Date.parse(m.startsAt)).toBeLessThan(horizon);
  });

  it('is empty, not an error, for someone whose membership has ended', async () => {
    const sara = await api.signIn(PEOPLE.vaxjoMember);
    await api.database.db.execute(
      sql`update membership set status = 'deactivated' where user_id = (select id from user_account where email = ${PEOPLE.vaxjoMember})`,
    );
    const res = await sara.gql<Joint>(JOINT);
    expect(res.errors).toBeUndefined();
    expect(res.data?.jointView).toEqual({
      meetings: [],
      invitationsAwaitingAnswer: [],
      actions: [],
      forums: [],
    });
  });
});
