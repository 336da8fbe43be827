import { atomicallyThenRead } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { SharedCase } from './case.graphql.ts';
import { caseErrors } from './consent.graphql.ts';
import { recordCaseFollowUp } from './follow-up.service.ts';

const CaseFollowUp = builder.drizzleObject('caseFollowUp', {
  name: 'CaseFollowUp',
  description: 'A follow-up of a case that was done: when it was due and when it was done.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    dueOn: t.exposeString('dueOn', { description: 'The follow-up date it was due (YYYY-MM-DD).' }),
    doneOn: t.exposeString('doneOn', { description: 'The day it was done (YYYY-MM-DD).' }),
    onTime: t.boolean({
      description: 'Whether it was done by its due date.',
      select: { columns: { dueOn: true, doneOn: true } },
      resolve: (f) => f.doneOn <= f.dueOn,
    }),
    recordedBy: t.relation('recordedBy', { description: 'The lead organisation that recorded it.' }),
  }),
});

builder.drizzleObjectFields(SharedCase, (t) => ({
  followUps: t.relation('followUps', {
    type: CaseFollowUp,
    description: 'Follow-ups done, latest first.',
    query: { orderBy: { dueOn: 'desc', createdAt: 'desc' }, limit: 50 },
  }),
}));

builder.mutationFields((t) => ({
  recordCaseFollowUp: t.drizzleField({
    type: 'sharedCase',
    description:
      'The lead records that the case’s follow-up was done and sets the next follow-up date (none if left out).',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      doneOn: t.arg.string({
        required: false,
        description: 'The day it was done, YYYY-MM-DD; today if left out.',
      }),
      nextFollowUpOn: t.arg.string({
        required: false,
        description: 'The next follow-up date, YYYY-MM-DD, after doneOn.',
      }),
    },
    errors: caseErrors('RecordCaseFollowUp', 'Recorded'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          await recordCaseFollowUp(ctx, id, { doneOn: args.doneOn, nextFollowUpOn: args.nextFollowUpOn });
          return id;
        },
      ),
  }),
}));
