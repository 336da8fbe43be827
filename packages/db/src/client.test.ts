import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Executor, queryRows } from './client.ts';
import * as schema from './schema/index.ts';
import { openTestDatabase, type TestDatabase } from './testing.ts';

const onServer = inject('dbTemplate').kind === 'postgres';
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase(inject('dbTemplate'));
});
afterAll(() => database?.destroy());

/** The statements this connection holds prepared, by their text. */
const prepared = (tx: Executor) =>
  queryRows<{ statement: string }>(tx, sql`select statement from pg_prepared_statements`).then((rows) =>
    rows.map((r) => r.statement),
  );

// PGlite has no statements to prepare across calls; the server is where the round trips are.
describe.runIf(onServer)('queries on the PostgreSQL server', () => {
  it('are prepared once per connection, in transactions and savepoints alike', async () => {
    await database.db.transaction(async (tx) => {
      const county = await tx.query.county.findFirst({ where: { code: '07' }, columns: { name: true } });
      expect(county?.name).toBe('Kronobergs län');
      await tx.transaction(async (inner) => {
        await inner
          .select({ code: schema.municipality.code })
          .from(schema.municipality)
          .where(eq(schema.municipality.code, '0780'));
      });
      const statements = await prepared(tx);
      expect(statements.some((s) => s.includes('from "county"'))).toBe(true);
      expect(statements.some((s) => s.includes('from "municipality"'))).toBe(true);
    });
  });

  it('still run statements without parameters as before (several at once, as migrations do)', async () => {
    // A prepared statement may hold one command only; PostgreSQL refuses two (42601).
    await expect(database.db.execute(sql.raw('select 1 as n; select 2 as n'))).resolves.toBeDefined();
  });
});
