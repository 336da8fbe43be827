import { DEMO } from '@samlad/db';
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
    // Session with role, then one statement per slice, whatever the number of rows.
    expect(statements).toBe(1 + 4);

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
});
