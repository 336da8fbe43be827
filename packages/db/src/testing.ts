/**
 * Fast fresh databases for tests. A run builds one migrated, demo-seeded template; each test
 * file gets its own copy: a PGlite loaded from the template's dump, or, with DATABASE_URL, a
 * throwaway PostgreSQL database created from a template database and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { createDatabase, type DatabaseHandle } from './client.ts';
import { ensureReady } from './setup.ts';

export interface TestTemplate {
  kind: 'pglite' | 'postgres';
  /** pglite: path of the dumped data dir. postgres: name of the template database. */
  location: string;
  /** postgres: the server URL the template lives on. */
  serverUrl?: string | undefined;
  /** The "now" the demo data was seeded relative to. */
  seededAt: string;
}

const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Builds the template; call once per test run (vitest globalSetup). */
export async function createTestTemplate(serverUrl = process.env.DATABASE_URL): Promise<TestTemplate> {
  const seededAt = new Date();
  if (serverUrl) {
    const name = uniqueName('samlad_tpl');
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database "${name}"`);
    } finally {
      await admin.end();
    }
    const handle = await createDatabase({ url: withDatabase(serverUrl, name), maxConnections: 1 });
    await ensureReady(handle, { seedDemo: true, now: seededAt });
    await handle.close();
    return { kind: 'postgres', location: name, serverUrl, seededAt: seededAt.toISOString() };
  }
  const pg = await PGlite.create('memory://');
  const handle = await createDatabase({ pglite: pg });
  await ensureReady(handle, { seedDemo: true, now: seededAt });
  const dump = await pg.dumpDataDir('none');
  await pg.close();
  const location = join(tmpdir(), `${uniqueName('samlad-template')}.tar`);
  await writeFile(location, Buffer.from(await dump.arrayBuffer()));
  return { kind: 'pglite', location, seededAt: seededAt.toISOString() };
}

export async function dropTestTemplate(template: TestTemplate): Promise<void> {
  if (template.kind === 'pglite') {
    await rm(template.location, { force: true });
    return;
  }
  const admin = postgres(template.serverUrl as string, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${template.location}" with (force)`);
  } finally {
    await admin.end();
  }
}

export interface TestDatabase extends DatabaseHandle {
  /** Closes and removes the copy. */
  destroy(): Promise<void>;
}

/** A private copy of the template for one test file. */
export async function openTestDatabase(
  template: TestTemplate,
  options: { onQuery?: (sql: string) => void } = {},
): Promise<TestDatabase> {
  if (template.kind === 'pglite') {
    const data = await readFile(template.location);
    const pg = await PGlite.create({ loadDataDir: new Blob([data]) });
    const handle = await createDatabase({ pglite: pg, onQuery: options.onQuery });
    return { ...handle, destroy: () => handle.close() };
  }
  const serverUrl = template.serverUrl as string;
  const name = uniqueName('samlad_test');
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${template.location}"`);
  } finally {
    await admin.end();
  }
  const handle = await createDatabase({ url: withDatabase(serverUrl, name), onQuery: options.onQuery });
  return {
    ...handle,
    destroy: async () => {
      await handle.close();
      const drop = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await drop.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await drop.end();
      }
    },
  };
}
