/**
 * Runs every root operation of the schema as every kind of actor, in the actor's own organisation
 * and in another one, and checks the outcome the matrix (`matrix.ts`) names. One private database
 * for the file; mutations work on records made for their cell, so cells do not interfere.
 */
import { type GraphQLField, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema as graphqlSchema } from '../schema/index.ts';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { ACTORS, AccessFixtures, type ActorName, SCOPES, type Scope } from './fixtures.ts';
import { type AccessRow, type Expectation, matrix } from './matrix.ts';
import { describeObserved, type Outcome, observe } from './outcomes.ts';

const rootFields = (fields: Record<string, GraphQLField<unknown, unknown>> | undefined) =>
  Object.keys(fields ?? {});
const OPERATIONS = {
  query: rootFields(graphqlSchema.getQueryType()?.getFields()),
  mutation: rootFields(graphqlSchema.getMutationType()?.getFields()),
};
const kindOf = (operation: string) => (OPERATIONS.mutation.includes(operation) ? 'mutation' : 'query');

const expectedOutcome = (expectation: Expectation, scope: Scope): Outcome | undefined =>
  typeof expectation === 'string' ? expectation : expectation[scope];

const cellsOf = (row: AccessRow) =>
  ACTORS.flatMap((actor) =>
    SCOPES.map((scope) => ({ actor, scope, expected: expectedOutcome(row.expect[actor], scope) })),
  );

describe('the access matrix covers the schema', () => {
  const listed = Object.keys(matrix);

  it('has a row for every query and mutation', () => {
    const missing = [...OPERATIONS.query, ...OPERATIONS.mutation].filter((name) => !listed.includes(name));
    expect(missing, 'operations without a row in apps/api/src/access/matrix.ts').toEqual([]);
  });

  it('has no row for an operation the schema no longer has', () => {
    const gone = listed.filter(
      (name) => !OPERATIONS.query.includes(name) && !OPERATIONS.mutation.includes(name),
    );
    expect(gone, 'rows in apps/api/src/access/matrix.ts for operations that do not exist').toEqual([]);
  });

  it('calls, in each row, the operation the row is for and nothing else', () => {
    const wrong: string[] = [];
    for (const [operation, rows] of Object.entries(matrix)) {
      for (const row of rows) {
        const [definition, ...others] = parse(row.document).definitions as OperationDefinitionNode[];
        const fields = definition?.selectionSet.selections ?? [];
        const [first] = fields;
        if (
          others.length ||
          definition?.operation !== kindOf(operation) ||
          fields.length !== 1 ||
          first?.kind !== Kind.FIELD ||
          first.name.value !== operation ||
          first.alias
        ) {
          wrong.push(`${operation}${row.variant ? ` (${row.variant})` : ''}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names an outcome for every actor in every scope, and an audit event for every allowed mutation', () => {
    const gaps: string[] = [];
    for (const [operation, rows] of Object.entries(matrix)) {
      for (const row of rows) {
        for (const { actor, scope, expected } of cellsOf(row)) {
          if (!expected) gaps.push(`${operation}: ${actor} in ${scope} has no outcome`);
        }
        const allows = cellsOf(row).some((cell) => cell.expected === 'ok');
        if (kindOf(operation) === 'mutation' && allows && !row.audit) {
          gaps.push(`${operation}: allowed somewhere but names no audit event`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });
});

let api: TestApi;
let fx: AccessFixtures;
beforeAll(async () => {
  api = await startTestApi();
  fx = await AccessFixtures.load(api);
});
afterAll(() => api?.close());

/** Every cell that passed, and for mutations whether it was audited, for the tally at the end. */
const ledger: Array<{ name: string; mutation: boolean; outcome: Outcome; audited: boolean }> = [];

async function runCell(
  operation: string,
  row: AccessRow,
  actor: ActorName,
  scope: Scope,
  expected: Outcome,
  unique: string,
) {
  const cell = fx.cell(actor, scope, unique);
  const signedIn = actor !== 'anonymous';
  const variables = (await row.variables?.(cell)) ?? {};
  const gql = row.ownSession ? await cell.actor.freshSession() : cell.actor.gql;
  const mutation = kindOf(operation) === 'mutation';
  const before = mutation ? await fx.snapshot() : null;

  const res = await gql(row.document, variables);
  const name = `${operation} as ${actor} (${scope})`;
  const context = `${name}: ${JSON.stringify({ data: res.data, errors: res.errors })}`;
  expect(describeObserved(observe(res, operation), expected, signedIn), context).toBe(expected);

  if (row.forumLeakCheck) {
    const body = JSON.stringify(res);
    const leaked = fx.invisible[actor].filter((secret) => body.includes(secret));
    expect(leaked, `${context}\nmentions forums or meetings ${actor} may not see`).toEqual([]);
  }

  const secrets = (await row.mustNotContain?.(cell)) ?? [];
  if (secrets.length) {
    const body = JSON.stringify(res);
    expect(
      secrets.filter((secret) => body.includes(secret)),
      `${context}\nleaks another organisation's records`,
    ).toEqual([]);
  }

  if (!before) {
    ledger.push({ name, mutation, outcome: expected, audited: false });
    return;
  }
  const events = await fx.auditSince(before.lastAuditId);
  const after = await fx.snapshot();
  if (expected === 'ok') {
    const wanted = await row.audit?.(cell);
    if (wanted === undefined) throw new Error(`${operation} is allowed but names no audit event`);
    if (wanted === null) {
      // Allowed, but nothing to do (signing out while signed out): nothing may change either.
      expect(events, context).toEqual([]);
      expect(after.tables, context).toEqual(before.tables);
    } else {
      expect(
        events.map((e) => ({ action: e.action, actorUserId: e.actorUserId })),
        `${context}\nshould have written ${JSON.stringify(wanted)}`,
      ).toContainEqual(wanted);
    }
    ledger.push({ name, mutation, outcome: expected, audited: wanted !== null });
  } else {
    // A refused mutation changes nothing and records nothing.
    expect(events, `${context}\nwrote audit events`).toEqual([]);
    expect(after.tables, `${context}\nchanged data`).toEqual(before.tables);
    ledger.push({ name, mutation, outcome: expected, audited: false });
  }
}

for (const [operation, rows] of Object.entries(matrix)) {
  describe(`${kindOf(operation)} ${operation}`, () => {
    rows.forEach((row, index) => {
      describe(row.variant ?? 'as called', () => {
        for (const { actor, scope, expected } of cellsOf(row)) {
          if (!expected) continue; // reported by the coverage test above
          const unique = `${operation}-${index}-${actor}-${scope}`.toLowerCase();
          it(`${actor}, ${scope} organisation → ${expected}`, () =>
            runCell(operation, row, actor, scope, expected, unique));
        }
      });
    });
  });
}

describe('the matrix as a whole', () => {
  const cells = Object.values(matrix).flatMap((rows) => rows.flatMap(cellsOf));

  it('passed in every cell, every allowed mutation audited', () => {
    expect(ledger).toHaveLength(cells.length);
    const mutations = ledger.filter((entry) => entry.mutation);
    expect(mutations.some((entry) => entry.outcome !== 'ok')).toBe(true);
    // Only signing out while signed out is allowed without an audit event (it changes nothing).
    expect(
      mutations.filter((entry) => entry.outcome === 'ok' && !entry.audited).map((entry) => entry.name),
    ).toEqual(['signOut as anonymous (own)', 'signOut as anonymous (other)']);
  });
});
