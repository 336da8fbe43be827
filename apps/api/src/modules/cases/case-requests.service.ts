import { queryRows, schema } from '@samlad/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { ConflictError, InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { caseActor, loadLedCase, loadParticipatingCase, participantIds } from './case-access.ts';
import { checkText } from './case-input.ts';

const note = (ctx: Context, value: string | null | undefined, field: string) =>
  value?.trim() ? checkText(ctx, value, field, 1000) : null;

/** The lead proposes to hand the lead to another participating organisation. */
export async function proposeLeadTransfer(
  ctx: Context,
  caseId: string,
  toOrganisationId: string,
  reason: string | null | undefined,
) {
  const { actor, found } = await loadLedCase(ctx, caseId);
  if (toOrganisationId === found.leadOrganisationId)
    throw new InvalidInputError(ctx, 'transferToLead', {}, 'toOrganisationId');
  const present = await participantIds(ctx, caseId);
  if (!present.has(toOrganisationId))
    throw new InvalidInputError(ctx, 'organisationNotInCase', {}, 'toOrganisationId');
  const [to] = await ctx.db
    .select({ kind: schema.organisation.kind })
    .from(schema.organisation)
    .where(eq(schema.organisation.id, toOrganisationId));
  if (to?.kind === 'civil_society')
    throw new InvalidInputError(ctx, 'cannotLeadCases', {}, 'toOrganisationId');
  const t = schema.caseLeadTransfer;
  const [pending] = await ctx.db
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.caseId, caseId), eq(t.status, 'pending')));
  if (pending) throw new ConflictError(ctx, 'transferPending', {}, 'caseId');
  const [made] = await ctx.db
    .insert(t)
    .values({
      caseId,
      fromOrganisationId: actor.organisationId,
      toOrganisationId,
      reason: note(ctx, reason, 'reason'),
      requestedByUserId: actor.userId,
      createdAt: ctx.now,
    })
    .returning({ id: t.id });
  await audit(ctx, {
    action: 'case.lead_transfer_proposed',
    recordType: 'shared_case',
    recordId: caseId,
    details: { transferId: made?.id, toOrganisationId },
  });
}

/**
 * The receiving organisation accepts or declines the lead; the lead itself may withdraw its
 * proposal. Accepting moves the lead (the old lead stays a participant, now under consent).
 */
export async function answerLeadTransfer(
  ctx: Context,
  transferId: string,
  answer: 'accepted' | 'declined' | 'withdrawn',
  decisionNote: string | null | undefined,
) {
  await caseActor(ctx);
  const t = schema.caseLeadTransfer;
  const [transfer] = await ctx.db.select().from(t).where(eq(t.id, transferId));
  if (!transfer) throw new InvalidInputError(ctx, 'notFound', { what: 'transfer' }, 'transferId');
  const { actor, found } = await loadParticipatingCase(ctx, transfer.caseId, 'transferId');
  if (transfer.status !== 'pending') throw new InvalidInputError(ctx, 'requestNotPending', {}, 'transferId');
  const mayAnswer =
    answer === 'withdrawn'
      ? actor.organisationId === transfer.fromOrganisationId
      : actor.organisationId === transfer.toOrganisationId;
  if (!mayAnswer) throw new NotAllowedError(ctx, 'notTransferRecipient', {}, 'transferId');
  if (answer === 'accepted' && actor.kind === 'civil_society')
    throw new NotAllowedError(ctx, 'cannotLeadCases', {}, 'transferId');
  await ctx.db
    .update(t)
    .set({
      status: answer,
      decidedByUserId: actor.userId,
      decidedAt: ctx.now,
      decisionNote: note(ctx, decisionNote, 'note'),
    })
    .where(eq(t.id, transferId));
  if (answer === 'accepted') {
    await ctx.db
      .update(schema.sharedCase)
      .set({ leadOrganisationId: actor.organisationId, updatedAt: ctx.now })
      .where(eq(schema.sharedCase.id, transfer.caseId));
    // Now the lead, the new organisation may move the identity's lead copy along.
    await ctx.db
      .update(schema.caseSubject)
      .set({ leadOrganisationId: actor.organisationId, updatedAt: ctx.now })
      .where(eq(schema.caseSubject.caseId, transfer.caseId));
  }
  await audit(ctx, {
    action: `case.lead_transfer_${answer}`,
    recordType: 'shared_case',
    recordId: transfer.caseId,
    details: {
      transferId,
      reference: found.reference,
      from: transfer.fromOrganisationId,
      to: transfer.toOrganisationId,
    },
  });
  return transfer.caseId;
}

/** An organisation outside a case asks, by its reference, to join it. Nothing of the case is shown. */
export async function requestToJoinCase(ctx: Context, reference: string, reason: string) {
  const actor = await caseActor(ctx);
  const [row] = await queryRows<{ id: string | null }>(
    ctx.db,
    sql`select samlad_case_id_by_reference(${reference}) as id`,
  );
  const caseId = row?.id;
  if (!caseId)
    throw new InvalidInputError(ctx, 'unknownCaseReference', { value: reference.trim() }, 'reference');
  const [own] = await ctx.db
    .select({ id: schema.caseParticipant.caseId })
    .from(schema.caseParticipant)
    .where(
      and(
        eq(schema.caseParticipant.caseId, caseId),
        eq(schema.caseParticipant.organisationId, actor.organisationId),
      ),
    );
  if (own) throw new ConflictError(ctx, 'alreadyParticipant', {}, 'reference');
  const j = schema.caseJoinRequest;
  const [pending] = await ctx.db
    .select({ id: j.id })
    .from(j)
    .where(and(eq(j.caseId, caseId), eq(j.organisationId, actor.organisationId), eq(j.status, 'pending')));
  if (pending) throw new ConflictError(ctx, 'joinRequestPending', {}, 'reference');
  const [made] = await ctx.db
    .insert(j)
    .values({
      caseId,
      organisationId: actor.organisationId,
      caseReference: reference.trim().toUpperCase(),
      reason: checkText(ctx, reason, 'reason', 1000),
      requestedByUserId: actor.userId,
      createdAt: ctx.now,
    })
    .returning();
  if (!made) throw new Error('join request insert returned nothing');
  await audit(ctx, {
    action: 'case.join_requested',
    recordType: 'shared_case',
    recordId: caseId,
    details: { requestId: made.id },
  });
  return made;
}

/** The lead decides on a request to join (audited); the asking organisation may withdraw it. */
export async function answerJoinRequest(
  ctx: Context,
  requestId: string,
  answer: 'accepted' | 'declined' | 'withdrawn',
  decisionNote: string | null | undefined,
) {
  const actor = await caseActor(ctx);
  const j = schema.caseJoinRequest;
  const [request] = await ctx.db.select().from(j).where(eq(j.id, requestId));
  if (!request) throw new InvalidInputError(ctx, 'notFound', { what: 'request' }, 'requestId');
  if (answer === 'withdrawn') {
    if (request.organisationId !== actor.organisationId)
      throw new NotAllowedError(ctx, 'forbidden', {}, 'requestId');
  } else {
    await loadLedCase(ctx, request.caseId, 'requestId');
  }
  if (request.status !== 'pending') throw new InvalidInputError(ctx, 'requestNotPending', {}, 'requestId');
  await ctx.db
    .update(j)
    .set({
      status: answer,
      decidedByUserId: actor.userId,
      decidedAt: ctx.now,
      decisionNote: note(ctx, decisionNote, 'note'),
    })
    .where(eq(j.id, requestId));
  if (answer === 'accepted') {
    await ctx.db
      .insert(schema.caseParticipant)
      .values({ caseId: request.caseId, organisationId: request.organisationId, joinedAt: ctx.now })
      .onConflictDoNothing();
  }
  await audit(ctx, {
    action: `case.join_${answer}`,
    recordType: 'shared_case',
    recordId: request.caseId,
    details: { requestId, organisationId: request.organisationId },
  });
  return request;
}
