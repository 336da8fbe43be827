import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../scripts/bundle.ts';

// The production build (apps/api/scripts/bundle.ts) run as the start script runs it: plain node,
// no TypeScript loader, on a fresh embedded database that it migrates and seeds.
const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));
let folder: string;
let server: ChildProcess | undefined;
let origin: string;
// Beside the real output, so its relative imports of node_modules resolve as dist/'s do.
const out = src(`../dist-test-${process.pid}`);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'samlad-bundle-'));
  await bundle({ main: src('./main.ts') }, out);
  const { DATABASE_URL: _server, ...inherited } = process.env; // the embedded database, always
  server = spawn(process.execPath, ['--enable-source-maps', join(out, 'main.js')], {
    env: {
      ...inherited,
      DATA_DIR: join(folder, 'data'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WEB_DIST: join(folder, 'no-web'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the built API did not listen within 60 s')), 60_000);
    let seen = '';
    server?.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const found = /Samlad listening on (http:\/\/[\w.:]+)/.exec(seen);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1].replace('localhost', '127.0.0.1'));
      }
    });
    server?.once('exit', (code) =>
      reject(new Error(`the built API exited with ${code}: ${seen.slice(-500)}`)),
    );
  });
}, 90_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await rm(folder, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

describe('the production build', () => {
  it('starts on the embedded database with demo data and answers GraphQL', async () => {
    const ready = await fetch(`${origin}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'pglite' });
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-samlad-csrf': '1' },
      body: JSON.stringify({ query: '{ activities(first: 1) { totalCount } }' }),
    });
    const json = (await res.json()) as { data?: { activities: { totalCount: number } } };
    expect(json.data?.activities.totalCount).toBeGreaterThan(0);
  });
});
