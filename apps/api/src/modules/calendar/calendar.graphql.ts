import { atomically } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { forumFeed, personalFeed, resetFeed } from './calendar-token.service.ts';

const CalendarFeeds = builder.objectRef<{ urlPath: string | null }>('CalendarFeeds').implement({
  description:
    'The viewer’s calendar subscriptions. Only a hash of each secret token is kept, so a URL can be shown only when its token is made.',
  fields: (t) => ({
    hasPersonalFeed: t.boolean({
      description: 'Always true: the personal feed is made on first request.',
      resolve: () => true,
    }),
    personalUrlPath: t.exposeString('urlPath', {
      nullable: true,
      description:
        'The personal feed’s path (`/calendar/<token>.ics`: every meeting of every forum the person’s organisations sit in), set only on the request that made it. Null afterwards: reset the feed to get a new URL.',
    }),
  }),
});

interface FeedShape {
  urlPath: string;
  forumId: string | null;
}

const CalendarFeed = builder.objectRef<FeedShape>('CalendarFeed').implement({
  description: 'A calendar subscription just made or reset. Its URL is shown only now: keep it secret.',
  fields: (t) => ({
    urlPath: t.exposeString('urlPath', {
      description:
        'The path to subscribe to, on this server: `/calendar/<token>.ics` for the person, `/calendar/forum/<token>.ics` for a forum.',
    }),
    forum: t.drizzleField({
      type: 'forum',
      nullable: true,
      description: 'The forum, for a forum’s feed; null for the personal one.',
      resolve: (query, feed, _args, ctx) =>
        feed.forumId ? ctx.db.query.forum.findFirst(query({ where: { id: feed.forumId } })) : null,
    }),
  }),
});

const feedErrors = (name: string, verb: string) => ({
  types: COMMON_ERRORS,
  result: { name: `${name}Success`, description: `${verb}.` },
  union: { name: `${name}Result`, description: `${verb}, or why not.` },
  dataField: { name: 'feed', description: 'The feed and its new URL.' },
});

builder.queryFields((t) => ({
  calendarFeeds: t.field({
    type: CalendarFeeds,
    description:
      'The viewer’s calendar subscriptions. Makes the personal feed on the first request and shows its URL that once.',
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => personalFeed(ctx),
  }),
}));

builder.mutationFields((t) => ({
  forumCalendarFeed: t.field({
    type: CalendarFeed,
    description:
      'Makes a forum’s calendar feed, for a member of the forum, and shows its URL that once. If the forum already has one, a ConflictError: get the URL from whoever has it, or ask the host’s coordinators to reset it.',
    authScopes: { signedIn: true },
    args: { forumId: t.arg.id({ required: true, description: 'The forum.' }) },
    errors: feedErrors('ForumCalendarFeed', 'Made'),
    resolve: (_root, args, ctx) =>
      atomically(ctx, async () => {
        const forumId = parseId(ctx, args.forumId, 'Forum', 'forumId');
        return { ...(await forumFeed(ctx, forumId)), forumId };
      }),
  }),
  resetCalendarFeed: t.field({
    type: CalendarFeed,
    description:
      'Replaces a feed’s secret URL; the old one stops working at once. Without a forum, the viewer’s personal feed; with one, the forum’s (coordinators and admins of its host organisation).',
    authScopes: { signedIn: true },
    args: {
      forumId: t.arg.id({
        required: false,
        description: 'The forum whose feed to reset; leave out for one’s own.',
      }),
    },
    errors: feedErrors('ResetCalendarFeed', 'Reset'),
    resolve: (_root, args, ctx) =>
      atomically(ctx, async () => {
        const forumId = args.forumId ? parseId(ctx, args.forumId, 'Forum', 'forumId') : null;
        return { ...(await resetFeed(ctx, forumId)), forumId };
      }),
  }),
}));
