import { z } from 'zod';
import type { Context } from '../../context.ts';
import { builder } from '../../schema/builder.ts';
import { activeOrganisationId } from '../auth/access.ts';

const DAY = 86_400_000;
const DEFAULT_WEEKS = 8;

/** How far ahead this request's joint view lists meetings; set by `jointView` before it plans. */
const horizons = new WeakMap<Context, Date>();
const horizonOf = (ctx: Context) =>
  horizons.get(ctx) ?? new Date(ctx.now.getTime() + DEFAULT_WEEKS * 7 * DAY);

/**
 * The joint view is the acting organisation's row seen from its forums: its forums' coming
 * meetings, its open actions and its active forums are relations of that row, so the whole view
 * (with each meeting's forum, each forum's next meeting, each action's owner and forum) loads in
 * one statement. Invitations and pulses depend on the person as well and load on their own.
 */
export const JointView = builder.drizzleObject('organisation', {
  variant: 'JointView',
  description: 'Everything the signed-in person needs now, from every forum their organisation sits in.',
  select: { columns: { id: true } },
  fields: (t) => ({
    meetings: t.relation('forumMeetings', {
      description:
        'Coming meetings of all the organisation’s forums, earliest first (cancelled ones included, marked).',
      query: (_args, ctx) => ({
        where: { endsAt: { gte: ctx.now }, startsAt: { lt: horizonOf(ctx) } },
        orderBy: { startsAt: 'asc', id: 'asc' },
        limit: 300,
      }),
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
    actions: t.relation('ownedActions', {
      description: 'The organisation’s open actions across all forums, earliest due (so overdue) first.',
      query: {
        where: { status: { in: ['open', 'in_progress'] } },
        orderBy: { dueDate: 'asc', createdAt: 'asc', id: 'asc' },
        limit: 200,
      },
    }),
    forums: t.relation('forums', {
      description: 'The forums the organisation sits in that meet (active), by name.',
      query: { where: { status: 'active' }, orderBy: { name: 'asc', id: 'asc' } },
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
        defaultValue: DEFAULT_WEEKS,
        description: 'How many weeks ahead to list meetings (1–26).',
        validate: z.number().int().min(1).max(26),
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      horizons.set(ctx, new Date(ctx.now.getTime() + (args.weeks ?? DEFAULT_WEEKS) * 7 * DAY));
      const organisation = (await ctx.db.query.organisation.findFirst(
        t.drizzleQueryFromInfo(JointView, { context: ctx, info, where: { id: activeOrganisationId(ctx) } }),
      )) as { id: string } | undefined; // the planned query's row: its id and the relations asked for
      // Someone with no active membership sits in no forum: an empty view.
      return (
        organisation ?? { id: activeOrganisationId(ctx), forumMeetings: [], ownedActions: [], forums: [] }
      );
    },
  }),
}));
