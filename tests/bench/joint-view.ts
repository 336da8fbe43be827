// Median and p95 latency of the joint-view query over HTTP on loopback, on the embedded database
// with demo data. Bounded: a warm-up, then a fixed number of sequential requests.
//   pnpm bench:joint-view [requests]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../apps/api/src/app.ts';
import { createDatabase, ensureReady } from '../../packages/db/src/index.ts';

const requests = Number(process.argv[2] ?? 300);
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

const body = () =>
  JSON.stringify({
    query: JOINT_VIEW,
    variables: { from: new Date().toISOString(), to: new Date(Date.now() + 183 * 86_400_000).toISOString() },
  });
const once = async () => {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(),
  });
  const json = (await res.json()) as { data?: { meetings: { edges: unknown[] } }; errors?: unknown };
  if (!res.ok || json.errors) throw new Error(`joint view failed: ${JSON.stringify(json.errors)}`);
  return { ms: performance.now() - started, rows: json.data?.meetings.edges.length ?? 0 };
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
