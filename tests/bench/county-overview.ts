// Issue 7's measurement at national scale: the national data set (tests/bench/seed: 290
// municipalities, 3,000 organisations, 5,000 forums, 150,000 meetings at scale 1), then, for the
// county with the most forums, signed in as its county board's overseer over HTTP on loopback:
// the whole county overview, each of its parts alone, and the overlap scoring by itself (the
// domain function on that county's forums, in process). Sequential requests after a warm-up; then
// the whole overview from 10 connections at once, with the process's resident memory at its peak.
//   pnpm bench:county-overview [requests] [--scale 1]          (PGlite in a temporary folder)
//   DATABASE_URL=postgres://… pnpm bench:county-overview …      (a throwaway database on that server)
import { loadavg } from 'node:os';
import { buildApp } from '../../apps/api/src/app.ts';
import { ensureReady, queryRows } from '../../packages/db/src/index.ts';
import { mergeCandidates, scoreAllPairs } from '../../packages/domain/src/overview/index.ts';
import { hasNationalData, largestCounty, SeedError, seedNational } from './seed/generate.ts';
import {
  elapsed,
  fail,
  log,
  machine,
  openBenchDatabase,
  openExistingDatabase,
  serverUrlFromEnv,
  signInOver,
  type Timing,
  timeSequential,
} from './support.ts';

const USAGE =
  'usage: pnpm bench:county-overview [requests, default 50] [--scale 1] [--existing]\n' +
  "  --existing  measure on DATABASE_URL's database as it is (seeded with pnpm bench:seed); nothing is seeded or dropped";
const argv = process.argv.slice(2);
let requests = 50;
let scale = 1;
let existing = false;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i] ?? '';
  if (arg === '--existing') {
    existing = true;
  } else if (arg === '--scale') {
    scale = Number(argv[++i]);
    if (!(scale > 0 && scale <= 10)) fail(`Bad --scale "${argv[i]}": more than 0, at most 10.\n${USAGE}`, 2);
  } else if (/^\d+$/.test(arg) && Number(arg) >= 1 && Number(arg) <= 5_000) {
    requests = Number(arg);
  } else {
    fail(`Bad argument "${arg}".\n${USAGE}`, 2);
  }
}
const WARM_UP = 5;
/** Connections asking for the whole overview at once, as pnpm bench has them. */
const CONCURRENT = 10;
const COUNTED = [
  'municipality',
  'organisation',
  'forum',
  'meeting',
  'meeting_invitee',
  'shared_case',
  'activity',
];
const serverUrl = serverUrlFromEnv();

const dayIso = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(instant);
const PERIOD = { from: dayIso(new Date(Date.now() - 365 * 86_400_000)), to: dayIso(new Date()) };

/** The parts of the overview, as the web page asks for them. */
const PARTS: Record<string, string> = {
  load: 'organisationLoad { organisation { id name kind municipalityName } forumCount meetingsInvited meetingHours meetingsRecorded meetingsAttended attendanceRate flagged }',
  delivery:
    'forums { forum { id name host { name } } plannedToDate heldMeetings cancelledMeetings heldInPerson heldDigital heldHybrid attendance { organisation { name } meetingsInvited meetingsAttended attendanceRate } actions { completedOnTime completedLate open overdue } pulse { period answers { value fewerThanFive } usefulness trust } } delivery { heldMeetings plannedToDate actions { open } pulse { period usefulness trust } }',
  overlap:
    'forumPairCount mergeCandidates { forumA { id name } forumB { id name } score memberSimilarity themeSimilarity sharedMembers { name } sharedThemes savings { organisation { name } hoursPerYear } hoursSavedPerYear openProposal { id } }',
  network:
    'network { forums { id name memberCount } organisations { id name kind } links { forumId organisationId } }',
  cases:
    'cases { total { value fewerThanFive } byStatus { status count { value fewerThanFive } } byTheme { theme count { value fewerThanFive } } followUpsOnTime { value } followUpsLate { value } followUpsOverdue { value } }',
  activities:
    'activities { municipalityName activities places byAgeGroup { ageGroup activities places } bySeason { season activities places } }',
};
const document = (parts: string[]) =>
  `query($county: String!, $from: String!, $to: String!) { countyOverview(countyCode: $county, from: $from, to: $to) { countyName ${parts.map((p) => PARTS[p]).join(' ')} } }`;

async function main() {
  const totalStarted = performance.now();
  let statements = 0;
  const onQuery = () => {
    statements += 1;
  };
  const bench = existing
    ? await openExistingDatabase(serverUrl, { onQuery })
    : await openBenchDatabase(serverUrl, 'overview', { onQuery });
  let closeApp: () => Promise<void> = async () => {};
  const cleanup = async () => {
    await closeApp().catch(() => {});
    await bench.drop();
  };
  process.once('SIGINT', () => {
    log('interrupted: removing the benchmark database');
    void cleanup().finally(() => process.exit(130));
  });
  try {
    const { handle } = bench;
    let started = performance.now();
    await ensureReady(handle, { seedDemo: !existing });
    log(`database: migrated${existing ? '' : ' and demo-seeded'} (${handle.kind}) in ${elapsed(started)}`);
    started = performance.now();
    let lastTable = '';
    if (existing && (await hasNationalData(handle.db)) === 0) {
      throw new SeedError(
        'The database at DATABASE_URL holds no national data set: run pnpm bench:seed on it first.',
      );
    }
    if (!existing)
      await seedNational(handle, {
        scale,
        seed: 42,
        onProgress: (event) => {
          if (event.type === 'phase')
            log(`national data: ${event.phase}${event.detail ? ` (${event.detail})` : ''}`);
          if (event.type === 'rows' && (event.table !== lastTable || event.done === event.total)) {
            lastTable = event.table;
            log(`national data: ${event.table} ${event.done}/${event.total}`);
          }
        },
      });
    const seedTime = elapsed(started);
    const county = await largestCounty(handle);
    const [facts] = await queryRows<{
      forums: number;
      meetings: number;
      organisations: number;
      email: string | null;
    }>(
      handle.db,
      `select (select count(*)::int from forum where county_code = '${county}') as forums,
              (select count(*)::int from meeting m join forum f on f.id = m.forum_id where f.county_code = '${county}') as meetings,
              (select count(*)::int from organisation where county_code = '${county}') as organisations,
              (select u.email from user_account u join membership m on m.user_id = u.id and m.role = 'overseer' and m.status = 'active'
                 join organisation o on o.id = m.organisation_id and o.kind = 'county_board' and o.county_code = '${county}'
               order by u.email limit 1) as email`,
    );
    if (!facts?.email) throw new Error(`county ${county} has no overseer to sign in as`);
    log(
      `largest county ${county}: ${facts.forums} forums, ${facts.meetings} meetings, ${facts.organisations} organisations`,
    );

    const { app } = await buildApp({ database: handle });
    closeApp = () => app.close();
    const url = `${await app.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
    const cookie = await signInOver(url, facts.email, 'samlad-demo-2026');
    const ask = (query: string) => async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables: { county, ...PERIOD } }),
      });
      const json = (await res.json()) as { data?: { countyOverview?: unknown }; errors?: unknown };
      if (!json.data?.countyOverview)
        throw new Error(`county overview failed: ${JSON.stringify(json.errors)}`);
    };

    const loadBefore = loadavg()[0] ?? 0;
    const rows: Array<{ scenario: string; timing: Timing; statements: number }> = [];
    for (const [scenario, parts] of [
      ['whole overview', Object.keys(PARTS)],
      ...Object.keys(PARTS).map((p) => [p, [p]] as const),
    ] as const) {
      const once = ask(document([...parts]));
      const before = statements;
      await once();
      const perRequest = statements - before;
      rows.push({
        scenario,
        timing: await timeSequential(scenario, requests, WARM_UP, once),
        statements: perRequest,
      });
    }

    // The whole overview from CONCURRENT connections at once, as pnpm bench loads it: latency per
    // request, and the process's resident memory at rest and at its peak (sampled every 20 ms; the
    // clients live in this process too, holding each answer until it is read).
    const whole = ask(document(Object.keys(PARTS)));
    const rounds = Math.max(2, Math.ceil(requests / CONCURRENT));
    const rssAtRest = process.memoryUsage().rss;
    let rssPeak = rssAtRest;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 20);
    const concurrentTimes: number[] = [];
    const statementsBefore = statements;
    for (let round = 0; round < rounds; round++) {
      await Promise.all(
        Array.from({ length: CONCURRENT }, async () => {
          const started = performance.now();
          await whole();
          concurrentTimes.push(performance.now() - started);
        }),
      );
      log(`whole overview, ${CONCURRENT} at once: ${round + 1}/${rounds}`);
    }
    clearInterval(sampler);
    const concurrentStatements = (statements - statementsBefore) / concurrentTimes.length;
    concurrentTimes.sort((x, y) => x - y);
    const quantile = (q: number) =>
      concurrentTimes[Math.min(concurrentTimes.length - 1, Math.floor(q * concurrentTimes.length))] ??
      Number.NaN;

    // The overlap scoring alone, on the county's forums as the API reads them.
    const forums = await queryRows<{
      id: string;
      members: string;
      themes: string[] | string;
      n: number;
      h: number | null;
    }>(
      handle.db,
      `select f.id, (select string_agg(organisation_id::text, ',') from forum_member where forum_id = f.id) as members,
              f.themes, f.meetings_per_year as n,
              (select avg(extract(epoch from ends_at - starts_at)) / 3600 from meeting where forum_id = f.id) as h
       from forum f where f.county_code = '${county}' and f.status in ('active', 'paused')`,
    );
    const input = forums.map((f) => ({
      id: f.id,
      members: f.members ? f.members.split(',') : [],
      themes: Array.isArray(f.themes) ? f.themes : f.themes.replace(/[{}]/g, '').split(',').filter(Boolean),
      meetingsPerYear: f.n,
      hoursPerMeeting: f.h ?? 2,
    }));
    const scoring = async () => {
      mergeCandidates(input);
    };
    const allPairs = async () => {
      scoreAllPairs(input);
    };
    const candidatesTiming = await timeSequential('overlap scoring (candidates)', requests, WARM_UP, scoring);
    const allPairsTiming = await timeSequential(
      'overlap scoring (every pair)',
      Math.min(requests, 20),
      2,
      allPairs,
    );

    const [version] = await queryRows<{ v: string }>(
      handle.db,
      `select current_setting('server_version') as v`,
    );
    const ms = (x: number) => x.toFixed(1);
    console.log(`# County overview at national scale — ${new Date().toISOString().slice(0, 10)}`);
    console.log(
      `machine: ${machine()}; load average (1 min) ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after`,
    );
    console.log(
      `database: ${handle.kind} (PostgreSQL ${version?.v ?? '?'}); national data ${existing ? 'seeded by an earlier run (pnpm bench:seed)' : `at scale ${scale} seeded in ${seedTime}`}`,
    );
    const [sizes] = await queryRows<Record<string, number>>(
      handle.db,
      `select ${COUNTED.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`,
    );
    console.log(`data set: ${COUNTED.map((t) => `${t} ${sizes?.[t] ?? '?'}`).join(', ')}`);
    console.log(
      `largest county: ${county} (${facts.forums} forums, ${facts.meetings} meetings, ${facts.organisations} organisations); period ${PERIOD.from} – ${PERIOD.to}`,
    );
    console.log(`${requests} sequential requests after ${WARM_UP} warm-up, HTTP on loopback\n`);
    console.log('| scenario | median ms | p95 ms | SQL statements |');
    console.log('|---|---|---|---|');
    for (const r of rows)
      console.log(`| ${r.scenario} | ${ms(r.timing.median)} | ${ms(r.timing.p95)} | ${r.statements} |`);
    console.log(
      `| whole overview, ${CONCURRENT} connections at once (${concurrentTimes.length} requests) | ${ms(quantile(0.5))} | ${ms(quantile(0.95))} | ${concurrentStatements} |`,
    );
    console.log(
      `| overlap scoring: merge candidates of ${input.length} forums (in process) | ${ms(candidatesTiming.median)} | ${ms(candidatesTiming.p95)} | – |`,
    );
    console.log(
      `| overlap scoring: every pair, ${(input.length * (input.length - 1)) / 2} pairs (in process) | ${ms(allPairsTiming.median)} | ${ms(allPairsTiming.p95)} | – |`,
    );
    const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
    console.log(
      `\nresident memory with ${CONCURRENT} connections at once: ${mb(rssAtRest)} at rest, ${mb(rssPeak)} at peak (API, database client and HTTP clients in one process)`,
    );
    console.log(`total time ${elapsed(totalStarted)}`);
  } catch (error) {
    if (error instanceof SeedError) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

await main();
