import { DEMO_PASSWORD } from '@samlad/db';
import { openTestDatabase, type TestDatabase } from '@samlad/db/testing';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../app.ts';
import { createEventHub } from '../events.ts';
import { createGraphQL, type GraphQLServer } from '../graphql.ts';
import type { ReportLimit } from '../report-limit.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  /** Set-Cookie values of the response. */
  cookies: string[];
}

export type Gql = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GraphQLResponse<T>>;

export interface TestClient {
  gql: Gql;
  /** The session cookie this client sends, if signed in. */
  cookie: string | null;
}

export interface TestApi {
  database: TestDatabase;
  yoga: GraphQLServer;
  /** Anonymous: runs an operation through yoga.fetch, in-process, as a client would send it. */
  gql: Gql;
  /** Signs in as a demo (or test-made) user and returns a client that sends their cookie. */
  signIn(email: string, password?: string): Promise<TestClient>;
  /** A client that sends the given cookie header. */
  withCookie(cookie: string): TestClient;
  /** How many SQL statements `run` sent. */
  countStatements(run: () => Promise<unknown>): Promise<number>;
  /** The SQL statements `run` sent, in order. */
  statementsOf(run: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/** Unexpected errors are asserted on through responses; set SAMLAD_TEST_LOG=1 to see their causes. */
const quietLog = {
  error: (...args: unknown[]) => (process.env.SAMLAD_TEST_LOG ? console.error(...args) : undefined),
};

/** A GraphQL server over a private copy of the seeded template database. */
export async function startTestApi(options: { reports?: ReportLimit } = {}): Promise<TestApi> {
  // Statements are kept only while a caller records them.
  const recorders = new Set<string[]>();
  const database = await openTestDatabase(inject('dbTemplate'), {
    // Transaction control is not a statement of the request's: BEGIN and COMMIT never reach the
    // logger, and savepoints reach it only from PGlite's driver (postgres.js sends its own).
    onQuery: (query) => {
      if (!/^\s*(savepoint|release savepoint|rollback to savepoint)\b/i.test(query))
        for (const r of recorders) r.push(query);
    },
  });
  const events = createEventHub(database);
  await events.start();
  const yoga = createGraphQL({ db: database.db, log: quietLog, events, ...options });
  const gqlWith =
    (cookie: string | null): Gql =>
    async (query, variables, headers) => {
      const response = await yoga.fetch('http://samlad.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(cookie ? { cookie } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        cookies: response.headers.getSetCookie(),
        ...(await response.json()),
      };
    };
  const statementsOf = async (run: () => Promise<unknown>) => {
    const recorded: string[] = [];
    recorders.add(recorded);
    try {
      await run();
    } finally {
      recorders.delete(recorded);
    }
    return recorded;
  };
  const withCookie = (cookie: string): TestClient => ({ gql: gqlWith(cookie), cookie });
  return {
    database,
    yoga,
    gql: gqlWith(null),
    withCookie,
    async signIn(email, password = DEMO_PASSWORD) {
      const res = await gqlWith(null)<{ signIn: { __typename: string; message?: string } }>(
        `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename ... on UserError { message } } }`,
        { email, password },
      );
      const cookie = res.cookies[0]?.split(';')[0];
      if (res.data?.signIn.__typename !== 'SignInSuccess' || !cookie) {
        throw new Error(`could not sign in as ${email}: ${JSON.stringify(res.data ?? res.errors)}`);
      }
      return withCookie(cookie);
    },
    statementsOf,
    countStatements: async (run) => (await statementsOf(run)).length,
    close: async () => {
      await events.close();
      await database.destroy();
    },
  };
}

/** Demo people tests sign in as (see packages/db/src/seed/demo-users.ts). */
export const PEOPLE = {
  platformAdmin: 'admin@samlad.example',
  vaxjoAdmin: 'karin.holm@vaxjo.example',
  vaxjoCoordinator: 'ali.nordin@vaxjo.example',
  vaxjoMember: 'sara.lund@vaxjo.example',
  policeVaxjo: 'erik.strand@polisen.example',
  karlstadCoordinator: 'maria.ek@karlstad.example',
  overseer: 'johan.berg@lansstyrelsen.example',
  partner: 'lina.sjo@ik-sjostaden.example',
  regionMember: 'omar.hassan@regionkronoberg.example',
} as const;

type App = Awaited<ReturnType<typeof buildApp>>['app'];

/**
 * The whole server (buildApp, serving `webDist`) over a private copy of the template database,
 * started before the file's tests and stopped after them.
 */
export function serveForFile(webDist: string): { readonly app: App } {
  let database: TestDatabase | undefined;
  let app: App | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(inject('dbTemplate'));
    ({ app } = await buildApp({ database, webDist }));
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });
  return {
    get app() {
      if (!app) throw new Error('the server starts before the tests (beforeAll)');
      return app;
    },
  };
}
