import { openTestDatabase, type TestDatabase } from '@samlad/db/testing';
import { inject } from 'vitest';
import { createGraphQL, type GraphQLServer } from '../graphql.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestApi {
  database: TestDatabase;
  yoga: GraphQLServer;
  /** Runs an operation through yoga.fetch, in-process, as a client would send it. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** How many SQL statements `run` sent. */
  countStatements(run: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

const quietLog = { error: () => {} };

/** A GraphQL server over a private copy of the seeded template database. */
export async function startTestApi(): Promise<TestApi> {
  let statements = 0;
  const database = await openTestDatabase(inject('dbTemplate'), {
    onQuery: () => {
      statements += 1;
    },
  });
  const yoga = createGraphQL({ db: database.db, log: quietLog });
  return {
    database,
    yoga,
    async gql(query, variables, headers) {
      const response = await yoga.fetch('http://samlad.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
    async countStatements(run) {
      const before = statements;
      await run();
      return statements - before;
    },
    close: () => database.destroy(),
  };
}
