/**
 * The national-scale data set for benchmarks: organisations, users, forums, meetings, shared cases
 * and youth activities for all 21 counties and 290 municipalities, on top of the demo data (whose
 * users the benchmarks sign in as). Deterministic: the same seed, scale and anchor give the same
 * rows, ids included (every generated id starts with 5eed, which is also how a database is known
 * to hold the data already). Everything national is written in one transaction, so a failure
 * leaves none of it behind.
 *
 *   seedNational(handle, { scale: 1, seed: 42 })   // see cli.ts for `pnpm bench:seed`
 */
import {
  type DatabaseHandle,
  DEMO,
  type Executor,
  ensureReady,
  queryRows,
} from '../../../packages/db/src/index.ts';
import { demoUserRows } from '../../../packages/db/src/seed/demo-users.ts';
import { activityTables, planActivities } from './activities.ts';
import { caseTables } from './case-rows.ts';
import { planCases } from './cases.ts';
import { planForums, type Window } from './forums.ts';
import { meetingTables, planMeetings } from './meetings.ts';
import { organisationTables } from './organisation-rows.ts';
import { planOrganisations } from './organisations.ts';
import { loadPlaces } from './places.ts';
import { ID_MARK, ID_RANGE } from './random.ts';
import { BulkWriter, countRows, type TableRows } from './sql-writer.ts';
import { DAY } from './time.ts';

/** 2026-12-01T00:00:00Z: every date in the data set is reckoned from here unless told otherwise. */
export const DEFAULT_ANCHOR = new Date('2026-12-01T00:00:00Z');

/** Rows at scale 1 (counties and municipalities are reference data and never scale). */
export const SCALE_ONE = {
  organisations: 3_000,
  users: 30_000,
  forums: 5_000,
  meetings: 150_000,
  cases: 100_000,
  activities: 20_000,
} as const;

export type SeedProgress =
  | {
      type: 'phase';
      phase: 'migrating' | 'planning' | 'counting' | 'inserting' | 'analysing';
      detail?: string;
    }
  | { type: 'tables'; tables: ReadonlyArray<{ table: string; total: number }> }
  | { type: 'rows'; table: string; done: number; total: number };

export interface SeedOptions {
  /** Multiplies every count above; more than 0, at most 10. */
  scale: number;
  seed: number;
  anchor?: Date;
  onProgress?: (event: SeedProgress) => void;
}

export interface NationalSummary {
  scale: number;
  seed: number;
  anchor: string;
  /** Rows this run inserted, per table, in the order written. */
  inserted: Array<{ table: string; rows: number }>;
  /** Rows per table afterwards (demo data included). */
  totals: Record<string, number>;
  /** Whether meeting pulse answers were seeded (only if the tables exist). */
  pulse: boolean;
  seconds: number;
}

/** A failure the caller should show as it is (bad input, wrong database): no stack needed. */
export class SeedError extends Error {}

/** Whether the database holds the national data set already (the organisation ids carry a mark). */
export async function hasNationalData(db: Executor): Promise<number> {
  const [table] = await queryRows<{ present: boolean }>(
    db,
    `select to_regclass('public.organisation') is not null as present`,
  );
  if (!table?.present) return 0;
  const [row] = await queryRows<{ n: number }>(
    db,
    `select count(*)::int as n from organisation where id >= '${ID_RANGE.from}' and id < '${ID_RANGE.to}'`,
  );
  return row?.n ?? 0;
}

const tableExists = async (db: Executor, name: string) => {
  const [row] = await queryRows<{ present: boolean }>(
    db,
    `select to_regclass('public.${name}') is not null as present`,
  );
  return row?.present ?? false;
};

export async function seedNational(handle: DatabaseHandle, options: SeedOptions): Promise<NationalSummary> {
  const started = performance.now();
  const { scale, seed } = options;
  const anchor = options.anchor ?? DEFAULT_ANCHOR;
  const report = options.onProgress ?? (() => {});
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) {
    throw new SeedError(`scale must be more than 0 and at most 10 (got ${scale})`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new SeedError(`seed must be a whole number from 0 to 4294967295 (got ${seed})`);
  }
  if (Number.isNaN(anchor.getTime())) throw new SeedError('anchor is not a date');
  const db = handle.db;

  // Refuse before writing anything, migrations included.
  const existing = await hasNationalData(db);
  if (existing > 0) {
    throw new SeedError(
      `this database already holds the national data set (${existing} organisations with ids ${ID_MARK}…): nothing was written. Seed into an empty database instead.`,
    );
  }
  const [role] = await queryRows<{ ok: boolean; name: string }>(
    db,
    `select (rolsuper or rolbypassrls) as ok, rolname as name from pg_roles where rolname = current_user`,
  );
  if (!role?.ok) {
    throw new SeedError(
      `the shared-case tables have FORCEd row-level security: connect as a superuser or a role with BYPASSRLS (connected as ${role?.name ?? 'unknown'}); nothing was written`,
    );
  }

  report({ type: 'phase', phase: 'migrating' });
  await ensureReady(handle, { seedDemo: true, now: anchor });
  const demo = await queryRows<{ n: number }>(
    db,
    `select count(*)::int as n from organisation where id in ('${DEMO.organisations.polisen}', '${DEMO.organisations.arbetsformedlingen}')`,
  );
  if ((demo[0]?.n ?? 0) !== 2) {
    throw new SeedError(
      'this database has organisations but not the demo data, which the national data set builds on: use an empty database',
    );
  }
  const withPulse =
    (await tableExists(db, 'meeting_pulse_response')) && (await tableExists(db, 'meeting_pulse_answer'));

  report({ type: 'phase', phase: 'planning' });
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  const counties = await loadPlaces(db);
  const counterRows = await queryRows<{ prefix: string; year: number; last_number: number }>(
    db,
    'select prefix, year, last_number from case_reference_counter',
  );
  const counters = new Map(counterRows.map((r) => [`${r.prefix}-${r.year}`, r.last_number]));
  const anchorMs = anchor.getTime();
  const window: Window = { anchor: anchorMs, from: anchorMs - 730 * DAY, until: anchorMs + 365 * DAY };
  const plan = planOrganisations(
    counties,
    { organisations: count(SCALE_ONE.organisations), users: count(SCALE_ONE.users) },
    seed,
    anchor,
  );
  const forums = planForums(counties, plan, count(SCALE_ONE.forums), window, seed);
  const meetings = planMeetings(forums, plan, count(SCALE_ONE.meetings), anchorMs, seed, withPulse);
  const cases = planCases(plan, counties, forums, count(SCALE_ONE.cases), anchorMs, seed, counters);
  const activities = planActivities(plan, count(SCALE_ONE.activities), anchorMs, seed);

  const passwordHash = demoUserRows(anchor).users[0]?.passwordHash ?? null;
  const tables: TableRows[] = [
    ...organisationTables(plan, forums, passwordHash),
    ...meetingTables(forums, meetings, plan, anchorMs, seed, withPulse),
    ...caseTables(cases.cases, cases.counters, forums, plan, anchorMs, seed),
    ...activityTables(activities, plan, anchorMs, seed),
  ];

  report({ type: 'phase', phase: 'counting' });
  const totals = tables.map((t) => ({ table: t.table, total: countRows(t) }));
  report({ type: 'tables', tables: totals });

  report({ type: 'phase', phase: 'inserting' });
  const inserted: NationalSummary['inserted'] = [];
  try {
    await db.transaction(async (tx) => {
      for (const [i, t] of tables.entries()) {
        const total = totals[i]?.total ?? 0;
        const writer = new BulkWriter(tx, (table, done) => report({ type: 'rows', table, done, total }));
        const rows = await writer.insert(t);
        if (rows !== total) throw new Error(`${t.table}: planned ${total} rows but generated ${rows}`);
        inserted.push({ table: t.table, rows });
      }
    });
  } catch (error) {
    throw new SeedError(
      `seeding failed and was rolled back, so none of the national data set was written: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  report({ type: 'phase', phase: 'analysing' });
  await db.execute('analyze');
  const names = [...new Set(tables.map((t) => t.table))];
  const [countsRow] = await queryRows<Record<string, number>>(
    db,
    `select ${names.map((n) => `(select count(*)::int from ${n}) as "${n}"`).join(', ')}`,
  );
  return {
    scale,
    seed,
    anchor: anchor.toISOString(),
    inserted,
    totals: countsRow ?? {},
    pulse: withPulse,
    seconds: (performance.now() - started) / 1000,
  };
}

const executor = (target: DatabaseHandle | Executor): Executor =>
  'kind' in target && 'migrate' in target ? target.db : target;

/** The county with the most forums (ties: the lower code). */
export async function largestCounty(target: DatabaseHandle | Executor): Promise<string> {
  const [row] = await queryRows<{ code: string }>(
    executor(target),
    'select county_code as code from forum group by county_code order by count(*) desc, county_code limit 1',
  );
  if (!row) throw new Error('there are no forums: has the national data set been seeded?');
  return row.code;
}

/**
 * The e-mail of a generated coordinator whose organisation is a member of at least `n` active
 * forums: the one nearest to `n` (then by e-mail), so the same data gives the same person.
 * Signs in with the demo password.
 */
export async function coordinatorInManyForums(target: DatabaseHandle | Executor, n = 12): Promise<string> {
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a whole number of at least 1 (got ${n})`);
  const [row] = await queryRows<{ email: string }>(
    executor(target),
    `select u.email
     from user_account u
     join membership m on m.user_id = u.id and m.role = 'coordinator' and m.status = 'active'
     join forum_member fm on fm.organisation_id = m.organisation_id
     join forum f on f.id = fm.forum_id and f.status = 'active'
     where u.id >= '${ID_RANGE.from}' and u.id < '${ID_RANGE.to}' and u.deactivated_at is null
     group by u.email, m.organisation_id
     having count(*) >= ${n}
     order by count(*), u.email
     limit 1`,
  );
  if (!row) throw new Error(`no generated coordinator's organisation sits in ${n} or more active forums`);
  return row.email;
}
