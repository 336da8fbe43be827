import { DEMO } from '@samlad/db';
import { type GraphQLObjectType, getOperationAST, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';
import { encodeGlobalId } from '../global-id.ts';
import { schema } from '../index.ts';
import { isPlainRelation, planFor } from './plan.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // A meeting about a case, which only the case's participants see as more than a meeting.
  const ali = await api.signIn(PEOPLE.vaxjoCoordinator);
  const startsAt = new Date(Date.now() + 10 * DAY);
  const res = await ali.gql<{ createMeeting: { __typename: string } }>(
    `mutation($f: ID!, $i: MeetingInput!) { createMeeting(forumId: $f, input: $i) { __typename } }`,
    {
      f: encodeGlobalId('Forum', DEMO.forums.vaxjoChildren),
      i: {
        title: 'SIP-möte',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        mode: 'DIGITAL',
        videoUrl: 'https://meet.example.se/sip',
        caseId: encodeGlobalId('SharedCase', DEMO.cases.vaxjoYoungPerson),
      },
    },
  );
  if (res.data?.createMeeting.__typename !== 'CreateMeetingSuccess') throw new Error(JSON.stringify(res));
});
afterAll(() => api?.close());

const DAY = 86_400_000;
const window = {
  from: new Date(Date.now() - 60 * DAY).toISOString(),
  to: new Date(Date.now() + 300 * DAY).toISOString(),
};

// Documents the planner answers itself. Each is also sent with `@include(if: true)` on its root
// fields, which the planner leaves to the executor, and the two answers must be the same text.
const PLANNED = {
  'the week view and the benchmark': /* GraphQL */ `
    query Week($from: DateTime!, $to: DateTime!) {
      meetings(from: $from, to: $to, first: 200) {
        edges { node { id title startsAt endsAt mode place videoUrl status forum { id name } } }
      }
    }`,
  'aliases, fragments, typenames and merged fields': /* GraphQL */ `
    query Shapes($from: DateTime!, $to: DateTime!) {
      __typename
      soon: meetings(from: $from, to: $to, first: 5) {
        __typename
        edges { __typename node { ...Item forum { purpose } } }
      }
      more: meetings(from: $from, to: $to) {
        edges { node { when: startsAt ... on Meeting { title minutes originalStart } case { id reference status themes summary identified protectedIdentity nextFollowUpOn createdAt closedAt lead { name } } } }
      }
    }
    fragment Item on Meeting {
      id status
      forum { __typename id name themes level status meetingsPerYear host { id name kind } }
    }`,
  'one forum’s meetings': /* GraphQL */ `
    query OneForum($from: DateTime!, $to: DateTime!, $forum: ID) {
      meetings(from: $from, to: $to, forumId: $forum, first: 50) {
        edges { node { id title case { id reference status createdAt lead { name } } } }
      }
    }`,
};

/** The same document, with every root field left to the executor. */
const executed = (document: string) =>
  document.replace(/(\n\s+(?:\w+: )?meetings\([^)]*\))/g, '$1 @include(if: true)');

const VARIABLES = { ...window, forum: encodeGlobalId('Forum', DEMO.forums.vaxjoChildren) };

const asText = (res: { data?: unknown; errors?: unknown }) =>
  JSON.stringify({ data: res.data, errors: res.errors });

describe('planned reads', () => {
  it('plans the documents above, and leaves directives, cursors, page info and lists of related rows to the executor', () => {
    const planned = (document: string) => {
      const ast = parse(document);
      const operation = getOperationAST(ast);
      if (!operation) throw new Error('no operation');
      return planFor(schema, ast, operation) !== null;
    };
    for (const document of Object.values(PLANNED)) {
      expect(planned(document)).toBe(true);
      expect(planned(executed(document))).toBe(false);
    }
    const inner = (selection: string) =>
      `query($from: DateTime!, $to: DateTime!) { meetings(from: $from, to: $to) { ${selection} } }`;
    expect(planned(inner('edges { node { id } }'))).toBe(true);
    expect(planned(inner('edges { cursor node { id } }'))).toBe(false);
    expect(planned(inner('pageInfo { hasNextPage } edges { node { id } }'))).toBe(false);
    expect(planned(inner('edges { node { id invitees { rsvp } } }'))).toBe(false);
    expect(planned(inner('edges { node { id title @skip(if: false) } }'))).toBe(false);
    expect(planned(inner('edges { node { ... on Node { id } } }'))).toBe(false);
    expect(planned(inner('edges { node { forum { nextMeeting { id } } } }'))).toBe(false);
    // A case's subject (its identity) has a resolver of its own, which checks consent and audits.
    expect(planned(inner('edges { node { case { subject { __typename } } } }'))).toBe(false);
    expect(planned(`mutation { signOut { __typename } }`)).toBe(false);
    expect(planned(`query { viewer { user { name } } }`)).toBe(false);
  });

  it('takes a relation as plain only when it is t.relation with no query of its own', () => {
    const ext = (type: string, field: string) =>
      ((schema.getType(type) as GraphQLObjectType).getFields()[field]?.extensions ?? {}) as Parameters<
        typeof isPlainRelation
      >[0];
    expect(isPlainRelation(ext('Meeting', 'forum'), 'forum')).toBe(true);
    expect(isPlainRelation(ext('SharedCase', 'lead'), 'lead')).toBe(true);
    // A select and a resolver of its own (consent check and audit).
    expect(isPlainRelation(ext('SharedCase', 'subject'), 'subject')).toBe(false);
    // t.relation with a query of its own (here, an order).
    expect(isPlainRelation(ext('Forum', 'members'), 'members')).toBe(false);
    expect(isPlainRelation(ext('SharedCase', 'participants'), 'participants')).toBe(false);
    // Column fields are not relations.
    expect(isPlainRelation(ext('Meeting', 'title'), 'title')).toBe(false);
  });

  const viewers: Array<[string, string | null]> = [...Object.entries(PEOPLE), ['signed out', null]];
  for (const [name, document] of Object.entries(PLANNED)) {
    it(`answers “${name}” as the executor does, for every role, own organisation and other, and signed out`, async () => {
      let compared = 0;
      let cases = 0;
      for (const [role, email] of viewers) {
        const client: Pick<TestClient, 'gql'> = email ? await api.signIn(email) : api;
        let plannedAnswer: Awaited<ReturnType<TestClient['gql']>> | undefined;
        const statements = await api.statementsOf(async () => {
          plannedAnswer = await client.gql(document, VARIABLES);
        });
        const executorAnswer = await client.gql(executed(document), VARIABLES);
        expect(asText(plannedAnswer ?? {}), role).toBe(asText(executorAnswer));
        // The plan answered, not the executor after it: only the executor reads every column.
        if (email) expect(statements.join('\n'), role).not.toMatch(/"sequence"/);
        const text = JSON.stringify(plannedAnswer?.data ?? {});
        compared += text.match(/"title"/g)?.length ?? 0;
        cases += text.match(/"reference":"/g)?.length ?? 0;
      }
      // Some answers hold meetings, so rows were compared, not empty lists; in the one forum, the
      // meeting about a case (beforeAll) shows its case to the case's participants.
      expect(compared).toBeGreaterThan(0);
      if (name === 'one forum’s meetings') expect(cases).toBeGreaterThan(0);
    });
  }

  it('reads the asked columns in one statement, where the executor reads every column', async () => {
    const ali = await api.signIn(PEOPLE.vaxjoCoordinator);
    const document = PLANNED['the week view and the benchmark'];
    const planned = await api.statementsOf(() => ali.gql(document, window));
    const executor = await api.statementsOf(() => ali.gql(executed(document), window));
    // The session's statement, then the meetings with their forums.
    expect(planned).toHaveLength(2);
    expect(executor).toHaveLength(2);
    expect(planned[1]).not.toMatch(/"minutes"|"purpose"/);
    expect(executor[1]).toMatch(/"minutes"/);
    expect(executor[1]).toMatch(/"sequence"/);
  });

  it('gives the executor’s errors for arguments the resolver refuses, in the person’s language', async () => {
    const ali = await api.signIn(PEOPLE.vaxjoCoordinator);
    const document = PLANNED['one forum’s meetings'];
    const cases = [
      { ...window, from: window.to, to: window.from },
      { ...window, to: new Date(Date.parse(window.from) + 400 * DAY).toISOString() },
      { ...window, forum: 'not-an-id' },
    ];
    for (const variables of cases) {
      const res = await ali.gql(document, variables, { 'accept-language': 'sv' });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(asText(res)).toBe(
        asText(await ali.gql(executed(document), variables, { 'accept-language': 'sv' })),
      );
    }
    // Pages larger than the largest are cut to it, and negative ones refused, as the executor does.
    const sized = (first: number) =>
      `query($from: DateTime!, $to: DateTime!) {\n  meetings(from: $from, to: $to, first: ${first}) { edges { node { id } } } }`;
    for (const first of [500, -1]) {
      const res = await ali.gql(sized(first), window);
      expect(asText(res)).toBe(asText(await ali.gql(executed(sized(first)), window)));
    }
    expect((await ali.gql(sized(-1), window)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
