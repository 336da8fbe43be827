import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  char,
  check,
  date,
  index,
  integer,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { userAccount } from './accounts.ts';
import { sharedCase } from './cases.ts';
import { organisation } from './organisations.ts';
import { municipality } from './reference.ts';

/*
 * Youth activities (issue 6), shaped after Open Referral HSDS: an organisation's service with a
 * location (municipality and place), a schedule (dates, weekly times as an RFC 5545 rule with
 * exception dates), ages, cost and status. Never a leader's personal data: the contact is the
 * organisation's.
 */

export const activityCategory = pgEnum('activity_category', [
  'summer_activity',
  'summer_job',
  'homework_help',
  'sport',
  'culture',
  'open_youth_centre',
  'other',
]);
export const activityStatus = pgEnum('activity_status', [
  'draft',
  'pending_approval',
  'published',
  'cancelled',
  'unpublished',
]);
export const activitySeason = pgEnum('activity_season', [
  'spring',
  'summer',
  'autumn',
  'winter',
  'year_round',
]);

export const activity = snakeCase.table(
  'activity',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    title: text().notNull(),
    description: text().notNull(),
    category: activityCategory().notNull(),
    minAge: integer().notNull(),
    maxAge: integer().notNull(),
    municipalityCode: char({ length: 4 })
      .notNull()
      .references(() => municipality.code),
    /** Where: the venue's name and address (a public place, never a home). */
    place: text().notNull(),
    season: activitySeason().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    /** Local start time (Europe/Stockholm), HH:MM, and length, for the weekly times. */
    startTime: text(),
    durationMinutes: integer(),
    /** An RFC 5545 rule for the weekly times (e.g. FREQ=WEEKLY;BYDAY=TU,TH), bounded by endsOn. */
    recurrence: text(),
    exceptionDates: date({ mode: 'string' }).array().notNull().default(sql`'{}'`),
    /** Cost in whole kronor; 0 is free of charge. */
    costKronor: integer().notNull().default(0),
    costNote: text(),
    signUp: text().notNull(),
    signUpUrl: text(),
    capacity: integer(),
    placesLeft: integer(),
    /** ISO 639-1 codes. */
    languages: text().array().notNull().default(sql`'{sv}'`),
    accessibility: text(),
    /** The organisation's own contact: a shared mailbox or switchboard, not a person's. */
    contactEmail: text(),
    contactPhone: text(),
    status: activityStatus().notNull().default('draft'),
    /** Why a coordinator unpublished it (shown to the publisher). */
    statusReason: text(),
    publishedAt: timestamp({ withTimezone: true }),
    copiedFromId: uuid().references((): AnyPgColumn => activity.id, { onDelete: 'set null' }),
    createdByUserId: uuid().references(() => userAccount.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.status, t.municipalityCode, t.startsOn),
    index().on(t.organisationId, t.status),
    index().on(t.updatedAt, t.id),
    // The feeds' version (count and latest change of the published ones) reads only this index.
    index().on(t.status, t.updatedAt),
    index('activity_languages_gin').using('gin', t.languages),
    check('activity_age_range', sql`${t.minAge} between 0 and 30 and ${t.maxAge} between ${t.minAge} and 30`),
    check('activity_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('activity_cost', sql`${t.costKronor} >= 0`),
    check(
      'activity_places',
      sql`(${t.capacity} is null or ${t.capacity} >= 0) and (${t.placesLeft} is null or (${t.placesLeft} >= 0 and (${t.capacity} is null or ${t.placesLeft} <= ${t.capacity})))`,
    ),
  ],
);

/**
 * An organisation whose publications in a municipality no longer need approval: its first one
 * there was approved by a coordinator of that municipality.
 */
export const activityPublisher = snakeCase.table(
  'activity_publisher',
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    municipalityCode: char({ length: 4 })
      .notNull()
      .references(() => municipality.code),
    approvedByUserId: uuid().references(() => userAccount.id),
    approvedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.municipalityCode] })],
);

export const referralStatus = pgEnum('referral_status', ['sent', 'accepted', 'declined', 'started', 'ended']);

/**
 * A referral from a case to an activity or an organisation, as a closed loop. The receiver sees
 * only what it needs: an alias or first name, an age and the contact path the case worker chose.
 */
export const referral = snakeCase.table(
  'referral',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id),
    activityId: uuid().references(() => activity.id),
    fromOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    toOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    alias: text().notNull(),
    age: integer(),
    contactPath: text().notNull(),
    message: text(),
    status: referralStatus().notNull().default('sent'),
    declineReason: text(),
    endNote: text(),
    createdByUserId: uuid().references(() => userAccount.id),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp({ withTimezone: true }),
    startedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.toOrganisationId, t.status),
    index().on(t.caseId),
    check('referral_age', sql`${t.age} is null or ${t.age} between 0 and 120`),
    check('referral_declined_has_reason', sql`(${t.status} = 'declined') = (${t.declineReason} is not null)`),
  ],
);
