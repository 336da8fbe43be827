/**
 * Access-matrix rows for shared cases (issue 5): every case query and mutation, for every actor,
 * in its own organisation (a case it leads, or for associations one it takes part in under
 * consent) and in another (a Karlstad case it has nothing to do with). The finer dimensions —
 * participating organisation, consent given, withdrawn or expired, protected personal data — are
 * in case-access-matrix.test.ts.
 */
import { DEMO } from '@samlad/db';
import { displayPersonalIdentityNumber } from '@samlad/domain';
import { encodeGlobalId } from '../schema/global-id.ts';
import { secondFor } from './case-fixtures.ts';
import type { ActorName, Cell } from './fixtures.ts';
import type { AccessMatrix, Expectation } from './matrix.ts';
import { byCaller, result } from './matrix-helpers.ts';

const org = (id: string) => encodeGlobalId('Organisation', id);
const place = (cell: Cell) => ({
  organisationId: cell.target.organisation.id,
  kind: cell.target.organisation.kind,
  scope: cell.scope,
});
/** What another organisation's case must never show: who it is about, its notes, its plan. */
const caseSecrets = async (cell: Cell) => {
  if (cell.scope === 'own') return [];
  const c = await cell.fresh.case();
  return [
    c.fullName,
    c.pin,
    displayPersonalIdentityNumber(c.pin),
    `Matrisgatan ${cell.unique}`,
    `Matrisanteckning ${cell.unique}`,
    c.globalId,
  ];
};

/** Case workers in the organisation that leads the case; elsewhere the case is not there. */
const CASE_LEAD = (field: string) =>
  ({
    anonymous: 'denied',
    admin: { own: 'ok', other: `rejected:${field}` },
    coordinator: { own: 'ok', other: `rejected:${field}` },
    member: { own: 'ok', other: `rejected:${field}` },
    overseer: 'denied',
    partner: { own: 'denied', other: `rejected:${field}` },
    platformAdmin: 'denied',
  }) as const satisfies Record<ActorName, Expectation>;

/** Case workers of any participating organisation. */
export const CASE_PARTICIPANTS = (field: string) =>
  ({
    ...CASE_LEAD(field),
    partner: { own: 'ok', other: `rejected:${field}` },
  }) as const satisfies Record<ActorName, Expectation>;

/** Any case worker, wherever the record points. */
const CASE_WORKERS = {
  anonymous: 'denied',
  admin: 'ok',
  coordinator: 'ok',
  member: 'ok',
  overseer: 'denied',
  partner: 'ok',
  platformAdmin: 'denied',
} as const satisfies Record<ActorName, Expectation>;

const CASE_PAGE = /* GraphQL */ `
  query($id: ID!) {
    case(id: $id) {
      id reference access { lead identity notes plan }
      subject { fullName personalIdentityNumber address }
      notes { body } plan { needs actions { description } } consents { id } disclosures { id }
    }
  }
`;

const CASE_RESULT = (success: string) => result(success, 'case { id reference }');

export const caseRows: AccessMatrix = {
  cases: [
    {
      document: `{ cases(first: 200, includeClosed: true) { totalCount edges { node { id reference status lead { id } } } } }`,
      variables: async (cell) => {
        await cell.fresh.case();
        return {};
      },
      expect: CASE_WORKERS,
      mustNotContain: caseSecrets,
    },
  ],
  case: [
    {
      document: CASE_PAGE,
      variables: async (cell) => ({ id: (await cell.fresh.case()).globalId }),
      expect: {
        anonymous: 'denied',
        admin: { own: 'ok', other: 'null' },
        coordinator: { own: 'ok', other: 'null' },
        member: { own: 'ok', other: 'null' },
        overseer: 'denied',
        partner: { own: 'ok', other: 'null' },
        platformAdmin: 'denied',
      },
      mustNotContain: caseSecrets,
    },
  ],
  caseDuplicates: [
    {
      document: `query($p: String!) { caseDuplicates(personalIdentityNumber: $p) { id reference } }`,
      variables: async (cell) => ({ p: displayPersonalIdentityNumber((await cell.fresh.case()).pin) }),
      expect: {
        anonymous: 'denied',
        admin: { own: 'ok', other: 'empty' },
        coordinator: { own: 'ok', other: 'empty' },
        member: { own: 'ok', other: 'empty' },
        overseer: 'denied',
        partner: 'empty',
        platformAdmin: 'denied',
      },
      mustNotContain: caseSecrets,
    },
  ],
  disclosureBases: [
    {
      document: `{ disclosureBases { code lawReference name } }`,
      expect: {
        anonymous: 'denied',
        admin: 'ok',
        coordinator: 'ok',
        member: 'ok',
        overseer: 'ok',
        partner: 'ok',
        platformAdmin: 'ok',
      },
    },
  ],
  caseInbox: [
    {
      document: `{ caseInbox { transfersToAnswer { id case { reference } } joinRequestsToAnswer { id } ownJoinRequests { id } } }`,
      variables: async (cell) => {
        await cell.fresh.incomingTransfer();
        return {};
      },
      expect: CASE_WORKERS,
      mustNotContain: caseSecrets,
    },
  ],
  caseAccessLog: [
    {
      document: `query($c: ID!) { caseAccessLog(caseId: $c) { reference entries { action organisationName actorName } } }`,
      variables: async (cell) => ({ c: (await cell.fresh.case()).globalId }),
      expect: {
        anonymous: 'denied',
        admin: { own: 'ok', other: 'null' },
        coordinator: 'denied',
        member: 'denied',
        overseer: 'denied',
        partner: 'denied',
        platformAdmin: 'denied',
      },
      mustNotContain: caseSecrets,
    },
  ],

  createCase: [
    {
      variant: 'an anonymous consultation with the target organisation taking part',
      document: `mutation($input: CreateCaseInput!) { createCase(input: $input) ${CASE_RESULT('CreateCaseSuccess')} }`,
      variables: (cell) => ({
        input: {
          subjectKind: 'PERSON',
          summary: `Matriskonsultation ${cell.unique}`,
          themes: ['SAFETY'],
          participantOrganisationIds:
            cell.target.organisation.kind === 'county_board' ? [] : [cell.target.organisation.globalId],
        },
      }),
      expect: { ...CASE_WORKERS, partner: 'denied' },
      audit: byCaller('case.created'),
    },
  ],
  updateCase: [
    {
      document: `mutation($c: ID!, $i: UpdateCaseInput!) { updateCase(caseId: $c, input: $i) ${CASE_RESULT('UpdateCaseSuccess')} }`,
      variables: async (cell) => ({
        c: (await cell.fresh.case()).globalId,
        i: {
          summary: 'Ändrat av matrisen',
          themes: ['SAFETY'],
          status: 'FOLLOW_UP',
          nextFollowUpOn: '2030-01-01',
        },
      }),
      expect: CASE_LEAD('caseId'),
      audit: byCaller('case.updated'),
      mustNotContain: caseSecrets,
    },
  ],
  recordCaseFollowUp: [
    {
      document: `mutation($c: ID!) { recordCaseFollowUp(caseId: $c, nextFollowUpOn: "2030-01-01") ${CASE_RESULT('RecordCaseFollowUpSuccess')} }`,
      variables: async (cell) => ({ c: (await cell.fresh.case()).globalId }),
      expect: CASE_LEAD('caseId'),
      audit: byCaller('case.follow_up_recorded'),
      mustNotContain: caseSecrets,
    },
  ],
  setCaseSubject: [
    {
      document: `mutation($c: ID!, $s: CaseSubjectInput!) { setCaseSubject(caseId: $c, subject: $s) ${CASE_RESULT('SetCaseSubjectSuccess')} }`,
      variables: async (cell) => ({
        c: (await cell.fresh.case()).globalId,
        s: { fullName: `Rättat namn ${cell.unique}`, protectedIdentity: false },
      }),
      expect: CASE_LEAD('caseId'),
      audit: byCaller('case.identity_changed'),
      mustNotContain: caseSecrets,
    },
  ],
  addCaseParticipant: [
    {
      document: `mutation($c: ID!, $o: ID!) { addCaseParticipant(caseId: $c, organisationId: $o) ${CASE_RESULT('AddCaseParticipantSuccess')} }`,
      variables: async (cell) => ({
        c: (await cell.fresh.case()).globalId,
        o: org(
          cell.scope === 'own' ? DEMO.organisations.vaxjoGymnasium : DEMO.organisations.karlstadGrundskola,
        ),
      }),
      expect: CASE_LEAD('caseId'),
      audit: byCaller('case.participant_added'),
      mustNotContain: caseSecrets,
    },
  ],
  removeCaseParticipant: [
    {
      document: `mutation($c: ID!, $o: ID!) { removeCaseParticipant(caseId: $c, organisationId: $o) ${CASE_RESULT('RemoveCaseParticipantSuccess')} }`,
      variables: async (cell) => ({ c: (await cell.fresh.case()).globalId, o: org(secondFor(place(cell))) }),
      expect: CASE_LEAD('caseId'),
      audit: byCaller('case.participant_removed'),
      mustNotContain: caseSecrets,
    },
  ],
  recordConsent: [
    {
      document: `mutation($c: ID!, $i: ConsentInput!) { recordConsent(caseId: $c, input: $i) ${CASE_RESULT('RecordConsentSuccess')} }`,
      variables: async (cell) => ({
        c: (await cell.fresh.case()).globalId,
        i: {
          givenBy: 'PERSON',
          purpose: 'Matris',
          scopes: ['IDENTITY'],
          organisationIds: [org(secondFor(place(cell)))],
          validFrom: new Date().toISOString(),
          form: 'ORAL',
        },
      }),
      expect: CASE_LEAD('caseId'),
      audit: byCaller('case.consent_recorded'),
      mustNotContain: caseSecrets,
    },
  ],
  withdrawConsent: [
    {
      document: `mutation($id: ID!) { withdrawConsent(consentId: $id) ${CASE_RESULT('WithdrawConsentSuccess')} }`,
      variables: async (cell) => ({ id: (await cell.fresh.case()).consentId }),
      expect: CASE_PARTICIPANTS('consentId'),
      audit: byCaller('case.consent_withdrawn'),
      mustNotContain: caseSecrets,
    },
  ],
  recordDisclosure: [
    {
      document: `mutation($c: ID!, $i: DisclosureInput!) { recordDisclosure(caseId: $c, input: $i) ${CASE_RESULT('RecordDisclosureSuccess')} }`,
      variables: async (cell) => ({
        c: (await cell.fresh.case()).globalId,
        i: {
          organisationId: org(secondFor(place(cell))),
          basisCode: 'own_task',
          scopes: ['IDENTITY'],
          reason: 'Matrisen prövar utlämnande.',
        },
      }),
      expect: { ...CASE_LEAD('caseId'), member: { own: 'denied', other: 'rejected:caseId' } },
      audit: byCaller('case.disclosed'),
      mustNotContain: caseSecrets,
    },
  ],
  revokeDisclosure: [
    {
      document: `mutation($id: ID!) { revokeDisclosure(disclosureId: $id) ${CASE_RESULT('RevokeDisclosureSuccess')} }`,
      variables: async (cell) => ({ id: await cell.fresh.disclosure() }),
      expect: CASE_LEAD('disclosureId'),
      audit: byCaller('case.disclosure_revoked'),
      mustNotContain: caseSecrets,
    },
  ],
  saveCasePlan: [
    {
      document: `mutation($c: ID!, $i: CasePlanInput!) { saveCasePlan(caseId: $c, input: $i) ${CASE_RESULT('SaveCasePlanSuccess')} }`,
      variables: async (cell) => {
        const c = await cell.fresh.case();
        return {
          c: c.globalId,
          i: {
            needs: 'Matrisbehov',
            goals: 'Matrismål',
            goalsInOwnWords: 'Med egna ord',
            actions: [{ organisationId: org(c.leadId), description: 'Matrisåtgärd', status: 'OPEN' }],
          },
        };
      },
      expect: CASE_LEAD('caseId'),
      audit: byCaller('case.plan_saved'),
      mustNotContain: caseSecrets,
    },
  ],
  setCasePlanActionStatus: [
    {
      document: `mutation($id: ID!) { setCasePlanActionStatus(actionId: $id, status: DONE) ${CASE_RESULT('SetCasePlanActionStatusSuccess')} }`,
      variables: async (cell) => ({ id: (await cell.fresh.case()).actionId }),
      expect: CASE_PARTICIPANTS('actionId'),
      audit: byCaller('case.plan_action_changed'),
      mustNotContain: caseSecrets,
    },
  ],
  addCaseNote: [
    {
      document: `mutation($c: ID!) { addCaseNote(caseId: $c, body: "Matrisens anteckning", visibleToOrganisationIds: []) ${CASE_RESULT('AddCaseNoteSuccess')} }`,
      variables: async (cell) => ({ c: (await cell.fresh.case()).globalId }),
      expect: CASE_PARTICIPANTS('caseId'),
      audit: byCaller('case.note_added'),
      mustNotContain: caseSecrets,
    },
  ],
  addCaseFeedback: [
    {
      document: `mutation($c: ID!) { addCaseFeedback(caseId: $c, about: PLAN, body: "Bra plan") ${CASE_RESULT('AddCaseFeedbackSuccess')} }`,
      variables: async (cell) => ({ c: (await cell.fresh.case()).globalId }),
      expect: CASE_PARTICIPANTS('caseId'),
      audit: byCaller('case.feedback_added'),
      mustNotContain: caseSecrets,
    },
  ],
  proposeLeadTransfer: [
    {
      document: `mutation($c: ID!, $to: ID!) { proposeLeadTransfer(caseId: $c, toOrganisationId: $to) ${CASE_RESULT('ProposeLeadTransferSuccess')} }`,
      variables: async (cell) => ({ c: (await cell.fresh.case()).globalId, to: org(secondFor(place(cell))) }),
      expect: CASE_LEAD('caseId'),
      audit: byCaller('case.lead_transfer_proposed'),
      mustNotContain: caseSecrets,
    },
  ],
  answerLeadTransfer: [
    {
      variant: 'accepting the lead, as the organisation it is offered to',
      document: `mutation($t: ID!) { answerLeadTransfer(transferId: $t, answer: ACCEPT) ${CASE_RESULT('AnswerLeadTransferSuccess')} }`,
      variables: async (cell) => ({ t: await cell.fresh.incomingTransfer() }),
      expect: { ...CASE_LEAD('transferId') },
      audit: byCaller('case.lead_transfer_accepted'),
    },
  ],
  requestToJoinCase: [
    {
      variant: 'a case the organisation is not in',
      document: `mutation($r: String!) { requestToJoinCase(reference: $r, reason: "Vi behöver delta") ${result('RequestToJoinCaseSuccess', 'request { id caseReference case { id } }')} }`,
      variables: async (cell) => ({ r: (await cell.fresh.caseElsewhere()).reference }),
      expect: CASE_WORKERS,
      audit: byCaller('case.join_requested'),
    },
  ],
  answerJoinRequest: [
    {
      document: `mutation($id: ID!) { answerJoinRequest(requestId: $id, answer: ACCEPT) ${result('AnswerJoinRequestSuccess', 'request { id status }')} }`,
      variables: async (cell) => ({ id: await cell.fresh.joinRequest() }),
      expect: { ...CASE_LEAD('requestId'), partner: 'rejected:requestId' },
      audit: byCaller('case.join_accepted'),
      mustNotContain: caseSecrets,
    },
  ],
  buildCaseAgenda: [
    {
      document: `mutation($m: ID!) { buildCaseAgenda(meetingId: $m) ${result('BuildCaseAgendaSuccess', 'meeting { id agendaItems { title } }')} }`,
      variables: async (cell) => ({ m: await cell.fresh.meeting() }),
      expect: {
        anonymous: 'denied',
        admin: { own: 'ok', other: 'denied' },
        coordinator: { own: 'ok', other: 'denied' },
        member: 'denied',
        overseer: 'denied',
        partner: 'denied',
        platformAdmin: { own: 'ok', other: 'denied' },
      },
      audit: byCaller('meeting.case_agenda_built'),
    },
  ],
};
