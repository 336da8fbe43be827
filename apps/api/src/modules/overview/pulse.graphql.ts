import { atomically } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { JointView } from '../meetings/joint-view.graphql.ts';
import { Meeting } from '../meetings/meeting.graphql.ts';
import {
  answerMeetingPulse,
  invitesViewer,
  PULSE_WINDOW_DAYS,
  type PulseState,
  pulseClosesAt,
  pulseState,
} from './pulse.service.ts';

const MeetingPulseState = builder.enumType('MeetingPulseState', {
  description: 'Where the viewer stands with a meeting’s two-question pulse.',
  values: {
    NOT_INVITED: { value: 'not_invited', description: 'Only the meeting’s participants answer.' },
    NOT_YET: { value: 'not_yet', description: 'The meeting has not ended yet.' },
    OPEN: { value: 'open', description: 'The viewer may answer now.' },
    ANSWERED: { value: 'answered', description: 'The viewer has answered.' },
    CLOSED: { value: 'closed', description: 'More than 30 days have passed since the meeting.' },
    CANCELLED: { value: 'cancelled', description: 'The meeting was cancelled.' },
  } as const,
});

interface PulseValue {
  state: PulseState;
  closesAt: Date;
}

const MeetingPulse = builder.objectRef<PulseValue>('MeetingPulse').implement({
  description:
    'The viewer’s pulse for a meeting: how useful it was and how much they trust the collaboration, each 1–4. Answers are anonymous and shown only as aggregates of at least 5.',
  fields: (t) => ({
    state: t.field({
      type: MeetingPulseState,
      description: 'Where the viewer stands.',
      resolve: (p) => p.state,
    }),
    closesAt: t.field({
      type: 'DateTime',
      description: 'Until when it can be answered.',
      resolve: (p) => p.closesAt,
    }),
  }),
});

builder.drizzleObjectFields(Meeting, (t) => ({
  pulse: t.field({
    type: MeetingPulse,
    description: 'The viewer’s pulse for this meeting.',
    select: (_args, ctx) => ({
      columns: { status: true, endsAt: true },
      with: {
        invitees: { columns: { id: true }, where: invitesViewer(ctx), limit: 1 },
        pulseResponses: {
          columns: { userId: true },
          where: { userId: ctx.viewer?.userId ?? '00000000-0000-0000-0000-000000000000' },
          limit: 1,
        },
      },
    }),
    resolve: (m, _args, ctx) => ({
      state: pulseState(ctx, m, m.invitees.length > 0, m.pulseResponses.length > 0),
      closesAt: pulseClosesAt(m.endsAt),
    }),
  }),
}));

builder.objectFields(JointView, (t) => ({
  pulsesToAnswer: t.drizzleField({
    type: ['meeting'],
    description: `Meetings of the last ${PULSE_WINDOW_DAYS} days the person took part in whose pulse they have not answered, latest first.`,
    resolve: (query, _parent, _args, ctx) =>
      ctx.db.query.meeting.findMany(
        query({
          where: {
            status: { ne: 'cancelled' },
            endsAt: { lte: ctx.now, gte: new Date(ctx.now.getTime() - PULSE_WINDOW_DAYS * 86_400_000) },
            invitees: invitesViewer(ctx),
            NOT: { pulseResponses: { userId: ctx.viewer?.userId ?? '00000000-0000-0000-0000-000000000000' } },
          },
          orderBy: { endsAt: 'desc', id: 'asc' },
          limit: 20,
        }),
      ),
  }),
}));

builder.mutationFields((t) => ({
  answerMeetingPulse: t.field({
    type: MeetingPulse,
    description:
      'A participant answers a meeting’s pulse, once, within 30 days after it ends. The answer is stored apart from who gave it.',
    authScopes: { signedIn: true },
    args: {
      meetingId: t.arg.id({ required: true, description: 'The meeting.' }),
      usefulness: t.arg.int({
        required: true,
        description: 'How useful the meeting was: 1 (not at all) – 4 (very).',
      }),
      trust: t.arg.int({
        required: true,
        description: 'How much you trust the collaboration: 1 (not at all) – 4 (fully).',
      }),
    },
    errors: {
      types: COMMON_ERRORS,
      result: { name: 'AnswerMeetingPulseSuccess', description: 'Answered.' },
      union: { name: 'AnswerMeetingPulseResult', description: 'Answered, or why not.' },
      dataField: { name: 'pulse', description: 'The viewer’s pulse now.' },
    },
    resolve: (_root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.meetingId, 'Meeting', 'meetingId');
        const endsAt = await answerMeetingPulse(ctx, id, args.usefulness, args.trust);
        return { state: 'answered' as const, closesAt: pulseClosesAt(endsAt) };
      }),
  }),
}));
