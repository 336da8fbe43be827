import { type AnyPgColumn, char, index, pgEnum, snakeCase, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { county, municipality } from './reference.ts';

export const organisationKind = pgEnum('organisation_kind', [
  'municipality',
  'region',
  'police',
  'employment_service',
  'county_board',
  'school',
  'civil_society',
  'other',
]);
export type OrganisationKind = (typeof organisationKind.enumValues)[number];

/**
 * An agency or association, or a unit of one (parentId makes the tree).
 * Only organisational contact details: never a private person's.
 */
export const organisation = snakeCase.table(
  'organisation',
  {
    id: uuid().primaryKey().defaultRandom(),
    parentId: uuid().references((): AnyPgColumn => organisation.id),
    name: text().notNull(),
    kind: organisationKind().notNull(),
    countyCode: char({ length: 2 })
      .notNull()
      .references(() => county.code),
    municipalityCode: char({ length: 4 }).references(() => municipality.code),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.countyCode, t.kind), index().on(t.municipalityCode), index().on(t.parentId)],
);
