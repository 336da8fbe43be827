import { schema } from '@samlad/db';
import { consentState } from '@samlad/domain';
import { atomicallyThenRead } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { enumFromDb } from '../common/enums.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { CaseScope, ConsentState, SharedCase } from './case.graphql.ts';
import {
  type ConsentValues,
  recordConsent,
  recordDisclosure,
  revokeDisclosure,
  withdrawConsent,
} from './consent.service.ts';

export const ConsentGivenBy = enumFromDb(
  'ConsentGivenBy',
  'Who gave a consent.',
  schema.consentGivenBy.enumValues,
  {
    person: 'The person themself (18 or older).',
    guardians: 'The guardians, for a child under 15.',
    guardians_and_child: 'The guardians together with the child, from 15.',
  },
);

export const ConsentForm = enumFromDb(
  'ConsentForm',
  'The form a consent was given in.',
  schema.consentForm.enumValues,
  {
    written: 'On paper, signed.',
    oral: 'Orally, noted by the person who recorded it.',
    digital: 'Digitally, e.g. signed with e-legitimation.',
  },
);

export const DisclosureBasis = builder.drizzleObject('disclosureBasis', {
  name: 'DisclosureBasis',
  description: 'A legal ground for disclosing a case’s identity or notes, from a catalogue kept as data.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. own_task.' }),
    lawReference: t.exposeString('lawReference', { description: 'The provision, e.g. OSL 10:2.' }),
    name: t.string({
      description: 'Its name in the viewer’s language.',
      resolve: (b, _args, ctx) => (ctx.locale === 'en' ? b.nameEn : b.nameSv),
    }),
    description: t.string({
      description: 'What it allows, in the viewer’s language.',
      resolve: (b, _args, ctx) => (ctx.locale === 'en' ? b.descriptionEn : b.descriptionSv),
    }),
    isConsent: t.exposeBoolean('isConsent', { description: 'The consent ground, recorded as a consent.' }),
  }),
});

export const Consent = builder.drizzleNode('consent', {
  name: 'Consent',
  description: 'Consent (samtycke) to share a case with named organisations, for a purpose and a time.',
  id: { column: (c) => c.id },
  fields: (t) => ({
    givenBy: t.expose('givenBy', { type: ConsentGivenBy, description: 'Who gave it.' }),
    purpose: t.exposeString('purpose', { description: 'What the information may be used for.' }),
    scopes: t.expose('scopes', { type: [CaseScope], description: 'What it covers.' }),
    organisations: t.relation('organisations', {
      description: 'The organisations that may receive the information.',
      query: { orderBy: { name: 'asc' } },
    }),
    validFrom: t.expose('validFrom', { type: 'DateTime', description: 'Valid from.' }),
    validUntil: t.expose('validUntil', {
      type: 'DateTime',
      nullable: true,
      description: 'Valid until, if limited.',
    }),
    form: t.expose('form', { type: ConsentForm, description: 'The form it was given in.' }),
    recordedBy: t.relation('recordedBy', { description: 'The organisation that recorded it.' }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: 'When it was recorded.' }),
    withdrawnAt: t.expose('withdrawnAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was withdrawn.',
    }),
    state: t.field({
      type: ConsentState,
      description: 'Where it stands now.',
      resolve: (c, _args, ctx) => consentState(c, ctx.now),
    }),
  }),
});

export const Disclosure = builder.drizzleNode('disclosure', {
  name: 'Disclosure',
  description: 'Sharing with a participant without consent, on a recorded legal basis and reason.',
  id: { column: (d) => d.id },
  fields: (t) => ({
    organisation: t.relation('organisation', { description: 'Who receives the information.' }),
    basis: t.relation('basis', { description: 'The legal basis.' }),
    scopes: t.expose('scopes', { type: [CaseScope], description: 'What it covers.' }),
    reason: t.exposeString('reason', { description: 'Why the basis applies.' }),
    validUntil: t.expose('validUntil', {
      type: 'DateTime',
      nullable: true,
      description: 'Until when, if limited.',
    }),
    recordedBy: t.relation('recordedBy', { description: 'The organisation that disclosed.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was ended.' }),
    inForce: t.boolean({
      description: 'Whether it counts now: not revoked and not past its end.',
      resolve: (d, _args, ctx) => !d.revokedAt && (!d.validUntil || d.validUntil > ctx.now),
    }),
  }),
});

builder.drizzleObjectFields(SharedCase, (t) => ({
  consents: t.relation('consents', {
    description: 'Consents recorded for the case, newest first (participants see them all).',
    query: { orderBy: { recordedAt: 'desc' } },
  }),
  disclosures: t.relation('disclosures', {
    description: 'Disclosures on a legal basis, newest first.',
    query: { orderBy: { createdAt: 'desc' } },
  }),
}));

builder.queryFields((t) => ({
  disclosureBases: t.drizzleField({
    type: ['disclosureBasis'],
    description: 'The legal grounds for disclosing case information, in catalogue order.',
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.disclosureBasis.findMany(query({ where: { active: true }, orderBy: { position: 'asc' } })),
  }),
}));

export const ConsentInput = builder.inputType('ConsentInput', {
  description: 'A consent as the person (or guardians) gave it.',
  fields: (t) => ({
    givenBy: t.field({ type: ConsentGivenBy, required: true, description: 'Who gave it.' }),
    purpose: t.string({ required: true, description: 'What the information may be used for.' }),
    scopes: t.field({ type: [CaseScope], required: true, description: 'What it covers.' }),
    organisationIds: t.idList({ required: true, description: 'The participating organisations it names.' }),
    validFrom: t.field({ type: 'DateTime', required: true, description: 'Valid from.' }),
    validUntil: t.field({ type: 'DateTime', required: false, description: 'Valid until; after validFrom.' }),
    form: t.field({ type: ConsentForm, required: true, description: 'The form it was given in.' }),
  }),
});

export function consentValues(
  ctx: Parameters<typeof parseId>[0],
  input: typeof ConsentInput.$inferInput,
  field: string,
): ConsentValues {
  return {
    ...input,
    organisationIds: input.organisationIds.map((id) =>
      parseId(ctx, String(id), 'Organisation', `${field}.organisationIds`),
    ),
  };
}

const DisclosureInput = builder.inputType('DisclosureInput', {
  description: 'Sharing without consent: with whom, on what ground, what, and why.',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'The participating organisation that receives it.' }),
    basisCode: t.string({ required: true, description: 'A code from disclosureBases (not consent).' }),
    scopes: t.field({ type: [CaseScope], required: true, description: 'What is shared.' }),
    reason: t.string({ required: true, description: 'Why the basis applies here; kept in the log.' }),
    validUntil: t.field({ type: 'DateTime', required: false, description: 'Until when, if limited.' }),
  }),
});

export const caseErrors = (name: string, verb: string) => ({
  types: COMMON_ERRORS,
  result: { name: `${name}Success`, description: `${verb}.` },
  union: { name: `${name}Result`, description: `${verb}, or why not.` },
  dataField: { name: 'case', description: 'The case, as the viewer may now see it.' },
});

builder.mutationFields((t) => ({
  recordConsent: t.drizzleField({
    type: 'sharedCase',
    description: 'The lead records a consent for its case.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      input: t.arg({ type: ConsentInput, required: true, description: 'The consent.' }),
    },
    errors: caseErrors('RecordConsent', 'Recorded'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          await recordConsent(ctx, id, consentValues(ctx, args.input, 'input'));
          return id;
        },
      ),
  }),
  withdrawConsent: t.drizzleField({
    type: 'sharedCase',
    description: 'Records that the person withdrew a consent. It binds every read that follows, at once.',
    authScopes: { signedIn: true },
    args: {
      consentId: t.arg.id({ required: true, description: 'The consent (its id).' }),
      note: t.arg.string({ required: false, description: 'How it was withdrawn, briefly.' }),
    },
    errors: caseErrors('WithdrawConsent', 'Withdrawn'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        () => withdrawConsent(ctx, parseId(ctx, args.consentId, 'Consent', 'consentId'), args.note ?? null),
      ),
  }),
  recordDisclosure: t.drizzleField({
    type: 'sharedCase',
    description:
      'Shares a case with a participant without consent, on a legal basis and a reason. Coordinators and admins of the lead; never to civil society; audited.',
    authScopes: { signedIn: true },
    args: {
      caseId: t.arg.id({ required: true, description: 'The case.' }),
      input: t.arg({ type: DisclosureInput, required: true, description: 'The disclosure.' }),
    },
    errors: caseErrors('RecordDisclosure', 'Recorded'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        async () => {
          const id = parseId(ctx, args.caseId, 'SharedCase', 'caseId');
          await recordDisclosure(ctx, id, {
            ...args.input,
            organisationId: parseId(
              ctx,
              String(args.input.organisationId),
              'Organisation',
              'input.organisationId',
            ),
          });
          return id;
        },
      ),
  }),
  revokeDisclosure: t.drizzleField({
    type: 'sharedCase',
    description: 'The lead ends a disclosure; it stops counting at once.',
    authScopes: { signedIn: true },
    args: { disclosureId: t.arg.id({ required: true, description: 'The disclosure.' }) },
    errors: caseErrors('RevokeDisclosure', 'Revoked'),
    resolve: (query, _root, args, ctx) =>
      atomicallyThenRead(
        ctx,
        'case',
        (id) => ctx.db.query.sharedCase.findFirst(query({ where: { id } })),
        () => revokeDisclosure(ctx, parseId(ctx, args.disclosureId, 'Disclosure', 'disclosureId')),
      ),
  }),
}));
