import { atomically, atomicallyThenRead, mustFind } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { ForumTheme } from '../forums/forum.graphql.ts';
import { CaseStatus, CaseSubjectKind } from './case.graphql.ts';
import {
  addCaseParticipant,
  createCase,
  type IdentificationBasis,
  removeCaseParticipant,
  type SubjectValues,
  setCaseSubject,
  updateCase,
} from './case.service.ts';
import { ConsentInput, caseErrors, consentValues } from './consent.graphql.ts';

const GuardianInput = builder.inputType('CaseGuardianInput', {
  description: 'A guardian of a child.',
  fields: (t) => ({
    fullName: t.string({ required: true, description: 'Full name.' }),
    personalIdentityNumber: t.string({ required: false, description: 'YYYYMMDD-NNNN, checked.' }),
    phone: t.string({ required: false, description: 'Phone.' }),
    email: t.string({ required: false, description: 'E-mail.' }),
  }),
});

const SubjectInput = builder.inputType('CaseSubjectInput', {
  description:
    'Who a case is about. For protected personal data, address and municipality are not stored at all.',
  fields: (t) => ({
    fullName: t.string({ required: true, description: 'Full name.' }),
    personalIdentityNumber: t.string({
      required: false,
      description:
        'Personal identity or coordination number, YYYYMMDD-NNNN; date and check digit are verified.',
    }),
    phone: t.string({ required: false, description: 'Phone.' }),
    email: t.string({ required: false, description: 'E-mail.' }),
    address: t.string({
      required: false,
      description: 'Postal address (ignored for protected personal data).',
    }),
    municipalityOfResidenceCode: t.string({
      required: false,
      description: 'SCB code of the municipality of residence (ignored for protected personal data).',
    }),
    protectedIdentity: t.boolean({
      required: true,
      description: 'The person has protected personal data (skyddade personuppgifter).',
    }),
    guardians: t.field({
      type: [GuardianInput],
      required: false,
      description: 'Guardians; required for a child under 18.',
    }),
  }),
});

const BasisInput = builder.inputType('IdentificationBasisInput', {
  description: 'Without consent: the legal basis and the reason for identifying the case.',
  fields: (t) => ({
    basisCode: t.string({ required: true, description: 'A code from disclosureBases (not consent).' }),
    reason: t.string({ required: true, description: 'Why the basis applies; kept in the log.' }),
  }),
});

const CreateCaseInput = builder.inputType('CreateCaseInput', {
  description:
    'A new case led by the viewer’s organisation: an anonymous consultation, or identified with consent or a basis.',
  fields: (t) => ({
    subjectKind: t.field({ type: CaseSubjectKind, required: true, description: 'What it is about.' }),
    summary: t.string({ required: true, description: 'A short description that identifies nobody.' }),
    themes: t.field({ type: [ForumTheme], required: true, description: 'What it concerns; at least one.' }),
    forumId: t.id({ required: false, description: 'The forum that reviews it, if any.' }),
    nextFollowUpOn: t.string({ required: false, description: 'First follow-up date, YYYY-MM-DD.' }),
    participantOrganisationIds: t.idList({
      required: true,
      description: 'Organisations that take part besides the lead.',
    }),
    subject: t.field({
      type: SubjectInput,
      required: false,
      description: 'Who it is about; leave out for an anonymous consultation.',
    }),
    consent: t.field({ type: ConsentInput, required: false, description: 'The consent, if given.' }),
    identificationBasis: t.field({
      type: BasisInput,
      required: false,
      description: 'Without consent: the basis for recording the identity.',
    }),
  }),
});

const UpdateCaseInput = builder.inputType('UpdateCaseInput', {
  description: 'What the lead can change about a case.',
  fields: (t) => ({
    summary: t.string({ required: true, description: 'A short description that identifies nobody.' }),
    themes: t.field({ type: [ForumTheme], required: true, description: 'What it concerns.' }),
    status: t.field({ type: CaseStatus, required: true, description: 'Where it stands.' }),
    nextFollowUpOn: t.string({ required: false, description: 'Next follow-up date, YYYY-MM-DD.' }),
    forumId: t.id({ required: false, description: 'The forum that reviews it.' }),
  }),
});

type Ctx = Parameters<typeof parseId>[0];

function subjectValues(input: typeof SubjectInput.$inferInput): SubjectValues {
  return { ...input, guardians: input.guardians ?? [] };
}

const orgId = (ctx: Ctx, id: string | number, field: string) =>
  parseId(ctx, String(id), 'Organisation', field);

builder.mutationFields((t) => ({
  createCase: t.drizzleField({
    type: 'sharedCase',
    description: 'Opens a case led by the viewer’s organisation (not civil society, not county boards).',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: CreateCaseInput, required: true, description: 'The case.' }) },
    errors: caseErrors('CreateCase', 'Opened'),
    resolve: (query, _root, { input }, ctx) =>
      atomically(ctx, async () => {
        const made = await createCase(ctx, {
          ...input,
          forumId: input.forumId ? parseId(ctx, String(input.forumId), 'Forum', 'forumId') : null,
          participantOrganisationIds: input.participantOrganisationIds.map((id) =>
            orgId(ctx, id, 'participantOrganisationIds'),
          ),
          subject: input.subject ? subjectValues(input.subject) : null,
          consent: input.consent ? consentValues(ctx, input.consent, 'consent') : null,
          identificationBasis: (input.identificationBasis as IdentificationBasis | null | undefined) ?? null,
        });
        return mustFind(ctx.db.query.sharedCase.findFirst(query({ where: { id: made.id } })), 'case');
      }),
  }),
  updateCase: t.drizzleField({
    type: 'sharedCase',
    description: 'The lead edits a case’s description, status, follow-up date and forum.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      input: t.arg({ type: UpdateCaseInput, required: true, description: 'The changes.' }),
    },
    errors: caseErrors('UpdateCase', 'Saved'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          await updateCase(ctx, id, {
            ...args.input,
            forumId: args.input.forumId ? parseId(ctx, String(args.input.forumId), 'Forum', 'forumId') : null,
          });
          return id;
        },
      ),
  }),
  setCaseSubject: t.drizzleField({
    type: 'sharedCase',
    description:
      'The lead records or corrects who the case is about. The first identity needs consent in force or a basis.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      subject: t.arg({ type: SubjectInput, required: true, description: 'Who it is about.' }),
      basis: t.arg({
        type: BasisInput,
        required: false,
        description: 'Without consent: the basis and reason.',
      }),
    },
    errors: caseErrors('SetCaseSubject', 'Saved'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          await setCaseSubject(ctx, id, subjectValues(args.subject), args.basis ?? null);
          return id;
        },
      ),
  }),
  addCaseParticipant: t.drizzleField({
    type: 'sharedCase',
    description:
      'The lead adds an organisation to the case. It sees the identity only once consent or a basis covers it.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      organisationId: t.arg.id({ required: true, description: 'The organisation.' }),
    },
    errors: caseErrors('AddCaseParticipant', 'Added'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          await addCaseParticipant(ctx, id, orgId(ctx, args.organisationId, 'organisationId'));
          return id;
        },
      ),
  }),
  removeCaseParticipant: t.drizzleField({
    type: 'sharedCase',
    description: 'The lead removes an organisation from the case; its access ends at once.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      organisationId: t.arg.id({ required: true, description: 'The organisation.' }),
    },
    errors: caseErrors('RemoveCaseParticipant', 'Removed'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          await removeCaseParticipant(ctx, id, orgId(ctx, args.organisationId, 'organisationId'));
          return id;
        },
      ),
  }),
}));
