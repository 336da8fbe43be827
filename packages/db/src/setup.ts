import { count } from 'drizzle-orm';
import type { DatabaseHandle } from './client.ts';
import { organisation } from './schema/organisations.ts';
import { seedDemo } from './seed/demo.ts';

/**
 * Migrates, and on an empty embedded database loads the demo data.
 * A PostgreSQL server is only seeded when asked: its data is someone's real data.
 */
export async function ensureReady(
  handle: DatabaseHandle,
  options: { seedDemo?: boolean; now?: Date } = {},
): Promise<{ seeded: boolean }> {
  await handle.migrate();
  const wantSeed = options.seedDemo ?? handle.kind === 'pglite';
  if (!wantSeed) return { seeded: false };
  const [row] = await handle.db.select({ n: count() }).from(organisation);
  if ((row?.n ?? 0) > 0) return { seeded: false };
  await seedDemo(handle.db, { now: options.now ?? new Date() });
  return { seeded: true };
}
