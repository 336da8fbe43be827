import { DEMO, queryRows, schema } from '@samlad/db';
import { parsePersonalIdentityNumber } from '@samlad/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

const o = DEMO.organisations;

/** The `n`th valid personal identity number for a date of birth (serials tried in order). */
function pinFor(yyyymmdd: string, n = 0): string {
  let found = -1;
  for (let serial = 100; serial < 1000; serial += 1) {
    for (let check = 0; check < 10; check += 1) {
      const candidate = `${yyyymmdd}-${serial}${check}`;
      if (parsePersonalIdentityNumber(candidate) && ++found === n) return candidate;
    }
  }
  throw new Error(`no valid number for ${yyyymmdd}`);
}
const org = (id: string) => encodeGlobalId('Organisation', id);

let api: TestApi;
let sara: TestClient;
let ali: TestClient;
let erik: TestClient;
let omar: TestClient;
let lina: TestClient;
let johan: TestClient;
let maria: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  [sara, ali, erik, omar, lina, johan, maria] = await Promise.all([
    api.signIn(PEOPLE.vaxjoMember),
    api.signIn(PEOPLE.vaxjoCoordinator),
    api.signIn(PEOPLE.policeVaxjo),
    api.signIn(PEOPLE.regionMember),
    api.signIn(PEOPLE.partner),
    api.signIn(PEOPLE.overseer),
    api.signIn(PEOPLE.karlstadCoordinator),
  ]);
});
afterAll(() => api?.close());

const RESULT = (success: string) =>
  `{ __typename ... on UserError { message field } ... on ${success} { case { id reference identified subject { fullName } } } }`;
const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) ${RESULT('CreateCaseSuccess')} }`;
const CASE = /* GraphQL */ `
  query($id: ID!) {
    case(id: $id) {
      id reference status identified protectedIdentity viewerIsLead
      access { lead identity notes plan }
      lead { id }
      participants { id }
      subject { fullName personalIdentityNumber age address protectedIdentity municipalityOfResidence { code } }
      guardians { fullName }
      notes { body author { id } visibleTo { id } }
      plan { needs goalsInOwnWords version actions { id description organisation { id } overdue status } }
      consents { id state organisations { id } scopes }
      disclosures { id basis { code } }
    }
  }
`;

type CaseData = {
  id: string;
  reference: string;
  identified: boolean;
  access: { lead: boolean; identity: boolean; notes: boolean; plan: boolean };
  subject: {
    fullName: string;
    personalIdentityNumber: string | null;
    age: number | null;
    address: string | null;
  } | null;
  guardians: Array<{ fullName: string }>;
  notes: Array<{ body: string }>;
  plan: { needs: string; version: number; actions: Array<{ id: string; description: string }> } | null;
  consents: Array<{ id: string; state: string }>;
  participants: Array<{ id: string }>;
};

const today = new Date();
const consentFor = (orgIds: string[], extra: Record<string, unknown> = {}) => ({
  givenBy: 'PERSON',
  purpose: 'Samordnad insats kring boende och arbete',
  scopes: ['IDENTITY', 'NOTES', 'PLAN'],
  organisationIds: orgIds.map(org),
  validFrom: new Date(today.getTime() - 86_400_000).toISOString(),
  validUntil: new Date(today.getTime() + 365 * 86_400_000).toISOString(),
  form: 'WRITTEN',
  ...extra,
});

const adultSubject = (pin = '19850412-0018', extra: Record<string, unknown> = {}) => ({
  fullName: 'Testa Testsson',
  personalIdentityNumber: pin,
  phone: '070-1740605',
  address: 'Storgatan 1, 352 30 Växjö',
  municipalityOfResidenceCode: '0780',
  protectedIdentity: false,
  ...extra,
});

async function createIdentified(
  client: TestClient,
  input: Record<string, unknown> = {},
): Promise<{ id: string; reference: string }> {
  const res = await client.gql<{
    createCase: { __typename: string; case: { id: string; reference: string } };
  }>(CREATE, {
    input: {
      subjectKind: 'PERSON',
      summary: 'Vuxen, behov av samordning',
      themes: ['MENTAL_HEALTH'],
      participantOrganisationIds: [org(o.polisVaxjo), org(o.regionKronoberg), org(o.vaxjoIdrott)],
      subject: adultSubject(),
      consent: consentFor([o.regionKronoberg]),
      ...input,
    },
  });
  const made = res.data?.createCase.case;
  if (res.data?.createCase.__typename !== 'CreateCaseSuccess' || !made) throw new Error(JSON.stringify(res));
  return made;
}

const readCase = async (client: TestClient, id: string) =>
  (await client.gql<{ case: CaseData | null }>(CASE, { id })).data?.case ?? null;

describe('opening a case', () => {
  it('gives an identified case a reference from the lead’s place and this year, the lead sees all', async () => {
    const made = await createIdentified(sara, { subject: adultSubject('19121212-1212') });
    expect(made.reference).toMatch(new RegExp(`^VXJ-${today.getFullYear()}-\\d{4}$`));
    const seen = await readCase(sara, made.id);
    expect(seen?.access).toEqual({ lead: true, identity: true, notes: true, plan: true });
    expect(seen?.subject?.personalIdentityNumber).toBe('19121212-1212');
    expect(seen?.participants).toHaveLength(4);
  });

  it('refuses an invalid personal identity number, naming the field, and saves nothing', async () => {
    const before = await api.database.db.$count(schema.sharedCase);
    const res = await sara.gql<{ createCase: { __typename: string; field: string; message: string } }>(
      CREATE,
      {
        input: {
          subjectKind: 'PERSON',
          summary: 'x',
          themes: ['SAFETY'],
          participantOrganisationIds: [],
          subject: adultSubject('19121212-1213'),
          consent: consentFor([]),
        },
      },
    );
    expect(res.data?.createCase).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'subject.personalIdentityNumber',
    });
    expect(res.data?.createCase.message).toContain('kontrollsiffran');
    expect(await api.database.db.$count(schema.sharedCase)).toBe(before);
  });

  it('refuses a second open identified case for the same person in the same organisation', async () => {
    await createIdentified(sara, { subject: adultSubject('19850412-0018') });
    const before = await api.database.db.$count(schema.sharedCase);
    const res = await ali.gql<{ createCase: { __typename: string; field: string; message: string } }>(
      CREATE,
      {
        input: {
          subjectKind: 'PERSON',
          summary: 'Samma person igen',
          themes: ['SAFETY'],
          participantOrganisationIds: [],
          subject: adultSubject('198504120018'),
          consent: consentFor([o.vaxjoSocial]),
        },
      },
    );
    expect(res.data?.createCase.__typename).toBe('ConflictError');
    expect(res.data?.createCase.message).toMatch(/VXJ-\d{4}-\d{4}/);
    expect(await api.database.db.$count(schema.sharedCase)).toBe(before);
    const dup = await sara.gql<{ caseDuplicates: Array<{ reference: string }> }>(
      `query($p: String!) { caseDuplicates(personalIdentityNumber: $p) { reference } }`,
      { p: '850412-0018' },
    );
    expect(dup.data?.caseDuplicates.length).toBeGreaterThan(0);
  });

  it('needs consent or a basis for an identity, and a guardian for a child', async () => {
    const base = { subjectKind: 'PERSON', summary: 'x', themes: ['SAFETY'], participantOrganisationIds: [] };
    const noBasis = await sara.gql<{ createCase: { __typename: string; field: string } }>(CREATE, {
      input: { ...base, subject: adultSubject(pinFor('19700101', 1)) },
    });
    expect(noBasis.data?.createCase.__typename).toBe('InvalidInputError');
    const child = await sara.gql<{ createCase: { __typename: string; field: string } }>(CREATE, {
      input: { ...base, subject: adultSubject('20150315-0011'), consent: consentFor([]) },
    });
    expect(child.data?.createCase).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'subject.guardians',
    });
  });

  it('keeps no address or municipality for a person with protected personal data', async () => {
    const made = await createIdentified(sara, {
      subject: adultSubject(pinFor('19900101'), { protectedIdentity: true }),
    });
    const [row] = await api.database.db
      .select()
      .from(schema.caseSubject)
      .where(eq(schema.caseSubject.caseId, fromGlobal(made.id)));
    expect(row?.address).toBeNull();
    expect(row?.municipalityOfResidenceCode).toBeNull();
    const seen = await readCase(sara, made.id);
    expect(seen?.subject).toMatchObject({ address: null });
  });

  it('opens an anonymous consultation whose plan all participants share, with no identity', async () => {
    const res = await sara.gql<{
      createCase: { __typename: string; case: { id: string; identified: boolean } };
    }>(CREATE, {
      input: {
        subjectKind: 'PERSON',
        summary: 'Konsultation, oro för ett barn',
        themes: ['CHILDREN_AND_YOUNG_PEOPLE'],
        participantOrganisationIds: [org(o.polisVaxjo)],
      },
    });
    expect(res.data?.createCase.case.identified).toBe(false);
    const erikSees = await readCase(erik, res.data?.createCase.case.id ?? '');
    expect(erikSees?.access).toEqual({ lead: false, identity: false, notes: true, plan: true });
  });

  it('is not for overseers or associations to lead', async () => {
    const overseer = await johan.gql(`{ cases(first: 5) { totalCount } }`);
    expect(overseer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const partner = await lina.gql<{ createCase: { __typename: string } }>(CREATE, {
      input: { subjectKind: 'TOPIC', summary: 'x', themes: ['SAFETY'], participantOrganisationIds: [] },
    });
    expect(partner.data?.createCase.__typename).toBe('NotAllowedError');
  });
});

const fromGlobal = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1] ?? '';

describe('consent is a gate', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await createIdentified(sara, { subject: adultSubject(pinFor('19700101', 2)) })).id;
  });

  it('shows the identity to the organisation the consent names, and not to the others', async () => {
    expect((await readCase(omar, caseId))?.subject?.fullName).toBe('Testa Testsson');
    const police = await readCase(erik, caseId);
    expect(police?.reference).toBeTruthy();
    expect(police?.subject).toBeNull();
    expect(police?.access.identity).toBe(false);
    // An association never sees identity unless consent names it.
    expect((await readCase(lina, caseId))?.subject).toBeNull();
    // Outside the case there is no case.
    expect(await readCase(maria, caseId)).toBeNull();
  });

  it('audits every read of the identity, by whom and for which organisation', async () => {
    const rows = await queryRows<{ action: string; organisation_id: string }>(
      api.database.db,
      sql`select action, organisation_id from audit_event where record_id = ${fromGlobal(caseId)} and action = 'case.identity_read'`,
    );
    expect(rows.map((r) => r.organisation_id)).toContain(o.regionKronoberg);
    expect(rows.map((r) => r.organisation_id)).not.toContain(o.polisVaxjo);
  });

  it('refuses consent with no organisations or an end before its start, saving nothing', async () => {
    const RECORD = `mutation($c: ID!, $i: ConsentInput!) { recordConsent(caseId: $c, input: $i) ${RESULT('RecordConsentSuccess')} }`;
    const before = await api.database.db.$count(schema.consent);
    const none = await sara.gql<{ recordConsent: { __typename: string; field: string } }>(RECORD, {
      c: caseId,
      i: consentFor([]),
    });
    expect(none.data?.recordConsent).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'input.organisationIds',
    });
    const inverted = await sara.gql<{ recordConsent: { __typename: string; field: string } }>(RECORD, {
      c: caseId,
      i: consentFor([o.polisVaxjo], { validUntil: new Date(today.getTime() - 2 * 86_400_000).toISOString() }),
    });
    expect(inverted.data?.recordConsent).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'input.validUntil',
    });
    expect(await api.database.db.$count(schema.consent)).toBe(before);
  });

  it('lets the police see the identity once consent names them, and not a moment after withdrawal', async () => {
    const RECORD = `mutation($c: ID!, $i: ConsentInput!) { recordConsent(caseId: $c, input: $i) { __typename ... on RecordConsentSuccess { case { consents { id organisations { id } state } } } } }`;
    const res = await sara.gql<{
      recordConsent: { case: { consents: Array<{ id: string; organisations: Array<{ id: string }> }> } };
    }>(RECORD, { c: caseId, i: consentFor([o.polisVaxjo]) });
    const consent = res.data?.recordConsent.case.consents.find((c) =>
      c.organisations.some((x) => x.id === org(o.polisVaxjo)),
    );
    expect(consent).toBeTruthy();
    expect((await readCase(erik, caseId))?.subject?.fullName).toBe('Testa Testsson');
    const withdrawn = await erik.gql<{ withdrawConsent: { __typename: string } }>(
      `mutation($id: ID!) { withdrawConsent(consentId: $id, note: "Ringde och återkallade") { __typename } }`,
      { id: consent?.id },
    );
    expect(withdrawn.data?.withdrawConsent.__typename).toBe('WithdrawConsentSuccess');
    expect((await readCase(erik, caseId))?.subject).toBeNull();
  });

  it('shares without consent only on a recorded basis, by the lead’s coordinators, never to associations', async () => {
    const DISCLOSE = `mutation($c: ID!, $i: DisclosureInput!) { recordDisclosure(caseId: $c, input: $i) ${RESULT('RecordDisclosureSuccess')} }`;
    const input = (organisationId: string, basisCode = 'general_clause') => ({
      organisationId: org(organisationId),
      basisCode,
      scopes: ['IDENTITY'],
      reason: 'Akut risk för våld; polisen behöver veta vem det gäller.',
    });
    const member = await sara.gql<{ recordDisclosure: { __typename: string } }>(DISCLOSE, {
      c: caseId,
      i: input(o.polisVaxjo),
    });
    expect(member.data?.recordDisclosure.__typename).toBe('NotAllowedError');
    const toAssociation = await ali.gql<{ recordDisclosure: { __typename: string; field: string } }>(
      DISCLOSE,
      {
        c: caseId,
        i: input(o.vaxjoIdrott),
      },
    );
    expect(toAssociation.data?.recordDisclosure).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'input.organisationId',
    });
    const consentBasis = await ali.gql<{ recordDisclosure: { __typename: string; field: string } }>(
      DISCLOSE,
      {
        c: caseId,
        i: input(o.polisVaxjo, 'consent'),
      },
    );
    expect(consentBasis.data?.recordDisclosure).toMatchObject({ field: 'input.basisCode' });
    const ok = await ali.gql<{ recordDisclosure: { __typename: string } }>(DISCLOSE, {
      c: caseId,
      i: input(o.polisVaxjo),
    });
    expect(ok.data?.recordDisclosure.__typename).toBe('RecordDisclosureSuccess');
    expect((await readCase(erik, caseId))?.subject?.fullName).toBe('Testa Testsson');
  });
});

describe('plan, notes and feedback', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await createIdentified(sara, { subject: adultSubject(pinFor('19800101')) })).id;
  });
  const SAVE = `mutation($c: ID!, $i: CasePlanInput!) { saveCasePlan(caseId: $c, input: $i) ${RESULT('SaveCasePlanSuccess')} }`;
  const plan = (actions: unknown[]) => ({
    needs: 'Stöd till boende och sysselsättning',
    goals: 'Eget boende inom sex månader',
    goalsInOwnWords: '”Jag vill ha en egen lägenhet och ett jobb.”',
    overallResponsibleOrganisationId: org(o.vaxjoSocial),
    followUpOn: '2030-01-15',
    actions,
  });

  it('saves a plan as a new version with each organisation’s actions', async () => {
    const res = await sara.gql<{ saveCasePlan: { __typename: string } }>(SAVE, {
      c: caseId,
      i: plan([
        {
          organisationId: org(o.vaxjoSocial),
          description: 'Boendestöd',
          dueOn: '2029-12-01',
          status: 'OPEN',
        },
        { organisationId: org(o.regionKronoberg), description: 'Samtal på BUP', status: 'IN_PROGRESS' },
      ]),
    });
    expect(res.data?.saveCasePlan.__typename).toBe('SaveCasePlanSuccess');
    const seen = await readCase(omar, caseId);
    expect(seen?.plan?.version).toBe(2);
    expect(seen?.plan?.actions.map((a) => a.description)).toEqual(['Boendestöd', 'Samtal på BUP']);
    // Police, not covered by consent, see no plan.
    expect((await readCase(erik, caseId))?.plan).toBeNull();
  });

  it('refuses an action owned by an organisation outside the case, keeping the plan as it was', async () => {
    const res = await sara.gql<{ saveCasePlan: { __typename: string; field: string } }>(SAVE, {
      c: caseId,
      i: plan([{ organisationId: org(o.karlstadSocial), description: 'Fel', status: 'OPEN' }]),
    });
    expect(res.data?.saveCasePlan).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'input.actions.0.organisationId',
    });
    expect((await readCase(sara, caseId))?.plan?.version).toBe(2);
  });

  it('shows notes only to the organisations chosen, and refuses one shown outside the case', async () => {
    const NOTE = `mutation($c: ID!, $b: String!, $v: [ID!]!) { addCaseNote(caseId: $c, body: $b, visibleToOrganisationIds: $v) ${RESULT('AddCaseNoteSuccess')} }`;
    const outside = await sara.gql<{ addCaseNote: { __typename: string; field: string } }>(NOTE, {
      c: caseId,
      b: 'Fel mottagare',
      v: [org(o.karlstadSocial)],
    });
    expect(outside.data?.addCaseNote).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'visibleToOrganisationIds',
    });
    await sara.gql(NOTE, {
      c: caseId,
      b: '<script>alert(1)</script> Till regionen',
      v: [org(o.regionKronoberg)],
    });
    await sara.gql(NOTE, { c: caseId, b: 'Bara för socialtjänsten', v: [] });
    const region = await readCase(omar, caseId);
    expect(region?.notes.map((n) => n.body)).toEqual(['<script>alert(1)</script> Till regionen']);
    expect((await readCase(sara, caseId))?.notes).toHaveLength(2);
  });
});

describe('lead transfers and requests to join', () => {
  it('refuses a transfer to the lead itself; the receiver accepts and leads', async () => {
    const made = await createIdentified(sara, { subject: adultSubject(pinFor('19750505')) });
    const PROPOSE = `mutation($c: ID!, $to: ID!) { proposeLeadTransfer(caseId: $c, toOrganisationId: $to) { __typename ... on UserError { field } ... on ProposeLeadTransferSuccess { case { pendingTransfer { id } } } } }`;
    const self = await sara.gql<{ proposeLeadTransfer: { __typename: string; field: string } }>(PROPOSE, {
      c: made.id,
      to: org(o.vaxjoSocial),
    });
    expect(self.data?.proposeLeadTransfer).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'toOrganisationId',
    });
    const proposed = await sara.gql<{ proposeLeadTransfer: { case: { pendingTransfer: { id: string } } } }>(
      PROPOSE,
      {
        c: made.id,
        to: org(o.regionKronoberg),
      },
    );
    const transferId = proposed.data?.proposeLeadTransfer.case.pendingTransfer.id;
    const inbox = await omar.gql<{ caseInbox: { transfersToAnswer: Array<{ id: string }> } }>(
      `{ caseInbox { transfersToAnswer { id } } }`,
    );
    expect(inbox.data?.caseInbox.transfersToAnswer.map((t) => t.id)).toContain(transferId);
    const accepted = await omar.gql<{ answerLeadTransfer: { __typename: string } }>(
      `mutation($t: ID!) { answerLeadTransfer(transferId: $t, answer: ACCEPT) { __typename } }`,
      { t: transferId },
    );
    expect(accepted.data?.answerLeadTransfer.__typename).toBe('AnswerLeadTransferSuccess');
    expect((await readCase(omar, made.id))?.access.lead).toBe(true);
    expect((await readCase(sara, made.id))?.access.lead).toBe(false);
  });

  it('lets an outside organisation ask by reference; the lead decides, audited', async () => {
    const made = await createIdentified(sara, { subject: adultSubject(pinFor('19650606')) });
    const ASK = `mutation($r: String!) { requestToJoinCase(reference: $r, reason: "Vi har kontakt med familjen") { __typename ... on RequestToJoinCaseSuccess { request { id caseReference case { id } } } } }`;
    const asked = await maria.gql<{
      requestToJoinCase: { __typename: string; request: { id: string; case: null } };
    }>(ASK, {
      r: made.reference.toLowerCase(),
    });
    expect(asked.data?.requestToJoinCase.__typename).toBe('RequestToJoinCaseSuccess');
    expect(asked.data?.requestToJoinCase.request.case).toBeNull();
    const unknown = await maria.gql<{ requestToJoinCase: { __typename: string } }>(ASK, {
      r: 'XXX-2000-9999',
    });
    expect(unknown.data?.requestToJoinCase.__typename).toBe('InvalidInputError');
    const decided = await sara.gql<{ answerJoinRequest: { __typename: string } }>(
      `mutation($id: ID!) { answerJoinRequest(requestId: $id, answer: ACCEPT) { __typename } }`,
      { id: asked.data?.requestToJoinCase.request.id },
    );
    expect(decided.data?.answerJoinRequest.__typename).toBe('AnswerJoinRequestSuccess');
    const karlstad = await readCase(maria, made.id);
    expect(karlstad?.reference).toBe(made.reference);
    expect(karlstad?.subject).toBeNull();
  });
});

describe('the access log', () => {
  it('lists who read the identity, for which organisation, to the lead’s admins only', async () => {
    const made = await createIdentified(sara, { subject: adultSubject(pinFor('19550505')) });
    await readCase(omar, made.id);
    const karin = await api.signIn(PEOPLE.vaxjoAdmin);
    const LOG = `query($c: ID!) { caseAccessLog(caseId: $c) { reference entries { action isRead organisationName actorName } } }`;
    const log = await karin.gql<{
      caseAccessLog: { entries: Array<{ action: string; organisationName: string; actorName: string }> };
    }>(LOG, { c: made.id });
    expect(log.data?.caseAccessLog.entries).toContainEqual({
      action: 'case.identity_read',
      isRead: true,
      organisationName: 'Region Kronoberg',
      actorName: 'Omar Hassan',
    });
    const member = await sara.gql(LOG, { c: made.id });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('bounded statements', () => {
  it('loads a page of cases with participants and access in a fixed number of statements', async () => {
    const LIST = `query($n: Int) { cases(first: $n) { totalCount edges { node { id reference status nextFollowUpOn lead { name } participants { name } access { identity } } } } }`;
    const few = await api.countStatements(() => sara.gql(LIST, { n: 2 }));
    const many = await api.countStatements(() => sara.gql(LIST, { n: 50 }));
    expect(many).toBe(few);
  });

  it('reads a case page with identity, notes, plan and consents in a fixed number of statements', async () => {
    const list = await sara.gql<{ cases: { edges: Array<{ node: { id: string } }> } }>(
      `{ cases(first: 5) { edges { node { id } } } }`,
    );
    const ids = list.data?.cases.edges.map((e) => e.node.id) ?? [];
    expect(ids.length).toBeGreaterThan(1);
    const counts: number[] = [];
    for (const id of ids.slice(0, 3)) counts.push(await api.countStatements(() => readCase(sara, id)));
    // The session, the transaction's set-up, the reader check, the case with everything nested in
    // one statement, and the reads' audit inserts (batched per tick): never one per note or action.
    expect(Math.max(...counts)).toBeLessThanOrEqual(8);
  });
});
