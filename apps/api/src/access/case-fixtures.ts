/**
 * Shared cases made for one access-matrix cell, written directly as the tables' owner (so row-level
 * security does not stand in the way of setting up what the cell then tries as the application).
 */
import { type Database, DEMO, schema } from '@samlad/db';
import { parsePersonalIdentityNumber } from '@samlad/domain';
import { encodeGlobalId } from '../schema/global-id.ts';

const o = DEMO.organisations;
const DAY = 86_400_000;
let serial = 0;
let references = 0;

/** A fresh valid personal identity number each call (born 1980–1999). */
export function freshPin(): string {
  for (;;) {
    serial += 1;
    const year = 1980 + (serial % 20);
    const day = String(1 + (Math.floor(serial / 20) % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(serial / 560) % 12)).padStart(2, '0');
    const number = String(100 + (serial % 900));
    for (let check = 0; check < 10; check += 1) {
      const pin = parsePersonalIdentityNumber(`${year}${month}${day}${number}${check}`);
      if (pin) return pin.stored;
    }
  }
}

export interface CaseFixture {
  id: string;
  globalId: string;
  reference: string;
  pin: string;
  fullName: string;
  consentId: string;
  actionId: string;
  leadId: string;
}

export interface CasePlace {
  /** The cell's target organisation. */
  organisationId: string;
  kind: string;
  scope: 'own' | 'other';
}

/** Who leads a cell's case: the target organisation, unless it may not lead (associations, county boards). */
export const leadFor = (place: CasePlace) =>
  place.kind === 'civil_society' || place.kind === 'county_board' ? o.vaxjoSocial : place.organisationId;
/** A second participant, on the same side of the county line as the target. */
export const secondFor = (place: CasePlace) => (place.scope === 'own' ? o.regionKronoberg : o.polisKarlstad);

const prefix = (place: CasePlace) => (place.scope === 'own' ? 'MXV' : 'MXK');

/**
 * An identified case: led as `leadFor`, with the target organisation (unless a county board), a
 * second participant, consent in force naming both for everything, a plan with an action owned by
 * the target, and a note shown to it.
 */
export async function makeCase(
  db: Database,
  place: CasePlace,
  unique: string,
  options: { lead?: string; protectedIdentity?: boolean } = {},
): Promise<CaseFixture> {
  const leadId = options.lead ?? leadFor(place);
  const second = secondFor(place);
  const participants = [
    ...new Set([leadId, second, ...(place.kind === 'county_board' ? [] : [place.organisationId])]),
  ];
  references += 1;
  const reference = `${prefix(place)}-2000-${String(references).padStart(5, '0')}`;
  const pin = freshPin();
  const fullName = `Matrisperson ${unique}`;
  const now = new Date();
  const [made] = await db
    .insert(schema.sharedCase)
    .values({
      reference,
      subjectKind: 'person',
      status: 'active',
      themes: ['safety'],
      summary: 'Matrisärende',
      leadOrganisationId: leadId,
      identified: true,
      protectedIdentity: options.protectedIdentity ?? false,
      nextFollowUpOn: new Date(now.getTime() + 14 * DAY).toISOString().slice(0, 10),
    })
    .returning({ id: schema.sharedCase.id });
  if (!made) throw new Error('case insert returned nothing');
  const caseId = made.id;
  await db
    .insert(schema.caseParticipant)
    .values(participants.map((organisationId) => ({ caseId, organisationId })));
  await db.insert(schema.caseSubject).values({
    caseId,
    leadOrganisationId: leadId,
    fullName,
    personalIdentityNumber: pin,
    protectedIdentity: options.protectedIdentity ?? false,
    address: options.protectedIdentity ? null : `Matrisgatan ${unique}`,
  });
  const [consent] = await db
    .insert(schema.consent)
    .values({
      caseId,
      givenBy: 'person',
      purpose: 'Matris',
      scopes: ['identity', 'notes', 'plan'],
      validFrom: new Date(now.getTime() - DAY),
      validUntil: new Date(now.getTime() + 365 * DAY),
      form: 'written',
      recordedByOrganisationId: leadId,
    })
    .returning({ id: schema.consent.id });
  if (!consent) throw new Error('consent insert returned nothing');
  const named = participants.filter((p) => p !== leadId);
  if (named.length) {
    await db
      .insert(schema.consentOrganisation)
      .values(named.map((organisationId) => ({ consentId: consent.id, caseId, organisationId })));
  }
  await db.insert(schema.casePlan).values({ caseId, needs: `Matrisbehov ${unique}`, goals: 'Mål' });
  const actionOwner = participants.includes(place.organisationId) ? place.organisationId : leadId;
  const [action] = await db
    .insert(schema.casePlanAction)
    .values({ caseId, organisationId: actionOwner, description: 'Matrisåtgärd' })
    .returning({ id: schema.casePlanAction.id });
  const [note] = await db
    .insert(schema.caseNote)
    .values({ caseId, authorOrganisationId: leadId, body: `Matrisanteckning ${unique}` })
    .returning({ id: schema.caseNote.id });
  if (note && actionOwner !== leadId) {
    await db
      .insert(schema.caseNoteVisibility)
      .values({ noteId: note.id, caseId, organisationId: actionOwner });
  }
  return {
    id: caseId,
    globalId: encodeGlobalId('SharedCase', caseId),
    reference,
    pin,
    fullName,
    consentId: encodeGlobalId('Consent', consent.id),
    actionId: encodeGlobalId('CasePlanAction', action?.id ?? ''),
    leadId,
  };
}

/** A disclosure on a basis to the case's second participant; its global id. */
export async function makeDisclosure(db: Database, place: CasePlace, fixture: CaseFixture): Promise<string> {
  const [made] = await db
    .insert(schema.disclosure)
    .values({
      caseId: fixture.id,
      organisationId: secondFor(place),
      basisCode: 'own_task',
      scopes: ['identity'],
      reason: 'Matris',
      recordedByOrganisationId: fixture.leadId,
    })
    .returning({ id: schema.disclosure.id });
  return encodeGlobalId('Disclosure', made?.id ?? '');
}

/** A case led by the second participant, proposed to be led by the target organisation. */
export async function makeIncomingTransfer(db: Database, place: CasePlace, unique: string): Promise<string> {
  const fixture = await makeCase(db, place, unique, { lead: secondFor(place) });
  const [made] = await db
    .insert(schema.caseLeadTransfer)
    .values({
      caseId: fixture.id,
      fromOrganisationId: fixture.leadId,
      toOrganisationId: place.organisationId,
    })
    .returning({ id: schema.caseLeadTransfer.id });
  return encodeGlobalId('CaseLeadTransfer', made?.id ?? '');
}

/** A pending request to join the cell's case from an organisation outside it. */
export async function makeJoinRequest(db: Database, place: CasePlace, fixture: CaseFixture): Promise<string> {
  const asker = place.scope === 'own' ? o.afVaxjo : o.afKarlstad;
  const [made] = await db
    .insert(schema.caseJoinRequest)
    .values({ caseId: fixture.id, organisationId: asker, caseReference: fixture.reference, reason: 'Matris' })
    .returning({ id: schema.caseJoinRequest.id });
  return encodeGlobalId('CaseJoinRequest', made?.id ?? '');
}

/** A case the target organisation has nothing to do with, to ask to join. */
export async function makeCaseElsewhere(
  db: Database,
  place: CasePlace,
  unique: string,
): Promise<CaseFixture> {
  const lead = place.scope === 'own' ? o.regionKronoberg : o.karlstadSocial;
  return makeCase(db, { organisationId: lead, kind: 'region', scope: place.scope }, unique, { lead });
}
