import { schema } from '@samlad/db';
import { displayPersonalIdentityNumber, parsePersonalIdentityNumber } from '@samlad/domain';
import { sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { userInputError } from '../../errors.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { activeOrganisationId } from '../auth/access.ts';
import { enumFromDb } from '../common/enums.ts';
import { ForumTheme, visibleForumWhere } from '../forums/forum.graphql.ts';
import { ageOfNumber, findDuplicates } from './case.service.ts';
import { requireCaseReader } from './case-access.ts';
import { auditCaseRead } from './case-audit.ts';

export const CaseStatus = enumFromDb(
  'CaseStatus',
  'Where a shared case stands.',
  schema.caseStatus.enumValues,
  {
    open: 'Opened; the organisations are getting started.',
    active: 'Being worked on under a plan.',
    follow_up: 'The plan is being followed up.',
    closed: 'Closed; kept, but no longer worked on.',
  },
);

export const CaseSubjectKind = enumFromDb(
  'CaseSubjectKind',
  'What a case is about.',
  schema.caseSubjectKind.enumValues,
  {
    person: 'One person.',
    family: 'A family.',
    place: 'A place, such as a neighbourhood (no personal data).',
    topic: 'A topic (no personal data).',
  },
);

export const CaseScope = enumFromDb(
  'CaseScope',
  'A part of a case that sharing covers.',
  schema.caseScope.enumValues,
  {
    identity: 'Who the case is about: name, personal identity number, contact details, guardians.',
    notes: 'The timeline notes.',
    plan: 'The coordinated plan, its actions and the person’s feedback.',
  },
);

export const ConsentState = builder.enumType('ConsentState', {
  description: 'Where a consent stands now.',
  values: {
    IN_FORCE: { value: 'in_force', description: 'Valid now.' },
    NOT_YET_VALID: { value: 'not_yet_valid', description: 'Valid from a later date.' },
    EXPIRED: { value: 'expired', description: 'Its end date has passed.' },
    WITHDRAWN: { value: 'withdrawn', description: 'The person (or guardians) withdrew it.' },
  } as const,
});

/** The viewer's organisation's read access to one case, as the database computes it. */
const accessExtras = {
  mayIdentity: (t: { id: unknown }) => sql<boolean>`samlad_case_may(${t.id}, 'identity')`,
  mayNotes: (t: { id: unknown }) => sql<boolean>`samlad_case_may(${t.id}, 'notes')`,
  mayPlan: (t: { id: unknown }) => sql<boolean>`samlad_case_may(${t.id}, 'plan')`,
};

const CaseAccess = builder
  .objectRef<{ identity: boolean; notes: boolean; plan: boolean; lead: boolean }>('CaseAccess')
  .implement({
    description:
      'What the viewer’s organisation may read of a case now, as the database decides it. The reasons are in the case’s consents, disclosures and whether it is identified.',
    fields: (t) => ({
      lead: t.exposeBoolean('lead', { description: 'It leads the case and sees all of it.' }),
      identity: t.exposeBoolean('identity', { description: 'It may see who the case is about.' }),
      notes: t.exposeBoolean('notes', { description: 'It may read the notes shown to it.' }),
      plan: t.exposeBoolean('plan', { description: 'It may read the plan.' }),
    }),
  });

export const CaseGuardian = builder.drizzleObject('caseGuardian', {
  name: 'CaseGuardian',
  description: 'A guardian (vårdnadshavare) of a child a case is about.',
  fields: (t) => ({
    fullName: t.exposeString('fullName', { description: 'Full name.' }),
    personalIdentityNumber: t.string({
      nullable: true,
      description: 'Personal identity number as YYYYMMDD-NNNN.',
      resolve: (g) =>
        g.personalIdentityNumber ? displayPersonalIdentityNumber(g.personalIdentityNumber) : null,
    }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone.' }),
    email: t.exposeString('email', { nullable: true, description: 'E-mail.' }),
  }),
});

export const CaseSubject = builder.drizzleObject('caseSubject', {
  name: 'CaseSubject',
  description:
    'Who a case is about. Shown only to the lead and to participants that consent or a recorded basis covers; every read is logged.',
  fields: (t) => ({
    fullName: t.exposeString('fullName', { description: 'Full name.' }),
    personalIdentityNumber: t.string({
      nullable: true,
      description: 'Personal identity number (or coordination number) as YYYYMMDD-NNNN.',
      resolve: (s) =>
        s.personalIdentityNumber ? displayPersonalIdentityNumber(s.personalIdentityNumber) : null,
    }),
    age: t.int({
      nullable: true,
      description: 'Age today in whole years, from the personal identity number.',
      resolve: (s, _args, ctx) => ageOfNumber(ctx, s.personalIdentityNumber),
    }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone.' }),
    email: t.exposeString('email', { nullable: true, description: 'E-mail.' }),
    address: t.string({
      nullable: true,
      description:
        'Postal address. Never stored, and so never shown, for a person with protected personal data.',
      resolve: (s) => (s.protectedIdentity ? null : s.address),
    }),
    municipalityOfResidence: t.relation('municipalityOfResidence', {
      nullable: true,
      description: 'Municipality of residence. Never for a person with protected personal data.',
    }),
    protectedIdentity: t.exposeBoolean('protectedIdentity', {
      description:
        'The person has protected personal data (skyddade personuppgifter): no location is ever shown.',
    }),
  }),
});

export const SharedCase = builder.drizzleNode('sharedCase', {
  name: 'SharedCase',
  description:
    'A shared case (samverkansärende) about a person, a family, a place or a topic. Most readers see only its reference.',
  id: { column: (c) => c.id },
  authScopes: { signedIn: true },
  fields: (t) => ({
    reference: t.exposeString('reference', {
      description: 'The pseudonymous reference, e.g. VXJ-2026-0042.',
    }),
    subjectKind: t.expose('subjectKind', { type: CaseSubjectKind, description: 'What the case is about.' }),
    status: t.expose('status', { type: CaseStatus, description: 'Where it stands.' }),
    themes: t.expose('themes', { type: [ForumTheme], description: 'What it concerns.' }),
    summary: t.exposeString('summary', { description: 'A short description that identifies nobody.' }),
    nextFollowUpOn: t.exposeString('nextFollowUpOn', {
      nullable: true,
      description: 'The next follow-up date (YYYY-MM-DD, Stockholm).',
    }),
    identified: t.exposeBoolean('identified', {
      description: 'Whether an identity is recorded; false for an anonymous consultation.',
    }),
    protectedIdentity: t.exposeBoolean('protectedIdentity', {
      description: 'The person has protected personal data: places are left out everywhere.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was opened.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true, description: 'When it was closed.' }),
    lead: t.relation('lead', { description: 'The lead organisation, which holds overall responsibility.' }),
    participants: t.relation('participants', {
      description: 'The organisations that take part, the lead included, by name.',
      query: { orderBy: { name: 'asc' } },
    }),
    forum: t.relation('forum', {
      nullable: true,
      description: 'The forum that reviews the case, if the viewer’s organisation is a member of it.',
      query: (_args, ctx) => ({ where: visibleForumWhere(ctx) }),
    }),
    viewerIsLead: t.boolean({
      description: 'Whether the viewer’s organisation leads the case.',
      resolve: (c, _args, ctx) => c.leadOrganisationId === activeOrganisationId(ctx),
    }),
    access: t.field({
      type: CaseAccess,
      description: 'What the viewer’s organisation may read of the case now.',
      select: { extras: accessExtras },
      resolve: (c, _args, ctx) => ({
        lead: c.leadOrganisationId === activeOrganisationId(ctx),
        identity: c.mayIdentity,
        notes: c.mayNotes,
        plan: c.mayPlan,
      }),
    }),
    identificationBasis: t.relation('identificationBasis', {
      nullable: true,
      description: 'Without consent: the legal basis on which the lead holds the identity.',
    }),
    subject: t.field({
      type: CaseSubject,
      nullable: true,
      description:
        'Who the case is about, if the viewer’s organisation may see it (lead, or consent or a basis covering it). Each read is logged.',
      select: (_args, _ctx, nested) => ({
        columns: { id: true, reference: true },
        extras: { mayIdentity: accessExtras.mayIdentity },
        with: { subject: nested() },
      }),
      resolve: async (c, _args, ctx) => {
        // Row-level security already hides the row; the check here is the second line.
        if (!c.subject || !c.mayIdentity) return null;
        await auditCaseRead(ctx, c.id, 'identity', c.reference);
        return c.subject;
      },
    }),
    guardians: t.field({
      type: [CaseGuardian],
      description: 'A child’s guardians, under the same rule as the identity.',
      select: (_args, _ctx, nested) => ({
        columns: { id: true, reference: true },
        extras: { mayIdentity: accessExtras.mayIdentity },
        with: { guardians: nested({ orderBy: { position: 'asc' } }) },
      }),
      resolve: async (c, _args, ctx) => {
        if (!c.mayIdentity || c.guardians.length === 0) return [];
        await auditCaseRead(ctx, c.id, 'identity', c.reference);
        return c.guardians;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  cases: t.drizzleConnection(
    {
      type: 'sharedCase',
      description:
        'Cases the viewer’s organisation takes part in, by next follow-up date (those without one last). Only references and status: no identity.',
      authScopes: { signedIn: true },
      args: {
        status: t.arg({ type: CaseStatus, required: false, description: 'Only cases with this status.' }),
        includeClosed: t.arg.boolean({
          required: false,
          description: 'Include closed cases (left out unless a status is asked for).',
        }),
        reference: t.arg.string({ required: false, description: 'Only references containing this text.' }),
      },
      totalCount: async (_root, args, ctx) => {
        await requireCaseReader(ctx);
        return ctx.db.$count(schema.sharedCase, caseListCondition(ctx, args));
      },
      resolve: async (query, _root, args, ctx) => {
        await requireCaseReader(ctx);
        return ctx.db.query.sharedCase.findMany(
          query({
            where: { RAW: (c) => caseListCondition(ctx, args, c) },
            extras: {
              followUpKey: (c) =>
                sql<string>`(coalesce(${c.nextFollowUpOn}::text, '9999-12-31') || ' ' || ${c.reference}) collate "C"`,
            },
            orderBy: { followUpKey: 'asc' },
          }),
        );
      },
    },
    { name: 'SharedCaseConnection', description: 'A page of cases.' },
    { name: 'SharedCaseEdge', description: 'A case in a page.' },
  ),
  case: t.drizzleField({
    type: 'sharedCase',
    nullable: true,
    description:
      'One case by id, or null if there is none or the viewer’s organisation does not take part in it.',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true, description: 'The case’s id.' }) },
    resolve: async (query, _root, args, ctx) => {
      await requireCaseReader(ctx);
      const id = parseId(ctx, args.id, 'SharedCase');
      return ctx.db.query.sharedCase.findFirst(
        query({ where: { id, participations: { organisationId: activeOrganisationId(ctx) } } }),
      );
    },
  }),
  caseDuplicates: t.drizzleField({
    type: ['sharedCase'],
    description:
      'The duplicate check before an identified case is created: the viewer’s organisation’s open cases it leads for this personal identity number.',
    authScopes: { signedIn: true },
    args: {
      personalIdentityNumber: t.arg.string({ required: true, description: 'YYYYMMDD-NNNN or YYMMDD-NNNN.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      await requireCaseReader(ctx);
      const pin = parsePersonalIdentityNumber(args.personalIdentityNumber);
      if (!pin) {
        throw userInputError(
          ctx,
          'invalidPersonalIdentityNumber',
          { value: args.personalIdentityNumber },
          'personalIdentityNumber',
        );
      }
      const found = await findDuplicates(ctx, pin.stored);
      if (found.length === 0) return [];
      return ctx.db.query.sharedCase.findMany(query({ where: { id: { in: found.map((f) => f.id) } } }));
    },
  }),
}));

/** The case list's filter, as SQL: cases the organisation takes part in. */
function caseListCondition(
  ctx: Context,
  args: { status?: string | null; includeClosed?: boolean | null; reference?: string | null },
  table = schema.sharedCase,
) {
  const org = activeOrganisationId(ctx);
  const parts = [
    sql`exists (select 1 from case_participant p where p.case_id = ${table.id} and p.organisation_id = ${org})`,
  ];
  if (args.status) parts.push(sql`${table.status} = ${args.status}`);
  else if (!args.includeClosed) parts.push(sql`${table.status} <> 'closed'`);
  const text = args.reference?.trim().toUpperCase();
  if (text) parts.push(sql`${table.reference} like ${`%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`}`);
  return sql.join(parts, sql` and `);
}
