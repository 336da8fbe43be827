/**
 * Access-matrix rows for the county overview (issue 7): the county's figures for its county board
 * only, each organisation's own load for everyone, merge proposals for the forums' hosts (and the
 * county board), the meeting pulse for the meeting's participants, case follow-ups for the lead.
 * None of the overview's answers may carry a person: staff names, e-mail addresses, case subjects.
 */
import type { ActorName, Cell } from './fixtures.ts';
import type { AccessMatrix, Expectation } from './matrix.ts';
import { byCaller, result } from './matrix-helpers.ts';

/** Demo staff and case subjects, and case references: none may appear in an overview. */
const PEOPLE_AND_CASES = [
  'Karin Holm',
  'Ali Nordin',
  'Sara Lund',
  'Erik Strand',
  'Maria Ek',
  'Johan Berg',
  'Lina Sjö',
  'Omar Hassan',
  'Saga Testberg',
  'Kim Demovik',
  'Jonas Exempelsson',
  'Leo Fiktivsson',
  'Ella Provqvist',
  'Noah Låtsasson',
  'Lena Testberg',
  '@',
  'VXJ-',
  'KRL-',
];

const today = new Date();
const PERIOD = {
  from: `${today.getFullYear() - 1}-01-01`,
  to: `${today.getFullYear()}-12-31`,
};

const COUNTY_OVERVIEW = /* GraphQL */ `
  query($county: String!, $from: String!, $to: String!) {
    countyOverview(countyCode: $county, from: $from, to: $to) {
      countyName
      organisationLoad { organisation { id name kind municipalityName } forumCount meetingsInvited meetingHours meetingsAttended flagged }
      forums { forum { id name host { name } } heldMeetings plannedToDate attendance { organisation { name } meetingsAttended }
        actions { completedOnTime completedLate open overdue } pulse { period answers { value fewerThanFive } usefulness trust } }
      delivery { heldMeetings pulse { period usefulness } }
      mergeCandidates { forumA { name } forumB { name } score sharedMembers { name } savings { organisation { name } hoursPerYear } openProposal { id } }
      network { forums { id name } organisations { id name } links { forumId organisationId } }
      cases { total { value fewerThanFive } byStatus { status count { value } } byTheme { theme count { value } }
        followUpsOnTime { value } followUpsLate { value } followUpsOverdue { value } }
      activities { municipalityName activities places }
      mergeProposals { id status forumA { name } proposedBy { name } answers { organisation { name } comment } }
    }
  }
`;

const ORGANISATION_OVERVIEW = /* GraphQL */ `
  query($from: String!, $to: String!) {
    organisationOverview(from: $from, to: $to) {
      organisation { id name }
      load { forumCount meetingsInvited meetingHours flagged }
      hostsForums
      hostedForums { forum { id name } heldMeetings attendance { organisation { name } } pulse { usefulness } }
      mergeCandidates { forumA { id name } forumB { id name } sharedMembers { name } }
      mergeProposals { id status forumA { name } forumB { name } }
    }
  }
`;

/** The county's own county board: its overseers, and its admins (the platform admin is one). */
const COUNTY_BOARD = {
  anonymous: 'denied',
  admin: 'denied',
  coordinator: 'denied',
  member: 'denied',
  overseer: { own: 'ok', other: 'denied' },
  partner: 'denied',
  platformAdmin: { own: 'ok', other: 'denied' },
} as const satisfies Record<ActorName, Expectation>;

/** Coordinators and admins of a forum's host, and the county board of the forums' county. */
const MERGE_PROPOSERS = {
  anonymous: 'denied',
  admin: { own: 'ok', other: 'denied' },
  coordinator: { own: 'ok', other: 'denied' },
  member: 'denied',
  overseer: { own: 'ok', other: 'denied' },
  partner: 'denied',
  platformAdmin: { own: 'ok', other: 'denied' },
} as const satisfies Record<ActorName, Expectation>;

/** Coordinators and admins of a forum's host only: the county board proposes but does not answer. */
const MERGE_HOSTS = {
  ...MERGE_PROPOSERS,
  overseer: 'denied',
} as const satisfies Record<ActorName, Expectation>;

/** Whoever was invited: here, everyone acting for the invited organisation. */
const MEETING_PARTICIPANTS = {
  anonymous: 'denied',
  admin: { own: 'ok', other: 'denied' },
  coordinator: { own: 'ok', other: 'denied' },
  member: { own: 'ok', other: 'denied' },
  overseer: { own: 'ok', other: 'denied' },
  partner: { own: 'ok', other: 'denied' },
  platformAdmin: { own: 'ok', other: 'denied' },
} as const satisfies Record<ActorName, Expectation>;

const PROPOSAL = (success: string) =>
  result(success, 'proposal { id status answers { organisation { name } } }');
const noPeople = async () => PEOPLE_AND_CASES;

export const overviewRows: AccessMatrix = {
  countyOverview: [
    {
      document: COUNTY_OVERVIEW,
      variables: (cell) => ({ county: cell.target.organisation.countyCode, ...PERIOD }),
      expect: COUNTY_BOARD,
      mustNotContain: noPeople,
    },
  ],
  organisationOverview: [
    {
      document: ORGANISATION_OVERVIEW,
      variables: () => PERIOD,
      expect: {
        anonymous: 'denied',
        admin: 'ok',
        coordinator: 'ok',
        member: 'ok',
        overseer: 'ok',
        partner: 'ok',
        platformAdmin: 'ok',
      },
      // Karlstad's forums never show in a Kronoberg organisation's overview.
      mustNotContain: async (cell: Cell) =>
        cell.scope === 'other' ? [...PEOPLE_AND_CASES, cell.target.forum.name] : PEOPLE_AND_CASES,
    },
  ],
  proposeForumMerge: [
    {
      document: `mutation($a: ID!, $b: ID!) { proposeForumMerge(forumAId: $a, forumBId: $b, message: "Samma medlemmar.") ${PROPOSAL('ProposeForumMergeSuccess')} }`,
      variables: async (cell) => {
        const forums = await cell.fresh.forums();
        return { a: forums.first, b: forums.second };
      },
      expect: MERGE_PROPOSERS,
      audit: byCaller('forum_merge.proposed'),
    },
  ],
  answerForumMergeProposal: [
    {
      document: `mutation($p: ID!) { answerForumMergeProposal(proposalId: $p, agrees: true, comment: "Bra idé.") ${PROPOSAL('AnswerForumMergeProposalSuccess')} }`,
      variables: async (cell) => ({ p: await cell.fresh.mergeProposal('elsewhere') }),
      expect: MERGE_HOSTS,
      audit: byCaller('forum_merge.answered'),
    },
  ],
  withdrawForumMergeProposal: [
    {
      document: `mutation($p: ID!) { withdrawForumMergeProposal(proposalId: $p) ${PROPOSAL('WithdrawForumMergeProposalSuccess')} }`,
      variables: async (cell) => ({ p: await cell.fresh.mergeProposal('target') }),
      expect: MERGE_PROPOSERS,
      audit: byCaller('forum_merge.withdrawn'),
    },
  ],
  answerMeetingPulse: [
    {
      document: `mutation($m: ID!) { answerMeetingPulse(meetingId: $m, usefulness: 3, trust: 4) ${result('AnswerMeetingPulseSuccess', 'pulse { state }')} }`,
      variables: async (cell) => ({ m: await cell.fresh.heldMeeting() }),
      expect: MEETING_PARTICIPANTS,
      audit: byCaller('meeting.pulse_answered'),
    },
  ],
};
