/**
 * Row-level security of shared cases, in SQL, on the demo cases. Every check runs in a
 * transaction that acts as the application does (role samlad_app, app.org_id and app.user_id set
 * with set_config(..., true)) and is always rolled back, so the cases stay as seeded.
 */
import { ageOn, parsePersonalIdentityNumber } from '@samlad/domain';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Executor, queryRows } from './client.ts';
import { caseRowId, demoCaseYear } from './seed/demo-cases.ts';
import { DEMO } from './seed/demo-data.ts';
import { openTestDatabase, type TestDatabase } from './testing.ts';

const o = DEMO.organisations;
const c = DEMO.cases;
const VAXJO_CASES = [
  c.vaxjoYoungPerson,
  c.vaxjoConsultation,
  c.vaxjoProtected,
  c.vaxjoExpiredConsent,
  c.vaxjoPoliceLed,
  c.vaxjoClosed,
];
const KARLSTAD_CASES = [c.karlstadChild, c.karlstadYoungAdult];
/** Takes part in no demo case. */
const OUTSIDER = o.trosaSocial;

/** Every table that holds a case or part of one, with the column naming the case. */
const CASE_TABLES = [
  ['shared_case', 'id'],
  ['case_participant', 'case_id'],
  ['case_subject', 'case_id'],
  ['case_guardian', 'case_id'],
  ['case_note', 'case_id'],
  ['case_note_visibility', 'case_id'],
  ['consent', 'case_id'],
  ['consent_organisation', 'case_id'],
  ['disclosure', 'case_id'],
  ['case_plan', 'case_id'],
  ['case_plan_version', 'case_id'],
  ['case_plan_action', 'case_id'],
  ['case_feedback', 'case_id'],
  ['case_lead_transfer', 'case_id'],
  ['case_join_request', 'case_id'],
  ['case_follow_up', 'case_id'],
] as const;
type CaseTable = (typeof CASE_TABLES)[number][0];

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase(inject('dbTemplate'));
});
afterAll(() => database?.destroy());

class Rollback extends Error {}

/** Switches the transaction to the application's role, acting for `org` ('' or null: none). */
async function actAs(tx: Executor, org: string | null, user: string | null = null) {
  await tx.execute(
    sql`select set_config('role', 'samlad_app', true), set_config('app.user_id', ${user ?? ''}, true), set_config('app.org_id', ${org ?? ''}, true)`,
  );
}

/**
 * Runs `check` as the application acting for `org`, after `setup` (as the tables' owner, a
 * superuser), in one transaction that is always rolled back.
 */
async function asOrg<T>(
  org: string | null,
  check: (tx: Executor) => Promise<T>,
  setup?: (tx: Executor) => Promise<unknown>,
): Promise<T> {
  let result: T | undefined;
  try {
    await database.db.transaction(async (tx) => {
      if (setup) await setup(tx);
      await actAs(tx, org);
      result = await check(tx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result as T;
}

/** The SQLSTATE a statement fails with as the application acting for `org`, or 'ok'. */
async function sqlState(org: string | null, statement: SQL): Promise<string> {
  try {
    await asOrg(org, (tx) => tx.execute(statement));
    return 'ok';
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? (error as { code?: string }).code ?? String(error);
  }
}

const inCases = (column: string, ids: readonly string[]) =>
  sql`${sql.identifier(column)} in (${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;

async function countRows(tx: Executor, table: CaseTable, ids?: readonly string[]): Promise<number> {
  const column = CASE_TABLES.find(([name]) => name === table)?.[1] ?? 'case_id';
  const where = ids ? inCases(column, ids) : sql`true`;
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`,
  );
  return Number(row?.n);
}

/** Rows per case table for the given cases, as the acting organisation sees them. */
async function visible(tx: Executor, ids: readonly string[]): Promise<Record<CaseTable, number>> {
  const counts = {} as Record<CaseTable, number>;
  for (const [table] of CASE_TABLES) counts[table] = await countRows(tx, table, ids);
  return counts;
}

const none = Object.fromEntries(CASE_TABLES.map(([t]) => [t, 0])) as Record<CaseTable, number>;

async function ids(tx: Executor, query: SQL): Promise<string[]> {
  return (await queryRows<{ id: string }>(tx, query)).map((r) => r.id).sort();
}

describe('the demo cases', () => {
  it('number on from the references seeded, in the year of the seeding', async () => {
    const year = demoCaseYear(new Date(inject('dbTemplate').seededAt));
    const counters = await queryRows(
      database.db,
      sql`select prefix, year, last_number from case_reference_counter order by prefix`,
    );
    expect(counters).toEqual([
      { prefix: 'KRL', year, last_number: 2 },
      { prefix: 'VXJ', year, last_number: 6 },
    ]);
    const refs = await queryRows<{ reference: string }>(
      database.db,
      sql`select reference from shared_case order by reference`,
    );
    expect(refs.map((r) => r.reference)).toEqual([
      ...[1, 2].map((n) => `KRL-${year}-000${n}`),
      ...[1, 2, 3, 4, 5, 6].map((n) => `VXJ-${year}-000${n}`),
    ]);
  });

  it('have valid personal identity numbers, and a 16-year-old in case A', async () => {
    const seededAt = new Date(inject('dbTemplate').seededAt);
    const rows = await queryRows<{ case_id: string; pin: string | null }>(
      database.db,
      sql`select case_id, personal_identity_number as pin from case_subject
          union all select case_id, personal_identity_number from case_guardian`,
    );
    expect(rows.length).toBe(9);
    for (const row of rows) expect(parsePersonalIdentityNumber(row.pin ?? '')?.stored).toBe(row.pin);
    const [subject] = await queryRows<{ pin: string }>(
      database.db,
      sql`select personal_identity_number as pin from case_subject where case_id = ${c.vaxjoYoungPerson}`,
    );
    const parsed = parsePersonalIdentityNumber(subject?.pin ?? '');
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' })
      .format(seededAt)
      .split('-')
      .map(Number);
    expect(
      parsed && ageOn(parsed.birthDate, { year: today[0] ?? 0, month: today[1] ?? 0, day: today[2] ?? 0 }),
    ).toBe(16);
  });

  it('keep Växjö out of Karlstad cases, and store no place for the protected person', async () => {
    const karlstadOrgs = new Set<string>([
      o.karlstadSocial,
      o.karlstadBarnUngdom,
      o.karlstadGrundskola,
      o.karlstadFritid,
      o.polisKarlstad,
      o.afKarlstad,
      o.karlstadIdrott,
    ]);
    const orgs = await queryRows<{ id: string }>(
      database.db,
      sql`select organisation_id as id from case_participant where ${inCases('case_id', KARLSTAD_CASES)}
          union select organisation_id from consent_organisation where ${inCases('case_id', KARLSTAD_CASES)}
          union select organisation_id from case_plan_action where ${inCases('case_id', KARLSTAD_CASES)}
          union select author_organisation_id from case_note where ${inCases('case_id', KARLSTAD_CASES)}
          union select organisation_id from case_note_visibility where ${inCases('case_id', KARLSTAD_CASES)}
          union select lead_organisation_id from shared_case where ${inCases('id', KARLSTAD_CASES)}`,
    );
    expect(orgs.map((r) => r.id).filter((id) => !karlstadOrgs.has(id))).toEqual([]);
    const [protectedSubject] = await queryRows(
      database.db,
      sql`select s.protected_identity as subject, c.protected_identity as "case", s.address, s.municipality_of_residence_code as municipality
          from case_subject s join shared_case c on c.id = s.case_id where s.case_id = ${c.vaxjoProtected}`,
    );
    expect(protectedSubject).toEqual({ subject: true, case: true, address: null, municipality: null });
  });
});

describe('an organisation outside the case', () => {
  it.each([
    ['Karlstad social services', o.karlstadSocial],
    ['an organisation in no case', OUTSIDER],
  ])('(%s) sees nothing of the Växjö cases', async (_name, org) => {
    expect(await asOrg(org, (tx) => visible(tx, VAXJO_CASES))).toEqual(none);
  });

  it('counts only the identities it may see', async () => {
    expect(await asOrg(o.karlstadSocial, (tx) => countRows(tx, 'case_subject'))).toBe(2);
    expect(await asOrg(OUTSIDER, (tx) => countRows(tx, 'case_subject'))).toBe(0);
    // Leads A, C and D, and E's identity came by a disclosure.
    expect(await asOrg(o.vaxjoSocial, (tx) => countRows(tx, 'case_subject'))).toBe(4);
    // Leads E, consent in force on A; D's consent has expired.
    expect(await asOrg(o.polisVaxjo, (tx) => countRows(tx, 'case_subject'))).toBe(2);
    // Consent on A; C's was withdrawn.
    expect(await asOrg(o.regionKronoberg, (tx) => countRows(tx, 'case_subject'))).toBe(1);
    expect(await asOrg(o.vaxjoIdrott, (tx) => countRows(tx, 'case_subject'))).toBe(0);
  });
});

describe('with no organisation set', () => {
  it('the application sees no case rows at all', async () => {
    const all = [...VAXJO_CASES, ...KARLSTAD_CASES];
    expect(await asOrg('', (tx) => visible(tx, all))).toEqual(none);
    for (const [table] of CASE_TABLES) expect(await asOrg('', (tx) => countRows(tx, table))).toBe(0);
  });

  it('nor with app.org_id reset to null', async () => {
    const counts = await asOrg(null, async (tx) => {
      await tx.execute(sql`select set_config('app.org_id', null, true)`);
      return visible(tx, [...VAXJO_CASES, ...KARLSTAD_CASES]);
    });
    expect(counts).toEqual(none);
  });
});

describe('the lead organisation', () => {
  it('sees the identity, the guardians, every note and the plan of its case', async () => {
    const counts = await asOrg(o.vaxjoSocial, (tx) => visible(tx, [c.vaxjoYoungPerson]));
    expect(counts).toEqual({
      shared_case: 1,
      case_participant: 4,
      case_subject: 1,
      case_guardian: 2,
      case_note: 3,
      case_note_visibility: 3,
      consent: 1,
      consent_organisation: 2,
      disclosure: 0,
      case_plan: 1,
      case_plan_version: 1,
      case_plan_action: 3,
      case_feedback: 1,
      case_lead_transfer: 0,
      case_join_request: 0,
      case_follow_up: 1,
    });
  });

  it('sees its own case in Karlstad, and none of Växjö’s', async () => {
    const counts = await asOrg(o.karlstadSocial, (tx) => visible(tx, KARLSTAD_CASES));
    expect(counts).toMatchObject({
      shared_case: 2,
      case_subject: 2,
      case_guardian: 1,
      case_plan: 1,
      consent: 2,
    });
    const cases = await asOrg(o.karlstadSocial, (tx) => ids(tx, sql`select id from shared_case`));
    expect(cases).toEqual([...KARLSTAD_CASES].sort());
  });
});

describe('a participant with consent in force', () => {
  it('sees the identity and only the notes shown to it (or its own)', async () => {
    const seen = await asOrg(o.polisVaxjo, async (tx) => ({
      subject: await countRows(tx, 'case_subject', [c.vaxjoYoungPerson]),
      guardians: await countRows(tx, 'case_guardian', [c.vaxjoYoungPerson]),
      plan: await countRows(tx, 'case_plan', [c.vaxjoYoungPerson]),
      actions: await countRows(tx, 'case_plan_action', [c.vaxjoYoungPerson]),
      notes: await ids(tx, sql`select id from case_note where case_id = ${c.vaxjoYoungPerson}`),
    }));
    expect(seen).toEqual({
      subject: 1,
      guardians: 2,
      plan: 1,
      actions: 3,
      // Note 1 is shown to the police, note 3 is theirs; note 2 is the lead's alone.
      notes: [caseRowId('note', 1, 1), caseRowId('note', 1, 3)],
    });
  });

  it('named with other scopes sees only those: the region sees note 1 and note 3, shown to it', async () => {
    const notes = await asOrg(o.regionKronoberg, (tx) =>
      ids(tx, sql`select id from case_note where case_id = ${c.vaxjoYoungPerson}`),
    );
    expect(notes).toEqual([caseRowId('note', 1, 1), caseRowId('note', 1, 3)]);
  });
});

describe('a participant whose consent no longer holds', () => {
  it('withdrawn: the region sees case C but not who it is about, nor the note shown to it', async () => {
    const seen = await asOrg(o.regionKronoberg, (tx) => visible(tx, [c.vaxjoProtected]));
    expect(seen).toMatchObject({
      shared_case: 1,
      case_participant: 2,
      consent: 1,
      case_subject: 0,
      case_guardian: 0,
    });
    expect(seen.case_note).toBe(0);
  });

  it('expired: the police see case D but not who it is about', async () => {
    const seen = await asOrg(o.polisVaxjo, (tx) => visible(tx, [c.vaxjoExpiredConsent]));
    expect(seen).toMatchObject({
      shared_case: 1,
      consent: 1,
      case_subject: 0,
      case_guardian: 0,
      case_note: 0,
    });
  });

  it('a withdrawal binds the next statement, in the same transaction', async () => {
    const seen = await asOrg(o.polisVaxjo, async (tx) => {
      const before = await countRows(tx, 'case_subject', [c.vaxjoYoungPerson]);
      await tx.execute(sql`reset role`);
      await tx.execute(
        sql`update consent set withdrawn_at = now(), withdrawal_note = 'test' where case_id = ${c.vaxjoYoungPerson}`,
      );
      await actAs(tx, o.polisVaxjo);
      return {
        before,
        subject: await countRows(tx, 'case_subject', [c.vaxjoYoungPerson]),
        guardians: await countRows(tx, 'case_guardian', [c.vaxjoYoungPerson]),
        plan: await countRows(tx, 'case_plan', [c.vaxjoYoungPerson]),
        notes: await ids(tx, sql`select id from case_note where case_id = ${c.vaxjoYoungPerson}`),
      };
    });
    // Only its own note remains.
    expect(seen).toEqual({ before: 1, subject: 0, guardians: 0, plan: 0, notes: [caseRowId('note', 1, 3)] });
    // Rolled back: the consent holds again.
    expect(await asOrg(o.polisVaxjo, (tx) => countRows(tx, 'case_subject', [c.vaxjoYoungPerson]))).toBe(1);
  });

  it('withdrawn by the application itself, binds at once too', async () => {
    const seen = await asOrg(o.regionKronoberg, async (tx) => {
      const changed = await queryRows(
        tx,
        sql`update consent set withdrawn_at = now(), withdrawal_note = 'Återkallat vid besök'
            where case_id = ${c.vaxjoYoungPerson} and withdrawn_at is null returning id`,
      );
      return { changed: changed.length, subject: await countRows(tx, 'case_subject', [c.vaxjoYoungPerson]) };
    });
    expect(seen).toEqual({ changed: 1, subject: 0 });
  });
});

describe('civil society', () => {
  it('taking part without being named in the consent sees no identity, notes or plan', async () => {
    const seen = await asOrg(o.vaxjoIdrott, (tx) => visible(tx, [c.vaxjoYoungPerson]));
    expect(seen).toMatchObject({
      shared_case: 1,
      case_subject: 0,
      case_guardian: 0,
      case_note: 0,
      case_plan: 0,
      case_plan_action: 0,
      case_feedback: 0,
    });
  });

  it('gets no identity from a disclosure: only consent naming it reaches an association', async () => {
    const seen = await asOrg(
      o.vaxjoIdrott,
      async (tx) => ({
        disclosures: await countRows(tx, 'disclosure', [c.vaxjoYoungPerson]),
        subject: await countRows(tx, 'case_subject', [c.vaxjoYoungPerson]),
        plan: await countRows(tx, 'case_plan', [c.vaxjoYoungPerson]),
      }),
      (tx) =>
        tx.execute(sql`insert into disclosure (case_id, organisation_id, basis_code, scopes, reason, recorded_by_organisation_id)
          values (${c.vaxjoYoungPerson}, ${o.vaxjoIdrott}, 'general_clause', '{identity,notes,plan}', 'test', ${o.vaxjoSocial})`),
    );
    expect(seen).toEqual({ disclosures: 1, subject: 0, plan: 0 });
  });
});

describe('a disclosure basis', () => {
  it('gives social services the identity and the note shown to it in the police’s case E', async () => {
    const seen = await asOrg(o.vaxjoSocial, (tx) => visible(tx, [c.vaxjoPoliceLed]));
    expect(seen).toMatchObject({ shared_case: 1, disclosure: 1, case_subject: 1, case_note: 1 });
  });

  it('stops counting once revoked', async () => {
    const subject = await asOrg(
      o.vaxjoSocial,
      (tx) => countRows(tx, 'case_subject', [c.vaxjoPoliceLed]),
      (tx) => tx.execute(sql`update disclosure set revoked_at = now() where case_id = ${c.vaxjoPoliceLed}`),
    );
    expect(subject).toBe(0);
  });
});

describe('an anonymous consultation', () => {
  it('shares the plan with the participating school; there is no identity to see', async () => {
    const seen = await asOrg(o.vaxjoGrundskola, (tx) => visible(tx, [c.vaxjoConsultation]));
    expect(seen).toMatchObject({
      shared_case: 1,
      case_plan: 1,
      case_plan_version: 1,
      case_plan_action: 1,
      case_subject: 0,
    });
    const [existing] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from case_subject where case_id = ${c.vaxjoConsultation}`,
    );
    expect(Number(existing?.n)).toBe(0);
  });
});

describe('writes', () => {
  it('only the lead records a follow-up done, and only in its own name (42501)', async () => {
    const insert = (by: string) =>
      sql`insert into case_follow_up (case_id, due_on, done_on, recorded_by_organisation_id)
          values (${c.vaxjoYoungPerson}, '2026-01-10', '2026-01-09', ${by})`;
    // The police take part in the case but do not lead it.
    expect(await sqlState(o.polisVaxjo, insert(o.polisVaxjo))).toBe('42501');
    expect(await sqlState(o.polisVaxjo, insert(o.vaxjoSocial))).toBe('42501');
    expect(await sqlState(o.vaxjoSocial, insert(o.vaxjoSocial))).toBe('ok');
    expect(
      await sqlState(
        o.vaxjoSocial,
        sql`update case_follow_up set done_on = '2026-01-01' where case_id = ${c.vaxjoYoungPerson}`,
      ),
    ).toBe('42501');
  });

  it('a foreign organisation cannot add a note to a Växjö case (42501)', async () => {
    expect(
      await sqlState(
        o.karlstadSocial,
        sql`insert into case_note (case_id, author_organisation_id, body) values (${c.vaxjoYoungPerson}, ${o.karlstadSocial}, 'x')`,
      ),
    ).toBe('42501');
    // Nor in another organisation's name.
    expect(
      await sqlState(
        o.karlstadSocial,
        sql`insert into case_note (case_id, author_organisation_id, body) values (${c.vaxjoYoungPerson}, ${o.vaxjoSocial}, 'x')`,
      ),
    ).toBe('42501');
  });

  it('an association or a county board cannot open a case it leads, nor a county board be added', async () => {
    const open = (org: string) =>
      sql`insert into shared_case (reference, subject_kind, summary, lead_organisation_id) values ('RLS-2000-0001', 'topic', 'x', ${org})`;
    expect(await sqlState(o.vaxjoIdrott, open(o.vaxjoIdrott))).toBe('42501');
    expect(await sqlState(o.lstKronoberg, open(o.lstKronoberg))).toBe('42501');
    expect(await sqlState(o.vaxjoSocial, open(o.vaxjoSocial))).toBe('ok');
    expect(
      await sqlState(
        o.vaxjoSocial,
        sql`insert into case_participant (case_id, organisation_id) values (${c.vaxjoYoungPerson}, ${o.lstKronoberg})`,
      ),
    ).toBe('42501');
  });

  it('a participant can add a note, and show it to another participant', async () => {
    const noteId = '00000000-0000-4000-b0ff-000000000001';
    const seen = await asOrg(o.polisVaxjo, async (tx) => {
      await tx.execute(
        sql`insert into case_note (id, case_id, author_organisation_id, body) values (${noteId}, ${c.vaxjoYoungPerson}, ${o.polisVaxjo}, 'x')`,
      );
      await tx.execute(
        sql`insert into case_note_visibility (note_id, case_id, organisation_id) values (${noteId}, ${c.vaxjoYoungPerson}, ${o.regionKronoberg})`,
      );
      await actAs(tx, o.regionKronoberg);
      return ids(tx, sql`select id from case_note where id = ${noteId}`);
    });
    expect(seen).toEqual([noteId]);
  });

  it('updating a foreign case changes no row', async () => {
    const changed = await asOrg(o.karlstadSocial, (tx) =>
      queryRows(
        tx,
        sql`update shared_case set summary = 'x' where ${inCases('id', VAXJO_CASES)} returning id`,
      ),
    );
    expect(changed).toEqual([]);
    const unchanged = await queryRows<{ summary: string }>(
      database.db,
      sql`select summary from shared_case where id = ${c.vaxjoYoungPerson}`,
    );
    expect(unchanged[0]?.summary).not.toBe('x');
  });

  it.each(['shared_case', 'consent', 'case_note'] as const)(
    'the application may not delete from %s, not even as the lead (42501)',
    async (table) => {
      const column = table === 'shared_case' ? 'id' : 'case_id';
      expect(
        await sqlState(
          o.vaxjoSocial,
          sql`delete from ${sql.identifier(table)} where ${sql.identifier(column)} = ${c.vaxjoYoungPerson}`,
        ),
      ).toBe('42501');
    },
  );
});

describe('a participant may not widen its own access', () => {
  it('cannot make itself the lead of a case, nor change the case', async () => {
    for (const org of [o.vaxjoIdrott, o.regionKronoberg, o.polisVaxjo]) {
      const changed = await asOrg(org, (tx) =>
        queryRows(
          tx,
          sql`update shared_case set lead_organisation_id = ${org}, identified = false where id = ${c.vaxjoYoungPerson} returning id`,
        ),
      );
      expect(changed).toEqual([]);
    }
    // The lead edits its case, but cannot hand it to another organisation without a transfer.
    const edited = await asOrg(o.vaxjoSocial, (tx) =>
      queryRows(
        tx,
        sql`update shared_case set next_follow_up_on = next_follow_up_on + 1 where id = ${c.vaxjoYoungPerson} returning id`,
      ),
    );
    expect(edited).toHaveLength(1);
    expect(
      await sqlState(
        o.vaxjoSocial,
        sql`update shared_case set lead_organisation_id = ${o.vaxjoIdrott} where id = ${c.vaxjoYoungPerson}`,
      ),
    ).toBe('42501');
  });

  it('takes the lead only by accepting a transfer offered to it, once', async () => {
    const transfer = '00000000-0000-4000-b0ff-000000000002';
    const result = await asOrg(o.polisVaxjo, async (tx) => {
      const offer = sql`insert into case_lead_transfer (id, case_id, from_organisation_id, to_organisation_id)
        values (${transfer}, ${c.vaxjoYoungPerson}, ${o.vaxjoSocial}, ${o.polisVaxjo})`;
      await actAs(tx, o.vaxjoSocial);
      await tx.execute(offer);
      // Another participant can neither answer for the police nor redirect the offer to itself.
      await actAs(tx, o.vaxjoIdrott);
      const answered = await queryRows(
        tx,
        sql`update case_lead_transfer set status = 'accepted', to_organisation_id = ${o.vaxjoIdrott} where id = ${transfer} returning id`,
      );
      // The recipient accepts (as the application does: the answer first, then the lead).
      await actAs(tx, o.polisVaxjo);
      await tx.execute(
        sql`update case_lead_transfer set status = 'accepted', decided_at = now() where id = ${transfer}`,
      );
      const moved = await queryRows(
        tx,
        sql`update shared_case set lead_organisation_id = ${o.polisVaxjo} where id = ${c.vaxjoYoungPerson} returning id`,
      );
      const subject = await queryRows(
        tx,
        sql`update case_subject set lead_organisation_id = ${o.polisVaxjo} where case_id = ${c.vaxjoYoungPerson} returning case_id`,
      );
      // The old lead cannot take it back on the same, spent, transfer.
      await actAs(tx, o.vaxjoSocial);
      const back = await queryRows(
        tx,
        sql`update shared_case set lead_organisation_id = ${o.vaxjoSocial} where id = ${c.vaxjoYoungPerson} returning id`,
      );
      return { answered: answered.length, moved: moved.length, subject: subject.length, back: back.length };
    });
    expect(result).toEqual({ answered: 0, moved: 1, subject: 1, back: 0 });
  });

  it('an association cannot take the lead, even offered it', async () => {
    const moved = await asOrg(
      o.vaxjoIdrott,
      (tx) =>
        queryRows(
          tx,
          sql`update shared_case set lead_organisation_id = ${o.vaxjoIdrott} where id = ${c.vaxjoYoungPerson} returning id`,
        ),
      (tx) =>
        tx.execute(sql`insert into case_lead_transfer (case_id, from_organisation_id, to_organisation_id, status)
          values (${c.vaxjoYoungPerson}, ${o.vaxjoSocial}, ${o.vaxjoIdrott}, 'accepted')`),
    );
    expect(moved).toEqual([]);
  });

  it('cannot undo a withdrawal, nor rewrite what was consented to', async () => {
    // The region's consent on C was withdrawn.
    const undone = await asOrg(o.regionKronoberg, (tx) =>
      queryRows(
        tx,
        sql`update consent set withdrawn_at = null where case_id = ${c.vaxjoProtected} returning id`,
      ),
    );
    expect(undone).toEqual([]);
    expect(await asOrg(o.regionKronoberg, (tx) => countRows(tx, 'case_subject', [c.vaxjoProtected]))).toBe(0);
    // The police's consent on D has expired: not to be extended by the police (nor by the lead).
    for (const org of [o.polisVaxjo, o.vaxjoSocial]) {
      expect(
        await sqlState(
          org,
          sql`update consent set valid_until = now() + interval '1 year' where case_id = ${c.vaxjoExpiredConsent}`,
        ),
      ).toBe('42501');
    }
  });

  it('cannot show itself a note another organisation wrote', async () => {
    // Note 1 on A is shown to the police and the region; a civil-society participant sees its
    // visibility rows, but may not add itself to them. Nor may the police show the lead's note 2.
    for (const [org, note] of [
      [o.vaxjoIdrott, caseRowId('note', 1, 1)],
      [o.polisVaxjo, caseRowId('note', 1, 2)],
    ] as const) {
      expect(
        await sqlState(
          org,
          sql`insert into case_note_visibility (note_id, case_id, organisation_id) values (${note}, ${c.vaxjoYoungPerson}, ${org})`,
        ),
      ).toBe('42501');
    }
    // Nor may an author show its note to an organisation outside the case.
    expect(
      await sqlState(
        o.polisVaxjo,
        sql`insert into case_note_visibility (note_id, case_id, organisation_id) values (${caseRowId('note', 1, 3)}, ${c.vaxjoYoungPerson}, ${o.karlstadSocial})`,
      ),
    ).toBe('42501');
  });
});

describe('the database itself', () => {
  it('binds the application role: neither superuser, nor bypassing, nor owning a case table', async () => {
    const roles = await queryRows(
      database.db,
      sql`select rolsuper, rolbypassrls from pg_roles where rolname = 'samlad_app'`,
    );
    expect(roles).toEqual([{ rolsuper: false, rolbypassrls: false }]);
    const owned = await queryRows(
      database.db,
      sql`select c.relname from pg_class c join pg_roles r on r.oid = c.relowner
          where r.rolname = 'samlad_app' and c.relkind in ('r', 'p', 'v', 'm')`,
    );
    expect(owned).toEqual([]);
    const me = await asOrg(o.vaxjoSocial, (tx) =>
      queryRows(
        tx,
        sql`select current_user as role, (select rolsuper from pg_roles where rolname = current_user) as super`,
      ),
    );
    expect(me).toEqual([{ role: 'samlad_app', super: false }]);
  });

  it('forces row-level security on every case table', async () => {
    const tables = await queryRows<{ relname: string; rls: boolean; forced: boolean }>(
      database.db,
      sql`select c.relname, c.relrowsecurity as rls, c.relforcerowsecurity as forced
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'
            and (c.relname like 'case\\_%' or c.relname in ('shared_case', 'consent', 'consent_organisation', 'disclosure'))
          order by c.relname`,
    );
    // The counters hold numbers only; the catalogue of grounds is law, readable by all.
    const expected = CASE_TABLES.map(([t]) => t).sort();
    expect(tables.map((t) => t.relname)).toEqual([...expected, 'case_reference_counter'].sort());
    for (const table of tables) {
      if (table.relname === 'case_reference_counter') continue;
      expect({ table: table.relname, rls: table.rls, forced: table.forced }).toEqual({
        table: table.relname,
        rls: true,
        forced: true,
      });
    }
  });
});
