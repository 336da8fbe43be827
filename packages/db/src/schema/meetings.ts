import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, snakeCase, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sharedCase } from './cases.ts';
import { forum } from './forums.ts';

export const meetingMode = pgEnum('meeting_mode', ['in_person', 'digital', 'hybrid']);
export const meetingStatus = pgEnum('meeting_status', ['scheduled', 'cancelled', 'held']);

/**
 * A recurring meeting (RFC 5545 rule, always bounded by COUNT or UNTIL). Its occurrences are
 * materialised as meeting rows pointing here, so clashes, feeds and the joint view read one table;
 * a moved or cancelled occurrence is just that row changed (its originalStart keeps its place).
 */
export const meetingSeries = snakeCase.table('meeting_series', {
  id: uuid().primaryKey().defaultRandom(),
  forumId: uuid()
    .notNull()
    .references(() => forum.id, { onDelete: 'cascade' }),
  title: text().notNull(),
  rule: text().notNull(),
  firstStart: timestamp({ withTimezone: true }).notNull(),
  durationMinutes: integer().notNull(),
  mode: meetingMode().notNull(),
  place: text(),
  videoUrl: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A meeting of a forum. Times are stored as timestamptz and shown in Europe/Stockholm. */
export const meeting = snakeCase.table(
  'meeting',
  {
    id: uuid().primaryKey().defaultRandom(),
    forumId: uuid()
      .notNull()
      .references(() => forum.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    mode: meetingMode().notNull(),
    place: text(),
    videoUrl: text(),
    status: meetingStatus().notNull().default('scheduled'),
    /** The series this is an occurrence of, and the start the rule gave it (kept when moved). */
    seriesId: uuid().references(() => meetingSeries.id, { onDelete: 'set null' }),
    originalStart: timestamp({ withTimezone: true }),
    /** Incremented on every change that calendars must see (iCalendar SEQUENCE). */
    sequence: integer().notNull().default(0),
    minutes: text(),
    /** Set when the meeting is about one shared case (a SIP or case conference). */
    caseId: uuid().references(() => sharedCase.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.forumId, t.startsAt),
    index().on(t.startsAt),
    check('meeting_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('meeting_at_most_a_day', sql`${t.endsAt} - ${t.startsAt} <= interval '24 hours'`),
    index().on(t.seriesId),
    index().on(t.caseId),
  ],
);
