import { atomically, mustFind } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { Meeting } from '../meetings/meeting.graphql.ts';
import { AgendaItem } from '../meetings/meeting-work.graphql.ts';
import { buildCaseAgenda } from './case-agenda.service.ts';

builder.drizzleObjectFields(Meeting, (t) => ({
  case: t.relation('case', {
    nullable: true,
    description: 'The shared case the meeting is about, if the viewer’s organisation takes part in it.',
  }),
}));

builder.drizzleObjectFields(AgendaItem, (t) => ({
  case: t.relation('case', {
    nullable: true,
    description:
      'The case taken up under this item, if the viewer’s organisation takes part in it; others see only the reference in the title.',
  }),
}));

builder.mutationFields((t) => ({
  buildCaseAgenda: t.drizzleField({
    type: 'meeting',
    description:
      'The forum’s host adds to a meeting’s agenda the forum’s unfinished actions, then the cases due for follow-up by the meeting, carried-over actions first. Items show only case references.',
    authScopes: { signedIn: true },
    args: { meetingId: t.arg.id({ required: true, description: 'The meeting.' }) },
    errors: {
      types: COMMON_ERRORS,
      result: { name: 'BuildCaseAgendaSuccess', description: 'Built.' },
      union: { name: 'BuildCaseAgendaResult', description: 'Built, or why not.' },
      dataField: { name: 'meeting', description: 'The meeting with its agenda.' },
    },
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.meetingId, 'Meeting', 'meetingId');
        await buildCaseAgenda(ctx, id);
        return mustFind(ctx.db.query.meeting.findFirst(query({ where: { id } })), 'meeting');
      }),
  }),
}));
