import { DEMO, schema } from '@samlad/db';
import { and, eq, gte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

let api: TestApi;
let ali: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  ali = await api.signIn(PEOPLE.vaxjoCoordinator);
});
afterAll(() => api?.close());

const org = (key: keyof typeof DEMO.organisations) => encodeGlobalId('Organisation', DEMO.organisations[key]);
const forumId = (key: keyof typeof DEMO.forums) => encodeGlobalId('Forum', DEMO.forums[key]);
const input = (overrides: Record<string, unknown> = {}) => ({
  name: 'Samverkan kring unga i Araby',
  purpose: 'Samordna insatser för unga i Araby mellan skola, socialtjänst, polis och fritid.',
  themes: ['CHILDREN_AND_YOUNG_PEOPLE', 'CRIME_PREVENTION'],
  level: 'LOCAL',
  countyCode: '07',
  municipalityCode: '0780',
  meetingsPerYear: 10,
  memberOrganisationIds: [org('polisVaxjo'), org('vaxjoFritid'), org('vaxjoGrundskola')],
  ...overrides,
});
const CREATE = `mutation($input: ForumInput!) { createForum(input: $input) { __typename ... on CreateForumSuccess { forum { id name host { name } members { name } } } ... on UserError { message field } } }`;
type Create = {
  createForum: {
    __typename: string;
    field?: string;
    message?: string;
    forum?: { id: string; members: Array<{ name: string }> };
  };
};

describe('creating and editing forums', () => {
  it('lets a coordinator create a forum hosted by their organisation, visible to its members', async () => {
    const res = await ali.gql<Create>(CREATE, { input: input() });
    expect(res.data?.createForum).toMatchObject({
      __typename: 'CreateForumSuccess',
      forum: { name: 'Samverkan kring unga i Araby', host: { name: 'Växjö kommun, socialförvaltningen' } },
    });
    expect(res.data?.createForum.forum?.members).toHaveLength(4);
    const erik = await api.signIn(PEOPLE.policeVaxjo);
    const seen = await erik.gql(`query($id: ID!) { forum(id: $id) { name } }`, {
      id: res.data?.createForum.forum?.id,
    });
    expect(seen.data).toEqual({ forum: { name: 'Samverkan kring unga i Araby' } });
  });

  it('refuses members without the coordinator role, and bad input with the field to correct', async () => {
    const before = await api.database.db.$count(schema.forum);
    const sara = await api.signIn(PEOPLE.vaxjoMember);
    expect((await sara.gql<Create>(CREATE, { input: input() })).data?.createForum.__typename).toBe(
      'NotAllowedError',
    );
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ themes: [] }, 'themes'],
      [{ meetingsPerYear: 60 }, 'meetingsPerYear'],
      [{ memberOrganisationIds: [] }, 'memberOrganisationIds'],
      [
        { memberOrganisationIds: [encodeGlobalId('Organisation', '00000000-0000-4000-8000-00000000ffff')] },
        'memberOrganisationIds',
      ],
      [{ municipalityCode: '1780' }, 'municipalityCode'],
      [{ name: '  ' }, 'name'],
    ];
    for (const [overrides, field] of cases) {
      const res = await ali.gql<Create>(CREATE, { input: input(overrides) });
      expect(res.data?.createForum, JSON.stringify(overrides)).toMatchObject({
        __typename: 'InvalidInputError',
        field,
      });
    }
    expect(await api.database.db.$count(schema.forum)).toBe(before);
  });

  it('lets only the host organisation’s coordinators edit, pause and close', async () => {
    const UPDATE = `mutation($id: ID!, $input: ForumInput!) { updateForum(forumId: $id, input: $input) { __typename ... on UpdateForumSuccess { forum { meetingsPerYear } } } }`;
    const maria = await api.signIn(PEOPLE.karlstadCoordinator);
    expect((await maria.gql(UPDATE, { id: forumId('vaxjoAndt'), input: input() })).data).toEqual({
      updateForum: { __typename: 'NotAllowedError' },
    });
    const updated = await ali.gql(
      `mutation($id: ID!, $input: ForumInput!) { updateForum(forumId: $id, input: $input) { __typename ... on UpdateForumSuccess { forum { name meetingsPerYear members { name } } } } }`,
      {
        id: forumId('vaxjoChildren'),
        input: input({
          name: 'Barn och unga i riskmiljö, Växjö',
          meetingsPerYear: 8,
          memberOrganisationIds: [org('polisVaxjo')],
        }),
      },
    );
    expect(updated.data).toEqual({
      updateForum: {
        __typename: 'UpdateForumSuccess',
        forum: {
          name: 'Barn och unga i riskmiljö, Växjö',
          meetingsPerYear: 8,
          members: [
            { name: 'Polisen, lokalpolisområde Växjö' },
            { name: 'Växjö kommun, socialförvaltningen' },
          ],
        },
      },
    });
    const STATUS = `mutation($id: ID!, $s: EditableForumStatus!) { setForumStatus(forumId: $id, status: $s) { __typename ... on SetForumStatusSuccess { forum { status } } ... on UserError { field } } }`;
    expect((await ali.gql(STATUS, { id: forumId('vaxjoChildren'), s: 'PAUSED' })).data).toEqual({
      setForumStatus: { __typename: 'SetForumStatusSuccess', forum: { status: 'PAUSED' } },
    });
    expect((await ali.gql(STATUS, { id: forumId('vaxjoChildren'), s: 'ACTIVE' })).data).toMatchObject({
      setForumStatus: { forum: { status: 'ACTIVE' } },
    });
  });
});

describe('merging forums', () => {
  it('moves members, future meetings and open actions into the other forum', async () => {
    const db = api.database.db;
    const now = new Date();
    const futureBefore = await db.$count(
      schema.meeting,
      and(eq(schema.meeting.forumId, DEMO.forums.vaxjoAndt), gte(schema.meeting.startsAt, now)),
    );
    expect(futureBefore).toBeGreaterThan(0);
    await db.insert(schema.actionItem).values([
      {
        forumId: DEMO.forums.vaxjoAndt,
        title: 'Kartlägga langning',
        ownerOrganisationId: DEMO.organisations.polisVaxjo,
      },
      {
        forumId: DEMO.forums.vaxjoAndt,
        title: 'Klart sedan länge',
        ownerOrganisationId: DEMO.organisations.polisVaxjo,
        status: 'done',
        completedAt: now,
      },
    ]);
    const MERGE = `mutation($id: ID!, $into: ID!) { mergeForum(forumId: $id, intoForumId: $into) { __typename ... on MergeForumSuccess { forum { status mergedInto { name } } } ... on UserError { field } } }`;
    const res = await ali.gql(MERGE, { id: forumId('vaxjoAndt'), into: forumId('vaxjoChildren') });
    expect(res.data).toMatchObject({
      mergeForum: {
        __typename: 'MergeForumSuccess',
        forum: { status: 'MERGED', mergedInto: { name: expect.any(String) } },
      },
    });
    expect(
      await db.$count(
        schema.meeting,
        and(eq(schema.meeting.forumId, DEMO.forums.vaxjoAndt), gte(schema.meeting.startsAt, now)),
      ),
    ).toBe(0);
    const open = await db
      .select()
      .from(schema.actionItem)
      .where(eq(schema.actionItem.title, 'Kartlägga langning'));
    expect(open[0]?.forumId).toBe(DEMO.forums.vaxjoChildren);
    const done = await db
      .select()
      .from(schema.actionItem)
      .where(eq(schema.actionItem.title, 'Klart sedan länge'));
    expect(done[0]?.forumId).toBe(DEMO.forums.vaxjoAndt);
    const sourceMembers = await db
      .select()
      .from(schema.forumMember)
      .where(eq(schema.forumMember.forumId, DEMO.forums.vaxjoAndt));
    const targetMembers = new Set(
      (
        await db
          .select()
          .from(schema.forumMember)
          .where(eq(schema.forumMember.forumId, DEMO.forums.vaxjoChildren))
      ).map((m) => m.organisationId),
    );
    expect(sourceMembers.every((m) => targetMembers.has(m.organisationId))).toBe(true);
  });

  it('refuses to merge into itself, across counties, or a forum already merged', async () => {
    const MERGE = `mutation($id: ID!, $into: ID!) { mergeForum(forumId: $id, intoForumId: $into) { __typename ... on UserError { field } } }`;
    expect(
      (await ali.gql(MERGE, { id: forumId('vaxjoChildren'), into: forumId('vaxjoChildren') })).data,
    ).toEqual({
      mergeForum: { __typename: 'InvalidInputError', field: 'intoForumId' },
    });
    expect((await ali.gql(MERGE, { id: forumId('vaxjoAndt'), into: forumId('vaxjoChildren') })).data).toEqual(
      {
        mergeForum: { __typename: 'InvalidInputError', field: 'forumId' },
      },
    );
  });
});
