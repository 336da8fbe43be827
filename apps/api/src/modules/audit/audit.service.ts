import { schema } from '@samlad/db';
import type { Context } from '../../context.ts';

export interface AuditEntry {
  action: string;
  recordType?: string | undefined;
  recordId?: string | undefined;
  details?: Record<string, unknown> | undefined;
  /** Only sign-in events keep the client address. */
  withClientAddress?: boolean;
  /** Overrides the acting user, e.g. for a sign-in that has no viewer yet. */
  actorUserId?: string | null | undefined;
  organisationId?: string | null | undefined;
}

/** Appends an audit event in the request's transaction, so it commits or rolls back with the change. */
export async function audit(ctx: Context, entry: AuditEntry): Promise<void> {
  await ctx.db.insert(schema.auditEvent).values({
    actorUserId: entry.actorUserId !== undefined ? entry.actorUserId : (ctx.viewer?.userId ?? null),
    organisationId:
      entry.organisationId !== undefined
        ? entry.organisationId
        : (ctx.viewer?.membership?.organisationId ?? null),
    action: entry.action,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    requestId: ctx.requestId,
    clientAddress: entry.withClientAddress ? ctx.clientAddress : null,
    details: entry.details ?? null,
  });
}
