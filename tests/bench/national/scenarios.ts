// The scenarios: who signs in, what is sent (cycled through by every connection), what counts as
// an error, and which rows are compared with the raw-SQL limit and the peer.
import type { Executor } from '../../../packages/db/src/index.ts';
import { coordinatorInManyForums, largestCounty } from '../seed/generate.ts';
import { CASE_LIST, CASE_PAGE, CATALOGUE, COMPARABLE, COUNTY_OVERVIEW, JOINT_VIEW } from './documents.ts';
import type { JointViewWindow, LimitQuery } from './limit.ts';
import type { LoadRequest } from './load-child.ts';
import { prepareWrites } from './mixed.ts';
import { casesOf, caseWorker, overseerOf, signInAs, type Viewer } from './viewers.ts';

export interface ScenarioContext {
  db: Executor;
  origin: string;
  runId: string;
  /** The joint view's window: the 26 weeks the web lists. */
  window: JointViewWindow;
}

export interface ScenarioPlan {
  /** What was measured, for the report. */
  description: string;
  requests: LoadRequest[];
  /** Seconds of load at least, whatever --duration says: for requests that take seconds each. */
  minDuration?: number;
  expectStatus?: number[];
  /** A body that matches is an error even with status 200 (GraphQL errors; result unions' errors). */
  errorPattern: string;
  viewer?: Viewer;
  /**
   * The rows compared with the raw-SQL limit and the peer: Samlad's request for just those rows
   * (measured too, for fair ratios), and how to find their ids in its response.
   */
  compare?: {
    query: LimitQuery;
    request: LoadRequest;
    ids: (json: unknown) => string[];
    /** The same rows found in the page's own answer, when the page asks them in another shape. */
    pageIds?: (json: unknown) => string[];
  };
  cleanup?: () => Promise<void>;
}

export interface Scenario {
  name: string;
  prepare(ctx: ScenarioContext): Promise<ScenarioPlan>;
}

/** Matches no body: the feeds are judged by status alone. */
const NEVER = '(?!)';
const GRAPHQL_ERRORS = '"errors":\\[';
const RESULT_ERRORS = `${GRAPHQL_ERRORS}|"__typename":"\\w+Error"`;

const post = (body: unknown, cookie?: string): LoadRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** The raw uuid of a global id (base64url "Type:uuid"), to compare with rows read by hand. */
const rawId = (globalId: string) => {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
};
const edgeIds = (connection: string) => (json: unknown) => {
  const data = (json as { data?: Record<string, { edges: Array<{ node: { id: string } }> }> }).data;
  return (data?.[connection]?.edges ?? []).map((e) => rawId(e.node.id));
};

const dayIso = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(instant);

const jointViewBody = () => ({ query: JOINT_VIEW, variables: { weeks: 26 } });

/**
 * The comparable rows within the page's joint view: its coming meetings that start inside the
 * window (the page also lists one under way), the first 200 as the comparable query pages them.
 */
const jointViewMeetingIds = (window: JointViewWindow) => (json: unknown) => {
  const meetings =
    (json as { data?: { jointView?: { meetings: Array<{ id: string; startsAt: string }> } } }).data?.jointView
      ?.meetings ?? [];
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  return meetings
    .filter((m) => Date.parse(m.startsAt) >= from && Date.parse(m.startsAt) < to)
    .slice(0, 200)
    .map((m) => rawId(m.id));
};

export const SCENARIOS: Scenario[] = [
  {
    name: 'joint-view',
    async prepare(ctx) {
      const viewer = await signInAs(
        ctx.db,
        `${ctx.origin}/graphql`,
        await coordinatorInManyForums(ctx.db, 12),
      );
      return {
        description: `${viewer.email} (coordinator; organisation in 12 active forums): the joint view page's JointView query, 26 weeks; the same rows: meetings(from, to, first: 200) over those 26 weeks`,
        requests: [post(jointViewBody(), viewer.cookie)],
        errorPattern: GRAPHQL_ERRORS,
        viewer,
        compare: {
          query: 'jointView',
          request: post({ query: COMPARABLE.jointView, variables: ctx.window }, viewer.cookie),
          ids: edgeIds('meetings'),
          pageIds: jointViewMeetingIds(ctx.window),
        },
      };
    },
  },
  {
    name: 'case-list',
    async prepare(ctx) {
      const worker = await caseWorker(ctx.db);
      const viewer = await signInAs(ctx.db, `${ctx.origin}/graphql`, worker.email);
      return {
        description: `${viewer.email} (case worker, row-level security on; organisation in ${worker.openCases} open cases): cases(first: 50) with totalCount and lead names`,
        requests: [post({ query: CASE_LIST, variables: { first: 50 } }, viewer.cookie)],
        errorPattern: GRAPHQL_ERRORS,
        viewer,
        compare: {
          query: 'caseList',
          request: post({ query: COMPARABLE.caseList }, viewer.cookie),
          ids: edgeIds('cases'),
        },
      };
    },
  },
  {
    name: 'case-page',
    async prepare(ctx) {
      const worker = await caseWorker(ctx.db);
      const viewer = await signInAs(ctx.db, `${ctx.origin}/graphql`, worker.email);
      const ids = await casesOf(ctx.db, viewer.organisationId, 20);
      return {
        description: `${viewer.email} (row-level security on): case(id) with participants, notes, consents and follow-ups, 20 cases in turn`,
        requests: ids.map((id) => post({ query: CASE_PAGE, variables: { id } }, viewer.cookie)),
        errorPattern: `${GRAPHQL_ERRORS}|"case":null`,
        viewer,
      };
    },
  },
  {
    name: 'catalogue',
    async prepare() {
      const day = (offset: number) => dayIso(new Date(Date.now() + offset * 86_400_000));
      const filters = [
        {},
        { municipalityCode: '0780', age: 12, freeOfCharge: true },
        { search: 'fotboll', language: 'ar', from: day(14), to: day(100) },
        { municipalityCode: '1480', from: day(0), to: day(60) },
        { age: 8, freeOfCharge: false },
      ];
      return {
        description: `public activities(first: 20), signed out, ${filters.length} filter sets in turn: ${filters.map((f) => JSON.stringify(f)).join('; ')}`,
        requests: filters.map((variables) => post({ query: CATALOGUE, variables })),
        errorPattern: GRAPHQL_ERRORS,
      };
    },
  },
  {
    name: 'county-overview',
    async prepare(ctx) {
      const county = await largestCounty(ctx.db);
      const viewer = await signInAs(ctx.db, `${ctx.origin}/graphql`, await overseerOf(ctx.db, county));
      const to = new Date();
      const period = { from: dayIso(new Date(to.getTime() - 365 * 86_400_000)), to: dayIso(to) };
      return {
        description: `${viewer.email} (overseer, county ${county}, the largest): the whole countyOverview for ${period.from} – ${period.to}`,
        requests: [post({ query: COUNTY_OVERVIEW, variables: { county, ...period } }, viewer.cookie)],
        // One overview takes about a second alone; under 10 connections a short run completes none.
        minDuration: 30,
        errorPattern: GRAPHQL_ERRORS,
        viewer,
      };
    },
  },
  {
    name: 'mixed',
    async prepare(ctx) {
      const viewer = await signInAs(
        ctx.db,
        `${ctx.origin}/graphql`,
        await coordinatorInManyForums(ctx.db, 12),
      );
      const writes = await prepareWrites(ctx.db, viewer, ctx.runId);
      const read = post(jointViewBody(), viewer.cookie);
      // Two reads to every write, writes in turn.
      const requests = writes.bodies.flatMap((w) => [read, read, post(w.body, viewer.cookie)]);
      return {
        description: `${viewer.email}: the joint view (2 of 3 requests) and in turn ${writes.bodies.map((w) => w.label).join(', ')}${writes.notes.length ? `; ${writes.notes.join('; ')}` : ''}; the written rows are restored or deleted afterwards`,
        requests: requests.length > 0 ? requests : [read],
        errorPattern: RESULT_ERRORS,
        viewer,
        cleanup: writes.restore,
      };
    },
  },
  {
    name: 'feed',
    async prepare() {
      return {
        description: 'GET /feeds/activities.json?per_page=100, signed out',
        requests: [{ method: 'GET', path: '/feeds/activities.json?per_page=100', headers: {} }],
        errorPattern: NEVER,
        expectStatus: [200],
      };
    },
  },
  {
    name: 'feed-conditional',
    async prepare(ctx) {
      const res = await fetch(`${ctx.origin}/feeds/activities.json?per_page=100`);
      await res.arrayBuffer();
      const etag = res.headers.get('etag');
      if (!etag) throw new Error(`the feed answered ${res.status} without an ETag`);
      return {
        description: `the same with If-None-Match: ${etag} (every answer must be 304)`,
        requests: [
          { method: 'GET', path: '/feeds/activities.json?per_page=100', headers: { 'if-none-match': etag } },
        ],
        errorPattern: NEVER,
        expectStatus: [304],
      };
    },
  },
];

export const SCENARIO_NAMES = SCENARIOS.map((s) => s.name);
