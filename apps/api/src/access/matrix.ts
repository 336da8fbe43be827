/**
 * The access matrix: for every root operation of the schema, what each kind of actor gets, in its
 * own organisation and in another one. `access-matrix.test.ts` runs every cell and fails when an
 * operation has no row here. Add a row with every new query or mutation; add a scope to
 * `fixtures.ts` (and a column to the rows that care) for a new dimension such as consent.
 */
import { DEMO, DEMO_PASSWORD } from '@samlad/db';
import { encodeGlobalId } from '../schema/global-id.ts';
import { PEOPLE } from '../test/harness.ts';
import { activityRows } from './activity-matrix.ts';
import { caseRows } from './case-matrix.ts';
import type { ActorName, Cell, OrganisationKind, Scope } from './fixtures.ts';
import { byCaller, everyone, result } from './matrix-helpers.ts';
import type { Outcome } from './outcomes.ts';
import { overviewRows } from './overview-matrix.ts';

/** One outcome for every scope, or one per scope. */
export type Expectation = Outcome | Partial<Record<Scope, Outcome>>;

export interface AuditExpectation {
  action: string;
  /** Who the event must name as actor: the caller, or the person a sign-in is for. */
  actorUserId: string | null;
}

export interface AccessRow {
  /** What this row checks, when an operation has more than one. */
  variant?: string;
  /** Calls the operation, as its only root field. Results that are unions select `__typename`. */
  document: string;
  variables?: (cell: Cell) => Record<string, unknown> | Promise<Record<string, unknown>>;
  expect: Record<ActorName, Expectation>;
  /**
   * Mutations: the audit event an allowed call writes, or null for a call that changes nothing
   * (signing out while signed out). Every `ok` mutation cell must name one.
   */
  audit?: (cell: Cell) => AuditExpectation | null | Promise<AuditExpectation | null>;
  /** Runs on a session of its own, because the operation changes or ends the session. */
  ownSession?: boolean;
  /** The response must not mention a forum or meeting the caller's organisation is not a member of. */
  forumLeakCheck?: boolean;
  /** Strings (ids, names) the response must not contain in this cell. */
  mustNotContain?: (cell: Cell) => Promise<string[]>;
}

export type AccessMatrix = Record<string, readonly [AccessRow, ...AccessRow[]]>;

/** Admins of the organisation (or above it) and platform admins. */
const ORGANISATION_ADMINS = {
  anonymous: 'denied',
  admin: { own: 'ok', other: 'denied' },
  coordinator: 'denied',
  member: 'denied',
  overseer: 'denied',
  partner: 'denied',
  platformAdmin: 'ok',
} as const satisfies Record<ActorName, Expectation>;

/** Coordinators and admins of the forum's host organisation (not platform admins as such). */
const FORUM_HOSTS = {
  anonymous: 'denied',
  admin: { own: 'ok', other: 'denied' },
  coordinator: { own: 'ok', other: 'denied' },
  member: 'denied',
  overseer: 'denied',
  partner: 'denied',
  platformAdmin: { own: 'ok', other: 'denied' },
} as const satisfies Record<ActorName, Expectation>;

const FORUM_INPUT = (cell: Cell) => ({
  name: `Matrisforum ${cell.unique}`,
  purpose: 'Skapat av åtkomstmatrisen.',
  themes: ['SAFETY'],
  level: 'MUNICIPAL',
  countyCode: '07',
  meetingsPerYear: 6,
  // Region Kronoberg hosts none of the actors' organisations, so it is always a member besides the host.
  memberOrganisationIds: [encodeGlobalId('Organisation', DEMO.organisations.regionKronoberg)],
});

/** Coordinators and admins create forums hosted by their own organisation, wherever the cell points. */
const FORUM_CREATORS = {
  anonymous: 'denied',
  admin: 'ok',
  coordinator: 'ok',
  member: 'denied',
  overseer: 'denied',
  partner: 'denied',
  platformAdmin: 'ok',
} as const satisfies Record<ActorName, Expectation>;

/** Any signed-in person, whatever the organisation. */
const SIGNED_IN = {
  anonymous: 'denied',
  admin: 'ok',
  coordinator: 'ok',
  member: 'ok',
  overseer: 'ok',
  partner: 'ok',
  platformAdmin: 'ok',
} as const satisfies Record<ActorName, Expectation>;

/** Members of the forum's organisations: their own forums, and nothing of the others'. */
const FORUM_MEMBERS = (hidden: 'null' | 'empty') =>
  ({
    anonymous: 'denied',
    admin: { own: 'ok', other: hidden },
    coordinator: { own: 'ok', other: hidden },
    member: { own: 'ok', other: hidden },
    overseer: { own: 'ok', other: hidden },
    partner: { own: 'ok', other: hidden },
    platformAdmin: { own: 'ok', other: hidden },
  }) as const satisfies Record<ActorName, Expectation>;

/** A role this kind of organisation has as a matter of course, and another one it may have. */
const ORDINARY_ROLE = (kind: OrganisationKind) => (kind === 'civil_society' ? 'PARTNER' : 'MEMBER');
const OTHER_ROLE = (kind: OrganisationKind) => (kind === 'civil_society' ? 'ADMIN' : 'COORDINATOR');
/** Only county boards have overseers; only associations have partners. */
const IMPOSSIBLE_ROLE = (kind: OrganisationKind) => (kind === 'county_board' ? 'PARTNER' : 'OVERSEER');

/** Signed out, "oneself" is Sara. */
const signInAs = (cell: Cell) =>
  cell.scope === 'own' ? (cell.actor.email ?? PEOPLE.vaxjoMember) : PEOPLE.karlstadCoordinator;

const FORUMS = /* GraphQL */ `
  query($member: ID, $countyCode: String) {
    forums(first: 200, memberOrganisationId: $member, countyCode: $countyCode) {
      totalCount
      edges { node { id name members { id } mergedInto { id name } nextMeeting { id title } } }
    }
  }
`;

const INVITE = /* GraphQL */ `
  mutation($input: InviteMemberInput!) {
    inviteMember(input: $input) ${result('InviteMemberSuccess', 'invitation { email role }')}
  }
`;
const inviteInput = (cell: Cell, role: string) => ({
  input: {
    organisationId: cell.target.organisation.globalId,
    email: `${cell.unique}@matrix.example`,
    displayName: `Matris ${cell.unique}`,
    role,
  },
});

const CHANGE_ROLE = /* GraphQL */ `
  mutation($id: ID!, $role: MembershipRole!) {
    changeMemberRole(membershipId: $id, role: $role) ${result('ChangeMemberRoleSuccess', 'membership { id role }')}
  }
`;

/** An allowed call that is refused for the role asked for, not for who asks. */
const ADMINS_BUT_NOT_THAT_ROLE = {
  ...ORGANISATION_ADMINS,
  admin: { own: 'denied:role', other: 'denied' },
  platformAdmin: 'denied:role',
} as const satisfies Record<ActorName, Expectation>;

/** Anyone acting for a member organisation of the forum; others are refused. */
const FORUM_MEMBERS_ACT = {
  anonymous: 'denied',
  admin: { own: 'ok', other: 'denied' },
  coordinator: { own: 'ok', other: 'denied' },
  member: { own: 'ok', other: 'denied' },
  overseer: { own: 'ok', other: 'denied' },
  partner: { own: 'ok', other: 'denied' },
  platformAdmin: { own: 'ok', other: 'denied' },
} as const satisfies Record<ActorName, Expectation>;

const CALENDAR_FEED_RESULT = (success: string) => result(success, 'feed { urlPath forum { id name } }');
const POLL_RESULT = (success: string) => result(success, 'poll { id status candidates { id } }');

export const matrix: AccessMatrix = {
  // Queries

  viewer: [
    {
      document: `{ viewer { role user { id } activeOrganisation { id } } }`,
      expect: { ...SIGNED_IN, anonymous: 'null' },
    },
  ],
  // Public reference data (SCB).
  counties: [{ document: `{ counties { code } }`, expect: everyone('ok') }],
  municipalities: [
    {
      document: `query($countyCode: String) { municipalities(countyCode: $countyCode) { code name } }`,
      variables: (cell) => ({ countyCode: cell.target.organisation.countyCode }),
      expect: everyone('ok'),
    },
  ],
  organisations: [
    {
      document: `query($countyCode: String) { organisations(first: 50, countyCode: $countyCode) { totalCount edges { node { id name } } } }`,
      variables: (cell) => ({ countyCode: cell.target.organisation.countyCode }),
      expect: SIGNED_IN,
    },
  ],
  forums: [
    {
      variant: 'forums an organisation is a member of',
      document: FORUMS,
      variables: (cell) => ({ member: cell.target.organisation.globalId }),
      expect: FORUM_MEMBERS('empty'),
      forumLeakCheck: true,
    },
    {
      variant: 'forums in a county',
      document: FORUMS,
      variables: (cell) => ({ countyCode: cell.target.organisation.countyCode }),
      expect: FORUM_MEMBERS('empty'),
      forumLeakCheck: true,
    },
  ],
  forum: [
    {
      document: `query($id: ID!) { forum(id: $id) { id name members { id name } mergedInto { id name } nextMeeting { id title } } }`,
      variables: (cell) => ({ id: cell.target.forum.globalId }),
      expect: FORUM_MEMBERS('null'),
      forumLeakCheck: true,
    },
  ],
  meetings: [
    {
      document: `query($from: DateTime!, $to: DateTime!, $forumId: ID) { meetings(from: $from, to: $to, forumId: $forumId, first: 200) { edges { node { id title place videoUrl forum { id name } } } } }`,
      variables: (cell) => ({ ...cell.window, forumId: cell.target.forum.globalId }),
      expect: FORUM_MEMBERS('empty'),
      forumLeakCheck: true,
    },
  ],
  members: [
    {
      document: `query($id: ID!) { members(organisationId: $id, first: 200, includeDeactivated: true) { edges { node { id role status user { email } } } } }`,
      variables: (cell) => ({ id: cell.target.organisation.globalId }),
      expect: ORGANISATION_ADMINS,
    },
  ],
  auditEvents: [
    {
      document: `query($id: ID!) { auditEvents(organisationId: $id, first: 20) { edges { node { action recordId actor { email } } } } }`,
      variables: (cell) => ({ id: cell.target.organisation.globalId }),
      expect: ORGANISATION_ADMINS,
    },
  ],

  // Mutations: signing in and out

  signIn: [
    {
      variant: 'as oneself (own) or as someone at another organisation (other)',
      document: `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) ${result('SignInSuccess', 'viewer { user { id } }')} }`,
      variables: (cell) => ({ email: signInAs(cell), password: DEMO_PASSWORD }),
      expect: everyone('ok'),
      audit: async (cell) => ({ action: 'auth.sign_in', actorUserId: await cell.userIdOf(signInAs(cell)) }),
    },
  ],
  signOut: [
    {
      document: `mutation { signOut }`,
      expect: everyone('ok'),
      audit: byCaller('auth.sign_out'),
      ownSession: true,
    },
  ],
  switchOrganisation: [
    {
      document: `mutation($id: ID!) { switchOrganisation(organisationId: $id) ${result('SwitchOrganisationSuccess', 'viewer { role activeOrganisation { id } }')} }`,
      variables: (cell) => ({ id: cell.target.actAs.globalId }),
      expect: {
        anonymous: 'denied',
        admin: { own: 'ok', other: 'denied:organisationId' },
        coordinator: { own: 'ok', other: 'denied:organisationId' },
        member: { own: 'ok', other: 'denied:organisationId' },
        overseer: { own: 'ok', other: 'denied:organisationId' },
        partner: { own: 'ok', other: 'denied:organisationId' },
        platformAdmin: { own: 'ok', other: 'denied:organisationId' },
      },
      audit: byCaller('auth.organisation_switched'),
      ownSession: true,
    },
  ],
  invitation: [
    {
      variant: 'an unknown token',
      document: `query($token: String!) { invitation(token: $token) { organisationName role needsPassword } }`,
      variables: () => ({ token: 'no-such-invitation-token' }),
      expect: everyone('null'),
    },
  ],
  acceptInvitation: [
    {
      variant: 'an unknown token',
      document: `mutation($token: String!, $password: String) { acceptInvitation(token: $token, password: $password) ${result('AcceptInvitationSuccess', 'viewer { user { id } }')} }`,
      variables: () => ({ token: 'no-such-invitation-token', password: 'en lång och minnesvärd mening' }),
      expect: everyone('rejected:token'),
    },
    {
      variant: 'a real invitation to the organisation',
      document: `mutation($token: String!, $password: String) { acceptInvitation(token: $token, password: $password) ${result('AcceptInvitationSuccess', 'viewer { user { id } }')} }`,
      variables: async (cell) => ({
        token: (await cell.fresh.invitation()).token,
        password: 'en lång och minnesvärd mening',
      }),
      expect: everyone('ok'),
      // The one who accepts is the invited person, whoever's browser it is.
      audit: async (cell) => ({
        action: 'membership.joined',
        actorUserId: (await cell.fresh.invitation()).userId,
      }),
    },
  ],

  // Mutations: administration

  createForum: [
    {
      document: `mutation($input: ForumInput!) { createForum(input: $input) ${result('CreateForumSuccess', 'forum { id }')} }`,
      variables: (cell) => ({ input: FORUM_INPUT(cell) }),
      expect: FORUM_CREATORS,
      audit: byCaller('forum.created'),
    },
  ],
  updateForum: [
    {
      document: `mutation($id: ID!, $input: ForumInput!) { updateForum(forumId: $id, input: $input) ${result('UpdateForumSuccess', 'forum { id }')} }`,
      variables: async (cell) => ({ id: (await cell.fresh.forums()).first, input: FORUM_INPUT(cell) }),
      expect: FORUM_HOSTS,
      audit: byCaller('forum.updated'),
    },
  ],
  setForumStatus: [
    {
      document: `mutation($id: ID!) { setForumStatus(forumId: $id, status: PAUSED) ${result('SetForumStatusSuccess', 'forum { status }')} }`,
      variables: async (cell) => ({ id: (await cell.fresh.forums()).first }),
      expect: FORUM_HOSTS,
      audit: byCaller('forum.status_changed'),
    },
  ],
  mergeForum: [
    {
      document: `mutation($id: ID!, $into: ID!) { mergeForum(forumId: $id, intoForumId: $into) ${result('MergeForumSuccess', 'forum { status }')} }`,
      variables: async (cell) => {
        const { first, second } = await cell.fresh.forums();
        return { id: first, into: second };
      },
      expect: FORUM_HOSTS,
      audit: byCaller('forum.merged'),
    },
  ],
  meetingClashes: [
    {
      document: `query($s: DateTime!, $e: DateTime!, $orgs: [ID!]!) { meetingClashes(startsAt: $s, endsAt: $e, organisationIds: $orgs) { startsAt forumName organisation { id } } }`,
      variables: (cell) => ({
        s: cell.window.from,
        e: cell.window.to,
        orgs: [cell.target.organisation.globalId],
      }),
      expect: SIGNED_IN,
      forumLeakCheck: true,
    },
  ],
  createMeeting: [
    {
      document: `mutation($forum: ID!, $input: MeetingInput!) { createMeeting(forumId: $forum, input: $input) ${result('CreateMeetingSuccess', 'meeting { id }')} }`,
      variables: async (cell) => ({
        forum: (await cell.fresh.forums()).first,
        input: {
          title: 'Matrismöte',
          startsAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 40 * 86_400_000 + 3_600_000).toISOString(),
          mode: 'DIGITAL',
          videoUrl: 'https://meet.example.se/matris',
        },
      }),
      expect: FORUM_HOSTS,
      audit: byCaller('meeting.created'),
    },
  ],
  updateMeeting: [
    {
      document: `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(meetingId: $id, input: $input) ${result('UpdateMeetingSuccess', 'meeting { id }')} }`,
      variables: async (cell) => ({
        id: await cell.fresh.meeting(),
        input: {
          title: 'Flyttat matrismöte',
          startsAt: new Date(Date.now() + 41 * 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 41 * 86_400_000 + 3_600_000).toISOString(),
          mode: 'DIGITAL',
          videoUrl: 'https://meet.example.se/matris',
        },
      }),
      expect: FORUM_HOSTS,
      audit: byCaller('meeting.moved'),
    },
  ],
  cancelMeeting: [
    {
      document: `mutation($id: ID!) { cancelMeeting(meetingId: $id) ${result('CancelMeetingSuccess', 'meeting { status }')} }`,
      variables: async (cell) => ({ id: await cell.fresh.meeting() }),
      expect: FORUM_HOSTS,
      audit: byCaller('meeting.cancelled'),
    },
  ],
  respondToMeeting: [
    {
      document: `mutation($id: ID!) { respondToMeeting(meetingId: $id, answer: ACCEPTED) ${result('RespondToMeetingSuccess', 'meeting { id }')} }`,
      variables: async (cell) => ({ id: await cell.fresh.meeting() }),
      expect: {
        anonymous: 'denied',
        admin: { own: 'ok', other: 'denied' },
        coordinator: { own: 'ok', other: 'denied' },
        member: { own: 'ok', other: 'denied' },
        overseer: { own: 'ok', other: 'denied' },
        partner: { own: 'ok', other: 'denied' },
        platformAdmin: { own: 'ok', other: 'denied' },
      },
      audit: byCaller('meeting.rsvp'),
    },
  ],
  meeting: [
    {
      document: `query($id: ID!) { meeting(id: $id) { id title forum { id name } } }`,
      variables: async (cell) => ({ id: await cell.fresh.meeting() }),
      expect: FORUM_MEMBERS('null'),
      forumLeakCheck: true,
    },
  ],
  jointView: [
    {
      document: `{ jointView { meetings { id title forum { id name } } invitationsAwaitingAnswer { id } actions { id } forums { id name } } }`,
      expect: SIGNED_IN,
      forumLeakCheck: true,
    },
  ],
  suggestMeetingSlots: [
    {
      document: `query($orgs: [ID!]!, $from: DateTime!, $to: DateTime!) { suggestMeetingSlots(organisationIds: $orgs, durationMinutes: 60, from: $from, to: $to) { startsAt endsAt } }`,
      // The coming four weeks: always some free time on working days.
      variables: (cell) => ({
        orgs: [cell.target.organisation.globalId],
        from: new Date(Date.now() + 86_400_000).toISOString(),
        to: new Date(Date.now() + 29 * 86_400_000).toISOString(),
      }),
      expect: SIGNED_IN,
    },
  ],
  organisationActions: [
    {
      document: `{ organisationActions { id title owner { id } } }`,
      // The actor's organisation has an action; the target has one too, which must not show elsewhere.
      variables: async (cell) => {
        await cell.fresh.action();
        if (cell.actor.userId) await cell.fresh.ownAction();
        return {};
      },
      expect: SIGNED_IN,
      mustNotContain: async (cell) => (cell.scope === 'other' ? [await cell.fresh.action()] : []),
    },
  ],
  addAgendaItem: [
    {
      document: `mutation($m: ID!) { addAgendaItem(meetingId: $m, title: "Matrispunkt") ${result('AddAgendaItemSuccess', 'meeting { id }')} }`,
      variables: async (cell) => ({ m: await cell.fresh.meeting() }),
      expect: FORUM_HOSTS,
      audit: byCaller('meeting.agenda_item_added'),
    },
  ],
  reorderAgenda: [
    {
      document: `mutation($m: ID!) { reorderAgenda(meetingId: $m, itemIds: []) ${result('ReorderAgendaSuccess', 'meeting { id }')} }`,
      variables: async (cell) => ({ m: await cell.fresh.meeting() }),
      expect: FORUM_HOSTS,
      audit: byCaller('meeting.agenda_reordered'),
    },
  ],
  recordMinutes: [
    {
      document: `mutation($m: ID!) { recordMinutes(meetingId: $m, minutes: "Matrisprotokoll") ${result('RecordMinutesSuccess', 'meeting { id }')} }`,
      variables: async (cell) => ({ m: await cell.fresh.meeting() }),
      expect: FORUM_HOSTS,
      audit: byCaller('meeting.minutes_recorded'),
    },
  ],
  createAction: [
    {
      document: `mutation($m: ID!, $o: ID!) { createAction(meetingId: $m, title: "Matrisåtgärd", ownerOrganisationId: $o) ${result('CreateActionSuccess', 'action { id }')} }`,
      variables: async (cell) => ({ m: await cell.fresh.meeting(), o: cell.target.organisation.globalId }),
      expect: FORUM_HOSTS,
      audit: byCaller('action.created'),
    },
  ],
  setActionStatus: [
    {
      document: `mutation($id: ID!) { setActionStatus(actionId: $id, status: DONE) ${result('SetActionStatusSuccess', 'action { status }')} }`,
      variables: async (cell) => ({ id: await cell.fresh.action() }),
      // The responsible organisation's people (not its overseers), and the forum's coordinators.
      expect: {
        anonymous: 'denied',
        admin: { own: 'ok', other: 'denied' },
        coordinator: { own: 'ok', other: 'denied' },
        member: { own: 'ok', other: 'denied' },
        overseer: 'denied',
        partner: { own: 'ok', other: 'denied' },
        platformAdmin: { own: 'ok', other: 'denied' },
      },
      audit: byCaller('action.status_changed'),
    },
  ],

  // Calendar feeds and scheduling polls

  calendarFeeds: [{ document: `{ calendarFeeds { hasPersonalFeed personalUrlPath } }`, expect: SIGNED_IN }],
  forumCalendarFeed: [
    {
      document: `mutation($forum: ID!) { forumCalendarFeed(forumId: $forum) ${CALENDAR_FEED_RESULT('ForumCalendarFeedSuccess')} }`,
      variables: async (cell) => ({ forum: (await cell.fresh.forums()).first }),
      expect: FORUM_MEMBERS_ACT,
      audit: byCaller('calendar.feed_created'),
    },
  ],
  resetCalendarFeed: [
    {
      variant: 'one’s own feed',
      document: `mutation { resetCalendarFeed ${CALENDAR_FEED_RESULT('ResetCalendarFeedSuccess')} }`,
      expect: SIGNED_IN,
      audit: byCaller('calendar.feed_reset'),
    },
    {
      variant: 'a forum’s feed',
      document: `mutation($forum: ID) { resetCalendarFeed(forumId: $forum) ${CALENDAR_FEED_RESULT('ResetCalendarFeedSuccess')} }`,
      variables: async (cell) => ({ forum: (await cell.fresh.forums()).first }),
      expect: FORUM_HOSTS,
      audit: byCaller('calendar.feed_reset'),
    },
  ],
  schedulingPoll: [
    {
      document: `query($id: ID!) { schedulingPoll(id: $id) { id title forum { id name } candidates { id yesCount myAnswer } winner { id } bookedMeeting { id } } }`,
      variables: async (cell) => ({ id: (await cell.fresh.poll()).id }),
      expect: FORUM_MEMBERS('null'),
      forumLeakCheck: true,
    },
  ],
  createSchedulingPoll: [
    {
      document: `mutation($forum: ID!, $input: SchedulingPollInput!) { createSchedulingPoll(forumId: $forum, input: $input) ${POLL_RESULT('CreateSchedulingPollSuccess')} }`,
      variables: async (cell) => ({
        forum: (await cell.fresh.forums()).first,
        input: {
          title: 'Matrisomröstning',
          durationMinutes: 60,
          mode: 'DIGITAL',
          videoUrl: 'https://meet.example.se/matris',
          candidates: [40, 41].map((days) => new Date(Date.now() + days * 86_400_000).toISOString()),
        },
      }),
      expect: FORUM_HOSTS,
      audit: byCaller('poll.created'),
    },
  ],
  answerSchedulingPoll: [
    {
      document: `mutation($poll: ID!, $candidate: ID!) { answerSchedulingPoll(pollId: $poll, answers: [{ candidateId: $candidate, answer: PREFER }]) ${POLL_RESULT('AnswerSchedulingPollSuccess')} }`,
      variables: async (cell) => {
        const poll = await cell.fresh.poll();
        return { poll: poll.id, candidate: poll.candidateId };
      },
      expect: FORUM_MEMBERS_ACT,
      audit: byCaller('poll.answered'),
    },
  ],
  bookSchedulingPoll: [
    {
      document: `mutation($poll: ID!) { bookSchedulingPoll(pollId: $poll) ${POLL_RESULT('BookSchedulingPollSuccess')} }`,
      variables: async (cell) => ({ poll: (await cell.fresh.poll()).id }),
      expect: FORUM_HOSTS,
      audit: byCaller('poll.booked'),
    },
  ],
  setForumRepresentatives: [
    {
      document: `mutation($f: ID!, $o: ID!) { setForumRepresentatives(forumId: $f, organisationId: $o, representatives: []) ${result('SetForumRepresentativesSuccess', 'forum { id }')} }`,
      variables: async (cell) => ({
        f: (await cell.fresh.forums()).first,
        o: cell.target.organisation.globalId,
      }),
      expect: FORUM_HOSTS,
      audit: byCaller('forum.representatives_set'),
    },
  ],
  inviteMember: [
    {
      variant: 'with a role the organisation can have',
      document: INVITE,
      variables: (cell) => inviteInput(cell, ORDINARY_ROLE(cell.target.organisation.kind)),
      expect: ORGANISATION_ADMINS,
      audit: byCaller('membership.invited'),
    },
    {
      variant: 'with a role its kind of organisation cannot have',
      document: INVITE,
      variables: (cell) => inviteInput(cell, IMPOSSIBLE_ROLE(cell.target.organisation.kind)),
      expect: ADMINS_BUT_NOT_THAT_ROLE,
    },
  ],
  changeMemberRole: [
    {
      variant: 'to a role the organisation can have',
      document: CHANGE_ROLE,
      variables: async (cell) => ({
        id: await cell.fresh.membership(),
        role: OTHER_ROLE(cell.target.organisation.kind),
      }),
      expect: ORGANISATION_ADMINS,
      audit: byCaller('membership.role_changed'),
    },
    {
      variant: 'to a role its kind of organisation cannot have',
      document: CHANGE_ROLE,
      variables: async (cell) => ({
        id: await cell.fresh.membership(),
        role: IMPOSSIBLE_ROLE(cell.target.organisation.kind),
      }),
      expect: ADMINS_BUT_NOT_THAT_ROLE,
    },
  ],
  deactivateMember: [
    {
      document: `mutation($id: ID!) { deactivateMember(membershipId: $id) ${result('DeactivateMemberSuccess', 'membership { id status }')} }`,
      variables: async (cell) => ({ id: await cell.fresh.membership() }),
      expect: ORGANISATION_ADMINS,
      audit: byCaller('membership.deactivated'),
    },
  ],
  reactivateMember: [
    {
      document: `mutation($id: ID!) { reactivateMember(membershipId: $id) ${result('ReactivateMemberSuccess', 'membership { id status }')} }`,
      variables: async (cell) => ({ id: await cell.fresh.membership('deactivated') }),
      expect: ORGANISATION_ADMINS,
      audit: byCaller('membership.reactivated'),
    },
  ],
  createOrganisationUnit: [
    {
      document: `mutation($parentId: ID!, $name: String!) { createOrganisationUnit(parentId: $parentId, name: $name) ${result('CreateOrganisationUnitSuccess', 'organisation { id name }')} }`,
      variables: (cell) => ({ parentId: cell.target.organisation.globalId, name: `Enhet ${cell.unique}` }),
      expect: ORGANISATION_ADMINS,
      audit: byCaller('organisation.unit_created'),
    },
  ],
  renameOrganisation: [
    {
      document: `mutation($id: ID!, $name: String!) { renameOrganisation(organisationId: $id, name: $name) ${result('RenameOrganisationSuccess', 'organisation { id name }')} }`,
      variables: (cell) => ({
        id: cell.target.organisation.globalId,
        name: `${cell.target.organisation.name} (${cell.unique})`,
      }),
      expect: ORGANISATION_ADMINS,
      audit: byCaller('organisation.renamed'),
    },
  ],
  createOrganisation: [
    {
      variant: 'in the organisation’s own county (own) or another one (other)',
      document: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) ${result('CreateOrganisationSuccess', 'organisation { id name }')} }`,
      variables: (cell) => ({
        input: {
          name: `Ny organisation ${cell.unique}`,
          kind: 'OTHER',
          countyCode: cell.target.organisation.countyCode,
          municipalityCode: cell.target.organisation.municipalityCode,
        },
      }),
      expect: {
        anonymous: 'denied',
        admin: 'denied',
        coordinator: 'denied',
        member: 'denied',
        overseer: 'denied',
        partner: 'denied',
        platformAdmin: 'ok',
      },
      audit: byCaller('organisation.created'),
    },
  ],
  ...caseRows,
  ...activityRows,
  ...overviewRows,
};
