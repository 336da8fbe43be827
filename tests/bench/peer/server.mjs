// The peer: PostGraphile 5 (amber preset + connection filter) over Samlad's database, acting as
// Samlad does inside each request's transaction: role samlad_app, app.user_id and app.org_id set
// with set_config(..., true), so Samlad's row-level security binds. Started by index.ts:
//   DATABASE_URL=… PORT=0 GRAPHILE_ENV=production node --import ./polyfill.mjs server.mjs
// Prints one line `{"listening":"http://127.0.0.1:<port>/graphql"}` on stdout when ready.
// Loopback only: amber exposes every table to whoever can reach it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) {
  console.error('peer: DATABASE_URL is not set');
  process.exit(2);
}
if (typeof Promise.withResolvers !== 'function') {
  console.error('peer: Promise.withResolvers is missing: start with node --import ./polyfill.mjs');
  process.exit(2);
}

// Samlad's pool: 10 connections, TimeZone UTC. Connected as the owner (as Samlad is); RLS binds
// because every request switches to samlad_app through pgSettings.role.
const pool = new pg.Pool({
  connectionString: DATABASE_URL,
  max: Number(process.env.PG_POOL_MAX ?? 10),
  options: '-c TimeZone=UTC',
});

// The helper function and view (benchmark database only, never a product migration), before
// introspection so they are in the schema. Idempotent; the advisory lock keeps two peers
// starting at once from racing on `create or replace`.
const helperSql = readFileSync(new URL('./helpers.sql', import.meta.url), 'utf8');
{
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query("select pg_advisory_xact_lock(hashtext('samlad_peer_helpers'))");
    await client.query(helperSql);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    console.error(`peer: could not apply helpers.sql: ${error.message}`);
    process.exit(1);
  } finally {
    client.release();
  }
}

const hashToken = (token) => createHash('sha256').update(token).digest('base64url');

function sessionToken(cookieHeader) {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === 'samlad_session') {
      const value = decodeURIComponent(part.slice(eq + 1).trim());
      return /^[\w-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

// The same statement as Samlad's loadViewer (apps/api/src/modules/auth/session.service.ts), run
// outside the request's transaction as the owner, as Samlad does: one cookie works on both.
const VIEWER_SQL = `
  select u.id as user_id, m.organisation_id
  from session s
  join user_account u on u.id = s.user_id
  left join membership m on m.id = s.active_membership_id and m.status = 'active'
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.deactivated_at is null
  limit 1`;

async function viewerFor(headers) {
  const token = sessionToken(headers.cookie);
  if (!token) return { userId: '', orgId: '' };
  const { rows } = await pool.query({ name: 'samlad_viewer', text: VIEWER_SQL, values: [hashToken(token)] });
  const row = rows[0];
  return row ? { userId: row.user_id, orgId: row.organisation_id ?? '' } : { userId: '', orgId: '' };
}

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
  grafast: {
    async context(requestContext) {
      const viewer = await viewerFor(requestContext.node?.req?.headers ?? {});
      // Always the role: without it the request runs as the pool's user (a superuser) and RLS is off.
      return { pgSettings: { role: 'samlad_app', 'app.user_id': viewer.userId, 'app.org_id': viewer.orgId } };
    },
  },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => console.error(error));
await serv.addTo(server);
await pgl.getSchema(); // build before accepting requests, so the first one is not a cold one
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`${JSON.stringify({ listening: `http://127.0.0.1:${port}/graphql` })}\n`);
});

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections?.();
  await serv.release();
  await pgl.release();
  await pool.end();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
