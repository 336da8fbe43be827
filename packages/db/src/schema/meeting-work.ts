import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { userAccount } from './accounts.ts';
import { sharedCase } from './cases.ts';
import { forum } from './forums.ts';
import { meeting, meetingMode } from './meetings.ts';
import { organisation } from './organisations.ts';

export const rsvpAnswer = pgEnum('rsvp_answer', ['pending', 'accepted', 'tentative', 'declined']);

/** Who is invited to a meeting: an organisation or a person, required or optional. */
export const meetingInvitee = snakeCase.table(
  'meeting_invitee',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    /** A named person from that organisation; null invites the organisation as such. */
    userId: uuid().references(() => userAccount.id),
    required: boolean().notNull().default(true),
    /** Invited as a guest from outside the forum's member organisations. */
    guest: boolean().notNull().default(false),
    /** Someone the person sends in their place. */
    deputyUserId: uuid().references(() => userAccount.id),
    rsvp: rsvpAnswer().notNull().default('pending'),
    rsvpAt: timestamp({ withTimezone: true }),
    /** Recorded after the meeting; null until then. */
    attended: boolean(),
  },
  (t) => [
    uniqueIndex('meeting_invitee_unique').on(
      t.meetingId,
      t.organisationId,
      sql`coalesce(${t.userId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index().on(t.userId),
    index().on(t.organisationId),
    // Who may answer a meeting's pulse includes deputies: without it the joint view's pulses
    // scanned every invitation (60 ms on 1.1 M rows).
    index().on(t.deputyUserId),
  ],
);

/** Agenda items in order; each may be presented by an organisation. */
export const agendaItem = snakeCase.table(
  'agenda_item',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    notes: text(),
    presenterOrganisationId: uuid().references(() => organisation.id),
    durationMinutes: integer(),
    /** A case taken up under this item; its title then carries only the case's reference. */
    caseId: uuid().references(() => sharedCase.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex().on(t.meetingId, t.position), index().on(t.caseId)],
);

/** A decision taken at a meeting. */
export const decision = snakeCase.table(
  'decision',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    agendaItemId: uuid().references(() => agendaItem.id, { onDelete: 'set null' }),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.meetingId)],
);

export const actionStatus = pgEnum('action_status', ['open', 'in_progress', 'done', 'cancelled']);

/**
 * Something an organisation undertook at a meeting. It belongs to the forum, so it stays on the
 * agenda of the forum's next meetings until done (carried over, not copied).
 */
export const actionItem = snakeCase.table(
  'action_item',
  {
    id: uuid().primaryKey().defaultRandom(),
    forumId: uuid()
      .notNull()
      .references(() => forum.id, { onDelete: 'cascade' }),
    originMeetingId: uuid().references(() => meeting.id, { onDelete: 'set null' }),
    title: text().notNull(),
    ownerOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    assigneeUserId: uuid().references(() => userAccount.id),
    dueDate: date({ mode: 'string' }),
    status: actionStatus().notNull().default('open'),
    completedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.ownerOrganisationId, t.status),
    index().on(t.forumId, t.status),
    check('action_done_has_time', sql`(${t.status} = 'done') = (${t.completedAt} is not null)`),
  ],
);

export const pollStatus = pgEnum('poll_status', ['open', 'booked', 'closed']);
export const pollAnswerValue = pgEnum('poll_answer_value', ['prefer', 'yes', 'no']);

/** A scheduling poll for a forum's first meeting: candidate slots the invitees answer. */
export const schedulingPoll = snakeCase.table('scheduling_poll', {
  id: uuid().primaryKey().defaultRandom(),
  forumId: uuid()
    .notNull()
    .references(() => forum.id, { onDelete: 'cascade' }),
  title: text().notNull(),
  durationMinutes: integer().notNull(),
  mode: meetingMode().notNull(),
  place: text(),
  videoUrl: text(),
  status: pollStatus().notNull().default('open'),
  bookedMeetingId: uuid().references(() => meeting.id, { onDelete: 'set null' }),
  createdByUserId: uuid().references(() => userAccount.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const pollCandidate = snakeCase.table(
  'poll_candidate',
  {
    id: uuid().primaryKey().defaultRandom(),
    pollId: uuid()
      .notNull()
      .references(() => schedulingPoll.id, { onDelete: 'cascade' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.pollId), check('poll_candidate_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`)],
);

export const pollAnswer = snakeCase.table(
  'poll_answer',
  {
    candidateId: uuid()
      .notNull()
      .references(() => pollCandidate.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => userAccount.id),
    answer: pollAnswerValue().notNull(),
    answeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.candidateId, t.userId] })],
);

/** Secret calendar-feed tokens (only hashes stored): one per person, one per forum. Reset revokes. */
export const calendarToken = snakeCase.table(
  'calendar_token',
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull(),
    userId: uuid().references(() => userAccount.id, { onDelete: 'cascade' }),
    forumId: uuid().references(() => forum.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex().on(t.tokenHash),
    check('calendar_token_owner', sql`(${t.userId} is null) <> (${t.forumId} is null)`),
  ],
);

/** A person who represents a member organisation in a forum, or stands in as deputy. */
export const forumRepresentative = snakeCase.table(
  'forum_representative',
  {
    forumId: uuid()
      .notNull()
      .references(() => forum.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    userId: uuid()
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    deputy: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.forumId, t.userId] }), index().on(t.organisationId)],
);
