import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { userAccount } from './accounts.ts';
import { forum, forumTheme } from './forums.ts';
import { organisation } from './organisations.ts';
import { municipality } from './reference.ts';

/*
 * Shared cases (samverkansärenden). Every table here has FORCEd row-level security (see the
 * migration `case_row_level_security`): the application role sees a case only while its
 * organisation participates, and a case's identity, notes and plan only while consent or a
 * recorded disclosure basis covers it, or while it leads the case.
 */

export const caseSubjectKind = pgEnum('case_subject_kind', ['person', 'family', 'place', 'topic']);
export const caseStatus = pgEnum('case_status', ['open', 'active', 'follow_up', 'closed']);
/** What sharing with an organisation covers. */
export const caseScope = pgEnum('case_scope', ['identity', 'notes', 'plan']);
export type CaseScope = (typeof caseScope.enumValues)[number];
export const consentGivenBy = pgEnum('consent_given_by', ['person', 'guardians', 'guardians_and_child']);
export const consentForm = pgEnum('consent_form', ['written', 'oral', 'digital']);
export const caseRequestStatus = pgEnum('case_request_status', [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
]);
export const casePlanActionStatus = pgEnum('case_plan_action_status', [
  'open',
  'in_progress',
  'done',
  'cancelled',
]);
export const caseFeedbackAbout = pgEnum('case_feedback_about', ['plan', 'meeting']);

/**
 * The legal grounds on which a case's identity or notes may be disclosed to another organisation.
 * Kept as data, not code: laws change. Loaded by a migration; the application only reads it.
 */
export const disclosureBasis = snakeCase.table('disclosure_basis', {
  code: text().primaryKey(),
  /** E.g. `OSL 10:2`. */
  lawReference: text().notNull(),
  nameSv: text().notNull(),
  nameEn: text().notNull(),
  descriptionSv: text().notNull(),
  descriptionEn: text().notNull(),
  /** The consent ground itself: recorded as a consent, not as a disclosure. */
  isConsent: boolean().notNull().default(false),
  active: boolean().notNull().default(true),
  position: integer().notNull(),
});

/**
 * A case: a person, a family, a place or a topic. Most readers only ever see its pseudonymous
 * reference. `identified` is true once an identity is recorded, which needs consent or a basis.
 * `protectedIdentity` mirrors the subject's flag so that meetings can leave out places without
 * reading the identity.
 */
export const sharedCase = snakeCase.table(
  'shared_case',
  {
    id: uuid().primaryKey().defaultRandom(),
    reference: text().notNull(),
    subjectKind: caseSubjectKind().notNull(),
    status: caseStatus().notNull().default('open'),
    themes: forumTheme().array().notNull().default(sql`'{}'`),
    /** A short, non-identifying description, e.g. "Ung person, skolfrånvaro". */
    summary: text().notNull(),
    leadOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    /** The forum that reviews the case (for example an SSPF group), if any. */
    forumId: uuid().references(() => forum.id),
    nextFollowUpOn: date({ mode: 'string' }),
    identified: boolean().notNull().default(false),
    /** Without consent, the recorded legal basis on which the lead holds the identity, and why. */
    identificationBasisCode: text().references(() => disclosureBasis.code),
    identificationReason: text(),
    protectedIdentity: boolean().notNull().default(false),
    createdByUserId: uuid().references(() => userAccount.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex().on(t.reference),
    index().on(t.leadOrganisationId, t.status),
    index().on(t.forumId, t.nextFollowUpOn),
    check('shared_case_closed_has_time', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
    check(
      'shared_case_basis_has_reason',
      sql`(${t.identificationBasisCode} is null) = (${t.identificationReason} is null)`,
    ),
  ],
);

/** Hands out reference numbers per prefix and year (VXJ-2026-0042). */
export const caseReferenceCounter = snakeCase.table(
  'case_reference_counter',
  {
    prefix: text().notNull(),
    year: integer().notNull(),
    lastNumber: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);

/** An organisation that works the case. The lead is always one. */
export const caseParticipant = snakeCase.table(
  'case_participant',
  {
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // (organisation, case): the case list and the row-level security check read only this index.
  (t) => [primaryKey({ columns: [t.caseId, t.organisationId] }), index().on(t.organisationId, t.caseId)],
);

/**
 * Who the case is about. A person with protected personal data (skyddade personuppgifter) never
 * has an address or municipality of residence stored at all: the check makes it so.
 */
export const caseSubject = snakeCase.table(
  'case_subject',
  {
    caseId: uuid()
      .primaryKey()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    /** The lead organisation, copied here so the duplicate check is one indexed lookup. */
    leadOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    fullName: text().notNull(),
    /** Twelve digits, YYYYMMDDNNNN, check digit verified; null when the person has none. */
    personalIdentityNumber: char({ length: 12 }),
    phone: text(),
    email: text(),
    address: text(),
    municipalityOfResidenceCode: char({ length: 4 }).references(() => municipality.code),
    protectedIdentity: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.leadOrganisationId, t.personalIdentityNumber),
    check(
      'case_subject_protected_has_no_location',
      sql`not ${t.protectedIdentity} or (${t.address} is null and ${t.municipalityOfResidenceCode} is null)`,
    ),
  ],
);

/** A child's guardian (vårdnadshavare). */
export const caseGuardian = snakeCase.table(
  'case_guardian',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    fullName: text().notNull(),
    personalIdentityNumber: char({ length: 12 }),
    phone: text(),
    email: text(),
  },
  (t) => [uniqueIndex().on(t.caseId, t.position)],
);

/** Consent (samtycke) to share a case with named organisations, for a purpose, for a time. */
export const consent = snakeCase.table(
  'consent',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    givenBy: consentGivenBy().notNull(),
    purpose: text().notNull(),
    scopes: caseScope().array().notNull(),
    validFrom: timestamp({ withTimezone: true }).notNull(),
    validUntil: timestamp({ withTimezone: true }),
    form: consentForm().notNull(),
    recordedByUserId: uuid().references(() => userAccount.id),
    recordedByOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawnByUserId: uuid().references(() => userAccount.id),
    withdrawalNote: text(),
  },
  (t) => [
    index().on(t.caseId),
    check('consent_until_after_from', sql`${t.validUntil} is null or ${t.validUntil} > ${t.validFrom}`),
    check('consent_has_scope', sql`cardinality(${t.scopes}) > 0`),
  ],
);

/** The organisations a consent names. `caseId` is repeated so access checks need no join. */
export const consentOrganisation = snakeCase.table(
  'consent_organisation',
  {
    consentId: uuid()
      .notNull()
      .references(() => consent.id, { onDelete: 'cascade' }),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
  },
  (t) => [primaryKey({ columns: [t.consentId, t.organisationId] }), index().on(t.caseId, t.organisationId)],
);

/** Sharing without consent, on a recorded legal basis from the catalogue, with a reason. */
export const disclosure = snakeCase.table(
  'disclosure',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    basisCode: text()
      .notNull()
      .references(() => disclosureBasis.code),
    scopes: caseScope().array().notNull(),
    reason: text().notNull(),
    validUntil: timestamp({ withTimezone: true }),
    recordedByUserId: uuid().references(() => userAccount.id),
    recordedByOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedByUserId: uuid().references(() => userAccount.id),
  },
  (t) => [
    index().on(t.caseId, t.organisationId),
    check('disclosure_has_scope', sql`cardinality(${t.scopes}) > 0`),
  ],
);

/** The coordinated plan (as in a SIP): one per case, versioned. */
export const casePlan = snakeCase.table('case_plan', {
  caseId: uuid()
    .primaryKey()
    .references(() => sharedCase.id, { onDelete: 'cascade' }),
  needs: text().notNull().default(''),
  goals: text().notNull().default(''),
  /** The goals as the person put them, in their own words. */
  goalsInOwnWords: text().notNull().default(''),
  overallResponsibleOrganisationId: uuid().references(() => organisation.id),
  followUpOn: date({ mode: 'string' }),
  version: integer().notNull().default(1),
  updatedByUserId: uuid().references(() => userAccount.id),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Each saved version of a plan, as it was. */
export const casePlanVersion = snakeCase.table(
  'case_plan_version',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    savedByUserId: uuid().references(() => userAccount.id),
    savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.caseId, t.version)],
);

/** What one organisation does under the plan, by when. */
export const casePlanAction = snakeCase.table(
  'case_plan_action',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    description: text().notNull(),
    dueOn: date({ mode: 'string' }),
    status: casePlanActionStatus().notNull().default('open'),
    completedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.caseId),
    index().on(t.organisationId, t.status),
    check('case_plan_action_done_has_time', sql`(${t.status} = 'done') = (${t.completedAt} is not null)`),
  ],
);

/** A timeline note. The author's organisation and the lead see it, and the organisations chosen. */
export const caseNote = snakeCase.table(
  'case_note',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    authorUserId: uuid().references(() => userAccount.id),
    authorOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId, t.createdAt)],
);

/** The participating organisations a note is shown to. */
export const caseNoteVisibility = snakeCase.table(
  'case_note_visibility',
  {
    noteId: uuid()
      .notNull()
      .references(() => caseNote.id, { onDelete: 'cascade' }),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
  },
  (t) => [primaryKey({ columns: [t.noteId, t.organisationId] }), index().on(t.caseId, t.organisationId)],
);

/** The person's own feedback on the plan or on a meeting, in their words. */
export const caseFeedback = snakeCase.table(
  'case_feedback',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    about: caseFeedbackAbout().notNull(),
    meetingId: uuid(),
    body: text().notNull(),
    recordedByUserId: uuid().references(() => userAccount.id),
    recordedByOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.caseId, t.createdAt),
    check('case_feedback_meeting', sql`(${t.about} = 'meeting') = (${t.meetingId} is not null)`),
  ],
);

/** A proposal to hand the lead to another participating organisation, which accepts or declines. */
export const caseLeadTransfer = snakeCase.table(
  'case_lead_transfer',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    fromOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    toOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    status: caseRequestStatus().notNull().default('pending'),
    reason: text(),
    requestedByUserId: uuid().references(() => userAccount.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedByUserId: uuid().references(() => userAccount.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
  },
  (t) => [
    index().on(t.caseId),
    uniqueIndex('case_lead_transfer_one_pending').on(t.caseId).where(sql`${t.status} = 'pending'`),
    check('case_lead_transfer_not_to_itself', sql`${t.fromOrganisationId} <> ${t.toOrganisationId}`),
  ],
);

/** An organisation outside the case asks to join; the lead decides. */
export const caseJoinRequest = snakeCase.table(
  'case_join_request',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => sharedCase.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    /** The reference the organisation asked with: all it knows of the case until it is let in. */
    caseReference: text().notNull(),
    reason: text().notNull(),
    status: caseRequestStatus().notNull().default('pending'),
    requestedByUserId: uuid().references(() => userAccount.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedByUserId: uuid().references(() => userAccount.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
  },
  (t) => [
    index().on(t.caseId),
    uniqueIndex('case_join_request_one_pending')
      .on(t.caseId, t.organisationId)
      .where(sql`${t.status} = 'pending'`),
  ],
);
