import { schema } from '@samlad/db';
import { checkTimeWindow } from '@samlad/domain';
import type { Context } from '../../context.ts';
import { userInputError } from '../../errors.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { plannedConnection } from '../../schema/planned-reads/plan.ts';
import { whereDefined } from '../../schema/where.ts';
import { enumFromDb } from '../common/enums.ts';
import { Forum, visibleForumWhere } from '../forums/forum.graphql.ts';

/** The longest window `meetings` answers for, so one request cannot ask for everything. */
export const MAX_MEETING_WINDOW_DAYS = 366;

export const MeetingMode = enumFromDb(
  'MeetingMode',
  'How people attend a meeting.',
  schema.meetingMode.enumValues,
  {
    in_person: 'Everyone in one room.',
    digital: 'Everyone by video.',
    hybrid: 'Some in the room, some by video.',
  },
);

export const MeetingStatus = enumFromDb(
  'MeetingStatus',
  'Where a meeting stands.',
  schema.meetingStatus.enumValues,
  {
    scheduled: 'Planned to take place.',
    cancelled: 'Will not take place.',
    held: 'Has taken place.',
  },
);

export const Meeting = builder.drizzleNode('meeting', {
  name: 'Meeting',
  description: 'A meeting of a forum. Times are instants; show them in Europe/Stockholm.',
  id: { column: (m) => m.id },
  authScopes: { signedIn: true },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What the meeting is called in invitations.' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When it starts.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'When it ends.' }),
    mode: t.expose('mode', { type: MeetingMode, description: 'In person, digital or hybrid.' }),
    place: t.exposeString('place', {
      nullable: true,
      description: 'Where it is held, for in-person and hybrid.',
    }),
    videoUrl: t.exposeString('videoUrl', {
      nullable: true,
      description: 'The video link, for digital and hybrid.',
    }),
    status: t.expose('status', { type: MeetingStatus, description: 'Scheduled, cancelled or held.' }),
    forum: t.relation('forum', { description: 'The forum the meeting belongs to.' }),
  }),
});

builder.drizzleObjectFields(Forum, (t) => ({
  nextMeeting: t.field({
    type: Meeting,
    nullable: true,
    description: 'The forum’s next scheduled meeting that has not started yet, if any.',
    // Planned into the forum's own query (a lateral join), so a page of forums costs no extra statement.
    select: (_args, ctx, nestedSelection) => ({
      with: {
        meetings: nestedSelection({
          where: { startsAt: { gte: ctx.now }, status: 'scheduled' },
          orderBy: { startsAt: 'asc', id: 'asc' },
          limit: 1,
        }),
      },
    }),
    resolve: (forum) => forum.meetings[0] ?? null,
  }),
}));

function checkWindow(ctx: Context, from: Date, to: Date) {
  const problem = checkTimeWindow({ from, to }, MAX_MEETING_WINDOW_DAYS);
  if (!problem) return;
  switch (problem.kind) {
    case 'inverted':
      throw userInputError(ctx, 'windowInverted', {}, 'to');
    case 'too_long':
      throw userInputError(ctx, 'windowTooLong', { maxDays: problem.maxDays }, 'to');
    case 'invalid_date':
      throw userInputError(ctx, 'invalidDate', { field: problem.field }, problem.field);
  }
}

/**
 * The rows `meetings` lists: the viewer's organisation's forums' meetings that start in the
 * window, earliest first (the id breaks ties, as the connection's cursors need). Its resolver and
 * its planned read (schema/planned-reads) both take them from here.
 */
function meetingsInWindow(ctx: Context, args: { from: Date; to: Date; forumId?: string | null | undefined }) {
  checkWindow(ctx, args.from, args.to);
  const forumId = args.forumId ? parseId(ctx, args.forumId, 'Forum', 'forumId') : undefined;
  return {
    where: whereDefined({
      startsAt: { gte: args.from, lt: args.to },
      forumId,
      forum: visibleForumWhere(ctx),
    }),
    orderBy: { startsAt: 'asc', id: 'asc' } as const,
  };
}

builder.queryFields((t) => ({
  meeting: t.drizzleField({
    type: 'meeting',
    nullable: true,
    description:
      'One meeting by id, or null if there is none or the viewer’s organisation is not in its forum.',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true, description: 'The meeting’s id.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.meeting.findFirst(
        query({ where: { id: parseId(ctx, args.id, 'Meeting'), forum: visibleForumWhere(ctx) } }),
      ),
  }),
  meetings: t.drizzleConnection(
    {
      type: 'meeting',
      description: `Meetings of the viewer’s organisation’s forums that start in the window [from, to), earliest first. The window may be at most ${MAX_MEETING_WINDOW_DAYS} days.`,
      authScopes: { signedIn: true },
      args: {
        from: t.arg({ type: 'DateTime', required: true, description: 'Start of the window (inclusive).' }),
        to: t.arg({ type: 'DateTime', required: true, description: 'End of the window (exclusive).' }),
        forumId: t.arg.id({ required: false, description: 'Only meetings of this forum.' }),
      },
      resolve: (query, _root, args, ctx) => ctx.db.query.meeting.findMany(query(meetingsInWindow(ctx, args))),
      // Plain reads of these rows are answered by their plan (schema/planned-reads).
      extensions: plannedConnection({
        rows: (ctx, args) => meetingsInWindow(ctx, args as { from: Date; to: Date; forumId?: string | null }),
      }),
    },
    { name: 'MeetingConnection', description: 'A page of meetings.' },
    { name: 'MeetingEdge', description: 'A meeting in a page.' },
  ),
}));
