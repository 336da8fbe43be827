// The API under load, in a process of its own so that its memory is its own: started by api.ts
// with fork() the way production starts it (compiled by apps/api/scripts/bundle.ts, run by plain node
// with the start script's options, NODE_ENV=production) and the same
// buildApp, on 127.0.0.1 and a free port. It counts the SQL statements drizzle sends (onQuery) and
// answers the parent's `sample` message with that count and its resident memory. It stops when
// told, on SIGINT / SIGTERM, and when the parent goes away (the IPC channel closes), so it never
// outlives the benchmark.
import { buildApp } from '../../../apps/api/src/app.ts';
import { createDatabase, type DatabaseHandle } from '../../../packages/db/src/index.ts';

export interface ApiChildOptions {
  database: string;
  requestsPerMinute: number;
  webDist?: string | undefined;
}

export type ToApiChild = { type: 'sample'; id: number } | { type: 'stop' };

export type FromApiChild =
  | { type: 'listening'; origin: string }
  | { type: 'sample'; id: number; statements: number; rss: number }
  | { type: 'failed'; message: string };

const STOP_TIMEOUT_MS = 5_000;

const send = (message: FromApiChild) => {
  if (process.connected) process.send?.(message);
};

if (!process.send) {
  console.error('api-child.ts runs under the benchmark (api.ts starts it with an IPC channel)');
  process.exit(2);
}

const options = JSON.parse(process.argv[2] ?? '{}') as ApiChildOptions;
let statements = 0;
let database: DatabaseHandle | undefined;
let app: Awaited<ReturnType<typeof buildApp>>['app'] | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // Closing waits for open connections; never longer than this.
  setTimeout(() => process.exit(code || 1), STOP_TIMEOUT_MS).unref();
  await app?.close().catch(() => {});
  await database?.close().catch(() => {});
  process.exit(code);
}

process.on('message', (message: ToApiChild) => {
  if (message.type === 'sample')
    send({ type: 'sample', id: message.id, statements, rss: process.memoryUsage.rss() });
  else if (message.type === 'stop') void stop(0);
});
process.on('disconnect', () => void stop(0));
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

try {
  // Not ensureReady() as main.ts does: the benchmark never migrates the data set it measures.
  database = await createDatabase({ url: options.database, onQuery: () => void statements++ });
  app = (
    await buildApp({
      database,
      requestsPerMinute: options.requestsPerMinute,
      webDist: options.webDist,
    })
  ).app;
  send({ type: 'listening', origin: await app.listen({ port: 0, host: '127.0.0.1' }) });
} catch (error) {
  send({ type: 'failed', message: (error as Error).message });
  await stop(1);
}
