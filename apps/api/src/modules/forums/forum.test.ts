import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

let api: TestApi;
/** A coordinator at Växjö's social services, a member of about ten forums. */
let me: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  me = await api.signIn(PEOPLE.vaxjoCoordinator);
});
afterAll(() => api?.close());

interface ForumNode {
  id: string;
  name: string;
  themes: string[];
  county: { code: string };
  members: Array<{ id: string; name: string; kind: string }>;
  nextMeeting: { startsAt: string; status: string; forum: { id: string } } | null;
}
type Forums = {
  forums: {
    totalCount: number;
    edges: Array<{ node: ForumNode }>;
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

const FORUMS = /* GraphQL */ `
  query Forums($first: Int, $after: String, $countyCode: String, $theme: ForumTheme, $member: ID) {
    forums(first: $first, after: $after, countyCode: $countyCode, theme: $theme, memberOrganisationId: $member) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name themes county { code } members { id name kind } nextMeeting { startsAt status forum { id } } } }
    }
  }
`;

describe('forums', () => {
  it('lists forums by name with their members and next meeting', async () => {
    const res = await me.gql<Forums>(FORUMS, { first: 100 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.forums.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThanOrEqual(10);
    expect(res.data?.forums.totalCount).toBe(nodes.length);
    const names = nodes.map((n) => n.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
    for (const forum of nodes) {
      expect(forum.members.length).toBeGreaterThan(0);
      if (forum.nextMeeting) {
        expect(forum.nextMeeting.forum.id).toBe(forum.id);
        expect(forum.nextMeeting.status).toBe('SCHEDULED');
        expect(new Date(forum.nextMeeting.startsAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      }
    }
    expect(nodes.filter((n) => n.nextMeeting).length).toBeGreaterThan(5);
  });

  it('gives the earliest coming meeting as next meeting', async () => {
    const res = await me.gql<Forums>(FORUMS, { first: 1 });
    const forum = res.data?.forums.edges[0]?.node;
    expect(forum).toBeDefined();
    const meetings = await me.gql<{
      meetings: { edges: Array<{ node: { startsAt: string; status: string } }> };
    }>(
      `query($from: DateTime!, $to: DateTime!, $forum: ID) { meetings(from: $from, to: $to, forumId: $forum, first: 200) { edges { node { startsAt status } } } }`,
      {
        from: new Date().toISOString(),
        to: new Date(Date.now() + 365 * 86_400_000).toISOString(),
        forum: forum?.id,
      },
    );
    const next = meetings.data?.meetings.edges.map((e) => e.node).find((m) => m.status === 'SCHEDULED');
    expect(forum?.nextMeeting?.startsAt ?? null).toBe(next?.startsAt ?? null);
  });

  it('pages with cursors without repeating or skipping a forum', async () => {
    const all = (await me.gql<Forums>(FORUMS, { first: 100 })).data?.forums.edges.map((e) => e.node.id) ?? [];
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const res = await me.gql<Forums>(FORUMS, { first: 4, after });
      seen.push(...(res.data?.forums.edges.map((e) => e.node.id) ?? []));
      if (!res.data?.forums.pageInfo.hasNextPage) break;
      after = res.data.forums.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('filters by county, theme and member organisation', async () => {
    const kronoberg = await me.gql<Forums>(FORUMS, { first: 100, countyCode: '07' });
    const inKronoberg = kronoberg.data?.forums.edges.map((e) => e.node) ?? [];
    expect(inKronoberg.length).toBeGreaterThan(0);
    expect(inKronoberg.every((f) => f.county.code === '07')).toBe(true);
    expect(kronoberg.data?.forums.totalCount).toBe(inKronoberg.length);

    const crime = await me.gql<Forums>(FORUMS, { first: 100, theme: 'CRIME_PREVENTION' });
    const crimeForums = crime.data?.forums.edges.map((e) => e.node) ?? [];
    expect(crimeForums.length).toBeGreaterThan(0);
    expect(crimeForums.every((f) => f.themes.includes('CRIME_PREVENTION'))).toBe(true);

    const member = inKronoberg[0]?.members[0];
    const byMember = await me.gql<Forums>(FORUMS, { first: 100, member: member?.id });
    const memberForums = byMember.data?.forums.edges.map((e) => e.node) ?? [];
    expect(memberForums.length).toBeGreaterThan(0);
    expect(memberForums.every((f) => f.members.some((m) => m.id === member?.id))).toBe(true);
    expect(byMember.data?.forums.totalCount).toBe(memberForums.length);
  });

  it('fetches one forum by id, and null for an id that does not exist', async () => {
    const first = (await me.gql<Forums>(FORUMS, { first: 1 })).data?.forums.edges[0]?.node;
    const one = await me.gql<{ forum: { name: string } | null }>(
      `query($id: ID!) { forum(id: $id) { name } }`,
      {
        id: first?.id,
      },
    );
    expect(one.data?.forum?.name).toBe(first?.name);
    const none = await me.gql(`query($id: ID!) { forum(id: $id) { name } }`, {
      id: encodeGlobalId('Forum', '00000000-0000-4000-8000-000000000000'),
    });
    expect(none.errors).toBeUndefined();
    expect(none.data).toEqual({ forum: null });
  });

  it('answers an invalid id with a clear error naming the argument, in Swedish and English', async () => {
    const sv = await me.gql(`{ forum(id: "not-an-id") { name } }`);
    expect(sv.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(sv.errors?.[0]?.message).toContain('inte ett giltigt id för Forum');
    const en = await me.gql(
      `{ forum(id: "not-an-id") { name } }`,
      {},
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(en.errors?.[0]?.message).toContain('is not a valid Forum id');

    // A real id of another type is not a forum id either.
    const orgs = await me.gql<{ organisations: { edges: Array<{ node: { id: string } }> } }>(
      `{ organisations(first: 1) { edges { node { id } } } }`,
    );
    const wrongType = await me.gql(`query($id: ID!) { forum(id: $id) { name } }`, {
      id: orgs.data?.organisations.edges[0]?.node.id,
    });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    const member = await me.gql(`{ forums(memberOrganisationId: "bogus") { totalCount } }`);
    expect(member.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'memberOrganisationId',
    });
  });

  it('rejects a malformed county code with a message that says what a code looks like', async () => {
    const res = await me.gql(`{ forums(countyCode: "Kronoberg") { totalCount } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countyCode' });
    expect(res.errors?.[0]?.message).toContain('två siffror');
  });
});
