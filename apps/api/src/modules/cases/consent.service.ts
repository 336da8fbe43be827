import { schema } from '@samlad/db';
import { requiredConsentGiver } from '@samlad/domain';
import { eq } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { ageOfNumber } from './case.service.ts';
import {
  type CaseActor,
  type CaseScope,
  caseActor,
  loadLedCase,
  loadParticipatingCase,
  participantIds,
} from './case-access.ts';
import { checkBasis, checkText } from './case-input.ts';

type Giver = (typeof schema.consentGivenBy.enumValues)[number];
type Form = (typeof schema.consentForm.enumValues)[number];

export interface ConsentValues {
  givenBy: Giver;
  purpose: string;
  scopes: CaseScope[];
  organisationIds: string[];
  validFrom: Date;
  validUntil?: Date | null;
  form: Form;
}

const GIVER_WORDS: Record<Giver, { sv: string; en: string }> = {
  person: { sv: 'personen själv', en: 'the person themself' },
  guardians: { sv: 'vårdnadshavarna', en: 'the guardians' },
  guardians_and_child: { sv: 'vårdnadshavarna och barnet', en: 'the guardians and the child' },
};

/** Checks and writes a consent and the organisations it names. `field` prefixes error paths. */
export async function recordConsentRows(
  ctx: Context,
  actor: CaseActor,
  caseId: string,
  input: ConsentValues,
  age: number | null,
  field: string,
): Promise<string> {
  const purpose = checkText(ctx, input.purpose, `${field}.purpose`, 1000);
  const organisationIds = [...new Set(input.organisationIds)];
  if (organisationIds.length === 0)
    throw new InvalidInputError(ctx, 'consentNeedsOrganisations', {}, `${field}.organisationIds`);
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) throw new InvalidInputError(ctx, 'consentNeedsScopes', {}, `${field}.scopes`);
  if (input.validUntil && input.validUntil <= input.validFrom)
    throw new InvalidInputError(ctx, 'consentEndBeforeStart', {}, `${field}.validUntil`);
  const required = requiredConsentGiver(age);
  if (required && required !== input.givenBy) {
    throw new InvalidInputError(
      ctx,
      'consentGiverForAge',
      { age: age ?? '', giver: GIVER_WORDS[required][ctx.locale] },
      `${field}.givenBy`,
    );
  }
  const present = await participantIds(ctx, caseId);
  if (organisationIds.some((id) => !present.has(id)))
    throw new InvalidInputError(ctx, 'organisationNotInCase', {}, `${field}.organisationIds`);
  const [made] = await ctx.db
    .insert(schema.consent)
    .values({
      caseId,
      givenBy: input.givenBy,
      purpose,
      scopes,
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
      form: input.form,
      recordedByUserId: actor.userId,
      recordedByOrganisationId: actor.organisationId,
      recordedAt: ctx.now,
    })
    .returning({ id: schema.consent.id });
  if (!made) throw new Error('consent insert returned nothing');
  await ctx.db
    .insert(schema.consentOrganisation)
    .values(organisationIds.map((organisationId) => ({ consentId: made.id, caseId, organisationId })));
  await audit(ctx, {
    action: 'case.consent_recorded',
    recordType: 'shared_case',
    recordId: caseId,
    details: {
      consentId: made.id,
      organisationIds,
      scopes,
      validUntil: input.validUntil?.toISOString() ?? null,
    },
  });
  return made.id;
}

/** The lead records a consent for its case. */
export async function recordConsent(ctx: Context, caseId: string, input: ConsentValues) {
  const { actor } = await loadLedCase(ctx, caseId);
  const [subject] = await ctx.db
    .select({ pin: schema.caseSubject.personalIdentityNumber })
    .from(schema.caseSubject)
    .where(eq(schema.caseSubject.caseId, caseId));
  return recordConsentRows(ctx, actor, caseId, input, ageOfNumber(ctx, subject?.pin ?? null), 'input');
}

/** Any participant records that the person withdrew consent; it binds every read that follows. */
export async function withdrawConsent(ctx: Context, consentId: string, note: string | null) {
  await caseActor(ctx);
  const [found] = await ctx.db.select().from(schema.consent).where(eq(schema.consent.id, consentId));
  if (!found) throw new InvalidInputError(ctx, 'notFound', { what: 'consent' }, 'consentId');
  const { found: sharedCase } = await loadParticipatingCase(ctx, found.caseId, 'consentId');
  if (found.withdrawnAt) throw new InvalidInputError(ctx, 'consentAlreadyWithdrawn', {}, 'consentId');
  const withdrawalNote = note?.trim() ? checkText(ctx, note, 'note', 1000) : null;
  await ctx.db
    .update(schema.consent)
    .set({ withdrawnAt: ctx.now, withdrawnByUserId: ctx.viewer?.userId ?? null, withdrawalNote })
    .where(eq(schema.consent.id, consentId));
  await audit(ctx, {
    action: 'case.consent_withdrawn',
    recordType: 'shared_case',
    recordId: found.caseId,
    details: { consentId, reference: sharedCase.reference },
  });
  return found.caseId;
}

export interface DisclosureValues {
  organisationId: string;
  basisCode: string;
  scopes: CaseScope[];
  reason: string;
  validUntil?: Date | null;
}

/**
 * Shares a case with a participant without consent, on a recorded basis with a reason: an override
 * that only the lead's coordinators and admins may make, never towards civil society, always audited.
 */
export async function recordDisclosure(ctx: Context, caseId: string, input: DisclosureValues) {
  const { actor, found } = await loadLedCase(ctx, caseId);
  if (actor.role !== 'coordinator' && actor.role !== 'admin')
    throw new NotAllowedError(ctx, 'notCaseLeadCoordinator', {}, 'caseId');
  const basis = await checkBasis(ctx, input, 'input');
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) throw new InvalidInputError(ctx, 'consentNeedsScopes', {}, 'input.scopes');
  if (input.validUntil && input.validUntil <= ctx.now)
    throw new InvalidInputError(ctx, 'consentEndBeforeStart', {}, 'input.validUntil');
  if (input.organisationId === found.leadOrganisationId)
    throw new InvalidInputError(ctx, 'disclosureToLead', {}, 'input.organisationId');
  const present = await participantIds(ctx, caseId);
  if (!present.has(input.organisationId))
    throw new InvalidInputError(ctx, 'organisationNotInCase', {}, 'input.organisationId');
  const [recipient] = await ctx.db
    .select({ kind: schema.organisation.kind })
    .from(schema.organisation)
    .where(eq(schema.organisation.id, input.organisationId));
  if (recipient?.kind === 'civil_society')
    throw new InvalidInputError(ctx, 'disclosureToCivilSociety', {}, 'input.organisationId');
  const [made] = await ctx.db
    .insert(schema.disclosure)
    .values({
      caseId,
      organisationId: input.organisationId,
      basisCode: basis.code,
      scopes,
      reason: basis.reason,
      validUntil: input.validUntil ?? null,
      recordedByUserId: actor.userId,
      recordedByOrganisationId: actor.organisationId,
      createdAt: ctx.now,
    })
    .returning({ id: schema.disclosure.id });
  await audit(ctx, {
    action: 'case.disclosed',
    recordType: 'shared_case',
    recordId: caseId,
    details: { disclosureId: made?.id, organisationId: input.organisationId, basis: basis.code, scopes },
  });
}

/** The lead ends a disclosure; it stops counting at once. */
export async function revokeDisclosure(ctx: Context, disclosureId: string) {
  await caseActor(ctx);
  const [found] = await ctx.db.select().from(schema.disclosure).where(eq(schema.disclosure.id, disclosureId));
  if (!found) throw new InvalidInputError(ctx, 'notFound', { what: 'disclosure' }, 'disclosureId');
  await loadLedCase(ctx, found.caseId, 'disclosureId', { allowClosed: true });
  if (found.revokedAt) throw new InvalidInputError(ctx, 'disclosureAlreadyRevoked', {}, 'disclosureId');
  await ctx.db
    .update(schema.disclosure)
    .set({ revokedAt: ctx.now, revokedByUserId: ctx.viewer?.userId ?? null })
    .where(eq(schema.disclosure.id, disclosureId));
  await audit(ctx, {
    action: 'case.disclosure_revoked',
    recordType: 'shared_case',
    recordId: found.caseId,
    details: { disclosureId },
  });
  return found.caseId;
}
