import { schema } from '@samlad/db';
import { stockholmDate } from '@samlad/domain';
import { atomicallyThenRead } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { encodeGlobalId, parseId } from '../../schema/global-id.ts';
import { activeOrganisationId } from '../auth/access.ts';
import { enumFromDb } from '../common/enums.ts';
import { visibleForumWhere } from '../forums/forum.graphql.ts';
import { SharedCase } from './case.graphql.ts';
import { auditCaseRead } from './case-audit.ts';
import { caseErrors } from './consent.graphql.ts';
import { addCaseFeedback, addCaseNote, savePlan, setPlanActionStatus } from './plan.service.ts';

export const PlanActionStatus = enumFromDb(
  'PlanActionStatus',
  'Where an action of a coordinated plan stands.',
  schema.casePlanActionStatus.enumValues,
  {
    open: 'Not started.',
    in_progress: 'Under way.',
    done: 'Done.',
    cancelled: 'Will not be done.',
  },
);

export const CaseFeedbackAbout = enumFromDb(
  'CaseFeedbackAbout',
  'What the person’s feedback is about.',
  schema.caseFeedbackAbout.enumValues,
  { plan: 'The plan.', meeting: 'A meeting about the case.' },
);

export const CasePlanAction = builder.drizzleNode('casePlanAction', {
  name: 'CasePlanAction',
  description: 'What one organisation does under a coordinated plan, by when.',
  id: { column: (a) => a.id },
  fields: (t) => ({
    organisation: t.relation('organisation', { description: 'The organisation that does it.' }),
    description: t.exposeString('description', { description: 'What is to be done.' }),
    dueOn: t.exposeString('dueOn', { nullable: true, description: 'Due date, YYYY-MM-DD.' }),
    status: t.expose('status', { type: PlanActionStatus, description: 'Where it stands.' }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was done.',
    }),
    overdue: t.boolean({
      description: 'Past its due date (Stockholm) and not done or cancelled.',
      resolve: (a, _args, ctx) =>
        !!a.dueOn &&
        a.dueOn < stockholmDate(ctx.now).iso &&
        (a.status === 'open' || a.status === 'in_progress'),
    }),
  }),
});

/** Snapshots keep database ids; readers get the same opaque ids as everywhere else in the API. */
function withGlobalIds(snapshot: Record<string, unknown>): Record<string, unknown> {
  const orgId = (id: unknown) => (typeof id === 'string' && id ? encodeGlobalId('Organisation', id) : null);
  const actions = Array.isArray(snapshot.actions) ? (snapshot.actions as Array<Record<string, unknown>>) : [];
  return {
    ...snapshot,
    overallResponsibleOrganisationId: orgId(snapshot.overallResponsibleOrganisationId),
    actions: actions.map((a) => ({ ...a, organisationId: orgId(a.organisationId) })),
  };
}

export const CasePlanVersion = builder.drizzleObject('casePlanVersion', {
  name: 'CasePlanVersion',
  description: 'A saved version of a plan, as it was.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'Version number; the highest is the current plan.' }),
    savedAt: t.expose('savedAt', { type: 'DateTime', description: 'When it was saved.' }),
    snapshot: t.string({
      description:
        'The plan as it was, as JSON: needs, goals, goalsInOwnWords, followUpOn, overallResponsibleOrganisationId and actions (organisationId, description, dueOn, status); organisations by their GraphQL ids.',
      resolve: (v) => JSON.stringify(withGlobalIds(v.snapshot)),
    }),
  }),
});

export const CasePlan = builder.drizzleObject('casePlan', {
  name: 'CasePlan',
  description:
    'The coordinated plan (as in a SIP): needs, goals with the person, each organisation’s actions.',
  fields: (t) => ({
    needs: t.exposeString('needs', { description: 'The needs the plan meets.' }),
    goals: t.exposeString('goals', { description: 'The goals, as agreed.' }),
    goalsInOwnWords: t.exposeString('goalsInOwnWords', {
      description: 'The goals in the person’s own words.',
    }),
    overallResponsible: t.relation('overallResponsible', {
      nullable: true,
      description: 'The organisation that holds overall responsibility.',
    }),
    followUpOn: t.exposeString('followUpOn', { nullable: true, description: 'Follow-up date, YYYY-MM-DD.' }),
    version: t.exposeInt('version', { description: 'The current version.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last saved.' }),
    actions: t.relation('actions', {
      description: 'What each organisation does, by due date.',
      query: { orderBy: { dueOn: 'asc', createdAt: 'asc' } },
    }),
    versions: t.relation('versions', {
      description: 'Every saved version, newest (the current one) first.',
      query: { orderBy: { version: 'desc' } },
    }),
  }),
});

export const CaseNote = builder.drizzleNode('caseNote', {
  name: 'CaseNote',
  description:
    'A timeline note. The author’s organisation and the lead see it, and the organisations chosen.',
  id: { column: (n) => n.id },
  fields: (t) => ({
    body: t.exposeString('body', { description: 'The note, as plain text.' }),
    author: t.relation('author', { description: 'The organisation that wrote it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was written.' }),
    visibleTo: t.relation('visibleTo', {
      description: 'The other participating organisations it is shown to.',
      query: { orderBy: { name: 'asc' } },
    }),
  }),
});

export const CaseFeedback = builder.drizzleObject('caseFeedback', {
  name: 'CaseFeedback',
  description: 'The person’s own feedback on the plan or a meeting, in their words.',
  fields: (t) => ({
    about: t.expose('about', { type: CaseFeedbackAbout, description: 'What it is about.' }),
    meeting: t.relation('meeting', {
      nullable: true,
      description: 'The meeting, if about one the viewer can see.',
      query: (_args, ctx) => ({ where: { forum: visibleForumWhere(ctx) } }),
    }),
    body: t.exposeString('body', { description: 'What the person said.' }),
    recordedBy: t.relation('recordedBy', { description: 'The organisation that wrote it down.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When.' }),
  }),
});

builder.drizzleObjectFields(SharedCase, (t) => ({
  plan: t.field({
    type: CasePlan,
    nullable: true,
    description: 'The coordinated plan, if the viewer’s organisation may see it.',
    select: (_args, _ctx, nested) => ({
      extras: { mayPlan: (c, { sql }) => sql<boolean>`samlad_case_may(${c.id}, 'plan')` },
      with: { plan: nested() },
    }),
    resolve: (c) => (c.mayPlan ? (c.plan ?? null) : null),
  }),
  notes: t.field({
    type: [CaseNote],
    description: 'Timeline notes shown to the viewer’s organisation, newest first. Each read is logged.',
    select: (_args, _ctx, nested) => ({
      columns: { id: true, reference: true, leadOrganisationId: true },
      extras: { mayNotes: (c, { sql }) => sql<boolean>`samlad_case_may(${c.id}, 'notes')` },
      with: {
        notes: nested({
          orderBy: { createdAt: 'desc' },
          with: { visibleTo: { columns: { id: true } } },
        }),
      },
    }),
    resolve: async (c, _args, ctx) => {
      // Row-level security already hides the others; the same rule again, as the second line:
      // the author's organisation and the lead see a note, and those it is shown to while they may.
      const org = activeOrganisationId(ctx);
      const notes = c.notes.filter(
        (n) =>
          n.authorOrganisationId === org ||
          c.leadOrganisationId === org ||
          (c.mayNotes && n.visibleTo.some((o) => o.id === org)),
      );
      if (notes.length) await auditCaseRead(ctx, c.id, 'notes', c.reference);
      return notes;
    },
  }),
  feedback: t.relation('feedback', {
    description: 'The person’s feedback, newest first, if the viewer’s organisation may see the plan.',
    query: { orderBy: { createdAt: 'desc' } },
  }),
  meetings: t.relation('meetings', {
    description:
      'Meetings about the case in forums the viewer’s organisation is a member of, earliest first.',
    query: (_args, ctx) => ({ where: { forum: visibleForumWhere(ctx) }, orderBy: { startsAt: 'asc' } }),
  }),
}));

const PlanActionInput = builder.inputType('CasePlanActionInput', {
  description: 'One organisation’s action under the plan.',
  fields: (t) => ({
    id: t.id({ required: false, description: 'An existing action to keep; leave out for a new one.' }),
    organisationId: t.id({ required: true, description: 'The participating organisation that does it.' }),
    description: t.string({ required: true, description: 'What is to be done.' }),
    dueOn: t.string({ required: false, description: 'Due date, YYYY-MM-DD.' }),
    status: t.field({ type: PlanActionStatus, required: true, description: 'Where it stands.' }),
  }),
});

const PlanInput = builder.inputType('CasePlanInput', {
  description: 'The whole plan as it is to be saved; actions left out are removed.',
  fields: (t) => ({
    needs: t.string({ required: true, description: 'The needs.' }),
    goals: t.string({ required: true, description: 'The goals.' }),
    goalsInOwnWords: t.string({ required: true, description: 'The goals in the person’s own words.' }),
    overallResponsibleOrganisationId: t.id({
      required: false,
      description: 'Who holds overall responsibility.',
    }),
    followUpOn: t.string({ required: false, description: 'Follow-up date, YYYY-MM-DD.' }),
    actions: t.field({
      type: [PlanActionInput],
      required: true,
      description: 'What each organisation does.',
    }),
  }),
});

builder.mutationFields((t) => ({
  saveCasePlan: t.drizzleField({
    type: 'sharedCase',
    description: 'The lead saves the coordinated plan as a new version.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      input: t.arg({ type: PlanInput, required: true, description: 'The plan.' }),
    },
    errors: caseErrors('SaveCasePlan', 'Saved'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          const input = args.input;
          await savePlan(ctx, id, {
            ...input,
            overallResponsibleOrganisationId: input.overallResponsibleOrganisationId
              ? parseId(
                  ctx,
                  String(input.overallResponsibleOrganisationId),
                  'Organisation',
                  'input.overallResponsibleOrganisationId',
                )
              : null,
            actions: input.actions.map((a, i) => ({
              ...a,
              id: a.id ? parseId(ctx, String(a.id), 'CasePlanAction', `input.actions.${i}.id`) : null,
              organisationId: parseId(
                ctx,
                String(a.organisationId),
                'Organisation',
                `input.actions.${i}.organisationId`,
              ),
            })),
          });
          return id;
        },
      ),
  }),
  setCasePlanActionStatus: t.drizzleField({
    type: 'sharedCase',
    description: 'The organisation that owns a plan action, or the lead, changes its status.',
    authScopes: { signedIn: true },
    args: {
      actionId: t.arg.id({ required: true, description: 'The action.' }),
      status: t.arg({ type: PlanActionStatus, required: true, description: 'The new status.' }),
    },
    errors: caseErrors('SetCasePlanActionStatus', 'Changed'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        () =>
          setPlanActionStatus(ctx, parseId(ctx, args.actionId, 'CasePlanAction', 'actionId'), args.status),
      ),
  }),
  addCaseNote: t.drizzleField({
    type: 'sharedCase',
    description: 'A participant adds a timeline note, shown to the participating organisations it chooses.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      body: t.arg.string({ required: true, description: 'The note (plain text).' }),
      visibleToOrganisationIds: t.arg.idList({
        required: true,
        description: 'Other participating organisations that may read it (the lead always may).',
      }),
    },
    errors: caseErrors('AddCaseNote', 'Added'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          await addCaseNote(
            ctx,
            id,
            args.body,
            args.visibleToOrganisationIds.map((o) =>
              parseId(ctx, String(o), 'Organisation', 'visibleToOrganisationIds'),
            ),
          );
          return id;
        },
      ),
  }),
  addCaseFeedback: t.drizzleField({
    type: 'sharedCase',
    description: 'Writes down the person’s own feedback on the plan or on a meeting about the case.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      about: t.arg({ type: CaseFeedbackAbout, required: true, description: 'What it is about.' }),
      meetingId: t.arg.id({ required: false, description: 'The meeting, when about one.' }),
      body: t.arg.string({ required: true, description: 'What the person said, in their words.' }),
    },
    errors: caseErrors('AddCaseFeedback', 'Added'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          await addCaseFeedback(ctx, id, {
            about: args.about,
            meetingId: args.meetingId ? parseId(ctx, args.meetingId, 'Meeting', 'meetingId') : null,
            body: args.body,
          });
          return id;
        },
      ),
  }),
}));
