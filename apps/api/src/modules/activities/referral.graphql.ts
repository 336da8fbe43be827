import { schema } from '@samlad/db';
import { atomicallyThenRead } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { activeOrganisationId } from '../auth/access.ts';
import { SharedCase } from '../cases/case.graphql.ts';
import { requireCaseReader } from '../cases/case-access.ts';
import { enumFromDb } from '../common/enums.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { moveReferral, referFromCase } from './referral.service.ts';

export const ReferralStatus = enumFromDb(
  'ReferralStatus',
  'Where a referral stands in its loop.',
  schema.referralStatus.enumValues,
  {
    sent: 'Sent; waiting for the receiver’s answer.',
    accepted: 'Accepted by the receiver.',
    declined: 'Declined, with a reason.',
    started: 'The young person has started.',
    ended: 'Ended.',
  },
);

const ReferralStep = builder.enumType('ReferralStep', {
  description: 'A step a referral can take.',
  values: {
    ACCEPTED: { value: 'accepted', description: 'The receiver accepts.' },
    DECLINED: { value: 'declined', description: 'The receiver declines (a reason is needed).' },
    STARTED: { value: 'started', description: 'The young person has started.' },
    ENDED: { value: 'ended', description: 'It has ended (either side).' },
  } as const,
});

export const Referral = builder.drizzleNode('referral', {
  name: 'Referral',
  description:
    'A referral from a case to an activity or an organisation. The receiver sees only the alias, age and contact path the case worker chose.',
  id: { column: (r) => r.id },
  fields: (t) => ({
    alias: t.exposeString('alias', { description: 'A first name or an alias.' }),
    age: t.exposeInt('age', { nullable: true, description: 'Age, if given.' }),
    contactPath: t.exposeString('contactPath', {
      description: 'How the receiver gets in touch, as the case worker chose.',
    }),
    message: t.exposeString('message', { nullable: true, description: 'A message to the receiver.' }),
    status: t.expose('status', { type: ReferralStatus, description: 'Where it stands.' }),
    declineReason: t.exposeString('declineReason', { nullable: true, description: 'Why it was declined.' }),
    endNote: t.exposeString('endNote', { nullable: true, description: 'A note when it ended.' }),
    activity: t.relation('activity', { nullable: true, description: 'The activity referred to, if any.' }),
    from: t.relation('from', { description: 'The organisation that referred.' }),
    to: t.relation('to', { description: 'The organisation that receives it.' }),
    case: t.relation('case', {
      nullable: true,
      description:
        'The case, only for organisations taking part in it (and its identity only as consent allows).',
    }),
    viewerReceives: t.boolean({
      description: 'Whether the viewer’s organisation is the receiver.',
      resolve: (r, _args, ctx) => r.toOrganisationId === activeOrganisationId(ctx),
    }),
    sentAt: t.expose('sentAt', { type: 'DateTime', description: 'When it was sent.' }),
    answeredAt: t.expose('answeredAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was answered.',
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true, description: 'When it started.' }),
    endedAt: t.expose('endedAt', { type: 'DateTime', nullable: true, description: 'When it ended.' }),
  }),
});

builder.drizzleObjectFields(SharedCase, (t) => ({
  referrals: t.relation('referrals', {
    description:
      'Referrals from the case that the viewer’s organisation sent or leads the case for, newest first.',
    query: { orderBy: { sentAt: 'desc' } },
  }),
}));

builder.queryFields((t) => ({
  referralsReceived: t.drizzleField({
    type: ['referral'],
    description: 'Referrals the viewer’s organisation has received, those waiting for an answer first.',
    authScopes: { signedIn: true },
    args: { status: t.arg({ type: ReferralStatus, required: false, description: 'Only this status.' }) },
    resolve: async (query, _root, args, ctx) => {
      await requireCaseReader(ctx);
      const received = await ctx.db.query.referral.findMany(
        query({
          where: {
            toOrganisationId: activeOrganisationId(ctx),
            ...(args.status ? { status: args.status } : {}),
          },
          orderBy: { sentAt: 'desc' },
          limit: 200,
        }),
      );
      // Those waiting for an answer first; the sort is stable, so newest first within each.
      // (The rows carry every column; Pothos types them only by the selection it planned.)
      const waiting = (r: unknown) => Number((r as { status: string }).status === 'sent');
      return received.sort((a, b) => waiting(b) - waiting(a));
    },
  }),
}));

const ReferralInput = builder.inputType('ReferralInput', {
  description: 'A referral: to an activity or to an organisation, and what the receiver may know.',
  fields: (t) => ({
    activityId: t.id({
      required: false,
      description: 'A published activity (its organisation receives it).',
    }),
    toOrganisationId: t.id({ required: false, description: 'Or an organisation.' }),
    alias: t.string({ required: true, description: 'A first name or an alias.' }),
    age: t.int({ required: false, description: 'Age.' }),
    contactPath: t.string({
      required: true,
      description: 'How the receiver gets in touch (e.g. “via socialsekreteraren, 0470-41 000”).',
    }),
    message: t.string({ required: false, description: 'A message to the receiver.' }),
  }),
});

const referralErrors = (name: string, verb: string) => ({
  types: COMMON_ERRORS,
  result: { name: `${name}Success`, description: `${verb}.` },
  union: { name: `${name}Result`, description: `${verb}, or why not.` },
  dataField: { name: 'referral', description: 'The referral.' },
});

builder.mutationFields((t) => ({
  referFromCase: t.drizzleField({
    type: 'referral',
    description:
      'Refers a case’s person to an activity or an organisation, where consent or a recorded basis covers sharing with the receiver.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      input: t.arg({ type: ReferralInput, required: true, description: 'The referral.' }),
    },
    errors: referralErrors('ReferFromCase', 'Sent'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'referral',
        (id) => ctx.db.query.referral.findFirst(query({ where: { id } })),
        () =>
          referFromCase(ctx, parseId(ctx, args.caseId, 'SharedCase', 'caseId'), {
            ...args.input,
            activityId: args.input.activityId
              ? parseId(ctx, String(args.input.activityId), 'Activity', 'activityId')
              : null,
            toOrganisationId: args.input.toOrganisationId
              ? parseId(ctx, String(args.input.toOrganisationId), 'Organisation', 'toOrganisationId')
              : null,
          }),
      ),
  }),
  moveReferral: t.drizzleField({
    type: 'referral',
    description:
      'Moves a referral along its loop: the receiver accepts, declines (with a reason) or marks it started; either side marks it ended.',
    authScopes: { signedIn: true },
    args: {
      referralId: t.arg.id({ required: true, description: 'The referral.' }),
      step: t.arg({ type: ReferralStep, required: true, description: 'The step.' }),
      note: t.arg.string({ required: false, description: 'The reason (declining) or a note (ending).' }),
    },
    errors: referralErrors('MoveReferral', 'Moved'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'referral',
        (id) => ctx.db.query.referral.findFirst(query({ where: { id } })),
        () =>
          moveReferral(ctx, parseId(ctx, args.referralId, 'Referral', 'referralId'), args.step, args.note),
      ),
  }),
}));
