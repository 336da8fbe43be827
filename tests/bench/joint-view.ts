// Median and p95 latency over HTTP on loopback, on the embedded database with demo data, signed in.
// Bounded: a warm-up, then a fixed number of sequential requests.
//   pnpm bench:joint-view [requests] [joint-view|counties]
// `counties` returns the same rows to everyone: it isolates the per-request cost of being signed in.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../apps/api/src/app.ts';
import { createDatabase, DEMO_PASSWORD, ensureReady } from '../../packages/db/src/index.ts';

const requests = Number(process.argv[2] ?? 300);
const which = process.argv[3] ?? 'joint-view';
if (which !== 'joint-view' && which !== 'counties') {
  console.error(`Unknown query "${which}": choose joint-view or counties.`);
  process.exit(2);
}
const COUNTIES = '{ counties { code name municipalities: __typename } }';
const JOINT_VIEW = /* GraphQL */ `
  query JointView($from: DateTime!, $to: DateTime!) {
    meetings(from: $from, to: $to, first: 200) {
      edges { node { id title startsAt endsAt mode place videoUrl status forum { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const dataDir = await mkdtemp(join(tmpdir(), 'samlad-bench-'));
const database = await createDatabase({ dataDir });
await ensureReady(database);
const { app } = await buildApp({ database });
const url = `${await app.listen({ port: 0, host: '127.0.0.1' })}/graphql`;

// Signed in as a coordinator who sits in about ten forums, as a real joint view is.
const signIn = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
    variables: { e: 'ali.nordin@vaxjo.example', p: DEMO_PASSWORD },
  }),
});
const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0];
if (!cookie) throw new Error(`could not sign in for the benchmark: ${await signIn.text()}`);

const body = () =>
  JSON.stringify({
    query: which === 'counties' ? COUNTIES : JOINT_VIEW,
    variables: { from: new Date().toISOString(), to: new Date(Date.now() + 183 * 86_400_000).toISOString() },
  });
const once = async () => {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: body(),
  });
  const json = (await res.json()) as {
    data?: { meetings?: { edges: unknown[] }; counties?: unknown[] };
    errors?: unknown;
  };
  if (!res.ok || json.errors) throw new Error(`joint view failed: ${JSON.stringify(json.errors)}`);
  return {
    ms: performance.now() - started,
    rows: (json.data?.meetings?.edges ?? json.data?.counties ?? []).length,
  };
};

try {
  for (let i = 0; i < 20; i++) await once();
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < requests; i++) {
    const r = await once();
    times.push(r.ms);
    rows = r.rows;
    if ((i + 1) % 50 === 0) process.stderr.write(`\r${i + 1}/${requests} requests`);
  }
  process.stderr.write('\n');
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(1);
  console.log(
    `joint view (${rows} meetings, demo data, PGlite): n=${requests} median=${at(0.5)} ms p95=${at(0.95)} ms`,
  );
} finally {
  await app.close();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
