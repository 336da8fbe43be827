import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  date,
  index,
  pgEnum,
  primaryKey,
  real,
  smallint,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { userAccount } from './accounts.ts';
import { sharedCase } from './cases.ts';
import { forum } from './forums.ts';
import { meeting } from './meetings.ts';
import { organisation } from './organisations.ts';
import { county } from './reference.ts';

export const mergeProposalStatus = pgEnum('merge_proposal_status', [
  'open',
  'agreed',
  'declined',
  'withdrawn',
]);

/**
 * A proposal to merge two forums of a county, made from the overview's merge candidates by a
 * coordinator of one of the hosts or by the county board. Both hosts see it and answer; the merge
 * itself is then done with mergeForum. The figures are kept as they were when it was proposed.
 */
export const forumMergeProposal = snakeCase.table(
  'forum_merge_proposal',
  {
    id: uuid().primaryKey().defaultRandom(),
    countyCode: char({ length: 2 })
      .notNull()
      .references(() => county.code),
    forumAId: uuid()
      .notNull()
      .references(() => forum.id, { onDelete: 'cascade' }),
    forumBId: uuid()
      .notNull()
      .references(() => forum.id, { onDelete: 'cascade' }),
    proposedByOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    proposedByUserId: uuid().references(() => userAccount.id),
    message: text(),
    score: real().notNull(),
    sharedMemberCount: smallint().notNull(),
    hoursSavedPerYear: real().notNull(),
    status: mergeProposalStatus().notNull().default('open'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.countyCode, t.status),
    index().on(t.forumAId),
    index().on(t.forumBId),
    // One open proposal per pair, whichever way round it was made.
    uniqueIndex('forum_merge_proposal_open_pair')
      .on(sql`least(${t.forumAId}, ${t.forumBId})`, sql`greatest(${t.forumAId}, ${t.forumBId})`)
      .where(sql`${t.status} = 'open'`),
    check('forum_merge_proposal_two_forums', sql`${t.forumAId} <> ${t.forumBId}`),
    check('forum_merge_proposal_decided', sql`(${t.status} = 'open') = (${t.decidedAt} is null)`),
  ],
);

/** A host organisation's answer to a merge proposal. */
export const forumMergeAnswer = snakeCase.table(
  'forum_merge_answer',
  {
    proposalId: uuid()
      .notNull()
      .references(() => forumMergeProposal.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    agrees: boolean().notNull(),
    comment: text(),
    answeredByUserId: uuid().references(() => userAccount.id),
    answeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.organisationId] })],
);

/**
 * Who has answered a meeting's pulse, so nobody answers twice. Kept apart from the answers, which
 * carry no person and no time: an answer cannot be traced back to who gave it.
 */
export const meetingPulseResponse = snakeCase.table(
  'meeting_pulse_response',
  {
    meetingId: uuid()
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

/** One anonymous pulse answer: how useful the meeting was and how much the person trusts the collaboration (1–4). */
export const meetingPulseAnswer = snakeCase.table(
  'meeting_pulse_answer',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    usefulness: smallint().notNull(),
    trust: smallint().notNull(),
  },
  (t) => [
    index().on(t.meetingId),
    check('meeting_pulse_usefulness_scale', sql`${t.usefulness} between 1 and 4`),
    check('meeting_pulse_trust_scale', sql`${t.trust} between 1 and 4`),
  ],
);

/**
 * A follow-up of a case that was done: the date it was due and the date it was done, so the
 * overview can tell follow-ups done on time from late ones. Under the case's row-level security.
 */
export const caseFollowUp = snakeCase.table(
  'case_follow_up',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    dueOn: date({ mode: 'string' }).notNull(),
    doneOn: date({ mode: 'string' }).notNull(),
    recordedByOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    recordedByUserId: uuid().references(() => userAccount.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId, t.dueOn)],
);

/**
 * Every organisation's invitation to every meeting, one row each however many of its people were
 * invited, with the meeting's times and whether the organisation attended. The county overview
 * reads forum load and attendance from here by index range (organisation or forum, then time)
 * instead of joining every invitation to its meeting. Kept by triggers on meeting and
 * meeting_invitee (migration `overview_organisation_meeting`); the application never writes it.
 */
export const organisationMeeting = snakeCase.table(
  'organisation_meeting',
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    meetingId: uuid()
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    forumId: uuid().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    cancelled: boolean().notNull(),
    /** Whether any of its invited people attended; null while nothing is recorded. */
    attended: boolean(),
  },
  // Its two covering indexes (by organisation, by forum; then time) are in that migration:
  // drizzle cannot declare INCLUDE columns, and the overview's reads must be index-only.
  (t) => [primaryKey({ columns: [t.organisationId, t.meetingId] })],
);
