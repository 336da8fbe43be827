import { z } from 'zod';
import { builder } from '../../schema/builder.ts';
import { activeOrganisationId } from '../auth/access.ts';
import { visibleForumWhere } from '../forums/forum.graphql.ts';

const DAY = 86_400_000;

/** A marker object: each field loads its own slice with one statement. */
export const JointView = builder.objectRef<{ weeks: number }>('JointView').implement({
  description: 'Everything the signed-in person needs now, from every forum their organisation sits in.',
  fields: (t) => ({
    meetings: t.drizzleField({
      type: ['meeting'],
      description:
        'Coming meetings of all the organisation’s forums, earliest first (cancelled ones included, marked).',
      resolve: (query, parent, _args, ctx) =>
        ctx.db.query.meeting.findMany(
          query({
            where: {
              endsAt: { gte: ctx.now },
              startsAt: { lt: new Date(ctx.now.getTime() + parent.weeks * 7 * DAY) },
              forum: visibleForumWhere(ctx),
            },
            orderBy: { startsAt: 'asc', id: 'asc' },
            limit: 300,
          }),
        ),
    }),
    invitationsAwaitingAnswer: t.drizzleField({
      type: ['meeting'],
      description: 'Coming meetings that invite the person or their organisation and have no answer yet.',
      resolve: (query, _parent, _args, ctx) =>
        ctx.db.query.meeting.findMany(
          query({
            where: {
              startsAt: { gte: ctx.now },
              status: 'scheduled',
              invitees: {
                organisationId: activeOrganisationId(ctx),
                rsvp: 'pending',
                OR: [{ userId: { isNull: true } }, { userId: ctx.viewer?.userId ?? '' }],
              },
            },
            orderBy: { startsAt: 'asc', id: 'asc' },
            limit: 100,
          }),
        ),
    }),
    actions: t.drizzleField({
      type: ['actionItem'],
      description: 'The organisation’s open actions across all forums, earliest due (so overdue) first.',
      resolve: (query, _parent, _args, ctx) =>
        ctx.db.query.actionItem.findMany(
          query({
            where: {
              ownerOrganisationId: activeOrganisationId(ctx),
              status: { in: ['open', 'in_progress'] },
            },
            orderBy: { dueDate: 'asc', createdAt: 'asc' },
            limit: 200,
          }),
        ),
    }),
    forums: t.drizzleField({
      type: ['forum'],
      description: 'The forums the organisation sits in that meet (active), by name.',
      resolve: (query, _parent, _args, ctx) =>
        ctx.db.query.forum.findMany(
          query({ where: { AND: [visibleForumWhere(ctx), { status: 'active' }] }, orderBy: { name: 'asc' } }),
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  jointView: t.field({
    type: JointView,
    description: 'The joint view: coming meetings, invitations to answer, open actions and forums.',
    authScopes: { signedIn: true },
    args: {
      weeks: t.arg.int({
        required: false,
        defaultValue: 8,
        description: 'How many weeks ahead to list meetings (1–26).',
        validate: z.number().int().min(1).max(26),
      }),
    },
    resolve: (_root, args) => ({ weeks: args.weeks ?? 8 }),
  }),
}));
