import { schema } from '@samlad/db';
import { stockholmDate } from '@samlad/domain';
import { eq } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { InvalidInputError } from '../common/user-errors.ts';
import { loadLedCase } from './case-access.ts';
import { parseCalendarDate } from './case-input.ts';

/**
 * The lead records that the case's follow-up was done (on `doneOn`, today by default) and sets
 * the next one. What was due and when it was done are kept, so the county overview can count
 * follow-ups done on time; the case gets its new follow-up date in the same transaction.
 */
export async function recordCaseFollowUp(
  ctx: Context,
  caseId: string,
  input: { doneOn?: string | null; nextFollowUpOn?: string | null },
): Promise<void> {
  const { actor, found } = await loadLedCase(ctx, caseId);
  if (!found.nextFollowUpOn) throw new InvalidInputError(ctx, 'followUpNotPlanned', {}, 'caseId');
  const today = stockholmDate(ctx.now).iso;
  const doneOn = parseCalendarDate(ctx, input.doneOn, 'doneOn') ?? today;
  if (doneOn > today) throw new InvalidInputError(ctx, 'followUpDoneInFuture', {}, 'doneOn');
  const next = parseCalendarDate(ctx, input.nextFollowUpOn, 'nextFollowUpOn');
  if (next !== null && next <= doneOn) {
    throw new InvalidInputError(ctx, 'followUpNextTooEarly', {}, 'nextFollowUpOn');
  }
  await ctx.db.insert(schema.caseFollowUp).values({
    caseId,
    dueOn: found.nextFollowUpOn,
    doneOn,
    recordedByOrganisationId: actor.organisationId,
    recordedByUserId: actor.userId,
  });
  await ctx.db
    .update(schema.sharedCase)
    .set({ nextFollowUpOn: next, updatedAt: ctx.now })
    .where(eq(schema.sharedCase.id, caseId));
  // The plan carries the same date (saving a plan sets the case's); keep the two in step.
  await ctx.db.update(schema.casePlan).set({ followUpOn: next }).where(eq(schema.casePlan.caseId, caseId));
  await audit(ctx, {
    action: 'case.follow_up_recorded',
    recordType: 'shared_case',
    recordId: caseId,
    details: { reference: found.reference, dueOn: found.nextFollowUpOn, doneOn },
  });
}
