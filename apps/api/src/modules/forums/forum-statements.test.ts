import { DEMO, schema } from '@samlad/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

let api: TestApi;
/** A coordinator at Växjö's social services, a member of about ten forums. */
let me: TestClient;

/** Enough extra forums, members and meetings that a page of 50 is a real page of 50. */
async function addForums(count: number) {
  const db = api.database.db;
  // The viewer's organisation first, so every new forum is visible to the viewer.
  const orgs = [
    { id: DEMO.organisations.vaxjoSocial },
    ...(await db.select({ id: schema.organisation.id }).from(schema.organisation).limit(5)).filter(
      (o) => o.id !== DEMO.organisations.vaxjoSocial,
    ),
  ];
  const host = orgs[0];
  if (!host) throw new Error('the demo data has no organisations');
  const forums = await db
    .insert(schema.forum)
    .values(
      Array.from({ length: count }, (_, i) => ({
        name: `Testforum ${String(i).padStart(3, '0')}`,
        purpose: 'Finns för att räkna SQL-satser.',
        themes: ['safety' as const],
        level: 'municipal' as const,
        countyCode: '07',
        hostOrganisationId: host.id,
        meetingsPerYear: 6,
      })),
    )
    .returning({ id: schema.forum.id });
  await db
    .insert(schema.forumMember)
    .values(
      forums.flatMap((f, i) =>
        orgs.slice(0, 2 + (i % 4)).map((o) => ({ forumId: f.id, organisationId: o.id })),
      ),
    );
  const day = 86_400_000;
  await db.insert(schema.meeting).values(
    forums.flatMap((f, i) =>
      [1, 2].map((n) => ({
        forumId: f.id,
        title: `Möte ${n}`,
        startsAt: new Date(Date.now() + (i + n) * day),
        endsAt: new Date(Date.now() + (i + n) * day + 7_200_000),
        mode: 'digital' as const,
        videoUrl: 'https://meet.example.se/test',
      })),
    ),
  );
}

beforeAll(async () => {
  api = await startTestApi();
  me = await api.signIn(PEOPLE.vaxjoCoordinator);
  await addForums(60);
});
afterAll(() => api?.close());

const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    forums(first: $first) {
      edges { node { id name host { name } members { id name kind municipality { name } } nextMeeting { startsAt place forum { name } } } }
    }
  }
`;

/**
 * A signed-in request always costs one statement besides its data: it finds the viewer behind the
 * session and sets the transaction's role and the viewer for row-level security.
 */
const PER_REQUEST = 1;

describe('SQL statements per request', () => {
  it('loads a page of forums with members and next meeting in one data statement, whatever the page size', async () => {
    let rows = 0;
    const small = await api.countStatements(async () => {
      const res = await me.gql<{ forums: { edges: unknown[] } }>(PAGE, { first: 5 });
      expect(res.errors).toBeUndefined();
      rows = res.data?.forums.edges.length ?? 0;
    });
    expect(rows).toBe(5);
    const large = await api.countStatements(async () => {
      const res = await me.gql<{
        forums: { edges: Array<{ node: { members: unknown[]; nextMeeting: unknown } }> };
      }>(PAGE, { first: 50 });
      const nodes = res.data?.forums.edges.map((e) => e.node) ?? [];
      expect(nodes).toHaveLength(50);
      expect(nodes.every((n) => n.members.length > 0)).toBe(true);
      expect(nodes.filter((n) => n.nextMeeting).length).toBeGreaterThan(40);
    });
    expect(large).toBe(small);
    expect(large).toBe(PER_REQUEST + 1);
  });

  it('adds exactly one statement for totalCount', async () => {
    const n = await api.countStatements(() =>
      me.gql(`{ forums(first: 50) { totalCount edges { node { name } } } }`),
    );
    expect(n).toBe(PER_REQUEST + 2);
  });

  it('loads a window of meetings with their forums and members in one data statement', async () => {
    const query = `query($from: DateTime!, $to: DateTime!, $first: Int!) {
      meetings(from: $from, to: $to, first: $first) { edges { node { title forum { name members { name } } } } }
    }`;
    const vars = (first: number) => ({
      from: new Date().toISOString(),
      to: new Date(Date.now() + 200 * 86_400_000).toISOString(),
      first,
    });
    const few = await api.countStatements(() => me.gql(query, vars(3)));
    const many = await api.countStatements(async () => {
      const res = await me.gql<{ meetings: { edges: unknown[] } }>(query, vars(150));
      expect(res.data?.meetings.edges).toHaveLength(150);
    });
    expect(many).toBe(few);
    expect(many).toBe(PER_REQUEST + 1);
  });
});
