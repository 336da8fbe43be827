import { queryRows, schema } from '@samlad/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { statusWord } from '../../i18n/activity-messages.ts';
import { audit } from '../audit/audit.service.ts';
import { caseActor, loadParticipatingCase } from '../cases/case-access.ts';
import { InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { optionalPlainText, plainText } from './plain-text.ts';

type Status = (typeof schema.referralStatus.enumValues)[number];

export interface ReferralValues {
  activityId?: string | null;
  toOrganisationId?: string | null;
  alias: string;
  age?: number | null;
  contactPath: string;
  message?: string | null;
}

/**
 * Refers the person of a case to an activity (its organisation receives the referral) or to an
 * organisation. Only where consent or a recorded basis covers sharing with the receiver; the
 * receiver gets an alias, an age and a contact path, nothing else of the case.
 */
export async function referFromCase(ctx: Context, caseId: string, input: ReferralValues): Promise<string> {
  const { actor, found } = await loadParticipatingCase(ctx, caseId);
  if (found.status === 'closed') throw new InvalidInputError(ctx, 'caseClosed', {}, 'caseId');
  if (!!input.activityId === !!input.toOrganisationId)
    throw new InvalidInputError(
      ctx,
      'referralTarget',
      {},
      input.activityId ? 'toOrganisationId' : 'activityId',
    );
  let toOrganisationId = input.toOrganisationId ?? null;
  const field = input.activityId ? 'activityId' : 'toOrganisationId';
  if (input.activityId) {
    const [activity] = await ctx.db
      .select({ organisationId: schema.activity.organisationId })
      .from(schema.activity)
      .where(and(eq(schema.activity.id, input.activityId), eq(schema.activity.status, 'published')));
    if (!activity) throw new InvalidInputError(ctx, 'activityNotFound', {}, 'activityId');
    toOrganisationId = activity.organisationId;
  }
  if (!toOrganisationId) throw new InvalidInputError(ctx, 'referralTarget', {}, field);
  const [covered] = await queryRows<{ ok: boolean }>(
    ctx.db,
    sql`select samlad_case_shared_with(${caseId}, ${toOrganisationId}) as ok`,
  );
  if (!covered?.ok) throw new InvalidInputError(ctx, 'referralNotCovered', {}, field);
  if (input.age != null && (!Number.isInteger(input.age) || input.age < 0 || input.age > 120))
    throw new InvalidInputError(ctx, 'invalidInput', { field: 'age' }, 'age');
  const [made] = await ctx.db
    .insert(schema.referral)
    .values({
      caseId,
      activityId: input.activityId ?? null,
      fromOrganisationId: actor.organisationId,
      toOrganisationId,
      alias: plainText(ctx, input.alias, 'alias', 100),
      age: input.age ?? null,
      contactPath: plainText(ctx, input.contactPath, 'contactPath', 300),
      message: optionalPlainText(ctx, input.message, 'message', 2000),
      createdByUserId: actor.userId,
      sentAt: ctx.now,
    })
    .returning({ id: schema.referral.id });
  if (!made) throw new Error('referral insert returned nothing');
  await audit(ctx, {
    action: 'case.referral_sent',
    recordType: 'shared_case',
    recordId: caseId,
    details: { referralId: made.id, toOrganisationId, activityId: input.activityId ?? null },
  });
  return made.id;
}

const NEXT: Record<Status, readonly Status[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['started', 'ended'],
  started: ['ended'],
  declined: [],
  ended: [],
};

/**
 * Moves a referral along the loop: the receiver accepts or declines (with a reason) and marks it
 * started; either side marks it ended. The referrer sees every step on the case.
 */
export async function moveReferral(
  ctx: Context,
  referralId: string,
  to: Exclude<Status, 'sent'>,
  note: string | null | undefined,
): Promise<string> {
  const orgId = (await caseActor(ctx)).organisationId;
  const [found] = await ctx.db.select().from(schema.referral).where(eq(schema.referral.id, referralId));
  if (!found) throw new InvalidInputError(ctx, 'notFound', { what: 'referral' }, 'referralId');
  const receiver = found.toOrganisationId === orgId;
  const mayMove = receiver || (to === 'ended' && found.fromOrganisationId === orgId);
  if (!mayMove) throw new NotAllowedError(ctx, 'referralNotYours', {}, 'referralId');
  if (!NEXT[found.status].includes(to))
    throw new InvalidInputError(
      ctx,
      'referralStep',
      { status: statusWord(ctx.locale, found.status) },
      'status',
    );
  const text = optionalPlainText(ctx, note, 'note', 1000);
  if (to === 'declined' && !text) throw new InvalidInputError(ctx, 'referralDeclineReason', {}, 'note');
  await ctx.db
    .update(schema.referral)
    .set({
      status: to,
      ...(to === 'accepted' || to === 'declined' ? { answeredAt: ctx.now } : {}),
      ...(to === 'declined' ? { declineReason: text } : {}),
      ...(to === 'started' ? { startedAt: ctx.now } : {}),
      ...(to === 'ended' ? { endedAt: ctx.now, endNote: text } : {}),
    })
    .where(eq(schema.referral.id, referralId));
  await audit(ctx, {
    action: `referral.${to}`,
    recordType: 'referral',
    recordId: referralId,
    details: { caseId: found.caseId },
  });
  return referralId;
}
