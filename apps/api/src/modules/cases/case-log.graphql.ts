import { queryRows } from '@samlad/db';
import { sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { forbiddenError } from '../../errors.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { activeOrganisationId } from '../auth/access.ts';
import { requireCaseReader } from './case-access.ts';

type LogRow = {
  occurred_at: Date | string;
  action: string;
  organisation_name: string | null;
  actor_name: string | null;
};

const CaseAccessLogEntry = builder.objectRef<LogRow>('CaseAccessLogEntry').implement({
  description: 'One read of, or change to, a case: who, for which organisation, when.',
  fields: (t) => ({
    occurredAt: t.field({
      type: 'DateTime',
      description: 'When.',
      resolve: (r) => (r.occurred_at instanceof Date ? r.occurred_at : new Date(r.occurred_at)),
    }),
    action: t.exposeString('action', {
      description: 'What: case.identity_read, case.notes_read, or a change such as case.consent_recorded.',
    }),
    isRead: t.boolean({
      description: 'A read of the identity or notes (as opposed to a change).',
      resolve: (r) => r.action.endsWith('_read'),
    }),
    organisationName: t.string({
      nullable: true,
      description: 'The organisation the person acted for.',
      resolve: (r) => r.organisation_name,
    }),
    actorName: t.string({ nullable: true, description: 'The person.', resolve: (r) => r.actor_name }),
  }),
});

const CaseAccessLog = builder.objectRef<{ reference: string; entries: LogRow[] }>('CaseAccessLog').implement({
  description: 'A case’s access log: who saw what, and who changed what, when, for which organisation.',
  fields: (t) => ({
    reference: t.exposeString('reference', { description: 'The case’s reference.' }),
    entries: t.field({ type: [CaseAccessLogEntry], description: 'Oldest first.', resolve: (l) => l.entries }),
  }),
});

/** Admins of the case's lead organisation, only. */
async function leadAdminCase(ctx: Context, caseId: string) {
  const m = ctx.viewer?.membership;
  await requireCaseReader(ctx);
  if (m?.role !== 'admin') throw forbiddenError(ctx);
  const [found] = await queryRows<{ reference: string }>(
    ctx.db,
    sql`select reference from shared_case where id = ${caseId} and lead_organisation_id = ${activeOrganisationId(ctx)}`,
  );
  return found ?? null;
}

builder.queryFields((t) => ({
  caseAccessLog: t.field({
    type: CaseAccessLog,
    nullable: true,
    description:
      'The access log of a case the viewer’s organisation leads, for its admins: for audits, and for a person who asks what was read about them. Null for other cases.',
    authScopes: { signedIn: true },
    args: { caseId: t.arg.id({ required: true, description: 'The case.' }) },
    resolve: async (_root, args, ctx) => {
      const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
      const found = await leadAdminCase(ctx, id);
      if (!found) return null;
      const entries = await queryRows<LogRow>(
        ctx.db,
        sql`select e.occurred_at, e.action, o.name as organisation_name, u.display_name as actor_name
            from audit_event e
            left join organisation o on o.id = e.organisation_id
            left join user_account u on u.id = e.actor_user_id
            where e.record_type = 'shared_case' and e.record_id = ${id}
            order by e.occurred_at, e.id`,
      );
      return { reference: found.reference, entries };
    },
  }),
}));
