import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import type { PgAsyncDatabase, PgAsyncTransaction, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { relations } from './relations.ts';

export type Relations = typeof relations;
export type Database = PgAsyncDatabase<PgQueryResultHKT, Relations>;
export type Tx = PgAsyncTransaction<PgQueryResultHKT, Relations>;
/** A database or a transaction: services take either. */
export type Executor = Database | Tx;

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export interface DatabaseOptions {
  /** A PostgreSQL connection string. Without it, the embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite's data folder; `memory://` keeps it in memory. Default `./.data`. */
  dataDir?: string | undefined;
  /** An already opened PGlite (tests load one from a migrated template). */
  pglite?: PGlite | undefined;
  /** Called for every SQL statement drizzle sends; tests count statements with it. */
  onQuery?: ((sql: string) => void) | undefined;
  /** Connections in the postgres.js pool. */
  maxConnections?: number | undefined;
}

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Runs pending migrations. */
  migrate(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /**
   * Listens for NOTIFY on a channel; returns a function that stops listening. Notifications are
   * sent at commit, so listeners (on any instance) only hear about changes that happened.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * drizzle sends a query it was not asked to name as an unnamed statement. postgres.js then asks the
 * server to describe it before running it, on every call: two round trips, and PostgreSQL parses
 * and plans the same text each time. Named, postgres.js prepares each text once per connection
 * and runs it in one round trip from then on. Statements without parameters (migrations,
 * `begin`) keep the simple protocol, as before. Transactions and savepoints hand their own
 * client to drizzle, so they are wrapped too. The texts are the code's own, so the statements a
 * connection holds stay bounded (and postgres.js retires connections after max_lifetime).
 */
function preparing(sql: postgres.Sql): postgres.Sql {
  return new Proxy(sql, {
    get(target, key, receiver) {
      if (key === 'unsafe') {
        return (
          query: string,
          params?: postgres.ParameterOrJSON<never>[],
          options?: postgres.UnsafeQueryOptions,
        ) => target.unsafe(query, params, { ...options, prepare: true });
      }
      if (key === 'begin' || key === 'savepoint') {
        return (...args: unknown[]) => {
          const work = args.pop() as (tx: postgres.Sql) => unknown;
          const open = Reflect.get(target, key, receiver) as (...a: unknown[]) => unknown;
          return open(...args, (tx: postgres.Sql) => work(preparing(tx)));
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

export async function createDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const logger: Logger | undefined = options.onQuery
    ? { logQuery: (query) => options.onQuery?.(query) }
    : undefined;
  const config = { relations, logger };

  if (options.url) {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connection: { TimeZone: 'UTC' },
    });
    const db = drizzlePostgres({ client: preparing(client), ...config });
    return {
      db: db as unknown as Database,
      kind: 'postgres',
      migrate: async () => {
        await migratePostgres(db, { migrationsFolder });
      },
      ping: async () => {
        await client`select 1`;
      },
      listen: async (channel, onPayload) => {
        const request = await client.listen(channel, onPayload);
        return () => request.unlisten();
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  let client = options.pglite;
  if (!client) {
    const dataDir = options.dataDir ?? './.data';
    if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
    client = await PGlite.create(dataDir);
  }
  const pg = client;
  const db = drizzlePglite({ client: pg, ...config });
  return {
    db: db as unknown as Database,
    kind: 'pglite',
    migrate: async () => {
      await migratePglite(db, { migrationsFolder });
    },
    ping: async () => {
      await pg.query('select 1');
    },
    listen: async (channel, onPayload) => {
      const stop = await pg.listen(channel, onPayload);
      return () => stop();
    },
    close: () => pg.close(),
  };
}

/** Runs raw SQL and returns its rows, whichever driver is underneath (they shape results differently). */
export async function queryRows<T extends Record<string, unknown>>(
  db: Executor,
  query: Parameters<Database['execute']>[0],
): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}
