// `pnpm bench`: the national-scale benchmarks of issue 8 against a database that holds the
// national data set (pnpm bench:seed). The API runs in a child process of its own (api-child.ts:
// buildApp started as production starts it, rate limit out of the way, SQL statements counted), so
// its memory is measured apart from the benchmark's; autocannon loads it from another child
// process on loopback, one scenario after another, each bounded by --duration. For the joint view
// and the case list the hand-written SQL (limit.ts) and, when tests/bench/peer exists, the
// PostGraphile peer are loaded the same way after the rows are shown equal. The report is written
// to a temporary file and renamed at the end, so a failed run leaves the last report as it was.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDatabase, type DatabaseHandle, queryRows } from '../../../packages/db/src/index.ts';
import { coordinatorInManyForums, hasNationalData } from '../seed/generate.ts';
import { log, withTimeout } from '../support.ts';
import { type ApiProcess, startApi } from './api.ts';
import { type Options, parseArgs, USAGE, UsageError } from './args.ts';
import { loadPeer, loadWeb, type PeerModule, type PeerServer } from './hooks.ts';
import { startLimit } from './limit.ts';
import { runLoad, samplePeak, stopLoads } from './load.ts';
import type { LoadRequest, LoadResult, LoadSpec } from './load-child.ts';
import { type Measured, renderReport, type WebFigures } from './report.ts';
import { SCENARIOS, type ScenarioContext, type ScenarioPlan } from './scenarios.ts';
import { signInAs } from './viewers.ts';

class BenchError extends Error {}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

/** Seconds of the same load before each measured one, not counted: every server is timed warm. */
const WARM_UP_SECONDS = 2;

/**
 * The load, unmeasured, for WARM_UP_SECONDS: a server's JIT and caches warm up in its first
 * second or two, and the servers here start at different times (the peer just before its turn).
 */
async function warmUp(load: LoadSpec): Promise<void> {
  await runLoad({
    ...load,
    label: `${load.label} (warm-up)`,
    duration: Math.min(WARM_UP_SECONDS, load.duration),
  });
}

/**
 * A load on the API, after its warm-up: the result, the resident memory at rest and at peak, and
 * the SQL statements per request sent (those in flight at the end ran their statements too).
 */
async function measureApi(api: ApiProcess, load: LoadSpec) {
  await warmUp(load);
  await settle();
  const rest = await api.sample();
  const sampler = samplePeak(async () => (await api.sample()).rss);
  const result = await runLoad(load);
  const peak = await sampler.stop();
  await settle();
  const after = await api.sample();
  return {
    result,
    rssAtRest: rest.rss,
    // The value at rest is a sample of the same process: V8 can hand memory back between it and
    // the sampler's first, and a peak below the rest would read as nonsense.
    rssPeak: Math.max(rest.rss, peak),
    statementsPerRequest: result.sent ? (after.statements - rest.statements) / result.sent : Number.NaN,
  };
}

/** One request of each kind, before timing: the status and body must be what the load counts as success. */
async function checkOnce(origin: string, plan: ScenarioPlan, name: string): Promise<unknown> {
  const pattern = new RegExp(plan.errorPattern);
  let first: unknown;
  for (const r of plan.requests.filter((r, i, all) => all.indexOf(r) === i)) {
    const res = await fetch(`${origin}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
    const text = await res.text();
    const ok = plan.expectStatus ? plan.expectStatus.includes(res.status) : res.ok;
    if (!ok || pattern.test(text))
      throw new BenchError(`${name}: a single request already fails (${res.status}): ${text.slice(0, 400)}`);
    if (first === undefined && text) first = JSON.parse(text);
  }
  return first;
}

/** The peer while it runs, so an interrupted run can stop it too. */
let livePeer: PeerServer | undefined;

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** The peer on the same rows, with the API's session cookie (the peer finds the viewer from it). */
async function measurePeer(
  peer: PeerModule,
  options: Options,
  plan: ScenarioPlan,
  samladAnswer: unknown,
): Promise<Measured['peer']> {
  const compare = plan.compare;
  if (!compare) return undefined;
  const server = await peer.startPeer(options.database);
  livePeer = server;
  try {
    const { headers } = compare.request;
    const variables = (JSON.parse(compare.request.body ?? '{}') as { variables?: unknown }).variables;
    const body = JSON.stringify({ query: peer.PEER_DOCUMENTS[compare.query], variables });
    const url = new URL(server.url);
    const res = await fetch(url, { method: 'POST', headers, body });
    const json: unknown = await res.json();
    if (!res.ok || JSON.stringify(json).includes('"errors":['))
      return { missing: `the peer's ${compare.query} failed: ${JSON.stringify(json).slice(0, 300)}` };
    if (peer.sameRows && !peer.sameRows(samladAnswer, json, compare.query))
      return { missing: `the peer's ${compare.query} does not return Samlad's rows` };
    const request: LoadRequest = { method: 'POST', path: `${url.pathname}${url.search}`, headers, body };
    const load = spec(`${compare.query} on the peer`, url.origin, [request], options, '"errors":\\[');
    await warmUp(load);
    const sampler = samplePeak(() => server.rss());
    const result = await runLoad(load);
    return {
      result,
      rssPeak: await sampler.stop(),
      sameRows: peer.sameRows ? "checked with the peer's sameRows" : 'not checked (no sameRows)',
    };
  } finally {
    livePeer = undefined;
    await server.stop();
  }
}

function spec(
  label: string,
  origin: string,
  requests: LoadRequest[],
  options: Options,
  errorPattern: string,
  expectStatus?: number[],
): LoadSpec {
  return {
    label,
    origin,
    requests,
    duration: options.duration,
    connections: options.connections,
    reconnectRate: 1_000,
    errorPattern,
    ...(expectStatus ? { expectStatus } : {}),
  };
}

async function versions(handle: DatabaseHandle): Promise<Array<[string, string]>> {
  const [row] = await queryRows<{ v: string }>(handle.db, `select current_setting('server_version') as v`);
  // Read from node_modules directly: not every package exports its package.json.
  const version = (from: string, name: string) => {
    try {
      const file = new URL(`../../../${from}/node_modules/${name}/package.json`, import.meta.url);
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    } catch {
      return '?';
    }
  };
  return [
    ['Node', process.version],
    ['PostgreSQL', row?.v ?? '?'],
    ...(['fastify', 'graphql-yoga', 'graphql', '@pothos/core', '@pothos/plugin-drizzle'] as const).map(
      (n): [string, string] => [n, version('apps/api', n)],
    ),
    ['drizzle-orm', version('packages/db', 'drizzle-orm')],
    ['postgres (postgres.js)', version('packages/db', 'postgres')],
    ['autocannon', version('.', 'autocannon')],
  ];
}

async function main() {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    throw error;
  }
  const where = new URL(options.database);
  const dbName = `${where.hostname}:${where.port || 5432}${where.pathname}`;
  // For preparing scenarios and restoring what they write; the API has its own connections.
  const handle = await createDatabase({ url: options.database });
  try {
    await withTimeout(handle.ping(), 10_000, 'ping');
  } catch (error) {
    await handle.close().catch(() => {});
    throw new BenchError(`Cannot reach the database ${dbName}: ${(error as Error).message}`);
  }
  let api: ApiProcess | undefined;
  const cleanups: Array<() => Promise<void>> = [];
  // Once interrupted, the handler restores, stops the children and exits; the run waits for that
  // rather than go on to the next scenario or write a report of what was cut short.
  let stopping = false;
  const halt = () => new Promise<never>(() => {});
  const interrupted = (signal: NodeJS.Signals, code: number) => {
    stopping = true;
    log(
      `${signal === 'SIGINT' ? 'interrupted' : signal}: restoring what the benchmark wrote, stopping the API`,
    );
    setTimeout(() => process.exit(code), 30_000).unref();
    stopLoads();
    void (async () => {
      for (const c of cleanups) await c().catch(() => {});
      await Promise.all([api?.stop().catch(() => {}), livePeer?.stop().catch(() => {})]);
      process.exit(code);
    })();
  };
  process.once('SIGINT', () => interrupted('SIGINT', 130));
  process.once('SIGTERM', () => interrupted('SIGTERM', 143));
  try {
    if ((await hasNationalData(handle.db)) === 0)
      throw new BenchError(
        `The database ${dbName} holds no national data set: run pnpm bench:seed on it first (DATABASE_URL=… pnpm bench:seed).`,
      );
    const loadBefore = loadavg();
    const date = new Date();
    const peer = await loadPeer();
    const web = await loadWeb();
    log(
      `peer: ${typeof peer === 'string' ? `not measured (${peer})` : 'found'}; web: ${typeof web === 'string' ? `not measured (${web})` : 'found'}`,
    );

    // The built web app is served too when it is there, for the web measurements.
    const webDist = fileURLToPath(new URL('../../../apps/web/dist', import.meta.url));
    const webBuilt = existsSync(webDist);
    const running = await startApi({
      database: options.database,
      requestsPerMinute: 100_000_000,
      webDist: webBuilt ? webDist : undefined,
    });
    api = running;
    const { origin } = running;
    const rssAtStart = (await running.sample()).rss;
    log(
      `API: process ${running.pid} on ${origin}, ${(rssAtStart / 2 ** 20).toFixed(0)} MB resident after start`,
    );
    const now = Date.now();
    const ctx: ScenarioContext = {
      db: handle.db,
      origin,
      runId: `${date.toISOString()} ${randomBytes(3).toString('hex')}`,
      window: { from: new Date(now).toISOString(), to: new Date(now + 26 * 7 * 86_400_000).toISOString() },
    };
    const measured: Measured[] = [];
    const failures: Array<{ name: string; message: string }> = [];
    const chosen = SCENARIOS.filter((s) => options.scenarios.includes(s.name));
    for (const [index, scenario] of chosen.entries()) {
      if (stopping) await halt();
      log(`[${index + 1}/${chosen.length}] ${scenario.name}: preparing`);
      let plan: ScenarioPlan;
      try {
        plan = await scenario.prepare(ctx);
      } catch (error) {
        failures.push({ name: scenario.name, message: `could not prepare: ${(error as Error).message}` });
        continue;
      }
      if (plan.cleanup) cleanups.push(plan.cleanup);
      try {
        const first = await checkOnce(origin, plan, scenario.name);
        const entry: Partial<Measured> = { name: scenario.name, description: plan.description };
        let limit: Awaited<ReturnType<typeof startLimit>> | undefined;
        let comparableAnswer: unknown;
        if (plan.compare && plan.viewer) {
          comparableAnswer = await checkOnce(
            origin,
            { ...plan, requests: [plan.compare.request] },
            scenario.name,
          );
          const apiIds = plan.compare.ids(comparableAnswer);
          const pageIds = (plan.compare.pageIds ?? plan.compare.ids)(first);
          if (!sameIds(apiIds, pageIds))
            throw new BenchError(
              `${scenario.name}: the page's document and the comparable one return different rows`,
            );
          limit = await startLimit(
            options.database,
            plan.compare.query,
            plan.viewer,
            ctx.window,
            options.connections,
          );
          const limitIds = await limit.ids();
          if (!sameIds(apiIds, limitIds))
            throw new BenchError(
              `${scenario.name}: the raw SQL returns ${limitIds.length} rows, the API ${apiIds.length}, or not the same (first ids ${limitIds[0]} / ${apiIds[0]})`,
            );
          entry.sameRows = `the API and the raw SQL return the same ${apiIds.length} ids in the same order`;
        }
        try {
          const own = { ...options, duration: Math.max(options.duration, plan.minDuration ?? 0) };
          log(
            `[${index + 1}/${chosen.length}] ${scenario.name}: Samlad, ${own.duration} s × ${own.connections} connections`,
          );
          const { result: samlad, ...figures } = await measureApi(
            running,
            spec(scenario.name, origin, plan.requests, own, plan.errorPattern, plan.expectStatus),
          );
          Object.assign(entry, { samlad, ...figures });
          if (limit && plan.compare) {
            log(`[${index + 1}/${chosen.length}] ${scenario.name}: Samlad, the compared rows only`);
            const { result, statementsPerRequest, rssPeak } = await measureApi(
              running,
              spec(`${scenario.name} rows only`, origin, [plan.compare.request], options, plan.errorPattern),
            );
            entry.rowsOnly = { result, statementsPerRequest, rssPeak };
            log(`[${index + 1}/${chosen.length}] ${scenario.name}: raw SQL limit`);
            const limitLoad = spec(
              `${scenario.name} raw SQL`,
              limit.origin,
              [{ method: 'GET', path: '/', headers: {} }],
              options,
              '"errors":\\[',
            );
            await warmUp(limitLoad);
            entry.limit = await runLoad(limitLoad);
            await settle();
          }
        } finally {
          await limit?.stop();
        }
        if (plan.compare) {
          if (typeof peer === 'string') entry.peer = { missing: peer };
          else {
            log(`[${index + 1}/${chosen.length}] ${scenario.name}: peer`);
            entry.peer = await measurePeer(peer, options, plan, comparableAnswer);
          }
        }
        measured.push(entry as Measured);
        const s = entry.samlad as LoadResult;
        log(
          `  ${scenario.name}: ${s.requestsPerSecond.toFixed(1)} req/s, p50 ${s.p50?.toFixed(1)} ms, ${s.errors} errors, ${(entry.statementsPerRequest ?? 0).toFixed(2)} SQL/request`,
        );
      } catch (error) {
        if (stopping) await halt();
        // A scenario that fails (a request that errs, rows that differ) is reported as such; the others still run.
        log(`  ${scenario.name} failed: ${(error as Error).message}`);
        failures.push({ name: scenario.name, message: (error as Error).message });
      } finally {
        // When stopping, the interrupt handler restores instead.
        if (plan.cleanup && !stopping) {
          await plan.cleanup();
          cleanups.splice(cleanups.indexOf(plan.cleanup), 1);
          log(`  ${scenario.name}: written rows restored`);
        }
      }
    }

    let webFigures: WebFigures | { missing: string } = {
      missing:
        typeof web === 'string'
          ? web
          : 'the web app is not built (apps/web/dist does not exist; pnpm build makes it)',
    };
    if (typeof web !== 'string' && webBuilt) {
      log('web: measuring');
      try {
        const viewer = await signInAs(
          handle.db,
          `${origin}/graphql`,
          await coordinatorInManyForums(handle.db, 12),
        );
        const measure = () =>
          web.measureWeb(origin, { cookie: viewer.cookie, ...(options.duration < 10 ? { runs: 1 } : {}) });
        // Lighthouse sometimes loses a trace (NO_NAVSTART, NO_FCP) and asks to be run again: once more.
        webFigures = await measure().catch((error: Error) => {
          if (!/run Lighthouse again/i.test(error.message)) throw error;
          log(`web: ${error.message}; measuring again`);
          return measure();
        });
      } catch (error) {
        webFigures = { missing: `measureWeb failed: ${(error as Error).message}` };
      }
    }
    const loadAfter = loadavg();
    const cpu = cpus();
    const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
    const busiest = Math.max(loadBefore[0] ?? 0, loadAfter[0] ?? 0);
    const report = renderReport({
      date,
      busy:
        busiest > cpu.length
          ? `The machine was busy: a 1-minute load average up to ${busiest.toFixed(1)} on ${cpu.length} cores, so other work shared the CPU with this run and the figures are noisy; compare ratios measured in the same run rather than absolute numbers.`
          : undefined,
      machine: [
        `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${gib(totalmem())} memory (${gib(freemem())} free at the end)`,
        `load average (1, 5, 15 min): ${loadBefore.map((l) => l.toFixed(2)).join(', ')} before; ${loadAfter.map((l) => l.toFixed(2)).join(', ')} after`,
        `database ${dbName} (PostgreSQL on loopback), national data set from pnpm bench:seed`,
      ],
      versions: await versions(handle),
      settings: `${options.duration} s per scenario and server after ${WARM_UP_SECONDS} s of the same load that is not counted, ${options.connections} connections, the API and autocannon each in a child process of their own, on loopback; scenarios: ${chosen.map((s) => s.name).join(', ')}`,
      apiRssAtStart: rssAtStart,
      measured,
      failures,
      web: webFigures,
      peerNote:
        typeof peer === 'string'
          ? `Not measured: ${peer}. The runner loads tests/bench/peer/index.ts when it exists (startPeer, PEER_DOCUMENTS; see tests/bench/national/hooks.ts).`
          : 'PostGraphile from tests/bench/peer, started on the same database for the joint view and the case list, measured right after Samlad with the same load.',
    });
    if (stopping) await halt();
    const temporary = `${options.out}.${process.pid}.tmp`;
    await writeFile(temporary, report);
    await rename(temporary, options.out);
    log(`report written to ${options.out}`);
    if (failures.length > 0) {
      console.error(
        `${failures.length} scenario(s) failed: ${failures.map((f) => f.name).join(', ')} (see the report)`,
      );
      process.exitCode = 1;
    }
  } finally {
    for (const c of cleanups) await c().catch((error: Error) => log(`could not restore: ${error.message}`));
    await api?.stop().catch(() => {});
    await handle.close().catch(() => {});
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof BenchError ? error.message : error);
  process.exitCode = 1;
}
