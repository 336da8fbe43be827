import { schema } from '@samlad/db';
import { stockholmDate } from '@samlad/domain';
import { atomically, mustFind } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { enumFromDb } from '../common/enums.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { Meeting } from './meeting.graphql.ts';
import {
  addAgendaItem,
  createAction,
  recordMinutes,
  reorderAgenda,
  setActionStatus,
} from './meeting-work.service.ts';

export const ActionStatus = enumFromDb(
  'ActionStatus',
  'Where an action stands.',
  schema.actionStatus.enumValues,
  {
    open: 'Not started.',
    in_progress: 'Being worked on.',
    done: 'Done.',
    cancelled: 'Will not be done.',
  },
);

export const ActionItem = builder.drizzleNode('actionItem', {
  name: 'ActionItem',
  description: 'Something an organisation undertook at a meeting. It stays on the forum’s agenda until done.',
  id: { column: (a) => a.id },
  authScopes: { signedIn: true },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What is to be done.' }),
    status: t.expose('status', { type: ActionStatus, description: 'Where it stands.' }),
    dueDate: t.exposeString('dueDate', {
      nullable: true,
      description: 'Due date (YYYY-MM-DD, Swedish calendar).',
    }),
    overdue: t.boolean({
      description: 'Past its due date and not done or cancelled.',
      select: { columns: { dueDate: true, status: true } },
      resolve: (a, _args, ctx) =>
        !!a.dueDate &&
        (a.status === 'open' || a.status === 'in_progress') &&
        a.dueDate < stockholmDate(ctx.now).iso,
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was done.',
    }),
    owner: t.relation('owner', { description: 'The organisation responsible.' }),
    assignee: t.relation('assignee', { nullable: true, description: 'The person doing it, if named.' }),
    forum: t.relation('forum', { description: 'The forum it belongs to.' }),
    originMeeting: t.relation('originMeeting', {
      nullable: true,
      description: 'The meeting it was decided at.',
    }),
  }),
});

export const AgendaItem = builder.drizzleObject('agendaItem', {
  name: 'AgendaItem',
  description: 'An item on a meeting’s agenda.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The item’s id (for reordering).' }),
    position: t.exposeInt('position', { description: 'Its place in the agenda, from 1.' }),
    title: t.exposeString('title', { description: 'The item.' }),
    notes: t.exposeString('notes', { nullable: true, description: 'Background.' }),
    durationMinutes: t.exposeInt('durationMinutes', { nullable: true, description: 'Planned minutes.' }),
    presenter: t.relation('presenter', { nullable: true, description: 'The organisation presenting it.' }),
  }),
});

const Decision = builder.drizzleObject('decision', {
  name: 'Decision',
  description: 'A decision taken at a meeting.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'What was decided.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

builder.drizzleObjectFields(Meeting, (t) => ({
  minutes: t.exposeString('minutes', { nullable: true, description: 'The minutes.' }),
  agendaItems: t.relation('agendaItems', {
    description: 'The agenda, in order.',
    type: AgendaItem,
    query: { orderBy: { position: 'asc' } },
  }),
  decisions: t.relation('decisions', {
    description: 'Decisions taken.',
    type: Decision,
    query: { orderBy: { createdAt: 'asc' } },
  }),
  carriedOverActions: t.field({
    type: [ActionItem],
    description: 'Actions still open from the forum’s earlier meetings: they come first on the agenda.',
    select: (_args, _ctx, nested) => ({
      columns: { id: true },
      with: {
        forum: {
          with: {
            actions: nested({
              where: { status: { in: ['open', 'in_progress'] } },
              orderBy: { dueDate: 'asc', createdAt: 'asc' },
            }),
          },
        },
      },
    }),
    resolve: (meeting) => meeting.forum.actions.filter((a) => a.originMeetingId !== meeting.id),
  }),
  actions: t.relation('originatedActions', {
    description: 'Actions decided at this meeting.',
    type: ActionItem,
    query: { orderBy: { createdAt: 'asc' } },
  }),
}));

builder.queryFields((t) => ({
  organisationActions: t.drizzleField({
    type: ['actionItem'],
    description:
      'One action list for the viewer’s organisation across all its forums: open ones, overdue first, then by due date.',
    authScopes: { signedIn: true },
    args: {
      includeDone: t.arg.boolean({ required: false, description: 'Also list done and cancelled ones.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.actionItem.findMany(
        query({
          where: {
            ownerOrganisationId:
              ctx.viewer?.membership?.organisationId ?? '00000000-0000-0000-0000-000000000000',
            ...(args.includeDone ? {} : { status: { in: ['open', 'in_progress'] } }),
          },
          orderBy: { dueDate: 'asc', createdAt: 'asc' },
          limit: 500,
        }),
      ),
  }),
}));

const workErrors = (name: string, verb: string, dataField: string) => ({
  types: COMMON_ERRORS,
  result: { name: `${name}Success`, description: `${verb}.` },
  union: { name: `${name}Result`, description: `${verb}, or why not.` },
  dataField: { name: dataField, description: 'What was changed.' },
});

builder.mutationFields((t) => ({
  addAgendaItem: t.drizzleField({
    type: 'meeting',
    description: 'Adds an item at the end of a meeting’s agenda. The forum’s coordinators.',
    authScopes: { signedIn: true },
    args: {
      meetingId: t.arg.id({ required: true, description: 'The meeting.' }),
      title: t.arg.string({ required: true, description: 'The item.' }),
      notes: t.arg.string({ required: false, description: 'Background.' }),
      presenterOrganisationId: t.arg.id({ required: false, description: 'The organisation presenting it.' }),
      durationMinutes: t.arg.int({ required: false, description: 'Planned minutes.' }),
    },
    errors: workErrors('AddAgendaItem', 'Added', 'meeting'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.meetingId, 'Meeting', 'meetingId');
        await addAgendaItem(ctx, id, {
          title: args.title,
          notes: args.notes,
          durationMinutes: args.durationMinutes,
          presenterOrganisationId: args.presenterOrganisationId
            ? parseId(ctx, args.presenterOrganisationId, 'Organisation', 'presenterOrganisationId')
            : null,
        });
        return mustFind(ctx.db.query.meeting.findFirst(query({ where: { id } })), 'meeting');
      }),
  }),
  reorderAgenda: t.drizzleField({
    type: 'meeting',
    description: 'Puts a meeting’s agenda items in the order given.',
    authScopes: { signedIn: true },
    args: {
      meetingId: t.arg.id({ required: true, description: 'The meeting.' }),
      itemIds: t.arg.idList({ required: true, description: 'Every agenda item’s id, in the new order.' }),
    },
    errors: workErrors('ReorderAgenda', 'Reordered', 'meeting'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.meetingId, 'Meeting', 'meetingId');
        await reorderAgenda(ctx, id, args.itemIds.map(String));
        return mustFind(ctx.db.query.meeting.findFirst(query({ where: { id } })), 'meeting');
      }),
  }),
  recordMinutes: t.drizzleField({
    type: 'meeting',
    description: 'Saves a meeting’s minutes, attendance and decisions.',
    authScopes: { signedIn: true },
    args: {
      meetingId: t.arg.id({ required: true, description: 'The meeting.' }),
      minutes: t.arg.string({ required: true, description: 'The minutes.' }),
      attendedOrganisationIds: t.arg.idList({
        required: false,
        description: 'The invited organisations that attended.',
      }),
      decisions: t.arg.stringList({ required: false, description: 'Decisions to add.' }),
    },
    errors: workErrors('RecordMinutes', 'Saved', 'meeting'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.meetingId, 'Meeting', 'meetingId');
        await recordMinutes(ctx, id, {
          minutes: args.minutes,
          decisions: args.decisions,
          attendedOrganisationIds: args.attendedOrganisationIds?.map((o) =>
            parseId(ctx, String(o), 'Organisation', 'attendedOrganisationIds'),
          ),
        });
        return mustFind(ctx.db.query.meeting.findFirst(query({ where: { id } })), 'meeting');
      }),
  }),
  createAction: t.drizzleField({
    type: 'actionItem',
    description: 'Records an action decided at a meeting, owned by one of the forum’s member organisations.',
    authScopes: { signedIn: true },
    args: {
      meetingId: t.arg.id({ required: true, description: 'The meeting it was decided at.' }),
      title: t.arg.string({ required: true, description: 'What is to be done.' }),
      ownerOrganisationId: t.arg.id({ required: true, description: 'The organisation responsible.' }),
      assigneeUserId: t.arg.id({ required: false, description: 'The person doing it.' }),
      dueDate: t.arg.string({ required: false, description: 'Due date, YYYY-MM-DD.' }),
    },
    errors: workErrors('CreateAction', 'Recorded', 'action'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const action = await createAction(ctx, parseId(ctx, args.meetingId, 'Meeting', 'meetingId'), {
          title: args.title,
          ownerOrganisationId: parseId(ctx, args.ownerOrganisationId, 'Organisation', 'ownerOrganisationId'),
          assigneeUserId: args.assigneeUserId
            ? parseId(ctx, args.assigneeUserId, 'User', 'assigneeUserId')
            : null,
          dueDate: args.dueDate,
        });
        return mustFind(ctx.db.query.actionItem.findFirst(query({ where: { id: action.id } })), 'action');
      }),
  }),
  setActionStatus: t.drizzleField({
    type: 'actionItem',
    description: 'Moves an action along: the responsible organisation or the forum’s coordinators.',
    authScopes: { signedIn: true },
    args: {
      actionId: t.arg.id({ required: true, description: 'The action.' }),
      status: t.arg({ type: ActionStatus, required: true, description: 'Its new status.' }),
    },
    errors: workErrors('SetActionStatus', 'Changed', 'action'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.actionId, 'ActionItem', 'actionId');
        await setActionStatus(ctx, id, args.status);
        return mustFind(ctx.db.query.actionItem.findFirst(query({ where: { id } })), 'action');
      }),
  }),
}));
