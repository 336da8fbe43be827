import { schema } from '@samlad/db';
import { atomically, atomicallyThenRead, mustFind } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { activeOrganisationId } from '../auth/access.ts';
import { enumFromDb } from '../common/enums.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { SharedCase } from './case.graphql.ts';
import { requireCaseReader } from './case-access.ts';
import {
  answerJoinRequest,
  answerLeadTransfer,
  proposeLeadTransfer,
  requestToJoinCase,
} from './case-requests.service.ts';
import { caseErrors } from './consent.graphql.ts';

export const CaseRequestStatus = enumFromDb(
  'CaseRequestStatus',
  'Where a lead transfer or a request to join stands.',
  schema.caseRequestStatus.enumValues,
  {
    pending: 'Waiting for an answer.',
    accepted: 'Accepted.',
    declined: 'Declined.',
    withdrawn: 'Withdrawn by the one who asked.',
  },
);

const CaseAnswer = builder.enumType('CaseRequestAnswer', {
  description: 'An answer to a lead transfer or a request to join.',
  values: {
    ACCEPT: { value: 'accepted', description: 'Accept.' },
    DECLINE: { value: 'declined', description: 'Decline.' },
    WITHDRAW: { value: 'withdrawn', description: 'Withdraw one’s own proposal or request.' },
  } as const,
});

const CaseLeadTransfer = builder.drizzleNode('caseLeadTransfer', {
  name: 'CaseLeadTransfer',
  description: 'A proposal to hand a case’s lead to another participating organisation.',
  id: { column: (t) => t.id },
  fields: (t) => ({
    case: t.relation('case', { description: 'The case.' }),
    from: t.relation('from', { description: 'The lead that proposes it.' }),
    to: t.relation('to', { description: 'The organisation asked to take the lead.' }),
    status: t.expose('status', { type: CaseRequestStatus, description: 'Where it stands.' }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was proposed.' }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was answered.',
    }),
    decisionNote: t.exposeString('decisionNote', { nullable: true, description: 'The answer’s note.' }),
  }),
});

const CaseJoinRequest = builder.drizzleNode('caseJoinRequest', {
  name: 'CaseJoinRequest',
  description: 'An organisation outside a case asks to take part; the lead decides.',
  id: { column: (r) => r.id },
  fields: (t) => ({
    caseReference: t.exposeString('caseReference', { description: 'The reference it asked with.' }),
    case: t.relation('case', {
      nullable: true,
      description: 'The case, once the viewer’s organisation takes part in it.',
    }),
    organisation: t.relation('organisation', { description: 'The organisation that asks.' }),
    reason: t.exposeString('reason', { description: 'Why it needs to take part.' }),
    status: t.expose('status', { type: CaseRequestStatus, description: 'Where it stands.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it asked.' }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was answered.',
    }),
    decisionNote: t.exposeString('decisionNote', { nullable: true, description: 'The answer’s note.' }),
  }),
});

builder.drizzleObjectFields(SharedCase, (t) => ({
  pendingTransfer: t.field({
    type: CaseLeadTransfer,
    nullable: true,
    description: 'A lead transfer waiting for an answer, if any.',
    select: (_args, _ctx, nested) => ({
      with: { transfers: nested({ where: { status: 'pending' }, limit: 1 }) },
    }),
    resolve: (c) => c.transfers[0] ?? null,
  }),
  joinRequests: t.relation('joinRequests', {
    description: 'Requests to join waiting for the lead’s answer (the lead sees all, others their own).',
    query: { where: { status: 'pending' }, orderBy: { createdAt: 'asc' } },
  }),
}));

const CaseInbox = builder.objectRef<{ organisationId: string }>('CaseInbox').implement({
  description: 'What waits for the viewer’s organisation’s answer in cases.',
  fields: (t) => ({
    transfersToAnswer: t.field({
      type: [CaseLeadTransfer],
      description: 'Cases proposed to be led by the viewer’s organisation.',
      resolve: (inbox, _args, ctx) =>
        ctx.db.query.caseLeadTransfer.findMany({
          where: { toOrganisationId: inbox.organisationId, status: 'pending' },
          orderBy: { createdAt: 'asc' },
        }),
    }),
    joinRequestsToAnswer: t.field({
      type: [CaseJoinRequest],
      description: 'Requests to join cases the viewer’s organisation leads.',
      resolve: (inbox, _args, ctx) =>
        ctx.db.query.caseJoinRequest.findMany({
          where: { status: 'pending', case: { leadOrganisationId: inbox.organisationId } },
          orderBy: { createdAt: 'asc' },
        }),
    }),
    ownJoinRequests: t.field({
      type: [CaseJoinRequest],
      description: 'The viewer’s organisation’s own requests to join, newest first.',
      resolve: (inbox, _args, ctx) =>
        ctx.db.query.caseJoinRequest.findMany({
          where: { organisationId: inbox.organisationId },
          orderBy: { createdAt: 'desc' },
          limit: 50,
        }),
    }),
  }),
});

builder.queryFields((t) => ({
  caseInbox: t.field({
    type: CaseInbox,
    description: 'Lead transfers and requests to join that wait for the viewer’s organisation.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      await requireCaseReader(ctx);
      return { organisationId: activeOrganisationId(ctx) };
    },
  }),
}));

builder.mutationFields((t) => ({
  proposeLeadTransfer: t.drizzleField({
    type: 'sharedCase',
    description: 'The lead proposes to hand the lead to another participating organisation, which answers.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      toOrganisationId: t.arg.id({ required: true, description: 'The organisation to take the lead.' }),
      reason: t.arg.string({ required: false, description: 'Why.' }),
    },
    errors: caseErrors('ProposeLeadTransfer', 'Proposed'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          await proposeLeadTransfer(
            ctx,
            id,
            parseId(ctx, args.toOrganisationId, 'Organisation', 'toOrganisationId'),
            args.reason,
          );
          return id;
        },
      ),
  }),
  answerLeadTransfer: t.drizzleField({
    type: 'sharedCase',
    description: 'The receiving organisation accepts or declines the lead; the proposer may withdraw.',
    authScopes: { signedIn: true },
    args: {
      transferId: t.arg.id({ required: true, description: 'The transfer.' }),
      answer: t.arg({ type: CaseAnswer, required: true, description: 'The answer.' }),
      note: t.arg.string({ required: false, description: 'A note with the answer.' }),
    },
    errors: caseErrors('AnswerLeadTransfer', 'Answered'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        () =>
          answerLeadTransfer(
            ctx,
            parseId(ctx, args.transferId, 'CaseLeadTransfer', 'transferId'),
            args.answer,
            args.note,
          ),
      ),
  }),
  requestToJoinCase: t.drizzleField({
    type: 'caseJoinRequest',
    description:
      'An organisation outside a case asks, by its reference, to take part. Nothing of the case is shown.',
    authScopes: { signedIn: true },
    args: {
      reference: t.arg.string({ required: true, description: 'The case reference, e.g. VXJ-2026-0042.' }),
      reason: t.arg.string({ required: true, description: 'Why the organisation needs to take part.' }),
    },
    errors: {
      types: COMMON_ERRORS,
      result: { name: 'RequestToJoinCaseSuccess', description: 'Asked.' },
      union: { name: 'RequestToJoinCaseResult', description: 'Asked, or why not.' },
      dataField: { name: 'request', description: 'The request.' },
    },
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const made = await requestToJoinCase(ctx, args.reference, args.reason);
        return mustFind(ctx.db.query.caseJoinRequest.findFirst(query({ where: { id: made.id } })), 'request');
      }),
  }),
  answerJoinRequest: t.drizzleField({
    type: 'caseJoinRequest',
    description: 'The lead accepts or declines a request to join (audited); the asker may withdraw it.',
    authScopes: { signedIn: true },
    args: {
      requestId: t.arg.id({ required: true, description: 'The request.' }),
      answer: t.arg({ type: CaseAnswer, required: true, description: 'The answer.' }),
      note: t.arg.string({ required: false, description: 'A note with the answer.' }),
    },
    errors: {
      types: COMMON_ERRORS,
      result: { name: 'AnswerJoinRequestSuccess', description: 'Answered.' },
      union: { name: 'AnswerJoinRequestResult', description: 'Answered, or why not.' },
      dataField: { name: 'request', description: 'The request.' },
    },
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const request = await answerJoinRequest(
          ctx,
          parseId(ctx, args.requestId, 'CaseJoinRequest', 'requestId'),
          args.answer,
          args.note,
        );
        return mustFind(
          ctx.db.query.caseJoinRequest.findFirst(query({ where: { id: request.id } })),
          'request',
        );
      }),
  }),
}));
