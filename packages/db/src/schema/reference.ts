import { char, snakeCase, text } from 'drizzle-orm/pg-core';

/** The 21 Swedish counties (län), keyed by their SCB code. Loaded by a migration from data/counties.csv. */
export const county = snakeCase.table('county', {
  code: char({ length: 2 }).primaryKey(),
  name: text().notNull(),
  shortName: text().notNull(),
});

/** The 290 Swedish municipalities (kommuner), keyed by their SCB code. Loaded by a migration. */
export const municipality = snakeCase.table('municipality', {
  code: char({ length: 4 }).primaryKey(),
  name: text().notNull(),
  countyCode: char({ length: 2 })
    .notNull()
    .references(() => county.code),
});
