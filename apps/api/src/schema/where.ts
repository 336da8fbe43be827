import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/**
 * Drops filter keys whose value is undefined: drizzle's relational filters reject `undefined`
 * rather than skipping it, and optional GraphQL arguments produce it naturally.
 */
export function whereDefined<T extends Record<string, unknown>>(
  filter: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/**
 * A key that sorts names in Swedish order on every PostgreSQL: case-insensitive, with å, ä, ö
 * after z. PGlite has no Swedish collation data, so ordering cannot rely on the database's locale;
 * `{|}` are the three characters after `z` in byte order, compared under the "C" collation.
 */
export function swedishSortKey(column: SQLWrapper): SQL<string> {
  return sql<string>`(translate(lower(${column}), 'åäöæøéèüáà', '{|}|}eeuaa') collate "C")`;
}
