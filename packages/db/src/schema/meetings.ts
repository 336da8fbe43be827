import { sql } from 'drizzle-orm';
import { check, index, pgEnum, snakeCase, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { forum } from './forums.ts';

export const meetingMode = pgEnum('meeting_mode', ['in_person', 'digital', 'hybrid']);
export const meetingStatus = pgEnum('meeting_status', ['scheduled', 'cancelled', 'held']);

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
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.forumId, t.startsAt),
    index().on(t.startsAt),
    check('meeting_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
