import { forbiddenError } from '../../errors.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { whereDefined } from '../../schema/where.ts';
import { canAdminister } from '../admin/members.service.ts';

export const AuditEvent = builder.drizzleObject('auditEvent', {
  name: 'AuditEvent',
  description: 'One entry of the append-only audit trail: who did what to which record, when.',
  fields: (t) => ({
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When.' }),
    action: t.exposeString('action', {
      description: 'What, e.g. `auth.sign_in` or `membership.role_changed`.',
    }),
    recordType: t.exposeString('recordType', { nullable: true, description: 'The kind of record acted on.' }),
    recordId: t.exposeString('recordId', { nullable: true, description: 'The record acted on.' }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'The request it happened in.' }),
    actor: t.relation('actor', { nullable: true, description: 'The person who did it.' }),
    organisation: t.relation('organisation', {
      nullable: true,
      description: 'The organisation they acted for.',
    }),
    details: t.string({
      nullable: true,
      description: 'What changed, as JSON.',
      select: { columns: { details: true } },
      resolve: (e) => (e.details ? JSON.stringify(e.details) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  auditEvents: t.drizzleConnection(
    {
      type: 'auditEvent',
      description: 'An organisation’s audit trail, newest first. For its admins and platform admins.',
      authScopes: { signedIn: true },
      args: {
        organisationId: t.arg.id({ required: true, description: 'The organisation acted for.' }),
        userId: t.arg.id({ required: false, description: 'Only what this person did.' }),
        recordType: t.arg.string({ required: false, description: 'Only this kind of record.' }),
        recordId: t.arg.string({ required: false, description: 'Only this record (with recordType).' }),
        from: t.arg({ type: 'DateTime', required: false, description: 'From this time (inclusive).' }),
        to: t.arg({ type: 'DateTime', required: false, description: 'Until this time (exclusive).' }),
      },
      resolve: async (query, _root, args, ctx) => {
        const organisationId = parseId(ctx, args.organisationId, 'Organisation', 'organisationId');
        if (!(await canAdminister(ctx, organisationId))) throw forbiddenError(ctx);
        const occurredAt = whereDefined({ gte: args.from ?? undefined, lt: args.to ?? undefined });
        return ctx.db.query.auditEvent.findMany(
          query({
            where: whereDefined({
              organisationId,
              actorUserId: args.userId ? parseId(ctx, args.userId, 'User', 'userId') : undefined,
              recordType: args.recordType ?? undefined,
              recordId: args.recordId ?? undefined,
              occurredAt: Object.keys(occurredAt).length ? occurredAt : undefined,
            }),
            // The identity column follows insertion order; timestamps carry microseconds that cursors would lose.
            orderBy: { id: 'desc' },
          }),
        );
      },
    },
    { name: 'AuditEventConnection', description: 'A page of audit events.' },
    { name: 'AuditEventEdge', description: 'An audit event in a page.' },
  ),
}));
