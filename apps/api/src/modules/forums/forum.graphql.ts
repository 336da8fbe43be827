import { schema } from '@samlad/db';
import { and, arrayContains, eq, inArray, type SQL } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { swedishSortKey, whereDefined } from '../../schema/where.ts';
import { activeOrganisationId } from '../auth/access.ts';
import { enumFromDb } from '../common/enums.ts';
import { countyCodeSchema } from '../reference/reference.graphql.ts';

export const ForumTheme = enumFromDb('ForumTheme', 'What a forum works on.', schema.forumTheme.enumValues, {
  work_and_education: 'Work and education (arbete och utbildning).',
  integration: 'Integration and establishment (integration och etablering).',
  crime_prevention: 'Crime prevention (brottsförebyggande arbete).',
  violence_in_close_relationships: 'Violence in close relationships (våld i nära relationer).',
  children_and_young_people: 'Children and young people (barn och unga).',
  mental_health: 'Mental health (psykisk hälsa).',
  substance_use: 'Alcohol, drugs and gambling (ANDTS).',
  public_health: 'Public health (folkhälsa).',
  safety: 'Safety and security in public places (trygghet).',
});

export const ForumLevel = enumFromDb(
  'ForumLevel',
  'The level a forum works at.',
  schema.forumLevel.enumValues,
  {
    local: 'A neighbourhood, school area or local police area.',
    municipal: 'One municipality.',
    regional: 'Several municipalities, or a region.',
    county: 'The whole county.',
  },
);

export const ForumStatus = enumFromDb(
  'ForumStatus',
  'Whether a forum meets.',
  schema.forumStatus.enumValues,
  {
    active: 'Meets as planned.',
    paused: 'Not meeting for now.',
    merged: 'Merged into another forum.',
    closed: 'No longer meets.',
  },
);

export const Forum = builder.drizzleNode('forum', {
  name: 'Forum',
  description: 'A standing collaboration group (samverkansforum) of several organisations.',
  id: { column: (f) => f.id },
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The forum’s name.' }),
    purpose: t.exposeString('purpose', { description: 'What the forum is for, in a sentence or two.' }),
    themes: t.expose('themes', { type: [ForumTheme], description: 'What the forum works on.' }),
    level: t.expose('level', { type: ForumLevel, description: 'The level it works at.' }),
    status: t.expose('status', { type: ForumStatus, description: 'Whether it meets.' }),
    meetingsPerYear: t.exposeInt('meetingsPerYear', { description: 'Planned cadence: meetings a year.' }),
    county: t.relation('county', { description: 'The county the forum belongs to.' }),
    municipality: t.relation('municipality', {
      nullable: true,
      description: 'The municipality, for local and municipal forums.',
    }),
    host: t.relation('host', { description: 'The organisation that hosts and convenes the forum.' }),
    members: t.relation('members', {
      description: 'Member organisations, by name.',
      query: { orderBy: { name: 'asc' } },
    }),
    mergedInto: t.relation('mergedInto', {
      nullable: true,
      description: 'The forum this one merged into, if the viewer’s organisation is a member of it.',
      query: (_args, ctx) => ({ where: visibleForumWhere(ctx) }),
    }),
  }),
});

/** The relational filter for "a forum the viewer's active organisation is a member of". */
export function visibleForumWhere(ctx: Context) {
  return { memberships: { organisationId: activeOrganisationId(ctx) } };
}

interface ForumFilter {
  /** Forums are visible to the organisations that are members of them: this is the viewer's. */
  visibleTo: string;
  countyCode?: string | null;
  theme?: (typeof schema.forumTheme.enumValues)[number] | null;
  /** Database id, already decoded. */
  memberOrganisationId?: string | undefined;
}

/** The same filter as SQL, for counting. Must select the same rows as the relational query below. */
function forumCondition(db: Context['db'], filter: ForumFilter): SQL | undefined {
  const f = schema.forum;
  const m = schema.forumMember;
  const memberOf = (organisationId: string) =>
    inArray(f.id, db.select({ id: m.forumId }).from(m).where(eq(m.organisationId, organisationId)));
  return and(
    memberOf(filter.visibleTo),
    filter.countyCode ? eq(f.countyCode, filter.countyCode) : undefined,
    filter.theme ? arrayContains(f.themes, [filter.theme]) : undefined,
    filter.memberOrganisationId ? memberOf(filter.memberOrganisationId) : undefined,
  );
}

builder.queryFields((t) => {
  const filterArgs = {
    countyCode: t.arg.string({
      required: false,
      validate: countyCodeSchema,
      description: 'SCB county code.',
    }),
    theme: t.arg({ type: ForumTheme, required: false, description: 'Only forums working on this theme.' }),
    memberOrganisationId: t.arg.id({
      required: false,
      description: 'Only forums this organisation is a member of.',
    }),
  };
  const decode = (
    ctx: Context,
    args: { countyCode?: string | null; theme?: ForumFilter['theme']; memberOrganisationId?: string | null },
  ): ForumFilter => ({
    visibleTo: activeOrganisationId(ctx),
    countyCode: args.countyCode,
    theme: args.theme,
    memberOrganisationId: args.memberOrganisationId
      ? parseId(ctx, args.memberOrganisationId, 'Organisation', 'memberOrganisationId')
      : undefined,
  });
  return {
    forums: t.drizzleConnection(
      {
        type: 'forum',
        description:
          'Forums in Swedish alphabetical order, optionally filtered by county, theme and member organisation.',
        authScopes: { signedIn: true },
        args: filterArgs,
        totalCount: (_root, args, ctx) =>
          ctx.db.$count(schema.forum, forumCondition(ctx.db, decode(ctx, args))),
        resolve: (query, _root, args, ctx) => {
          const filter = decode(ctx, args);
          return ctx.db.query.forum.findMany(
            query({
              where: {
                AND: [
                  visibleForumWhere(ctx),
                  whereDefined({
                    countyCode: filter.countyCode ?? undefined,
                    themes: filter.theme ? { arrayContains: [filter.theme] } : undefined,
                    memberships: filter.memberOrganisationId
                      ? { organisationId: filter.memberOrganisationId }
                      : undefined,
                  }),
                ],
              },
              extras: { sortName: (f) => swedishSortKey(f.name) },
              orderBy: { sortName: 'asc' },
            }),
          );
        },
      },
      { name: 'ForumConnection', description: 'A page of forums.' },
      { name: 'ForumEdge', description: 'A forum in a page.' },
    ),
    forum: t.drizzleField({
      type: 'forum',
      nullable: true,
      description: 'One forum by id, or null if there is none or the viewer’s organisation is not a member.',
      authScopes: { signedIn: true },
      args: { id: t.arg.id({ required: true, description: 'The forum’s id.' }) },
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.forum.findFirst(
          query({ where: { AND: [{ id: parseId(ctx, args.id, 'Forum') }, visibleForumWhere(ctx)] } }),
        ),
    }),
  };
});
