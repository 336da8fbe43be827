// Checks that the peer answers the joint view and the case list with the same rows as Samlad:
// Samlad (buildApp, in this process) and PostGraphile (startPeer, a child process) on the same
// database, the same session cookie for both, for several demo users and windows. Prints one
// line per user, document and window, a few sequential latencies, and exits 1 on any difference.
//   DATABASE_URL=postgres://…/samlad_national node --import tsx tests/bench/peer/check.ts
//       that database as it is (migrated and seeded, e.g. by pnpm bench:seed); never dropped.
//   DATABASE_URL=postgres://…/any node --import tsx tests/bench/peer/check.ts --fresh
//       a throwaway database on that server with the demo data, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { buildApp } from '../../../apps/api/src/app.ts';
import { createDatabase, DEMO_PASSWORD, ensureReady } from '../../../packages/db/src/index.ts';
import { fail, serverUrlFromEnv, signInOver, withTimeout } from '../support.ts';
import {
  type DocumentKind,
  PEER_ALTERNATIVES,
  PEER_DOCUMENTS,
  SAMLAD_DOCUMENTS,
  sameRows,
  startPeer,
} from './index.ts';

const USERS = [
  'sara.lund@vaxjo.example',
  'erik.strand@polisen.example',
  'maria.ek@karlstad.example',
  'lina.sjo@ik-sjostaden.example',
  'omar.hassan@regionkronoberg.example',
  'johan.berg@lansstyrelsen.example',
];
const WINDOWS: ReadonlyArray<readonly [string, string]> = [
  ['2026-12-01T00:00:00Z', '2027-03-01T00:00:00Z'],
  ['2026-06-01T00:00:00Z', '2027-06-01T00:00:00Z'],
  ['2026-12-02T09:00:00Z', '2026-12-09T09:00:00Z'],
];
const TIMED = 10;

const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
if (args.some((a) => a !== '--fresh'))
  fail('usage: node --import tsx tests/bench/peer/check.ts [--fresh]', 2);
const serverUrl =
  serverUrlFromEnv() ?? fail('DATABASE_URL is required: the PostgreSQL database to check on.', 2);

// The database: DATABASE_URL's own, or a throwaway one beside it.
let databaseUrl = serverUrl.toString();
let dropFresh = async () => {};
if (fresh) {
  const name = `samlad_peer_check_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = await createDatabase({ url: databaseUrl, maxConnections: 1 });
  await withTimeout(admin.ping(), 10_000, 'ping').catch((e: Error) =>
    fail(`Cannot reach DATABASE_URL: ${e.message}`),
  );
  await admin.db.execute(`create database "${name}"`);
  await admin.close();
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  dropFresh = async () => {
    const again = await createDatabase({ url: serverUrl.toString(), maxConnections: 1 });
    try {
      await again.db.execute(`drop database if exists "${name}" with (force)`);
    } finally {
      await again.close();
    }
  };
}

const database = await createDatabase({ url: databaseUrl });
await withTimeout(database.ping(), 10_000, 'ping').catch((e: Error) =>
  fail(`Cannot reach ${databaseUrl}: ${e.message}`),
);
let peer: Awaited<ReturnType<typeof startPeer>> | undefined;
let app: Awaited<ReturnType<typeof buildApp>>['app'] | undefined;
let failures = 0;
try {
  await ensureReady(database, { seedDemo: fresh });
  ({ app } = await buildApp({ database, logger: false, requestsPerMinute: 1_000_000, oidc: null }));
  const samladUrl = `${await app.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
  peer = await startPeer(databaseUrl);
  const peerUrl = peer.url;
  console.log(
    `database ${new URL(databaseUrl).pathname.slice(1)}; Samlad ${samladUrl}; peer ${peerUrl} (pid ${peer.pid})`,
  );

  const post = async (url: string, cookie: string, query: string, variables: object) => {
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-samlad-csrf': '1', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    return { json, ms: performance.now() - started };
  };
  const times: Record<string, number[]> = {};
  const timed = async (label: string, once: () => Promise<unknown>) => {
    const list = times[label] ?? [];
    times[label] = list;
    for (let i = 0; i < TIMED; i++) {
      const started = performance.now();
      await once();
      list.push(performance.now() - started);
    }
  };
  const count = (json: { data?: unknown }, kind: DocumentKind) => {
    const data = (json.data ?? {}) as Record<string, { edges?: unknown[]; nodes?: unknown[] } | undefined>;
    const field = kind === 'jointView' ? 'meetings' : 'cases';
    return (
      data[field]?.edges ??
      data.samladPeerJointView?.nodes ??
      data.allSamladPeerVisibleMeetings?.nodes ??
      data.allSamladPeerParticipatingCases?.nodes ??
      data.allSharedCases?.nodes ??
      []
    ).length;
  };
  const error = (json: { errors?: Array<{ message: string; extensions?: { code?: string } }> }) =>
    json.errors ? (json.errors[0]?.extensions?.code ?? json.errors[0]?.message ?? 'error') : null;

  for (const email of USERS) {
    let cookie: string;
    try {
      cookie = await signInOver(samladUrl, email, DEMO_PASSWORD);
    } catch (e) {
      console.log(`${email.padEnd(38)} cannot sign in: ${(e as Error).message.slice(0, 120)}`);
      failures++;
      continue;
    }
    const runs: Array<{
      kind: DocumentKind;
      label: string;
      peerDoc: string;
      peerName: string;
      variables: object;
    }> = [
      {
        kind: 'caseList',
        label: 'case list',
        peerDoc: PEER_DOCUMENTS.caseList,
        peerName: 'peer',
        variables: {},
      },
      {
        kind: 'caseList',
        label: 'case list',
        peerDoc: PEER_ALTERNATIVES.caseListByRls,
        peerName: 'peer rls only',
        variables: {},
      },
    ];
    for (const [from, to] of WINDOWS) {
      const label = `joint view ${from.slice(0, 10)}..${to.slice(0, 10)}`;
      runs.push({
        kind: 'jointView',
        label,
        peerDoc: PEER_DOCUMENTS.jointView,
        peerName: 'peer',
        variables: { from, to },
      });
      runs.push({
        kind: 'jointView',
        label,
        peerDoc: PEER_ALTERNATIVES.jointViewByFunction,
        peerName: 'peer function',
        variables: { from, to },
      });
    }
    for (const run of runs) {
      const a = await post(samladUrl, cookie, SAMLAD_DOCUMENTS[run.kind], run.variables);
      const b = await post(peerUrl, cookie, run.peerDoc, run.variables);
      const same = sameRows(a.json, b.json, run.kind);
      // An organisation that may not read cases: Samlad refuses, the peer (RLS only) shows none.
      const bothNone =
        !same && error(a.json) === 'FORBIDDEN' && !b.json.errors && count(b.json, run.kind) === 0;
      if (!same && !bothNone) failures++;
      const side = (json: typeof a.json) => error(json) ?? String(count(json, run.kind)).padStart(3);
      console.log(
        `${email.padEnd(38)} ${`${run.label} (${run.peerName})`.padEnd(46)} Samlad ${side(a.json)} | peer ${side(b.json)} | ${same ? 'same rows, same order' : bothNone ? 'no rows on either (Samlad refuses)' : 'DIFFERENT'}`,
      );
      if (!same && !bothNone && process.env.PEER_CHECK_VERBOSE)
        console.log(JSON.stringify({ samlad: a.json, peer: b.json }));
      if (same) {
        const what = run.kind === 'caseList' ? 'case list' : 'joint view';
        await timed(`Samlad ${what}`, () =>
          post(samladUrl, cookie, SAMLAD_DOCUMENTS[run.kind], run.variables),
        );
        await timed(`${run.peerName} ${what}`, () => post(peerUrl, cookie, run.peerDoc, run.variables));
      }
    }
  }
  console.log('\nsequential latency (warm, one request at a time; not a benchmark):');
  for (const [label, list] of Object.entries(times)) {
    const sorted = [...list].sort((x, y) => x - y);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
    console.log(
      `  ${label.padEnd(26)} n=${String(sorted.length).padStart(3)}  p50 ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms`,
    );
  }
  console.log(`peer resident memory ${((await peer.rss()) / 2 ** 20) | 0} MB`);
} catch (e) {
  console.error((e as Error).stack ?? e);
  failures++;
} finally {
  await peer?.stop();
  await app?.close();
  await database.close();
  await dropFresh();
}
console.log(failures === 0 ? 'ALL EQUAL' : `${failures} DIFFERENT OR FAILED`);
process.exit(failures === 0 ? 0 : 1);
