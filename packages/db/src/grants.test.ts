import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryRows } from './client.ts';
import * as schema from './schema/index.ts';
import { openTestDatabase, type TestDatabase } from './testing.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase(inject('dbTemplate'));
});
afterAll(() => database?.destroy());

/** Runs `statement` as the application's role, in a transaction that is always rolled back. */
async function asApp(statement: ReturnType<typeof sql>): Promise<'ok' | string> {
  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'samlad_app', true)`);
      await tx.execute(statement);
      throw new Rollback();
    });
    return 'ok';
  } catch (error) {
    if (error instanceof Rollback) return 'ok';
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? (error as { code?: string }).code ?? String(error);
  }
}
class Rollback extends Error {}

describe('the application role', () => {
  it('may append to the audit trail and read it', async () => {
    expect(await asApp(sql`insert into audit_event (action) values ('test.appended')`)).toBe('ok');
    expect(await asApp(sql`select count(*) from audit_event`)).toBe('ok');
  });

  it('may not change or delete audit events (insufficient_privilege)', async () => {
    await database.db.execute(sql`insert into audit_event (action) values ('test.kept')`);
    expect(await asApp(sql`update audit_event set action = 'test.changed'`)).toBe('42501');
    expect(await asApp(sql`delete from audit_event`)).toBe('42501');
    expect(await asApp(sql`truncate audit_event`)).toBe('42501');
  });

  it('may not change reference data', async () => {
    expect(await asApp(sql`update county set name = 'x' where code = '07'`)).toBe('42501');
    expect(await asApp(sql`select name from county where code = '07'`)).toBe('ok');
  });

  it('is neither superuser nor owner of the tables', async () => {
    const roles = await queryRows(
      database.db,
      sql`select rolsuper, rolbypassrls from pg_roles where rolname = 'samlad_app'`,
    );
    expect(roles).toEqual([{ rolsuper: false, rolbypassrls: false }]);
    const owned = await queryRows(
      database.db,
      sql`select tablename from pg_tables where tableowner = 'samlad_app'`,
    );
    expect(owned).toEqual([]);
  });
});

describe('staff records', () => {
  it('have work contact details only: no field for a home address or a private phone anywhere', () => {
    const forbidden = /home|private|address|street|postal|zip|personnummer|personal_identity|ssn/i;
    const offending: string[] = [];
    // Who a shared case is about is not staff: their identity and contact are the case's, kept
    // under consent and row-level security (case-rls.test.ts), never on a staff record.
    const caseIdentity = new Set(['case_subject', 'case_guardian']);
    const tables = Object.values(schema).filter((table) => is(table, PgTable));
    expect(tables.length).toBeGreaterThan(30);
    for (const table of tables) {
      const config = getTableConfig(table);
      if (caseIdentity.has(config.name)) continue;
      for (const column of config.columns) {
        // The sign-in audit keeps the client's network address for rate limiting; that is not a home address.
        if (config.name === 'audit_event' && column.name === 'client_address') continue;
        if (forbidden.test(column.name)) offending.push(`${config.name}.${column.name}`);
      }
    }
    expect(offending).toEqual([]);
    const user = getTableConfig(schema.userAccount)
      .columns.map((c) => c.name)
      .sort();
    expect(user).toEqual([
      'created_at',
      'deactivated_at',
      'display_name',
      'email',
      'id',
      'is_platform_admin',
      'job_title',
      'password_hash',
      'updated_at',
      'work_phone',
    ]);
  });
});
