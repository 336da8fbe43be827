// The benchmark's peer: PostGraphile 5 serving the same database as Samlad, with the same access
// (role samlad_app and app.user_id / app.org_id per request, so Samlad's row-level security binds;
// the viewer is found from Samlad's own session cookie). It runs in a child process of its own, so
// its memory and CPU are its own and it can be measured and stopped like Samlad's.
//
//   const peer = await startPeer(databaseUrl);  // applies helpers.sql, starts server.mjs
//   fetch(peer.url, { body: { query: PEER_DOCUMENTS.jointView, variables: { from, to } }, … })
//   sameRows(samladJson, peerJson, 'jointView')  // the same rows in the same order?
//   await peer.stop();
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export interface Peer {
  /** The GraphQL endpoint, http://127.0.0.1:<port>/graphql. */
  url: string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
  pid: number;
  /** Resident memory of the peer's process in bytes (VmRSS from /proc/<pid>/status). */
  rss(): Promise<number>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Starts PostGraphile on a free loopback port against `databaseUrl` (a database with Samlad's
 * migrations), in a child process: `node --import polyfill.mjs server.mjs`, GRAPHILE_ENV=production.
 * The child first applies helpers.sql (the helper function and views, `create or replace`, so it
 * can run again), then builds the schema and listens; this resolves once it answers a query.
 */
export async function startPeer(databaseUrl: string): Promise<Peer> {
  const child = spawn(process.execPath, ['--import', here('./polyfill.mjs'), here('./server.mjs')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      GRAPHILE_ENV: 'production',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('peer: could not start node');
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`peer: not listening after ${START_TIMEOUT_MS} ms`)),
        START_TIMEOUT_MS,
      );
      let stdout = '';
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const line = stdout.split('\n').find((l) => l.startsWith('{"listening"'));
        if (line) {
          clearTimeout(timer);
          resolve((JSON.parse(line) as { listening: string }).listening);
        }
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`peer: exited with code ${code} before listening\n${stderr.trim()}`));
      });
    });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const body = (await res.json()) as { data?: { __typename?: string } };
    if (body.data?.__typename !== 'Query') throw new Error(`peer: unexpected answer ${JSON.stringify(body)}`);
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }

  return {
    url,
    pid,
    stop: () => stopChild(child, exited),
    rss: async () => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
      if (!kb) throw new Error(`peer: no VmRSS for ${pid}`);
      return Number(kb) * 1024;
    },
  };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// Documents. Both joint views take { from, to } (ISO instants, at most 366 days apart, Samlad's
// limit) and list up to 200 meetings starting in [from, to) of the forums the viewer's
// organisation is a member of, earliest first. Both case lists take no variables and list the
// first 50 cases the organisation takes part in that are not closed, by next follow-up date
// (none last), then reference.
// ---------------------------------------------------------------------------------------------

export const SAMLAD_DOCUMENTS = {
  jointView: `query JointView($from: DateTime!, $to: DateTime!) {
  meetings(from: $from, to: $to, first: 200) {
    edges { node { id title startsAt endsAt mode place videoUrl status forum { id name } } }
  }
}`,
  caseList: `query CaseList {
  cases(first: 50) {
    edges { node { id reference status nextFollowUpOn lead { id name } } }
  }
}`,
} as const;

const PEER_JOINT_VIEW_BY_FUNCTION = `query JointViewByFunction($from: Datetime!, $to: Datetime!) {
  samladPeerJointView(from: $from, to: $to, first: 200) {
    nodes { rowId title startsAt endsAt mode place videoUrl status forumByForumId { rowId name } }
  }
}`;

/** The joint view through the security_invoker view samlad_peer_visible_meeting (helpers.sql). */
export const PEER_JOINT_VIEW_BY_VIEW = `query JointView($from: Datetime!, $to: Datetime!) {
  allSamladPeerVisibleMeetings(
    first: 200
    orderBy: [STARTS_AT_ASC, PRIMARY_KEY_ASC]
    filter: { startsAt: { greaterThanOrEqualTo: $from, lessThan: $to } }
  ) {
    nodes { rowId title startsAt endsAt mode place videoUrl status forumByForumId { rowId name } }
  }
}`;

const PEER_CASE_LIST_BY_VIEW = `query CaseList {
  allSamladPeerParticipatingCases(
    first: 50
    filter: { status: { notEqualTo: closed } }
    orderBy: [NEXT_FOLLOW_UP_ON_ASC, REFERENCE_ASC]
  ) {
    nodes { rowId reference status nextFollowUpOn organisationByLeadOrganisationId { rowId name } }
  }
}`;

const PEER_CASE_LIST_BY_RLS = `query CaseListByRls {
  allSharedCases(first: 50, filter: { status: { notEqualTo: closed } }, orderBy: [NEXT_FOLLOW_UP_ON_ASC, REFERENCE_ASC]) {
    nodes { rowId reference status nextFollowUpOn organisationByLeadOrganisationId { rowId name } }
  }
}`;

/**
 * The peer's documents, each the peer's fastest form that gives Samlad's rows (see README.md):
 * both read a security_invoker view from helpers.sql (the access rule on the server, reading
 * app.org_id through samlad_org(); RLS still applies), so PostGraphile joins the forum / lead into
 * one statement and the planner uses the same indexes as Samlad's statements.
 */
export const PEER_DOCUMENTS = {
  jointView: PEER_JOINT_VIEW_BY_VIEW,
  caseList: PEER_CASE_LIST_BY_VIEW,
} as const;

/**
 * Other forms, also checked by check.ts: the joint view through the inlined function
 * samlad_peer_joint_view(from, to) (PostGraphile then fetches the forums with a second statement),
 * and the case list on shared_case with row-level security alone (correct, but its OR policy makes
 * PostgreSQL scan every case).
 */
export const PEER_ALTERNATIVES = {
  jointViewByFunction: PEER_JOINT_VIEW_BY_FUNCTION,
  caseListByRls: PEER_CASE_LIST_BY_RLS,
} as const;

export type DocumentKind = keyof typeof SAMLAD_DOCUMENTS;

// ---------------------------------------------------------------------------------------------
// Comparing answers
// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
interface Response {
  data?: unknown;
  errors?: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Samlad's global id, base64url("Type:uuid"), as the bare uuid; a bare uuid stays as it is. */
export function rowIdOf(id: unknown): string | null {
  if (typeof id !== 'string') return null;
  if (UUID.test(id)) return id.toLowerCase();
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const uuid = decoded.slice(colon + 1);
  return colon > 0 && UUID.test(uuid) ? uuid.toLowerCase() : null;
}

const lower = (v: unknown) => (v == null ? null : String(v).toLowerCase());
const instant = (v: unknown) => (v == null ? null : new Date(String(v)).toISOString());
const text = (v: unknown) => (v == null ? null : String(v));
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

function meetingRow(m: Json, forum: Json, id: unknown, forumId: unknown) {
  return {
    id: rowIdOf(id),
    title: text(m.title),
    startsAt: instant(m.startsAt),
    endsAt: instant(m.endsAt),
    mode: lower(m.mode),
    place: text(m.place),
    videoUrl: text(m.videoUrl),
    status: lower(m.status),
    forum: { id: rowIdOf(forumId), name: text(forum.name) },
  };
}

function caseRow(c: Json, lead: Json, id: unknown, leadId: unknown) {
  return {
    id: rowIdOf(id),
    reference: text(c.reference),
    status: lower(c.status),
    nextFollowUpOn: text(c.nextFollowUpOn),
    lead: { id: rowIdOf(leadId), name: text(lead.name) },
  };
}

/** Samlad's answer as plain rows, or null if it has errors or not the expected shape. */
export function samladRows(response: Response, kind: DocumentKind): unknown[] | null {
  if (response.errors || !response.data) return null;
  const field = obj(response.data)[kind === 'jointView' ? 'meetings' : 'cases'];
  const edges = obj(field).edges;
  if (!Array.isArray(edges)) return null;
  return edges.map((edge) => {
    const n = obj(obj(edge).node);
    if (kind === 'jointView') return meetingRow(n, obj(n.forum), n.id, obj(n.forum).id);
    return caseRow(n, obj(n.lead), n.id, obj(n.lead).id);
  });
}

/** The peer's answer (function or view document) as plain rows, or null. */
export function peerRows(response: Response, kind: DocumentKind): unknown[] | null {
  if (response.errors || !response.data) return null;
  const data = obj(response.data);
  const field =
    kind === 'jointView'
      ? (data.samladPeerJointView ?? data.allSamladPeerVisibleMeetings)
      : (data.allSamladPeerParticipatingCases ?? data.allSharedCases);
  const nodes = obj(field).nodes;
  if (!Array.isArray(nodes)) return null;
  return nodes.map((node) => {
    const n = obj(node);
    if (kind === 'jointView') {
      const forum = obj(n.forumByForumId);
      return meetingRow(n, forum, n.rowId, forum.rowId);
    }
    const lead = obj(n.organisationByLeadOrganisationId);
    return caseRow(n, lead, n.rowId, lead.rowId);
  });
}

/**
 * Whether Samlad's and the peer's parsed JSON answers to the same document kind hold the same rows
 * in the same order: ids decoded to uuids, enum values in one case, instants as ISO strings.
 * An answer with errors, or an unexpected shape, is never the same.
 */
export function sameRows(samladResponse: unknown, peerResponse: unknown, kind: DocumentKind): boolean {
  const a = samladRows(obj(samladResponse), kind);
  const b = peerRows(obj(peerResponse), kind);
  return a !== null && b !== null && isDeepStrictEqual(a, b);
}
