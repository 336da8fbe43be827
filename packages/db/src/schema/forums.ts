import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  char,
  check,
  index,
  integer,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisation } from './organisations.ts';
import { county, municipality } from './reference.ts';

export const forumTheme = pgEnum('forum_theme', [
  'work_and_education',
  'integration',
  'crime_prevention',
  'violence_in_close_relationships',
  'children_and_young_people',
  'mental_health',
  'substance_use',
  'public_health',
  'safety',
]);
export type ForumTheme = (typeof forumTheme.enumValues)[number];

export const forumLevel = pgEnum('forum_level', ['local', 'municipal', 'regional', 'county']);
export const forumStatus = pgEnum('forum_status', ['active', 'paused', 'merged', 'closed']);

/** A standing collaboration group (samverkansforum). */
export const forum = snakeCase.table(
  'forum',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    purpose: text().notNull(),
    themes: forumTheme().array().notNull().default(sql`'{}'`),
    level: forumLevel().notNull(),
    countyCode: char({ length: 2 })
      .notNull()
      .references(() => county.code),
    municipalityCode: char({ length: 4 }).references(() => municipality.code),
    hostOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    /** Planned cadence: meetings a year. */
    meetingsPerYear: integer().notNull(),
    status: forumStatus().notNull().default('active'),
    mergedIntoId: uuid().references((): AnyPgColumn => forum.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.countyCode),
    index().on(t.hostOrganisationId),
    index('forum_themes_gin').using('gin', t.themes),
    check('forum_cadence_range', sql`${t.meetingsPerYear} between 0 and 365`),
    check('forum_merged_has_target', sql`(${t.status} = 'merged') = (${t.mergedIntoId} is not null)`),
  ],
);

/** An organisation that is a member of a forum. */
export const forumMember = snakeCase.table(
  'forum_member',
  {
    forumId: uuid()
      .notNull()
      .references(() => forum.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.forumId, t.organisationId] }), index().on(t.organisationId)],
);
