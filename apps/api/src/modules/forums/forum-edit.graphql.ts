import { atomically, mustFind } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { countyCodeSchema, municipalityCodeSchema } from '../reference/reference.graphql.ts';
import { ForumLevel, ForumTheme } from './forum.graphql.ts';
import {
  createForum,
  type ForumInput as ForumValues,
  mergeForum,
  setForumStatus,
  updateForum,
} from './forum.service.ts';

const ForumInput = builder.inputType('ForumInput', {
  description: 'What a forum is: purpose, themes, level, place and members.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The forum’s name.' }),
    purpose: t.string({ required: true, description: 'What it is for, in a sentence or two.' }),
    themes: t.field({ type: [ForumTheme], required: true, description: 'What it works on; at least one.' }),
    level: t.field({ type: ForumLevel, required: true, description: 'The level it works at.' }),
    countyCode: t.string({ required: true, validate: countyCodeSchema, description: 'SCB county code.' }),
    municipalityCode: t.string({
      required: false,
      validate: municipalityCodeSchema,
      description: 'SCB municipality code, for local and municipal forums.',
    }),
    meetingsPerYear: t.int({ required: true, description: 'Planned cadence, 0–52 meetings a year.' }),
    memberOrganisationIds: t.idList({
      required: true,
      description: 'Member organisations besides the host (the host is always a member).',
    }),
  }),
});

const EditableForumStatus = builder.enumType('EditableForumStatus', {
  description: 'The statuses a coordinator can set directly (merging has its own mutation).',
  values: {
    ACTIVE: { value: 'active', description: 'Meets as planned.' },
    PAUSED: { value: 'paused', description: 'Not meeting for now.' },
    CLOSED: { value: 'closed', description: 'No longer meets; cannot be reopened.' },
  } as const,
});

const forumErrors = (name: string, verb: string) => ({
  types: COMMON_ERRORS,
  result: { name: `${name}Success`, description: `${verb}.` },
  union: { name: `${name}Result`, description: `${verb}, or why not.` },
  dataField: { name: 'forum', description: 'The forum.' },
});

function values(ctx: Parameters<typeof parseId>[0], input: typeof ForumInput.$inferInput): ForumValues {
  return {
    ...input,
    memberOrganisationIds: input.memberOrganisationIds.map((id) =>
      parseId(ctx, String(id), 'Organisation', 'memberOrganisationIds'),
    ),
  };
}

builder.mutationFields((t) => ({
  createForum: t.drizzleField({
    type: 'forum',
    description: 'Creates a forum hosted by the organisation the coordinator acts for.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ForumInput, required: true, description: 'The forum.' }) },
    errors: forumErrors('CreateForum', 'Created'),
    resolve: (query, _root, { input }, ctx) =>
      atomically(ctx, async () => {
        const forum = await createForum(ctx, values(ctx, input));
        return mustFind(ctx.db.query.forum.findFirst(query({ where: { id: forum.id } })), 'forum');
      }),
  }),
  updateForum: t.drizzleField({
    type: 'forum',
    description: 'Edits a forum. Coordinators and admins of its host organisation.',
    authScopes: { signedIn: true },
    args: {
      forumId: t.arg.id({ required: true, description: 'The forum.' }),
      input: t.arg({ type: ForumInput, required: true, description: 'Its new description and members.' }),
    },
    errors: forumErrors('UpdateForum', 'Saved'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.forumId, 'Forum', 'forumId');
        await updateForum(ctx, id, values(ctx, args.input));
        return mustFind(ctx.db.query.forum.findFirst(query({ where: { id } })), 'forum');
      }),
  }),
  setForumStatus: t.drizzleField({
    type: 'forum',
    description: 'Pauses, resumes or closes a forum.',
    authScopes: { signedIn: true },
    args: {
      forumId: t.arg.id({ required: true, description: 'The forum.' }),
      status: t.arg({ type: EditableForumStatus, required: true, description: 'The new status.' }),
    },
    errors: forumErrors('SetForumStatus', 'Changed'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.forumId, 'Forum', 'forumId');
        await setForumStatus(ctx, id, args.status);
        return mustFind(ctx.db.query.forum.findFirst(query({ where: { id } })), 'forum');
      }),
  }),
  mergeForum: t.drizzleField({
    type: 'forum',
    description:
      'Merges a forum into another in the same county: members, future meetings and open actions move there.',
    authScopes: { signedIn: true },
    args: {
      forumId: t.arg.id({ required: true, description: 'The forum that ends.' }),
      intoForumId: t.arg.id({ required: true, description: 'The forum it merges into.' }),
    },
    errors: forumErrors('MergeForum', 'Merged'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.forumId, 'Forum', 'forumId');
        await mergeForum(ctx, id, parseId(ctx, args.intoForumId, 'Forum', 'intoForumId'));
        return mustFind(ctx.db.query.forum.findFirst(query({ where: { id } })), 'forum');
      }),
  }),
}));
