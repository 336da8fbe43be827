// Issue 5's measurements at scale: 50,000 extra shared cases on top of the demo data, then the
// median and p95 latency over HTTP of (a) the case list and (b) one case page, signed in as a
// member of Växjö's social services, first with row-level security on, then with it switched off
// on the same throwaway database (the API's own filters still apply, so the answers must agree).
// Bounded: a warm-up of 20, then a fixed number of sequential requests per measurement.
//   pnpm bench:cases [requests]                          (PGlite in a temporary folder; default 200)
//   DATABASE_URL=postgres://… pnpm bench:cases [requests] (a throwaway database on that server)
import { loadavg } from 'node:os';
import { buildApp } from '../../apps/api/src/app.ts';
import { encodeGlobalId } from '../../apps/api/src/schema/global-id.ts';
import { type DatabaseHandle, DEMO, DEMO_PASSWORD, ensureReady } from '../../packages/db/src/index.ts';
import { elapsed, fail, log, machine, openBenchDatabase, progress, serverUrlFromEnv } from './support.ts';

const CASES = 50_000;
const BATCH = 5_000;
const WARM_UP = 20;
const FIRST = 50;
const USER = 'sara.lund@vaxjo.example';
const ORG = DEMO.organisations.vaxjoSocial;
/** Every table with row-level security on shared cases (migration `case_row_level_security`). */
const CASE_TABLES = [
  'shared_case',
  'case_participant',
  'case_subject',
  'case_guardian',
  'consent',
  'consent_organisation',
  'disclosure',
  'case_plan',
  'case_plan_version',
  'case_plan_action',
  'case_note',
  'case_note_visibility',
  'case_feedback',
  'case_lead_transfer',
  'case_join_request',
] as const;

const arg = process.argv[2];
if (process.argv.length > 3) fail(`Too many arguments: usage is pnpm bench:cases [requests]`, 2);
const requests = arg === undefined ? 200 : Number(arg);
if (!/^\d+$/.test(arg ?? '200') || !Number.isInteger(requests) || requests < 1 || requests > 10_000) {
  fail(
    `Bad argument "${arg}": requests per measurement must be a whole number from 1 to 10000 (default 200).`,
    2,
  );
}

const serverUrl = serverUrlFromEnv();

// ---------------------------------------------------------------------------------------------
// The extra cases, set-based: a spec row per case from generate_series, then one insert per table
// per batch of 5,000 cases. Cases are local to one of the seven demo municipalities (shares
// roughly by population), led mostly by social services and the police, with 2–4 participants
// from the same place (plus national agencies and associations). Ids are derived from the
// case number, so every table can be filled without reading ids back.
// ---------------------------------------------------------------------------------------------

const o = DEMO.organisations;
interface Place {
  /** Per cent of the cases. */
  share: number;
  municipality: string;
  /** Lead organisations with weights. */
  leads: ReadonlyArray<readonly [string, number]>;
  /** Organisations that take part (the lead may be among them; it is skipped). */
  partners: readonly string[];
}
const PLACES: readonly Place[] = [
  {
    // Växjö social services leads about 1,200 and takes part in about 750 more: ~2,000 of 50,000.
    share: 12,
    municipality: '0780',
    leads: [
      [o.vaxjoSocial, 2],
      [o.polisVaxjo, 3],
      [o.vaxjoUtbildning, 1],
      [o.vaxjoGymnasium, 1],
      [o.regionKronoberg, 1],
      [o.vaxjoArbetsmarknad, 1],
      [o.afVaxjo, 1],
    ],
    partners: [
      o.vaxjoSocial,
      o.polisVaxjo,
      o.vaxjoUtbildning,
      o.vaxjoGymnasium,
      o.vaxjoGrundskola,
      o.vaxjoFritid,
      o.vaxjoArbetsmarknad,
      o.afVaxjo,
      o.samordningsforbundVaxjo,
      o.regionKronoberg,
      o.forsakringskassan,
      o.vaxjoRodaKorset,
      o.vaxjoKvinnojour,
      o.vaxjoIdrott,
    ],
  },
  {
    share: 17,
    municipality: '1780',
    leads: [
      [o.karlstadSocial, 5],
      [o.polisKarlstad, 3],
      [o.karlstadBarnUngdom, 1],
      [o.regionVarmland, 1],
    ],
    partners: [
      o.karlstadSocial,
      o.polisKarlstad,
      o.karlstadBarnUngdom,
      o.karlstadGrundskola,
      o.karlstadFritid,
      o.afKarlstad,
      o.regionVarmland,
      o.forsakringskassan,
      o.karlstadIdrott,
    ],
  },
  {
    share: 21,
    municipality: '1281',
    leads: [
      [o.lundSocial, 5],
      [o.polisLund, 3],
      [o.lundUtbildning, 1],
      [o.regionSkane, 1],
    ],
    partners: [
      o.lundSocial,
      o.polisLund,
      o.lundUtbildning,
      o.regionSkane,
      o.arbetsformedlingen,
      o.forsakringskassan,
      o.lundForening,
    ],
  },
  {
    share: 24,
    municipality: '0581',
    leads: [
      [o.norrkopingSocial, 5],
      [o.polisNorrkoping, 3],
      [o.norrkopingUtbildning, 1],
      [o.regionOstergotland, 1],
    ],
    partners: [
      o.norrkopingSocial,
      o.polisNorrkoping,
      o.norrkopingUtbildning,
      o.norrkopingFritid,
      o.afNorrkoping,
      o.regionOstergotland,
      o.forsakringskassan,
      o.norrkopingUngdom,
    ],
  },
  {
    share: 18,
    municipality: '0136',
    leads: [
      [o.haningeSocial, 5],
      [o.polisHaninge, 3],
      [o.haningeUtbildning, 1],
      [o.regionStockholm, 1],
    ],
    partners: [
      o.haningeSocial,
      o.polisHaninge,
      o.haningeUtbildning,
      o.haningeFritid,
      o.afHaninge,
      o.regionStockholm,
      o.forsakringskassan,
      o.haningeUngdom,
      o.haningeKvinnojour,
    ],
  },
  {
    share: 4,
    municipality: '0488',
    leads: [
      [o.trosaSocial, 5],
      [o.polisTrosa, 3],
      [o.trosaBildning, 1],
      [o.regionSormland, 1],
    ],
    partners: [
      o.trosaSocial,
      o.polisTrosa,
      o.trosaBildning,
      o.regionSormland,
      o.arbetsformedlingen,
      o.forsakringskassan,
      o.trosaForening,
    ],
  },
  {
    share: 4,
    municipality: '2583',
    leads: [
      [o.haparandaSocial, 5],
      [o.polisen, 2],
      [o.haparandaUtbildning, 1],
      [o.regionNorrbotten, 1],
      [o.afHaparanda, 1],
    ],
    partners: [
      o.haparandaSocial,
      o.polisen,
      o.haparandaUtbildning,
      o.afHaparanda,
      o.regionNorrbotten,
      o.tornio,
      o.forsakringskassan,
      o.haparandaForening,
    ],
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A uuid[] literal from our own constants (checked, so nothing but ids reaches the SQL text). */
const uuidArray = (ids: readonly string[]) => {
  for (const id of ids) if (!UUID.test(id)) throw new Error(`not a uuid: ${id}`);
  return `'{${ids.join(',')}}'::uuid[]`;
};
/** A deterministic hash of the case number `n`, 0 … 2^31-1; `salt` picks an independent one. */
const h = (salt: number) => `(hashint4extended(n, ${salt}) & 2147483647)`;
/** A row id derived from the case number: `kind` is its first group (8 hex digits, or SQL for them). */
const rowId = (kind: string) => `(${kind} || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid`;
const FIRST_NAMES = ['Alva', 'Elias', 'Maja', 'Noah', 'Ebba', 'Liam', 'Saga', 'Hugo', 'Wilma', 'Omar'];
const LAST_NAMES = ['Mätsson', 'Provberg', 'Testlund', 'Exempelström', 'Bänkqvist', 'Prövholm'];
const textArray = (xs: readonly string[]) =>
  `array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}]`;

function placeRows(): string {
  let lo = 0;
  return PLACES.map((p) => {
    const leadPool = p.leads.flatMap(([id, weight]) => Array.from({ length: weight }, () => id));
    const row = `(${lo}, ${lo + p.share - 1}, '${p.municipality}', ${uuidArray(leadPool)}, ${uuidArray(p.partners)})`;
    lo += p.share;
    return row;
  }).join(',\n');
}

/** The spec of every case: who leads, who takes part, what it has. One statement. */
const SPEC = `
create table bench_spec as
select n, ${rowId("'b0000000'")} as case_id, lead, municipality, age_days, status, identified,
  consent_kind, identified and hp % 50 = 0 as protected, full_scopes, hx,
  case when identified then (case when hk % 100 < 85 then 'person' else 'family' end)
       else (case when hk % 10 < 6 then 'person' when hk % 10 < 8 then 'topic' else 'place' end)
  end::case_subject_kind as kind,
  array_prepend(lead, (array(
    select partner_pool[1 + (hs + j) % cardinality(partner_pool)] from generate_series(0, 3) j
    where partner_pool[1 + (hs + j) % cardinality(partner_pool)] <> lead order by j))[1:1 + hm % 3]) as parts
from (
  select n, g.municipality, g.partner_pool,
    g.lead_pool[1 + ${h(2)} % cardinality(g.lead_pool)] as lead,
    ${h(3)} as hs, ${h(4)} as hm, ${h(7)} as hp, ${h(9)} as hk, ${h(11)} as hx,
    1 + ${h(8)} % 700 as age_days,
    (case when ${h(5)} % 100 < 25 then 'open' when ${h(5)} % 100 < 70 then 'active'
          when ${h(5)} % 100 < 90 then 'follow_up' else 'closed' end)::case_status as status,
    ${h(6)} % 100 < 70 as identified,
    case when ${h(10)} % 100 < 70 then 1 when ${h(10)} % 100 < 80 then 2 when ${h(10)} % 100 < 90 then 3 else 0 end
      as consent_kind,
    ${h(12)} % 100 < 85 as full_scopes
  from generate_series(1, ${CASES}) n
  join bench_group g on ${h(1)} % 100 between g.lo and g.hi
) x`;

/** One insert per table, for the cases numbered `lo` … `hi`. */
function batchStatements(lo: number, hi: number): Array<[table: string, sql: string]> {
  const range = `n between ${lo} and ${hi}`;
  const created = `now() - age_days * interval '1 day'`;
  return [
    [
      'shared_case',
      `insert into shared_case (id, reference, subject_kind, status, themes, summary, lead_organisation_id,
         next_follow_up_on, identified, identification_basis_code, identification_reason, protected_identity,
         created_at, updated_at, closed_at)
       select case_id, 'BNC-2026-' || lpad(n::text, 6, '0'), kind, status,
         array[(enum_range(null::forum_theme))[1 + hx % 9]] || case when hx % 3 = 0
           then array[(enum_range(null::forum_theme))[1 + (hx % 9 + 1 + (hx / 9) % 8) % 9]] else '{}' end,
         (${textArray([
           'Ung person, skolfrånvaro',
           'Familj, oro för barnen',
           'Vuxen, missbruk och arbetslöshet',
           'Ung vuxen, risk för kriminalitet',
           'Plats, otrygghet vid busstorget',
           'Våld i nära relation',
         ])})[1 + hx % 6],
         lead, case when hx % 10 = 0 then null else current_date + (hx % 210)::int - 30 end, identified,
         case when identified and consent_kind = 0 then 'own_task' end,
         case when identified and consent_kind = 0 then 'Nödvändigt för socialtjänstens utredning.' end,
         protected, ${created}, now() - (age_days / 2) * interval '1 day',
         case when status = 'closed' then now() - (age_days / 4) * interval '1 day' end
       from bench_spec where ${range}`,
    ],
    [
      'case_participant',
      `insert into case_participant (case_id, organisation_id, joined_at)
       select case_id, p, ${created} from bench_spec, unnest(parts) p where ${range}`,
    ],
    [
      'case_subject',
      `insert into case_subject (case_id, lead_organisation_id, full_name, personal_identity_number, phone,
         email, address, municipality_of_residence_code, protected_identity, created_at, updated_at)
       select case_id, lead,
         (${textArray(FIRST_NAMES)})[1 + hx % ${FIRST_NAMES.length}] || ' ' ||
           (${textArray(LAST_NAMES)})[1 + (hx / 10) % ${LAST_NAMES.length}],
         case when hx % 10 = 9 then null else
           (1950 + hx % 70)::text || lpad((1 + hx % 12)::text, 2, '0') || lpad((1 + hx % 28)::text, 2, '0')
             || lpad((hx % 10000)::text, 4, '0') end,
         '070-174 06 ' || lpad((5 + hx % 95)::text, 2, '0'), 'person' || n || '@example.se',
         case when protected then null else 'Provgatan ' || (1 + hx % 99) end,
         case when protected then null else municipality end, protected, ${created}, ${created}
       from bench_spec where ${range} and identified`,
    ],
    [
      'consent',
      `insert into consent (id, case_id, given_by, purpose, scopes, valid_from, valid_until, form,
         recorded_by_organisation_id, recorded_at, withdrawn_at, withdrawal_note)
       select ${rowId("'b0000010'")}, case_id, 'person', 'Samordnade insatser mellan de deltagande organisationerna',
         case when full_scopes then '{identity,notes,plan}' else '{identity,plan}' end::case_scope[],
         ${created},
         case consent_kind when 1 then (case when hx % 2 = 0 then null else now() + (30 + hx % 365) * interval '1 day' end)
           when 3 then now() - (age_days / 2) * interval '1 day' - interval '1 hour' end,
         'written', lead, ${created},
         case when consent_kind = 2 then now() - (age_days / 3) * interval '1 day' end,
         case when consent_kind = 2 then 'Återkallat muntligen vid besök.' end
       from bench_spec where ${range} and consent_kind > 0`,
    ],
    [
      'consent_organisation',
      `insert into consent_organisation (consent_id, case_id, organisation_id)
       select ${rowId("'b0000010'")}, case_id, p from bench_spec, unnest(parts[2:]) p
       where ${range} and consent_kind > 0`,
    ],
    [
      'disclosure',
      `insert into disclosure (id, case_id, organisation_id, basis_code, scopes, reason, recorded_by_organisation_id,
         created_at)
       select ${rowId("'b0000011'")}, case_id, parts[2], 'own_task', '{identity,plan}', 'Behövs för polisens insats.',
         lead, ${created}
       from bench_spec where ${range} and identified and consent_kind = 0`,
    ],
    [
      'case_plan',
      `insert into case_plan (case_id, needs, goals, goals_in_own_words, overall_responsible_organisation_id,
         follow_up_on, version, updated_at)
       select case_id, 'Stöd i skolan och en trygg fritid.', 'Regelbunden närvaro och en meningsfull fritid.',
         'Jag vill klara skolan och ha något att göra på kvällarna.', lead,
         current_date + (hx % 120)::int, 1, ${created}
       from bench_spec where ${range}`,
    ],
    [
      'case_plan_action',
      `insert into case_plan_action (id, case_id, organisation_id, description, due_on, status, completed_at,
         created_at, updated_at)
       select ${rowId("'b000002' || j")}, case_id, parts[j],
         case j when 1 then 'Samordna insatserna och kalla till uppföljning.' else 'Kontakt med vårdnadshavare och elevhälsa.' end,
         current_date + ((hx + j * 17) % 90)::int - 20,
         (enum_range(null::case_plan_action_status))[1 + (hx + j) % 4],
         case when (enum_range(null::case_plan_action_status))[1 + (hx + j) % 4] = 'done' then now() - interval '1 day' end,
         ${created}, ${created}
       from bench_spec, generate_series(1, 2) j where ${range}`,
    ],
    [
      'case_note',
      `insert into case_note (id, case_id, author_organisation_id, body, created_at)
       select ${rowId("'b000003' || j")}, case_id, case when j = 2 then parts[2] else lead end,
         case j when 1 then 'Första samordningsmötet hölls; alla parter deltog.'
                when 2 then 'Eleven har varit i skolan fyra dagar av fem den här veckan.'
                else 'Intern anteckning: avvaktar svar från vårdnadshavare.' end,
         ${created} + j * interval '1 hour'
       from bench_spec, generate_series(1, 3) j where ${range}`,
    ],
    [
      // The first note is shown to every other participant, the second (by a participant) to the
      // rest of them, the third (the lead's own) to nobody else.
      'case_note_visibility',
      `insert into case_note_visibility (note_id, case_id, organisation_id)
       select ${rowId("'b0000031'")}, case_id, p from bench_spec, unnest(parts[2:]) p where ${range}
       union all
       select ${rowId("'b0000032'")}, case_id, p from bench_spec, unnest(parts[3:]) p where ${range}`,
    ],
  ];
}

async function seedCases(handle: DatabaseHandle): Promise<void> {
  const db = handle.db;
  const started = performance.now();
  await db.execute(
    'create table bench_group (lo int, hi int, municipality char(4), lead_pool uuid[], partner_pool uuid[])',
  );
  await db.execute(`insert into bench_group values ${placeRows()}`);
  await db.execute(SPEC);
  await db.execute('alter table bench_spec add primary key (n)');
  await db.execute('analyze bench_spec');
  log(`cases: spec for ${CASES} cases in ${elapsed(started)}`);
  for (let lo = 1; lo <= CASES; lo += BATCH) {
    const hi = Math.min(CASES, lo + BATCH - 1);
    for (const [table, statement] of batchStatements(lo, hi)) {
      try {
        await db.execute(statement);
      } catch (error) {
        throw new Error(`seeding ${table} for cases ${lo}–${hi} failed: ${(error as Error).message}`);
      }
    }
    log(`cases: ${hi}/${CASES} (${elapsed(started)})`);
  }
  await db.execute('drop table bench_spec');
  await db.execute('drop table bench_group');
  await db.execute('analyze');
  log(`cases: seeded and analysed in ${elapsed(started)}`);
}

// ---------------------------------------------------------------------------------------------
// Measuring over HTTP.
// ---------------------------------------------------------------------------------------------

const CASE_LIST = /* GraphQL */ `
  query CaseList {
    cases(first: ${FIRST}) {
      totalCount
      edges { node { id reference status nextFollowUpOn identified lead { name } participants { name }
        access { identity notes plan } } }
    }
  }
`;
const CASE_PAGE = /* GraphQL */ `
  query CasePage($id: ID!) {
    case(id: $id) {
      id reference status summary themes nextFollowUpOn
      lead { name }
      participants { id name }
      access { lead identity notes plan }
      subject { fullName personalIdentityNumber age phone address }
      guardians { fullName }
      notes { body author { name } visibleTo { name } createdAt }
      plan { needs goals goalsInOwnWords followUpOn actions { description dueOn status organisation { name } } }
      consents { state scopes organisations { name } }
      disclosures { reason }
    }
  }
`;

interface CaseListData {
  cases: { totalCount: number; edges: Array<{ node: { id: string; reference: string } }> };
}
interface CasePageData {
  case: {
    id: string;
    reference: string;
    access: { lead: boolean; identity: boolean; notes: boolean; plan: boolean };
    subject: { fullName: string } | null;
    notes: unknown[];
    plan: { actions: unknown[] } | null;
    consents: unknown[];
  } | null;
}

interface Sample {
  scenario: string;
  rls: 'on' | 'off';
  n: number;
  median: number;
  p95: number;
}

async function main() {
  const totalStarted = performance.now();
  const bench = await openBenchDatabase(serverUrl, 'cases');
  let closeApp: () => Promise<void> = async () => {};
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await closeApp().catch(() => {});
    await bench.drop();
  };
  process.once('SIGINT', () => {
    log('interrupted: removing the benchmark database');
    void cleanup().finally(() => process.exit(130));
  });
  try {
    const { handle } = bench;
    const db = handle.db;
    let started = performance.now();
    await ensureReady(handle, { seedDemo: true });
    log(`database: migrated and demo-seeded (${handle.kind}) in ${elapsed(started)}`);
    const [version] = await db.execute<{ v: string }>(
      `select current_setting('server_version') as v`,
      'objects',
    );
    const dbLabel = `${handle.kind} (PostgreSQL ${version?.v ?? '?'})`;

    started = performance.now();
    await seedCases(handle);
    const seedTime = elapsed(started);
    const [mix] = await db.execute<Record<string, number>>(
      `with bench as (select id, identified from shared_case where reference like 'BNC-%')
       select (select count(*) from bench)::int as "cases",
         (select round(count(*)::numeric / (select count(*) from bench), 2)
            from case_participant where case_id in (select id from bench))::float as "participants per case",
         (select count(*) from bench where identified)::int as "identified",
         (select count(*) from consent where case_id in (select id from bench)
            and withdrawn_at is null and (valid_until is null or valid_until > now()))::int as "consents in force",
         (select count(*) from consent where case_id in (select id from bench)
            and withdrawn_at is not null)::int as "withdrawn",
         (select count(*) from consent where case_id in (select id from bench)
            and withdrawn_at is null and valid_until <= now())::int as "expired",
         (select count(*) from case_plan_action where case_id in (select id from bench))::int as "plan actions",
         (select count(*) from case_note where case_id in (select id from bench))::int as "notes",
         (select count(*) from case_note_visibility where case_id in (select id from bench))::int as "note visibility rows"`,
      'objects',
    );
    const mixLine = Object.entries(mix ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    log(`cases: ${mixLine}`);

    // What the benchmarked organisation has among the cases, and the case page's case: one it takes
    // part in but does not lead, identified, under a consent in force that names it for all parts,
    // so that the row-level security's consent checks run for identity, notes and plan.
    const [share] = await db.execute<{ part: number; leads: number; open: number }>(
      `select count(*)::int as part, count(*) filter (where s.lead_organisation_id = '${ORG}')::int as leads,
         count(*) filter (where s.status <> 'closed')::int as open
       from shared_case s join case_participant p on p.case_id = s.id and p.organisation_id = '${ORG}'`,
      'objects',
    );
    const [pageCase] = await db.execute<{ id: string; reference: string }>(
      `select s.id, s.reference from shared_case s
       join case_participant p on p.case_id = s.id and p.organisation_id = '${ORG}'
       where s.reference like 'BNC-%' and s.lead_organisation_id <> '${ORG}' and s.identified
         and s.status <> 'closed' and not s.protected_identity
         and exists (select 1 from consent k join consent_organisation ko on ko.consent_id = k.id
           where k.case_id = s.id and ko.organisation_id = '${ORG}' and k.withdrawn_at is null
             and k.valid_from <= now() and (k.valid_until is null or k.valid_until > now())
             and k.scopes @> '{identity,notes,plan}')
       order by s.reference limit 1`,
      'objects',
    );
    if (!share || !pageCase)
      throw new Error('the seeded data has no case for the case page: check the seeding');
    log(
      `cases: Växjö socialförvaltningen takes part in ${share.part} (leads ${share.leads}, ${share.open} not closed); case page ${pageCase.reference}`,
    );

    const { app } = await buildApp({ database: handle, requestsPerMinute: 1_000_000 });
    closeApp = () => app.close();
    const endpoint = `${await app.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
    const post = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
      let res: Response;
      try {
        res = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        throw new Error(`Cannot reach the API at ${endpoint}: ${(error as Error).message}`);
      }
      return res;
    };

    const signIn = await post(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
      { e: USER, p: DEMO_PASSWORD },
    );
    const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0];
    if (!cookie) throw new Error(`could not sign in as ${USER}: ${await signIn.text()}`);

    /** One request: its time, and its data (any error or missing data fails the run). */
    const request = async <T>(label: string, query: string, variables: Record<string, unknown>) => {
      const t0 = performance.now();
      const res = await post(query, variables, cookie);
      const json = (await res.json()) as { data?: T | null; errors?: unknown };
      const ms = performance.now() - t0;
      if (!res.ok || json.errors || !json.data) {
        throw new Error(
          `${label}: HTTP ${res.status}, ${JSON.stringify(json.errors ?? json).slice(0, 2000)}`,
        );
      }
      return { ms, data: json.data };
    };
    const caseList = async () => {
      const r = await request<CaseListData>('case list', CASE_LIST, {});
      const c = r.data.cases;
      if (!c || c.totalCount < 1 || c.edges.length !== Math.min(FIRST, c.totalCount)) {
        throw new Error(`case list: unexpected answer ${JSON.stringify(r.data).slice(0, 500)}`);
      }
      return r;
    };
    const caseVariables = { id: encodeGlobalId('SharedCase', pageCase.id) };
    const casePage = async () => {
      const r = await request<CasePageData>('case page', CASE_PAGE, caseVariables);
      const c = r.data.case;
      if (!c || c.reference !== pageCase.reference) {
        throw new Error(
          `case page: no case ${pageCase.reference} in ${JSON.stringify(r.data).slice(0, 500)}`,
        );
      }
      return r;
    };

    const loadBefore = loadavg()[0] ?? 0;
    const results: Sample[] = [];
    const measure = async (scenario: string, rls: 'on' | 'off', run: () => Promise<{ ms: number }>) => {
      for (let i = 0; i < WARM_UP; i++) await run();
      const times: number[] = [];
      for (let i = 0; i < requests; i++) {
        times.push((await run()).ms);
        progress(`${scenario}, RLS ${rls}`, i + 1, requests);
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
      results.push({ scenario, rls, n: requests, median: at(0.5), p95: at(0.95) });
    };

    // Row-level security on, as the application always runs.
    const listOn = await caseList();
    const pageOn = await casePage();
    const p = pageOn.data.case;
    if (
      !p ||
      p.access.lead ||
      !p.access.identity ||
      !p.access.notes ||
      !p.access.plan ||
      !p.subject ||
      p.notes.length === 0 ||
      !p.plan ||
      p.consents.length === 0
    ) {
      throw new Error(
        `case page: expected a participant's full view under consent, got ${JSON.stringify(p).slice(0, 800)}`,
      );
    }
    await measure('case list', 'on', caseList);
    await measure('case page', 'on', casePage);

    // Row-level security off, on this benchmark's own database only (as the tables' owner).
    for (const table of CASE_TABLES) {
      await db.execute(`alter table ${table} no force row level security`);
      await db.execute(`alter table ${table} disable row level security`);
    }
    log('row-level security: off on every case table of the benchmark database');
    const listOff = await caseList();
    const pageOff = await casePage();
    if (listOff.data.cases.totalCount !== listOn.data.cases.totalCount) {
      throw new Error(
        `case list: totalCount ${listOn.data.cases.totalCount} with RLS on but ${listOff.data.cases.totalCount} with it off`,
      );
    }
    const sameList =
      JSON.stringify(listOff.data.cases.edges.map((e) => e.node.id)) ===
      JSON.stringify(listOn.data.cases.edges.map((e) => e.node.id));
    const samePage = JSON.stringify(pageOff.data) === JSON.stringify(pageOn.data);
    await measure('case list', 'off', caseList);
    await measure('case page', 'off', casePage);

    console.log(
      `\nShared cases, ${CASES.toLocaleString('en')} extra cases on the demo data (seeded in ${seedTime}); signed in as ${USER}`,
    );
    console.log(
      `Växjö socialförvaltningen takes part in ${share.part} cases (leads ${share.leads}); the list's totalCount is ${listOn.data.cases.totalCount}; case page ${pageCase.reference} (participant under consent)`,
    );
    console.log(`seeded: ${mixLine}`);
    console.log(
      `machine: ${machine()}; load average (1 min) ${loadBefore.toFixed(2)} before measuring, ${(loadavg()[0] ?? 0).toFixed(2)} after`,
    );
    console.log(`database: ${dbLabel}`);
    console.log('');
    const header = ['scenario', 'RLS', 'n', 'median ms', 'p95 ms'];
    const rows = results.map((r) => [r.scenario, r.rls, String(r.n), r.median.toFixed(1), r.p95.toFixed(1)]);
    const widths = header.map((hd, i) => Math.max(hd.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
    console.log(line(header));
    for (const r of rows) console.log(line(r));
    console.log('');
    console.log(
      `totalCount equal with RLS on and off (${listOn.data.cases.totalCount}); first page ${sameList ? 'identical' : 'DIFFERENT'}; case page ${samePage ? 'identical' : 'DIFFERENT'}`,
    );
    if (!samePage) {
      const on = pageOn.data.case;
      const off = pageOff.data.case;
      console.log(
        `  case page with RLS off: ${off?.notes.length} notes (on: ${on?.notes.length}), subject ${off?.subject ? 'shown' : 'hidden'} (on: ${on?.subject ? 'shown' : 'hidden'}), plan ${off?.plan ? 'shown' : 'hidden'} (on: ${on?.plan ? 'shown' : 'hidden'})`,
      );
    }
    console.log(`total time ${elapsed(totalStarted)}`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:cases failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
