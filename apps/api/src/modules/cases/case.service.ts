import { schema } from '@samlad/db';
import {
  ageOn,
  casePrefix,
  formatCaseReference,
  parsePersonalIdentityNumber,
  stockholmDate,
} from '@samlad/domain';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { activeOrganisationId } from '../auth/access.ts';
import { ConflictError, InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { type CaseActor, caseActor, loadLedCase, participantIds } from './case-access.ts';
import { checkBasis, checkText, parseCalendarDate } from './case-input.ts';
import { type ConsentValues, recordConsentRows } from './consent.service.ts';

type CaseStatus = (typeof schema.caseStatus.enumValues)[number];
type SubjectKind = (typeof schema.caseSubjectKind.enumValues)[number];
type Theme = (typeof schema.forumTheme.enumValues)[number];

export interface GuardianValues {
  fullName: string;
  personalIdentityNumber?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface SubjectValues {
  fullName: string;
  personalIdentityNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  municipalityOfResidenceCode?: string | null;
  protectedIdentity: boolean;
  guardians: GuardianValues[];
}

export interface IdentificationBasis {
  basisCode: string;
  reason: string;
}

export interface CaseValues {
  subjectKind: SubjectKind;
  summary: string;
  themes: Theme[];
  forumId?: string | null;
  nextFollowUpOn?: string | null;
  participantOrganisationIds: string[];
  subject?: SubjectValues | null;
  consent?: ConsentValues | null;
  identificationBasis?: IdentificationBasis | null;
}

const optional = (value: string | null | undefined, max: number, ctx: Context, field: string) => {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  return checkText(ctx, trimmed, field, max);
};

/** The organisations must exist and may not be county boards, which never take part in a case. */
async function checkParticipants(ctx: Context, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await ctx.db
    .select({ id: schema.organisation.id, kind: schema.organisation.kind })
    .from(schema.organisation)
    .where(inArray(schema.organisation.id, ids));
  if (found.length !== ids.length)
    throw new InvalidInputError(ctx, 'notFound', { what: 'organisation' }, field);
  if (found.some((o) => o.kind === 'county_board'))
    throw new InvalidInputError(ctx, 'overseerCannotParticipate', {}, field);
}

/** A new reference for a case led by this organisation: its place's prefix, this year, the next number. */
async function nextReference(ctx: Context, organisationId: string): Promise<string> {
  const [place] = await ctx.db
    .select({ municipality: schema.municipality.name, county: schema.county.shortName })
    .from(schema.organisation)
    .innerJoin(schema.county, eq(schema.county.code, schema.organisation.countyCode))
    .leftJoin(schema.municipality, eq(schema.municipality.code, schema.organisation.municipalityCode))
    .where(eq(schema.organisation.id, organisationId));
  const prefix = casePrefix(place?.municipality ?? place?.county ?? 'X');
  const year = stockholmDate(ctx.now).year;
  const c = schema.caseReferenceCounter;
  const [row] = await ctx.db
    .insert(c)
    .values({ prefix, year, lastNumber: 1 })
    .onConflictDoUpdate({ target: [c.prefix, c.year], set: { lastNumber: sql`${c.lastNumber} + 1` } })
    .returning({ n: c.lastNumber });
  return formatCaseReference(prefix, year, row?.n ?? 1);
}

/** Age today in Stockholm from a checked number, or null without one. */
export function ageOfNumber(ctx: Context, stored: string | null): number | null {
  if (!stored) return null;
  const pin = parsePersonalIdentityNumber(stored);
  if (!pin) return null;
  return ageOn(pin.birthDate, stockholmDate(ctx.now));
}

interface CheckedSubject {
  fullName: string;
  personalIdentityNumber: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  municipalityOfResidenceCode: string | null;
  protectedIdentity: boolean;
  guardians: Array<{
    fullName: string;
    personalIdentityNumber: string | null;
    phone: string | null;
    email: string | null;
  }>;
  age: number | null;
}

function checkPin(ctx: Context, value: string | null | undefined, field: string): string | null {
  const text = value?.trim();
  if (!text) return null;
  const pin = parsePersonalIdentityNumber(text);
  if (!pin) throw new InvalidInputError(ctx, 'invalidPersonalIdentityNumber', { value: text }, field);
  return pin.stored;
}

async function checkSubject(ctx: Context, input: SubjectValues, field: string): Promise<CheckedSubject> {
  const fullName = checkText(ctx, input.fullName, `${field}.fullName`, 200);
  const personalIdentityNumber = checkPin(
    ctx,
    input.personalIdentityNumber,
    `${field}.personalIdentityNumber`,
  );
  // A protected person's whereabouts are never stored, so they can never be shown.
  const address = input.protectedIdentity ? null : optional(input.address, 300, ctx, `${field}.address`);
  const municipalityOfResidenceCode = input.protectedIdentity
    ? null
    : input.municipalityOfResidenceCode?.trim() || null;
  if (municipalityOfResidenceCode) {
    const [found] = await ctx.db
      .select({ code: schema.municipality.code })
      .from(schema.municipality)
      .where(eq(schema.municipality.code, municipalityOfResidenceCode));
    if (!found)
      throw new InvalidInputError(
        ctx,
        'unknownCode',
        { what: 'kommun', code: municipalityOfResidenceCode },
        `${field}.municipalityOfResidenceCode`,
      );
  }
  const guardians = input.guardians.map((g, i) => ({
    fullName: checkText(ctx, g.fullName, `${field}.guardians.${i}.fullName`, 200),
    personalIdentityNumber: checkPin(
      ctx,
      g.personalIdentityNumber,
      `${field}.guardians.${i}.personalIdentityNumber`,
    ),
    phone: optional(g.phone, 50, ctx, `${field}.guardians.${i}.phone`),
    email: optional(g.email, 200, ctx, `${field}.guardians.${i}.email`),
  }));
  const age = ageOfNumber(ctx, personalIdentityNumber);
  if (age !== null && age < 18 && guardians.length === 0)
    throw new InvalidInputError(ctx, 'guardiansForChild', {}, `${field}.guardians`);
  return {
    fullName,
    personalIdentityNumber,
    phone: optional(input.phone, 50, ctx, `${field}.phone`),
    email: optional(input.email, 200, ctx, `${field}.email`),
    address,
    municipalityOfResidenceCode,
    protectedIdentity: input.protectedIdentity,
    guardians,
    age,
  };
}

/**
 * The duplicate check: a second open identified case for the same person in the same lead
 * organisation is refused. Serialised per organisation and number, so two at once cannot both pass.
 */
async function checkDuplicate(ctx: Context, actor: CaseActor, pin: string | null, exceptCaseId?: string) {
  if (!pin) return;
  await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`case:${actor.organisationId}:${pin}`}))`);
  const [dup] = await ctx.db
    .select({ reference: schema.sharedCase.reference })
    .from(schema.caseSubject)
    .innerJoin(schema.sharedCase, eq(schema.sharedCase.id, schema.caseSubject.caseId))
    .where(
      and(
        eq(schema.caseSubject.leadOrganisationId, actor.organisationId),
        eq(schema.caseSubject.personalIdentityNumber, pin),
        ne(schema.sharedCase.status, 'closed'),
        exceptCaseId ? ne(schema.sharedCase.id, exceptCaseId) : undefined,
      ),
    );
  if (dup)
    throw new ConflictError(
      ctx,
      'duplicateCase',
      { reference: dup.reference },
      'subject.personalIdentityNumber',
    );
}

/** Open cases the acting organisation leads for this (already checked, stored) number. */
export async function findDuplicates(ctx: Context, pin: string) {
  return ctx.db
    .select({
      id: schema.sharedCase.id,
      reference: schema.sharedCase.reference,
      status: schema.sharedCase.status,
    })
    .from(schema.caseSubject)
    .innerJoin(schema.sharedCase, eq(schema.sharedCase.id, schema.caseSubject.caseId))
    .where(
      and(
        eq(schema.caseSubject.leadOrganisationId, activeOrganisationId(ctx)),
        eq(schema.caseSubject.personalIdentityNumber, pin),
        ne(schema.sharedCase.status, 'closed'),
      ),
    );
}

async function writeSubject(ctx: Context, caseId: string, leadId: string, subject: CheckedSubject) {
  const values = {
    leadOrganisationId: leadId,
    fullName: subject.fullName,
    personalIdentityNumber: subject.personalIdentityNumber,
    phone: subject.phone,
    email: subject.email,
    address: subject.address,
    municipalityOfResidenceCode: subject.municipalityOfResidenceCode,
    protectedIdentity: subject.protectedIdentity,
    updatedAt: ctx.now,
  };
  await ctx.db
    .insert(schema.caseSubject)
    .values({ caseId, ...values, createdAt: ctx.now })
    .onConflictDoUpdate({ target: schema.caseSubject.caseId, set: values });
  await ctx.db.delete(schema.caseGuardian).where(eq(schema.caseGuardian.caseId, caseId));
  if (subject.guardians.length) {
    await ctx.db
      .insert(schema.caseGuardian)
      .values(subject.guardians.map((g, i) => ({ caseId, position: i + 1, ...g })));
  }
  if (subject.protectedIdentity) {
    // Places of the case's meetings go too: they would tell where the person is.
    await ctx.db
      .update(schema.meeting)
      .set({ place: null, sequence: sql`${schema.meeting.sequence} + 1`, updatedAt: ctx.now })
      .where(and(eq(schema.meeting.caseId, caseId), sql`${schema.meeting.place} is not null`));
  }
}

/** Creates a case led by the acting organisation: a consultation, or identified with consent or a basis. */
export async function createCase(ctx: Context, input: CaseValues) {
  const actor = await caseActor(ctx);
  if (actor.kind === 'civil_society') throw new NotAllowedError(ctx, 'cannotLeadCases');
  const summary = checkText(ctx, input.summary, 'summary', 500);
  if (input.themes.length === 0) throw new InvalidInputError(ctx, 'themesRequiredCase', {}, 'themes');
  const nextFollowUpOn = parseCalendarDate(ctx, input.nextFollowUpOn, 'nextFollowUpOn');
  const others = [...new Set(input.participantOrganisationIds.filter((id) => id !== actor.organisationId))];
  await checkParticipants(ctx, others, 'participantOrganisationIds');
  if (input.forumId) {
    const [f] = await ctx.db
      .select({ id: schema.forum.id })
      .from(schema.forum)
      .innerJoin(schema.forumMember, eq(schema.forumMember.forumId, schema.forum.id))
      .where(
        and(eq(schema.forum.id, input.forumId), eq(schema.forumMember.organisationId, actor.organisationId)),
      );
    if (!f) throw new InvalidInputError(ctx, 'notFound', { what: 'forum' }, 'forumId');
  }
  let subject: CheckedSubject | null = null;
  if (input.subject) {
    if (input.subjectKind !== 'person' && input.subjectKind !== 'family')
      throw new InvalidInputError(ctx, 'identityNotForThisKind', {}, 'subject');
    subject = await checkSubject(ctx, input.subject, 'subject');
    if (!input.consent && !input.identificationBasis)
      throw new InvalidInputError(ctx, 'identityNeedsBasis', {}, 'consent');
    await checkDuplicate(ctx, actor, subject.personalIdentityNumber);
  }
  const basis =
    input.identificationBasis && subject
      ? await checkBasis(ctx, input.identificationBasis, 'identificationBasis')
      : null;

  const [created] = await ctx.db
    .insert(schema.sharedCase)
    .values({
      reference: await nextReference(ctx, actor.organisationId),
      subjectKind: input.subjectKind,
      status: 'open',
      themes: input.themes,
      summary,
      leadOrganisationId: actor.organisationId,
      forumId: input.forumId ?? null,
      nextFollowUpOn,
      identified: subject !== null,
      protectedIdentity: subject?.protectedIdentity ?? false,
      identificationBasisCode: basis?.code ?? null,
      identificationReason: basis?.reason ?? null,
      createdByUserId: actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  if (!created) throw new Error('case insert returned nothing');
  await ctx.db
    .insert(schema.caseParticipant)
    .values(
      [actor.organisationId, ...others].map((organisationId) => ({ caseId: created.id, organisationId })),
    );
  await ctx.db
    .insert(schema.casePlan)
    .values({ caseId: created.id, updatedByUserId: actor.userId, updatedAt: ctx.now });
  if (subject) await writeSubject(ctx, created.id, actor.organisationId, subject);
  if (input.consent && subject) {
    await recordConsentRows(ctx, actor, created.id, input.consent, subject.age, 'consent');
  }
  await audit(ctx, {
    action: 'case.created',
    recordType: 'shared_case',
    recordId: created.id,
    details: {
      reference: created.reference,
      identified: created.identified,
      basis: basis?.code ?? (input.consent ? 'consent' : null),
    },
  });
  return created;
}

export interface CaseUpdate {
  summary: string;
  themes: Theme[];
  status: CaseStatus;
  nextFollowUpOn?: string | null;
  forumId?: string | null;
}

/** The lead edits the case's description, status and follow-up date. */
export async function updateCase(ctx: Context, caseId: string, input: CaseUpdate) {
  const { found } = await loadLedCase(ctx, caseId, 'caseId', { allowClosed: true });
  const summary = checkText(ctx, input.summary, 'summary', 500);
  if (input.themes.length === 0) throw new InvalidInputError(ctx, 'themesRequiredCase', {}, 'themes');
  const nextFollowUpOn = parseCalendarDate(ctx, input.nextFollowUpOn, 'nextFollowUpOn');
  const closing = input.status === 'closed';
  await ctx.db
    .update(schema.sharedCase)
    .set({
      summary,
      themes: input.themes,
      status: input.status,
      nextFollowUpOn,
      forumId: input.forumId === undefined ? found.forumId : input.forumId,
      closedAt: closing ? (found.closedAt ?? ctx.now) : null,
      updatedAt: ctx.now,
    })
    .where(eq(schema.sharedCase.id, caseId));
  await audit(ctx, {
    action: 'case.updated',
    recordType: 'shared_case',
    recordId: caseId,
    details: { reference: found.reference, from: found.status, to: input.status },
  });
}

/**
 * Records or corrects who the case is about. The first identity needs consent in force or a
 * recorded basis (`basis`); the lead holds it, others see it only as consent or basis allows.
 */
export async function setCaseSubject(
  ctx: Context,
  caseId: string,
  input: SubjectValues,
  basisInput: IdentificationBasis | null,
) {
  const { actor, found } = await loadLedCase(ctx, caseId);
  if (found.subjectKind !== 'person' && found.subjectKind !== 'family')
    throw new InvalidInputError(ctx, 'identityNotForThisKind', {}, 'subject');
  const subject = await checkSubject(ctx, input, 'subject');
  let basis: { code: string; reason: string } | null = null;
  if (!found.identified) {
    const [inForce] = await ctx.db
      .select({ id: schema.consent.id })
      .from(schema.consent)
      .where(
        sql`${schema.consent.caseId} = ${caseId} and ${schema.consent.withdrawnAt} is null and ${schema.consent.validFrom} <= ${ctx.now} and (${schema.consent.validUntil} is null or ${schema.consent.validUntil} > ${ctx.now})`,
      );
    if (!inForce && !basisInput) throw new InvalidInputError(ctx, 'identityNeedsBasis', {}, 'basis');
    if (basisInput && !inForce) basis = await checkBasis(ctx, basisInput, 'basis');
  }
  await checkDuplicate(ctx, actor, subject.personalIdentityNumber, caseId);
  await writeSubject(ctx, caseId, actor.organisationId, subject);
  await ctx.db
    .update(schema.sharedCase)
    .set({
      identified: true,
      protectedIdentity: subject.protectedIdentity,
      ...(basis ? { identificationBasisCode: basis.code, identificationReason: basis.reason } : {}),
      updatedAt: ctx.now,
    })
    .where(eq(schema.sharedCase.id, caseId));
  await audit(ctx, {
    action: found.identified ? 'case.identity_changed' : 'case.identified',
    recordType: 'shared_case',
    recordId: caseId,
    details: { reference: found.reference, protected: subject.protectedIdentity, basis: basis?.code ?? null },
  });
}

/** The lead adds an organisation to the case. */
export async function addCaseParticipant(ctx: Context, caseId: string, organisationId: string) {
  const { found } = await loadLedCase(ctx, caseId);
  await checkParticipants(ctx, [organisationId], 'organisationId');
  const present = await participantIds(ctx, caseId);
  if (present.has(organisationId)) throw new ConflictError(ctx, 'alreadyParticipant', {}, 'organisationId');
  await ctx.db.insert(schema.caseParticipant).values({ caseId, organisationId, joinedAt: ctx.now });
  await audit(ctx, {
    action: 'case.participant_added',
    recordType: 'shared_case',
    recordId: caseId,
    details: { reference: found.reference, organisationId },
  });
}

/** The lead removes an organisation; what it was given access to ends with it. */
export async function removeCaseParticipant(ctx: Context, caseId: string, organisationId: string) {
  const { found } = await loadLedCase(ctx, caseId);
  if (organisationId === found.leadOrganisationId)
    throw new InvalidInputError(ctx, 'cannotRemoveLead', {}, 'organisationId');
  const present = await participantIds(ctx, caseId);
  if (!present.has(organisationId))
    throw new InvalidInputError(ctx, 'organisationNotInCase', {}, 'organisationId');
  await ctx.db
    .delete(schema.caseParticipant)
    .where(
      and(
        eq(schema.caseParticipant.caseId, caseId),
        eq(schema.caseParticipant.organisationId, organisationId),
      ),
    );
  await audit(ctx, {
    action: 'case.participant_removed',
    recordType: 'shared_case',
    recordId: caseId,
    details: { reference: found.reference, organisationId },
  });
}
