// What the benchmarks share: a throwaway database (PGlite in a temporary folder, or a new
// database on DATABASE_URL's server, dropped afterwards), clear failures, progress on stderr,
// signing in over HTTP and timing sequential requests.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type DatabaseHandle } from '../../packages/db/src/index.ts';

export const fail = (message: string, code = 1): never => {
  console.error(message);
  process.exit(code);
};

export const log = (line: string) => process.stderr.write(`${line}\n`);
export const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Progress on stderr in tenths, so a slow run shows it is alive without flooding a log. */
export const progress = (label: string, done: number, total: number) => {
  const step = Math.max(1, Math.floor(total / 10));
  if (done % step === 0 || done === total) log(`${label}: ${done}/${total}`);
};

export const withTimeout = <T>(work: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms).unref(),
    ),
  ]);

export const machine = () =>
  `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}`;

/** DATABASE_URL checked, or null for PGlite; a bad value ends the run with a clear message. */
export function serverUrlFromEnv(): URL | null {
  const raw = process.env.DATABASE_URL;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('DATABASE_URL is not a URL: expected postgres://user@host:port/database', 2);
  }
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    fail(`DATABASE_URL must start with postgres:// (got ${url.protocol}//)`, 2);
  }
  return url;
}

export interface BenchDatabase {
  handle: DatabaseHandle;
  /** Removes the database (a temporary folder, or the throwaway database on the server). */
  drop(): Promise<void>;
}

/** A fresh, empty database: PGlite in a temporary folder, or a new database on the server. */
export async function openBenchDatabase(
  serverUrl: URL | null,
  label: string,
  options: { onQuery?: (sql: string) => void } = {},
): Promise<BenchDatabase> {
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), `samlad-bench-${label}-`));
    const handle = await createDatabase({ dataDir, onQuery: options.onQuery });
    return {
      handle,
      drop: async () => {
        await handle.close().catch(() => {});
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const server = serverUrl.toString();
  const where = `${serverUrl.hostname}:${serverUrl.port || '5432'}`;
  const name = `samlad_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await createDatabase({ url: server, maxConnections: 1 });
  try {
    await withTimeout(admin.ping(), 10_000, 'ping');
  } catch (error) {
    await admin.close().catch(() => {});
    return fail(`Cannot reach the PostgreSQL server at ${where} (DATABASE_URL): ${(error as Error).message}`);
  }
  try {
    await admin.db.execute(`create database "${name}"`);
  } catch (error) {
    await admin.close().catch(() => {});
    return fail(`Cannot create a throwaway database on ${where}: ${(error as Error).message}`);
  }
  await admin.close();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ url: url.toString(), onQuery: options.onQuery });
  return {
    handle,
    drop: async () => {
      await handle.close().catch(() => {});
      const again = await createDatabase({ url: server, maxConnections: 1 });
      try {
        await again.db.execute(`drop database if exists "${name}" with (force)`);
      } finally {
        await again.close();
      }
    },
  };
}

/**
 * DATABASE_URL's own database, used as it is and never dropped: for runs on a data set seeded
 * once with `pnpm bench:seed`. A server that cannot be reached ends the run with a clear message.
 */
export async function openExistingDatabase(
  serverUrl: URL | null,
  options: { onQuery?: (sql: string) => void } = {},
): Promise<BenchDatabase> {
  if (!serverUrl) return fail('--existing needs DATABASE_URL: the database to measure on.', 2);
  const handle = await createDatabase({ url: serverUrl.toString(), onQuery: options.onQuery });
  try {
    await withTimeout(handle.ping(), 10_000, 'ping');
  } catch (error) {
    await handle.close().catch(() => {});
    return fail(`Cannot reach the database at DATABASE_URL: ${(error as Error).message}`);
  }
  return { handle, drop: () => handle.close().catch(() => {}) };
}

/** Signs in over HTTP and returns the session cookie. */
export async function signInOver(graphqlUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
      variables: { e: email, p: password },
    }),
  });
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error(`could not sign in as ${email}: ${await res.text()}`);
  return cookie;
}

export interface Timing {
  n: number;
  median: number;
  p95: number;
}

/** Latency of `once` over `requests` sequential calls after `warmUp` unmeasured ones, in ms. */
export async function timeSequential(
  label: string,
  requests: number,
  warmUp: number,
  once: () => Promise<void>,
): Promise<Timing> {
  for (let i = 0; i < warmUp; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
    progress(label, i + 1, requests);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { n: times.length, median: at(0.5), p95: at(0.95) };
}
