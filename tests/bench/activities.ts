// Issue 6's measurements at scale: 20,000 extra published activities on a fresh migrated demo
// database, then
//   (1) the public catalogue query over HTTP, signed out: median and p95 of sequential requests
//       (a warm-up, then a fixed number) for three filter sets, with their total counts;
//   (2) the open feeds under load from a second process (autocannon, loopback only, bounded by
//       duration): activities.json without and with If-None-Match, and activities.ics for Växjö.
// The statements of a slow catalogue query (median over 50 ms) or feed (under 100 req/s), or of
// all with --plans, are captured and run again under EXPLAIN ANALYZE on the same database.
// The load comes from 127.1.x.y source addresses, each used for at most 1,000 requests, so the
// feeds' per-address limit (1,200 a minute) does not turn the run into a test of the limiter.
//   pnpm bench:activities [--requests=200] [--warmup=20] [--duration=10] [--connections=10]
//                         [--activities=20000] [--plans] [--keep]
//   DATABASE_URL=postgres://… pnpm bench:activities   (a throwaway database on that server)
// The load generator is the national benchmarks' (national/load.ts, national/load-child.ts).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { runLoad } from './national/load.ts';
import type { LoadResult, LoadSpec } from './national/load-child.ts';

const USAGE =
  'usage: pnpm bench:activities [--requests=N] [--warmup=N] [--duration=S] [--connections=N] [--activities=N] [--plans] [--keep]';

const log = (line: string) => process.stderr.write(`${line}\n`);
const fail = (message: string, code = 1): never => {
  console.error(message);
  process.exit(code);
};
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

// ---------------------------------------------------------------------------------------------
// The benchmark (parent process).
// ---------------------------------------------------------------------------------------------

interface Options {
  requests: number;
  warmup: number;
  duration: number;
  connections: number;
  activities: number;
  plans: boolean;
  /** Leave the bench database in place (and say where) for a closer look; remove it yourself. */
  keep: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Options = {
    requests: 200,
    warmup: 20,
    duration: 10,
    connections: 10,
    activities: 20_000,
    plans: false,
    keep: false,
  };
  const limits: Record<string, [keyof Options, number, number]> = {
    '--requests': ['requests', 1, 10_000],
    '--warmup': ['warmup', 0, 1_000],
    '--duration': ['duration', 1, 120],
    '--connections': ['connections', 1, 200],
    '--activities': ['activities', 1, 200_000],
  };
  for (const arg of args) {
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (arg === '--plans' || arg === '--keep') {
      options[arg === '--plans' ? 'plans' : 'keep'] = true;
      continue;
    }
    const [name = '', value] = arg.split('=', 2);
    const limit = limits[name];
    if (!limit) fail(`Unknown argument "${arg}".\n${USAGE}`, 2);
    const [key, min, max] = limit as [keyof Options, number, number];
    const n = Number(value);
    if (value === undefined || !/^\d+$/.test(value) || n < min || n > max)
      fail(`Bad argument "${arg}": ${name} takes a whole number from ${min} to ${max}.\n${USAGE}`, 2);
    (options as unknown as Record<string, number>)[key] = n;
  }
  return options;
}

/** The SQL behind the catalogue: the statement text with its parameters, from drizzle's logger. */
interface Statement {
  sql: string;
  params: unknown[];
}

/** A SQL literal for a logged parameter, so the statement can be run again under EXPLAIN. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `'${text.replace(/'/g, "''")}'`;
}
const inline = (s: Statement) =>
  s.sql.replace(/\$(\d+)\b/g, (whole, n: string) =>
    Number(n) <= s.params.length ? literal(s.params[Number(n) - 1]) : whole,
  );

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}

/** One set of values per category: titles, venues and an opening sentence, all Swedish. */
const CATEGORIES = [
  {
    name: 'sport',
    share: 30,
    titles: [
      'Fotbollsträning',
      'Fotbollsskola',
      'Innebandy för nybörjare',
      'Basket',
      'Simskola',
      'Friidrott',
      'Klättring',
      'Boxning',
      'Dans – hiphop',
      'Ridning',
      'Judo',
      'Padel för unga',
    ],
    venues: ['Sporthallen', 'Idrottsplatsen', 'Simhallen', 'Klätterhallen', 'Föreningsgården'],
    intro: 'Träning med ledare från föreningen. Alla nivåer är välkomna och utrustning finns att låna.',
  },
  {
    name: 'culture',
    share: 15,
    titles: [
      'Teatergrupp',
      'Musikstudio',
      'Kör för unga',
      'Serieteckning',
      'Filmverkstad',
      'Rockskola',
      'Bild och form',
      'Skrivarverkstad',
      'Gaming och e-sport',
    ],
    venues: ['Kulturhuset', 'Biblioteket', 'Kulturskolan', 'Medborgarhuset'],
    intro: 'Skapa tillsammans med andra unga och en pedagog. Ingen förkunskap behövs.',
  },
  {
    name: 'homework_help',
    share: 12,
    titles: ['Läxhjälp', 'Läxhjälp i matte', 'Läxläsning på biblioteket', 'Studiestöd i svenska'],
    venues: ['Biblioteket', 'Skolan', 'Föreningsgården', 'Medborgarhuset'],
    intro: 'Frivilliga studenter hjälper dig med läxorna. Matte, svenska, engelska och NO.',
  },
  {
    name: 'open_youth_centre',
    share: 12,
    titles: ['Öppen fritidsgård', 'Fredagsöppet', 'Ungdomscafé', 'Mötesplats för unga', 'Tjejkväll'],
    venues: ['Fritidsgården', 'Ungdomens hus', 'Medborgarhuset'],
    intro: 'Spel, musik, café och vuxna att prata med. Kom när du vill.',
  },
  {
    name: 'summer_activity',
    share: 15,
    titles: [
      'Sommarkollo',
      'Dagkollo',
      'Fotbollsläger',
      'Sommarlovsaktiviteter',
      'Seglarskola',
      'Naturläger',
    ],
    venues: ['Friluftsgården', 'Badplatsen', 'Idrottsplatsen', 'Lägergården'],
    intro: 'En vecka på sommarlovet med bad, utflykter och nya vänner. Lunch ingår.',
  },
  {
    name: 'summer_job',
    share: 8,
    titles: ['Feriearbete i parkerna', 'Feriearbete inom äldreomsorgen', 'Feriepraktik i kommunen'],
    venues: ['Stadshuset', 'Kommunförrådet', 'Servicehuset'],
    intro: 'Tre veckors sommarjobb med lön för dig som går i årskurs 9 eller på gymnasiet.',
  },
  {
    name: 'other',
    share: 8,
    titles: ['Ungdomsråd', 'Matlagning för unga', 'Prova-på-dag', 'Schackklubb'],
    venues: ['Medborgarhuset', 'Biblioteket', 'Stadshuset'],
    intro: 'Träffa andra unga och var med och bestäm.',
  },
] as const;
const BYDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'TU,TH', 'TU,TH', 'MO,WE', 'MO,WE,FR', 'TU,FR', 'WE,SA'];
const TIMES = ['15:00', '15:30', '16:00', '16:30', '17:00', '17:30', '18:00', '18:30', '19:00', '10:00'];
const DURATIONS = [60, 75, 90, 90, 120, 150, 180];
const SIGN_UPS = [
  'Kom förbi, ingen anmälan behövs.',
  'Anmäl dig via länken.',
  'Anmälan till föreningens kansli.',
  'Ansök via kommunens webbplats.',
];

/** Today in Stockholm, as the catalogue and the feeds count days. */
const TODAY = `(now() at time zone 'Europe/Stockholm')::date`;
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const textArray = (xs: readonly (string | number)[]) =>
  `array[${xs.map((x) => (typeof x === 'number' ? String(x) : quote(x))).join(', ')}]`;
/** A deterministic hash of the row number `n`, 0 … 2^31-1; `salt` picks an independent one. */
const h = (salt: number) => `((hashint4extended(n, ${salt}) & 2147483647)::int)`;
const pick = (xs: readonly (string | number)[], salt: number) =>
  `(${textArray(xs)})[1 + ${h(salt)} % ${xs.length}]`;

/**
 * The activities numbered `lo` … `hi`, set-based: spread over every municipality and the demo
 * organisations that may post (associations and municipal units); dates from some months back
 * (running now) to a year ahead; most on weekly times; ~60 % free. One statement.
 */
function activityInsert(lo: number, hi: number): string {
  let from = 0;
  const categoryCase = `case ${CATEGORIES.map((c) => {
    const branch = `when ${h(3)} % 100 < ${from + c.share} then '${c.name}'`;
    from += c.share;
    return branch;
  }).join(' ')} end`;
  const byCategory = (what: (c: (typeof CATEGORIES)[number], i: number) => string) =>
    `case category ${CATEGORIES.map((c, i) => `when '${c.name}' then ${what(c, i)}`).join(' ')} end`;
  const summer = `category in ('summer_activity', 'summer_job')`;
  return `
insert into activity (organisation_id, title, description, category, min_age, max_age, municipality_code,
  place, season, starts_on, ends_on, start_time, duration_minutes, recurrence, exception_dates, cost_kronor,
  cost_note, sign_up, sign_up_url, capacity, places_left, languages, accessibility, contact_email, status,
  published_at, created_at, updated_at)
select org, title, description, category, min_age, max_age, code, place,
  (case when ends_on - starts_on > 150 then 'year_round'
        when extract(month from starts_on) between 6 and 8 then 'summer'
        when extract(month from starts_on) between 9 and 11 then 'autumn'
        when extract(month from starts_on) between 3 and 5 then 'spring' else 'winter' end)::activity_season,
  starts_on, ends_on, start_time, duration_minutes, recurrence,
  case when recurrence is not null and ${h(15)} % 10 = 0
       then array[starts_on + ${h(16)} % (ends_on - starts_on + 1)] else '{}'::date[] end,
  cost, case when cost > 0 and ${h(17)} % 3 = 0 then ${pick(['Inklusive fika', 'Syskonrabatt finns', 'Lunch ingår'], 18)} end,
  ${pick(SIGN_UPS, 19)}, case when ${h(20)} % 2 = 0 then 'https://forening-' || (n % 700) || '.example/anmalan' end,
  capacity, case when capacity is not null then ${h(21)} % (capacity + 1) end,
  languages, case when ${h(22)} % 10 < 4 then 'Lokalen saknar trappsteg. Hörselslinga finns.' end,
  'info@forening-' || (n % 700) || '.example', 'published'::activity_status,
  published, published - interval '1 day', updated
from (
  select *, case when recurrence is null and start_time is not null and not ongoing then starts_on else ends_raw end
    as ends_on
  from (
    select *,
      case when ${summer} then 4 + ${h(9)} % 26
           when ongoing then 0 else 28 + ${h(9)} % 150 end as length,
      case when ${summer} then 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'
           when ${h(10)} % 100 < 85 then 'FREQ=WEEKLY;BYDAY=' || ${pick(BYDAYS, 11)} end as recurrence,
      case when category = 'summer_activity' then '09:00' when category = 'summer_job' then '08:30'
           when ${h(10)} % 100 < 95 then ${pick(TIMES, 12)} end as start_time
    from (
      select n, code, org, category, ongoing,
        case when category = 'summer_job' then 15 + ${h(5)} % 2 else 6 + ${h(5)} % 11 end as min_age,
        case when category = 'summer_job' then 3 + ${h(6)} % 2 else 2 + ${h(6)} % 5 end as age_span,
        ${byCategory((c, i) => `(${pick(c.titles, 30 + i)}) || ' i ' || municipality_name`)} as title,
        ${byCategory((c) => quote(c.intro))} || ' ' || ${pick(
          [
            'Ta med vattenflaska och bekväma kläder.',
            'Ledarna har gått föreningens utbildning och har utdrag ur belastningsregistret.',
            'Föräldrar är välkomna första gången.',
            'Säg till om du behöver anpassningar.',
          ],
          23,
        )} as description,
        ${byCategory((c, i) => `(${pick(c.venues, 40 + i)})`)} || ', ' || municipality_name as place,
        case when ongoing then ${TODAY} - (14 + ${h(8)} % 150) else ${TODAY} + ${h(8)} % 330 end
          as starts_on,
        case when category = 'summer_job' or ${h(13)} % 100 < 60 then 0 else 50 * (1 + ${h(14)} % 16) end as cost,
        case when ${h(24)} % 100 < 55 then 10 + ${h(25)} % 51 end as capacity,
        case when ${h(26)} % 100 < 3 then '{}'::text[] else array['sv'] end
          || case when ${h(27)} % 100 < 30 then array['en'] else '{}' end
          || case when ${h(28)} % 100 < 15 then array['ar'] else '{}' end
          || case when ${h(29)} % 100 < 8 then array['so'] else '{}' end
          || case when ${h(50)} % 100 < 5 then array['fa'] else '{}' end
          || case when ${h(51)} % 100 < 4 then array['uk'] else '{}' end
          || case when ${h(52)} % 100 < 3 then array['ti'] else '{}' end as languages_raw,
        now() - (${h(53)} % 90) * interval '1 day' as published,
        now() - (${h(54)} % 5184000) * interval '1 second' - n * interval '1 microsecond' as updated
      from (
        select n, m.code, m.name as municipality_name, p.orgs[1 + ${h(2)} % cardinality(p.orgs)] as org,
          (${categoryCase})::activity_category as category,
          ${h(7)} % 100 < 30 and (${h(3)} % 100 < 69 or ${h(3)} % 100 >= 92) as ongoing
        from generate_series(${lo}, ${hi}) n
        cross join (select array_agg(id order by id) as orgs from organisation
                    where kind in ('civil_society', 'municipality')) p
        join (select code, name, row_number() over (order by code) - 1 as i, count(*) over () as total
              from municipality) m on m.i = ${h(1)} % m.total
      ) base
    ) shaped
  ) timed
  cross join lateral (select
    case when ongoing then ${TODAY} + 20 + ${h(9)} % 200 else starts_on + length end as ends_raw,
    least(25, min_age + age_span) as max_age,
    case when cardinality(languages_raw) = 0 then array['ar'] else languages_raw end as languages,
    case when start_time is null then null else ${pick(DURATIONS, 55)} end as duration_minutes
  ) derived
) final`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let serverUrl: URL | null = null;
  if (process.env.DATABASE_URL) {
    try {
      serverUrl = new URL(process.env.DATABASE_URL);
    } catch {
      fail('DATABASE_URL is not a URL: expected postgres://user@host:port/database', 2);
    }
    if (serverUrl && !/^postgres(ql)?:$/.test(serverUrl.protocol))
      fail(`DATABASE_URL must start with postgres:// (got ${serverUrl.protocol}//)`, 2);
  }

  const { buildApp } = await import('../../apps/api/src/app.ts');
  const { createDatabase, ensureReady } = await import('../../packages/db/src/index.ts');
  type Handle = Awaited<ReturnType<typeof createDatabase>>;
  const run = async <T extends Record<string, unknown>>(handle: Handle, text: string): Promise<T[]> => {
    const result: unknown = await handle.db.execute(text);
    return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
  };
  const withTimeout = <T>(work: Promise<T>, ms: number, what: string): Promise<T> =>
    Promise.race([
      work,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms).unref(),
      ),
    ]);

  // SQL capture: onQuery gives the text; drizzle passes the parameters to the same logger object,
  // which every transaction's session shares, so wrapping its method sees both.
  let capture: Statement[] | null = null;
  /** When the API last sent a statement: a load run's requests may still be running after it ends. */
  let lastStatementAt = 0;
  const onQuery = (text: string) => {
    lastStatementAt = performance.now();
    if (capture && !capture.some((s) => s.sql === text)) capture.push({ sql: text, params: [] });
  };
  const hookParams = (handle: Handle) => {
    const logger = (handle.db as unknown as { session?: { logger?: { logQuery?: unknown } } }).session
      ?.logger;
    if (!logger || typeof logger.logQuery !== 'function') return false;
    logger.logQuery = (text: string, params: unknown[]) => {
      lastStatementAt = performance.now();
      if (capture) capture.push({ sql: text, params });
    };
    return true;
  };

  // A fresh database: PGlite in a temporary folder, or a throwaway database on DATABASE_URL's server.
  let handle: Handle;
  let drop: () => Promise<void>;
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'samlad-bench-activities-'));
    handle = await createDatabase({ dataDir, onQuery });
    drop = async () => {
      await handle.close().catch(() => {});
      if (options.keep) log(`kept the PGlite database in ${dataDir}`);
      else await rm(dataDir, { recursive: true, force: true });
    };
  } else {
    const server = serverUrl.toString();
    const where = `${serverUrl.hostname}:${serverUrl.port || '5432'}`;
    const name = `samlad_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = await createDatabase({ url: server, maxConnections: 1 });
    try {
      await withTimeout(admin.ping(), 10_000, 'ping');
      await admin.db.execute(`create database "${name}"`);
    } catch (error) {
      await admin.close().catch(() => {});
      return fail(
        `Cannot reach the PostgreSQL server at ${where} (DATABASE_URL) or create a database there: ${errorText(error)}`,
      );
    }
    await admin.close();
    const url = new URL(server);
    url.pathname = `/${name}`;
    handle = await createDatabase({ url: url.toString(), onQuery });
    drop = async () => {
      await handle.close().catch(() => {});
      if (options.keep) {
        log(`kept the database "${name}" on ${where}`);
        return;
      }
      const again = await createDatabase({ url: server, maxConnections: 1 });
      try {
        await again.db.execute(`drop database if exists "${name}" with (force)`);
      } finally {
        await again.close();
      }
    };
  }
  let dropped = false;
  const cleanUp = async () => {
    if (dropped) return;
    dropped = true;
    await drop();
  };
  const interrupted = () => {
    log('interrupted: removing the bench database');
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  const loadAtStart = loadavg()[0] ?? 0;
  if (loadAtStart > cpus().length / 2)
    log(
      `warning: load average ${loadAtStart.toFixed(2)} on ${cpus().length} cores before starting; numbers will be noisy`,
    );
  let app: Awaited<ReturnType<typeof buildApp>>['app'] | null = null;
  try {
    const setupStarted = performance.now();
    log(`${handle.kind}: migrating and loading the demo data…`);
    await ensureReady(handle, { seedDemo: true });
    const [version] = await run<{ v: string }>(handle, `select current_setting('server_version') as v`);
    const [pools] = await run<{ municipalities: number; organisations: number }>(
      handle,
      `select (select count(*)::int from municipality) as municipalities,
              (select count(*)::int from organisation where kind in ('civil_society', 'municipality')) as organisations`,
    );
    log(
      `migrated in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; ${pools?.municipalities} municipalities, ${pools?.organisations} organisations that may post`,
    );

    // 20,000 published activities, set-based, in ten statements as the table owner.
    const seedStarted = performance.now();
    const batch = Math.max(1, Math.ceil(options.activities / 10));
    for (let lo = 1; lo <= options.activities; lo += batch) {
      const hi = Math.min(options.activities, lo + batch - 1);
      await handle.db.execute(activityInsert(lo, hi));
      log(`activities: ${hi}/${options.activities}`);
    }
    await handle.db.execute('analyze activity');
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const [shape] = await run<{
      published: number;
      municipalities: number;
      organisations: number;
      weekly: number;
      free: number;
      ongoing: number;
      in0780: number;
    }>(
      handle,
      `select count(*)::int as published, count(distinct municipality_code)::int as municipalities,
         count(distinct organisation_id)::int as organisations,
         count(*) filter (where recurrence like 'FREQ=WEEKLY%')::int as weekly,
         count(*) filter (where cost_kronor = 0)::int as free,
         count(*) filter (where starts_on <= ${TODAY})::int as ongoing,
         count(*) filter (where municipality_code = '0780')::int as in0780
       from activity where status = 'published'`,
    );
    log(`seeded and analysed in ${seedSeconds.toFixed(1)} s: ${JSON.stringify(shape)}`);

    app = (await buildApp({ database: handle, requestsPerMinute: 1_000_000 })).app;
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    // The load generator's connections (from 127.1.x.y; the bench's own fetches come from 127.0.0.1).
    const loadSockets = new Set<Socket>();
    app.server.on('connection', (socket: Socket) => {
      if (socket.remoteAddress === '127.0.0.1') return;
      loadSockets.add(socket);
      socket.once('close', () => loadSockets.delete(socket));
    });
    /**
     * Waits until the load generator is gone and the API has sent no statement for a second, so
     * nothing still in flight from a run is measured or captured.
     */
    const settled = async () => {
      for (let i = 0; i < 300; i++) {
        if (loadSockets.size === 0 && performance.now() - lastStatementAt > 1_000) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the server still had connections 30 s after a load run ended');
    };

    // ---- The catalogue over HTTP, signed out, sequential ----
    const CATALOGUE = /* GraphQL */ `
      query Catalogue($search: String, $municipalityCode: String, $age: Int, $from: String, $to: String,
                      $freeOfCharge: Boolean, $language: String) {
        activities(first: 20, search: $search, municipalityCode: $municipalityCode, age: $age, from: $from,
                   to: $to, freeOfCharge: $freeOfCharge, language: $language) {
          totalCount
          edges { node { id title organisationName municipality { name } nextOccurrence { date startsAt } placesLeft } }
        }
      }`;
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const scenarios = [
      { label: '(a) no filter, first 20', variables: {} },
      {
        label: '(b) 0780, age 12, free',
        variables: { municipalityCode: '0780', age: 12, freeOfCharge: true },
      },
      {
        label: `(c) "fotboll", ar, ${day(14)}…${day(100)}`,
        variables: { search: 'fotboll', language: 'ar', from: day(14), to: day(100) },
      },
    ];
    const catalogue = async (variables: Record<string, unknown>) => {
      const started = performance.now();
      const res = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CATALOGUE, variables }),
      });
      const json = (await res.json()) as {
        data?: { activities: { totalCount: number; edges: unknown[] } };
        errors?: unknown;
      };
      if (!res.ok || json.errors || !json.data)
        throw new Error(`catalogue query failed (${res.status}): ${JSON.stringify(json.errors)}`);
      return {
        ms: performance.now() - started,
        total: json.data.activities.totalCount,
        rows: json.data.activities.edges.length,
      };
    };
    const latency: Array<{ label: string; total: number; rows: number; median: number; p95: number }> = [];
    for (const scenario of scenarios) {
      for (let i = 0; i < options.warmup; i++) await catalogue(scenario.variables);
      const times: number[] = [];
      let last = { total: 0, rows: 0 };
      for (let i = 0; i < options.requests; i++) {
        const r = await catalogue(scenario.variables);
        times.push(r.ms);
        last = r;
        const step = Math.max(1, Math.floor(options.requests / 4));
        if ((i + 1) % step === 0 || i + 1 === options.requests)
          log(`catalogue ${scenario.label}: ${i + 1}/${options.requests}`);
      }
      times.sort((a, b) => a - b);
      latency.push({
        label: scenario.label,
        total: last.total,
        rows: last.rows,
        median: quantile(times, 0.5),
        p95: quantile(times, 0.95),
      });
    }

    // The statements of one request, run again under EXPLAIN ANALYZE (for slow ones, or --plans).
    const paramsHooked = hookParams(handle);
    const plans: string[] = [];
    const explain = async (heading: string, request: () => Promise<unknown>) => {
      await settled();
      capture = [];
      await request();
      const captured: Statement[] = capture;
      capture = null;
      const statements = captured.filter(
        (s, i) =>
          captured.findIndex(
            (t) => t.sql === s.sql && JSON.stringify(t.params) === JSON.stringify(s.params),
          ) === i,
      );
      for (const statement of statements) {
        if (/set_config\('role'/.test(statement.sql)) continue;
        plans.push(`-- ${heading}\n${inline(statement)};`);
        if (!paramsHooked && /\$\d/.test(statement.sql)) {
          plans.push('(parameters not captured: drizzle logger not found; no plan)');
          continue;
        }
        const rows = await run<Record<string, string>>(
          handle,
          `explain (analyze, buffers, costs off) ${inline(statement)}`,
        );
        plans.push(rows.map((r) => Object.values(r)[0]).join('\n'));
      }
    };
    for (const [i, scenario] of scenarios.entries()) {
      const measured = latency[i];
      if (measured && (options.plans || measured.median > 50))
        await explain(`catalogue ${scenario.label} (median ${measured.median.toFixed(1)} ms)`, () =>
          catalogue(scenario.variables),
        );
    }

    // ---- The feeds under load from a second process ----
    const feedUrl = `${origin}/feeds/activities.json?per_page=100`;
    const first = await fetch(feedUrl);
    const firstBody = (await first.json()) as { total_items?: number; size?: number };
    const etag = first.headers.get('etag');
    if (first.status !== 200 || !etag) throw new Error(`feed answered ${first.status} without an ETag`);
    const check = await fetch(feedUrl, { headers: { 'if-none-match': etag } });
    if (check.status !== 304) throw new Error(`feed answered ${check.status} to If-None-Match, not 304`);
    const feedPath = '/feeds/activities.json?per_page=100';
    const loads: Array<{ spec: LoadSpec; expect: string }> = [
      { spec: feedLoad(options, '(a) activities.json?per_page=100', origin, feedPath, 200), expect: '200' },
      {
        spec: feedLoad(options, '(b) same, If-None-Match', origin, feedPath, 304, { 'if-none-match': etag }),
        expect: '304',
      },
      {
        spec: feedLoad(
          options,
          '(c) activities.ics?municipality=0780',
          origin,
          '/feeds/activities.ics?municipality=0780',
          200,
        ),
        expect: '200',
      },
    ];
    /** One request at a time, before the load: what a single client sees (median of 5). */
    const alone = async (spec: LoadSpec) => {
      await settled();
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const res = await fetch(urlOf(spec), { headers: headersOf(spec) });
        await res.arrayBuffer();
        times.push(performance.now() - started);
      }
      return quantile(
        times.sort((a, b) => a - b),
        0.5,
      );
    };
    const feeds: Array<{ result: LoadResult; expect: string; aloneMs: number }> = [];
    for (const load of loads) {
      const aloneMs = await alone(load.spec);
      feeds.push({ result: await runLoad(load.spec), expect: load.expect, aloneMs });
    }
    for (const { result, aloneMs } of feeds) {
      const spec = loads.find((l) => l.spec.label === result.label)?.spec;
      if (spec && (options.plans || result.requestsPerSecond < 100))
        await explain(
          `feed ${spec.label} (${result.requestsPerSecond.toFixed(1)} req/s; ${aloneMs.toFixed(1)} ms alone)`,
          () => fetch(urlOf(spec), { headers: headersOf(spec) }).then((r) => r.arrayBuffer()),
        );
    }

    // ---- The report ----
    const cpu = cpus();
    const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
    console.log('');
    console.log(
      table(
        ['machine and data', ''],
        [
          ['CPU', `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown'}`],
          ['memory', `${gib(totalmem())} total, ${gib(freemem())} free at the end`],
          [
            'load average (1 min)',
            `${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]?.toFixed(2) ?? ''} at the end`,
          ],
          ['Node', process.version],
          [
            'database',
            `${handle.kind === 'pglite' ? 'PGlite (embedded, same process as the API)' : 'PostgreSQL server (loopback)'} ${version?.v ?? ''}`,
          ],
          [
            'published activities',
            `${shape?.published} (${options.activities} added; ${shape?.municipalities} municipalities, ${shape?.organisations} organisations)`,
          ],
          [
            'of which',
            `${shape?.weekly} weekly, ${shape?.free} free, ${shape?.ongoing} already running, ${shape?.in0780} in 0780`,
          ],
          ['seeding + ANALYZE', `${seedSeconds.toFixed(1)} s`],
        ],
      ),
    );
    console.log('');
    console.log(
      `Catalogue (POST /graphql, signed out, sequential; warm-up ${options.warmup}, then n=${options.requests} each)`,
    );
    console.log(
      table(
        ['scenario', 'totalCount', 'rows', 'median ms', 'p95 ms'],
        latency.map((l) => [l.label, l.total, l.rows, l.median.toFixed(1), l.p95.toFixed(1)]),
      ),
    );
    console.log('');
    console.log(
      `Feeds (autocannon 9 in a second process, ${options.connections} connections, ${options.duration} s each, after 5 requests alone; feed has ${firstBody.total_items} items, page of ${firstBody.size})`,
    );
    console.log(
      table(
        [
          'run',
          'alone ms',
          'req/s',
          'total',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'max ms',
          'status codes',
          'unexpected status',
          'errors',
        ],
        feeds.map(({ result: r, aloneMs }) => [
          r.label,
          aloneMs.toFixed(1),
          r.requestsPerSecond.toFixed(1),
          r.total,
          r.p50.toFixed(1),
          r.p95.toFixed(1),
          r.p99.toFixed(1),
          r.max.toFixed(1),
          Object.entries(r.statusCodes)
            .map(([code, n]) => `${code}×${n}`)
            .join(' '),
          r.unexpectedStatus,
          r.errors,
        ]),
      ),
    );
    const problems = feeds.flatMap(({ result: r, expect }) => {
      const expected = r.statusCodes[expect] ?? 0;
      const other = r.total - expected;
      return other > 0 || r.errors > 0
        ? [`${r.label}: ${other} responses other than ${expect}, ${r.errors} errors (${r.timeouts} timeouts)`]
        : [];
    });
    console.log(
      problems.length === 0
        ? '(all responses as expected: 200 for (a) and (c), 304 for every one of (b))'
        : `UNEXPECTED: ${problems.join('; ')}`,
    );
    if (plans.length > 0) {
      console.log('');
      console.log('Statements and plans (EXPLAIN ANALYZE on the bench database, parameters inlined)');
      console.log(plans.join('\n\n'));
    }
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    await app?.close();
    await cleanUp();
  }
}

/** A GET of `path` under load, judged by status alone (`expect`). */
function feedLoad(
  options: Options,
  label: string,
  origin: string,
  path: string,
  expect: number,
  headers = {},
): LoadSpec {
  return {
    label,
    origin,
    requests: [{ method: 'GET', path, headers }],
    duration: options.duration,
    connections: options.connections,
    reconnectRate: 1_000,
    expectStatus: [expect],
    errorPattern: '(?!)',
  };
}
const urlOf = (spec: LoadSpec) => `${spec.origin}${spec.requests[0]?.path ?? ''}`;
const headersOf = (spec: LoadSpec) => spec.requests[0]?.headers ?? {};

try {
  await main();
} catch (error) {
  console.error(`bench:activities failed: ${errorText(error)}`);
  process.exitCode = 1;
}
