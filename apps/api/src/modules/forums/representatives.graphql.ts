import { atomically, mustFind } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { Forum } from './forum.graphql.ts';
import { setRepresentatives } from './representatives.service.ts';

const ForumRepresentative = builder.drizzleObject('forumRepresentative', {
  name: 'ForumRepresentative',
  description: 'A person who represents a member organisation in a forum, or stands in as deputy.',
  fields: (t) => ({
    organisation: t.relation('organisation', { description: 'The organisation represented.' }),
    user: t.relation('user', { description: 'The person.' }),
    deputy: t.exposeBoolean('deputy', { description: 'Stands in when the representative cannot come.' }),
  }),
});

builder.drizzleObjectFields(Forum, (t) => ({
  representatives: t.relation('representatives', {
    type: ForumRepresentative,
    description: 'Who represents each member organisation, representatives before deputies.',
    query: { orderBy: { deputy: 'asc' } },
  }),
}));

const RepresentativeInput = builder.inputType('RepresentativeInput', {
  description: 'A person who represents their organisation in a forum.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The person, an active member of the organisation.' }),
    deputy: t.boolean({ required: false, description: 'A deputy rather than an ordinary representative.' }),
  }),
});

builder.mutationFields((t) => ({
  setForumRepresentatives: t.drizzleField({
    type: 'forum',
    description:
      'Sets who represents a member organisation in a forum (replacing the list). The organisation’s coordinators and admins, or the forum’s hosts.',
    authScopes: { signedIn: true },
    args: {
      forumId: t.arg.id({ required: true, description: 'The forum.' }),
      organisationId: t.arg.id({ required: true, description: 'The member organisation.' }),
      representatives: t.arg({
        type: [RepresentativeInput],
        required: true,
        description: 'Its representatives.',
      }),
    },
    errors: {
      types: COMMON_ERRORS,
      result: { name: 'SetForumRepresentativesSuccess', description: 'Saved.' },
      union: { name: 'SetForumRepresentativesResult', description: 'Saved, or why not.' },
      dataField: { name: 'forum', description: 'The forum.' },
    },
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const forumId = parseId(ctx, args.forumId, 'Forum', 'forumId');
        await setRepresentatives(
          ctx,
          forumId,
          parseId(ctx, args.organisationId, 'Organisation', 'organisationId'),
          args.representatives.map((r) => ({
            userId: parseId(ctx, String(r.userId), 'User', 'representatives'),
            deputy: r.deputy ?? false,
          })),
        );
        return mustFind(ctx.db.query.forum.findFirst(query({ where: { id: forumId } })), 'forum');
      }),
  }),
}));
