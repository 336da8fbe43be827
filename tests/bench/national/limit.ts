// The limit: what the joint view's meetings and the case list cost when written by hand. One
// postgres.js statement each, in a transaction that takes the application role and the viewer's
// organisation exactly as the API does (apps/api/src/db-session.ts), so row-level security
// applies; served by a bare node:http endpoint in this process and loaded like the API.
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type Postgres from '../../../packages/db/node_modules/postgres/types/index.d.ts';

// postgres.js is a dependency of packages/db only; load that copy rather than add a second one.
const postgres = createRequire(new URL('../../../packages/db/package.json', import.meta.url))(
  'postgres',
) as typeof Postgres;

export interface Identity {
  userId: string;
  organisationId: string;
}

export interface JointViewWindow {
  from: string;
  to: string;
}

export type LimitQuery = 'jointView' | 'caseList';

export interface LimitServer {
  origin: string;
  /** The ids of the rows the endpoint returns, in order. */
  ids(): Promise<string[]>;
  stop(): Promise<void>;
}

export const CASE_PAGE = 50;
export const MEETING_PAGE = 200;

/** One hand-written query (`which`) for one viewer, served at `/` on a free loopback port. */
export async function startLimit(
  databaseUrl: string,
  which: LimitQuery,
  who: Identity,
  window: JointViewWindow,
  connections: number,
): Promise<LimitServer> {
  const sql = postgres(databaseUrl, {
    max: connections,
    onnotice: () => {},
    connection: { TimeZone: 'UTC' },
  });
  const asApp = <T>(work: (tx: Postgres.TransactionSql) => Promise<T>) =>
    sql.begin(async (tx) => {
      await tx`select set_config('role', 'samlad_app', true), set_config('app.user_id', ${who.userId}, true), set_config('app.org_id', ${who.organisationId}, true)`;
      return work(tx);
    }) as Promise<T>;

  const jointView = () =>
    asApp(
      (tx) => tx`
        select m.id, m.title, m.starts_at, m.ends_at, m.mode, m.place, m.video_url, m.status,
               f.id as forum_id, f.name as forum_name
        from meeting m
        join forum f on f.id = m.forum_id
        where m.starts_at >= ${window.from} and m.starts_at < ${window.to}
          and exists (select 1 from forum_member fm where fm.forum_id = m.forum_id and fm.organisation_id = ${who.organisationId})
        order by m.starts_at, m.id
        limit ${MEETING_PAGE}`,
    );
  const caseList = () =>
    asApp(
      (tx) => tx`
        select c.id, c.reference, c.status, c.subject_kind, c.next_follow_up_on::text, c.identified,
               o.id as lead_id, o.name as lead_name
        from shared_case c
        join organisation o on o.id = c.lead_organisation_id
        where exists (select 1 from case_participant p where p.case_id = c.id and p.organisation_id = ${who.organisationId})
          and c.status <> 'closed'
        order by (coalesce(c.next_follow_up_on::text, '9999-12-31') || ' ' || c.reference) collate "C"
        limit ${CASE_PAGE}`,
    );
  const route = which === 'jointView' ? jointView : caseList;

  const server: Server = createServer((req, res) => {
    if (req.url !== '/') {
      res.writeHead(404).end();
      return;
    }
    route().then(
      (rows) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: rows }));
      },
      (error: Error) => {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [error.message] }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    ids: async () => {
      const res = await fetch(`${origin}/`);
      const json = (await res.json()) as { data?: Array<{ id: string }>; errors?: unknown };
      if (!json.data) throw new Error(`the ${which} limit failed: ${JSON.stringify(json.errors)}`);
      return json.data.map((row) => row.id);
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sql.end({ timeout: 5 });
    },
  };
}
