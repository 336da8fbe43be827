import { MAX_SLOT_WINDOW_DAYS, suggestSlots } from '@samlad/domain';
import { userInputError } from '../../errors.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { Meeting } from './meeting.graphql.ts';
import { findClashes } from './meeting.service.ts';

/** Invitees need notice: a time that starts while the invitation is being read is no use. */
const SUGGESTION_NOTICE_MINUTES = 60;

const TimeSlot = builder.objectRef<{ start: Date; end: Date }>('TimeSlot').implement({
  description: 'A proposed time, in working hours on a Swedish working day.',
  fields: (t) => ({
    startsAt: t.field({ type: 'DateTime', description: 'Start.', resolve: (s) => s.start }),
    endsAt: t.field({ type: 'DateTime', description: 'End.', resolve: (s) => s.end }),
  }),
});

builder.queryFields((t) => ({
  suggestMeetingSlots: t.field({
    type: [TimeSlot],
    description: `The earliest times in the window, within working hours (Europe/Stockholm) on Swedish working days, when every required organisation is free in every forum, with travel time around in-person meetings; none starts within the coming hour. The window may be at most ${MAX_SLOT_WINDOW_DAYS} days.`,
    authScopes: { signedIn: true },
    args: {
      organisationIds: t.arg.idList({ required: true, description: 'The required invitees.' }),
      durationMinutes: t.arg.int({ required: true, description: 'How long the meeting is.' }),
      from: t.arg({ type: 'DateTime', required: true, description: 'Earliest start.' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'Latest end.' }),
      inPerson: t.arg.boolean({
        required: false,
        description: 'The meeting is in person (travel time on both sides).',
      }),
      workdayStart: t.arg.string({
        required: false,
        description: 'Start of working hours, HH:mm (default 08:00).',
      }),
      workdayEnd: t.arg.string({
        required: false,
        description: 'End of working hours, HH:mm (default 17:00).',
      }),
      limit: t.arg.int({ required: false, description: 'How many suggestions (1–20, default 5).' }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = args.organisationIds.map((id) =>
        parseId(ctx, String(id), 'Organisation', 'organisationIds'),
      );
      // Busy time is looked up a day either side so buffers at the window's edges are right.
      const margin = 86_400_000;
      const busy =
        args.to > args.from && args.to.getTime() - args.from.getTime() <= MAX_SLOT_WINDOW_DAYS * margin
          ? await findClashes(
              ctx,
              ids,
              new Date(args.from.getTime() - margin),
              new Date(args.to.getTime() + margin),
            )
          : [];
      const result = suggestSlots({
        durationMinutes: args.durationMinutes,
        window: { from: args.from, to: args.to },
        busy: busy.map((b) => ({
          inviteeId: b.organisationId,
          start: b.startsAt,
          end: b.endsAt,
          inPerson: b.mode !== 'digital',
        })),
        requiredInviteeIds: ids,
        now: ctx.now,
        noticeMinutes: SUGGESTION_NOTICE_MINUTES,
        proposedInPerson: args.inPerson ?? false,
        limit: Math.min(Math.max(args.limit ?? 5, 1), 20),
        ...(args.workdayStart || args.workdayEnd
          ? { workingHours: { start: args.workdayStart ?? '08:00', end: args.workdayEnd ?? '17:00' } }
          : {}),
      });
      if (result.ok) return result.slots;
      const problem = result.problem;
      switch (problem.kind) {
        case 'window_too_long':
          throw userInputError(ctx, 'slotWindowTooLong', { maxDays: problem.maxDays }, 'to');
        case 'inverted':
          throw userInputError(ctx, 'windowInverted', {}, 'to');
        case 'invalid_date':
          throw userInputError(ctx, 'invalidDate', { field: problem.field }, problem.field);
        case 'invalid_duration':
          throw userInputError(ctx, 'slotDuration', { maxMinutes: problem.maxMinutes }, 'durationMinutes');
        case 'invalid_working_hours':
          throw userInputError(ctx, 'invalidInput', { field: 'workdayStart' }, 'workdayStart');
      }
    },
  }),
}));

builder.drizzleObjectFields(Meeting, (t) => ({
  recurrence: t.string({
    nullable: true,
    description: 'The RFC 5545 rule of the series this meeting belongs to, if any.',
    select: { with: { series: { columns: { rule: true } } } },
    resolve: (m) => m.series?.rule ?? null,
  }),
  originalStart: t.expose('originalStart', {
    type: 'DateTime',
    nullable: true,
    description: 'For an occurrence of a series: the start the rule gave it (kept when it is moved).',
  }),
}));
