import type { Database } from '@samlad/db';
import { sql } from 'drizzle-orm';
import type { Viewer } from './context.ts';

/**
 * Runs `work` in one transaction acting as the application role (never the tables' owner), with
 * the viewer's user and organisation set for row-level security. Everything the application
 * does to data goes through here: GraphQL operations and the sign-in routes alike.
 */
export function runAsApp<T>(
  db: Database,
  viewer: Viewer | null,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'samlad_app', true), set_config('app.user_id', ${viewer?.userId ?? ''}, true), set_config('app.org_id', ${viewer?.membership?.organisationId ?? ''}, true)`,
    );
    return work(tx as unknown as Database);
  });
}

/**
 * Runs one mutation's writes in a savepoint of the request's transaction: if it throws (an
 * expected UserError included), none of its writes remain, while the request goes on.
 */
export async function atomically<T>(ctx: { db: Database }, work: () => Promise<T>): Promise<T> {
  const outer = ctx.db;
  return outer.transaction(async (tx) => {
    ctx.db = tx as unknown as Database;
    try {
      return await work();
    } finally {
      ctx.db = outer;
    }
  });
}

/** A row a mutation just wrote and reads back; its absence is a bug, not the person's mistake. */
export async function mustFind<T>(lookup: Promise<T | undefined>, what: string): Promise<T> {
  const found = await lookup;
  if (!found) throw new Error(`${what} vanished between writing and reading it back`);
  return found;
}

/**
 * A mutation's usual shape: its work in a savepoint (see `atomically`), then what it wrote read
 * back, as the selection asks, by the id the work returns.
 */
export function atomicallyThenRead<T>(
  ctx: { db: Database },
  what: string,
  read: (id: string) => Promise<T | undefined>,
  work: () => Promise<string>,
): Promise<T> {
  return atomically(ctx, async () => mustFind(read(await work()), what));
}
