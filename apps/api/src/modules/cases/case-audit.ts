import { schema } from '@samlad/db';
import type { Context } from '../../context.ts';

export type CaseReadKind = 'identity' | 'notes';

interface PendingReads {
  rows: Array<typeof schema.auditEvent.$inferInsert>;
  seen: Set<string>;
  written: Promise<void>;
}

const pending = new WeakMap<Context, PendingReads>();

/**
 * Records that the viewer read a case's identity or notes (access rule 6). Reads resolved in the
 * same tick are written together in one statement, so a page of cases costs one insert, not one
 * per case; the resolver waits for it, so the read is only served once it is logged.
 */
export function auditCaseRead(
  ctx: Context,
  caseId: string,
  kind: CaseReadKind,
  reference: string,
): Promise<void> {
  let batch = pending.get(ctx);
  if (!batch) {
    const rows: PendingReads['rows'] = [];
    const written = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      pending.delete(ctx);
      await ctx.db.insert(schema.auditEvent).values(rows);
    });
    batch = { rows, seen: new Set(), written };
    pending.set(ctx, batch);
  }
  const key = `${caseId}:${kind}`;
  if (!batch.seen.has(key)) {
    batch.seen.add(key);
    batch.rows.push({
      actorUserId: ctx.viewer?.userId ?? null,
      organisationId: ctx.viewer?.membership?.organisationId ?? null,
      action: kind === 'identity' ? 'case.identity_read' : 'case.notes_read',
      recordType: 'shared_case',
      recordId: caseId,
      requestId: ctx.requestId,
      details: { reference },
    });
  }
  return batch.written;
}
