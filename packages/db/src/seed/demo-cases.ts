/**
 * Demo shared cases (samverkansärenden): six led from Växjö, two from Karlstad, each showing one
 * access situation the row-level security must handle (consent in force, withdrawn, expired; a
 * disclosure basis; an anonymous consultation; civil society; protected personal data).
 *
 * Everyone in them is fictional: the surnames say so, phone numbers are from PTS's range for
 * fiction (070-174 06 05 – 070-174 06 99), e-mail is at example.se and streets are made up.
 * Dates are relative to `now`; personal identity numbers are derived from the birth dates with a
 * check digit the personnummer library accepts. Ids are fixed (`DEMO.cases`, `caseRowId`).
 */
import { ageOn, formatCaseReference, parsePersonalIdentityNumber } from '@samlad/domain';
import type { Executor } from '../client.ts';
import {
  caseFeedback,
  caseGuardian,
  caseNote,
  caseNoteVisibility,
  caseParticipant,
  casePlan,
  casePlanAction,
  casePlanVersion,
  caseReferenceCounter,
  caseSubject,
  consent,
  consentOrganisation,
  disclosure,
  sharedCase,
} from '../schema/index.ts';
import { DEMO } from './demo-data.ts';
import { demoUsers } from './demo-users.ts';

const o = DEMO.organisations;
const c = DEMO.cases;
const DAY = 86_400_000;

type CaseRow = typeof sharedCase.$inferInsert;
type SubjectRow = typeof caseSubject.$inferInsert;
type GuardianRow = typeof caseGuardian.$inferInsert;
type ConsentRow = typeof consent.$inferInsert;
type ConsentOrganisationRow = typeof consentOrganisation.$inferInsert;
type DisclosureRow = typeof disclosure.$inferInsert;
type PlanRow = typeof casePlan.$inferInsert;
type PlanVersionRow = typeof casePlanVersion.$inferInsert;
type PlanActionRow = typeof casePlanAction.$inferInsert;
type NoteRow = typeof caseNote.$inferInsert;
type NoteVisibilityRow = typeof caseNoteVisibility.$inferInsert;
type FeedbackRow = typeof caseFeedback.$inferInsert;

/** Kinds of rows with fixed demo ids. */
const ROW_KIND = {
  guardian: 1,
  consent: 2,
  disclosure: 3,
  planVersion: 4,
  planAction: 5,
  note: 6,
  feedback: 7,
} as const;

/** The fixed id of the `n`th demo row of a kind, in case `caseIndex` (1 = A … 8 = H). */
export function caseRowId(kind: keyof typeof ROW_KIND, caseIndex: number, n: number): string {
  const k = String(ROW_KIND[kind]).padStart(2, '0');
  return `00000000-0000-4000-b0${k}-${String(caseIndex).padStart(6, '0')}${String(n).padStart(6, '0')}`;
}

const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Stockholm calendar date (YYYY-MM-DD) `days` after an instant. */
const dateAfter = (instant: Date, days: number) =>
  stockholmDay.format(new Date(instant.getTime() + days * DAY));
const at = (instant: Date, days: number) => new Date(instant.getTime() + days * DAY);

function stockholmParts(instant: Date) {
  const [year = 0, month = 0, day = 0] = stockholmDay.format(instant).split('-').map(Number);
  return { year, month, day };
}

/**
 * A valid personal identity number for someone `age` years old on `now`'s Stockholm date, born
 * `daysPastBirthday` days before their last birthday, with the three-digit birth number `birth`
 * (odd for a man, even for a woman): the first serial `birth`0…`birth`9 whose check digit holds.
 */
export function demoPersonalIdentityNumber(
  now: Date,
  age: number,
  daysPastBirthday: number,
  birth: number,
): string {
  const today = stockholmParts(now);
  const born = new Date(Date.UTC(today.year - age, today.month - 1, today.day) - daysPastBirthday * DAY);
  const birthDate = { year: born.getUTCFullYear(), month: born.getUTCMonth() + 1, day: born.getUTCDate() };
  if (ageOn(birthDate, today) !== age) throw new Error(`Demo birth date for age ${age} came out wrong`);
  const date = `${birthDate.year}${String(birthDate.month).padStart(2, '0')}${String(birthDate.day).padStart(2, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const candidate = `${date}${String(birth).padStart(3, '0')}${check}`;
    if (parsePersonalIdentityNumber(candidate)?.stored === candidate) return candidate;
  }
  throw new Error(`No valid demo personal identity number for ${date}-${birth}`);
}

/** Fiction phone numbers (PTS): 070-174 06 05 + n. */
const phone = (n: number) => {
  if (n < 0 || n > 94) throw new Error('PTS fiction numbers end at 070-174 06 99');
  return `070-17406${String(5 + n).padStart(2, '0')}`;
};

function userId(email: string): string {
  const user = demoUsers.find((u) => u.email === email);
  if (!user) throw new Error(`Demo user ${email} is missing`);
  return user.id;
}

/** The Stockholm year of `now`: case references and the counters use it. */
export function demoCaseYear(now: Date): number {
  return stockholmParts(now).year;
}

export async function seedDemoCases(db: Executor, options: { now: Date }): Promise<void> {
  const { now } = options;
  const year = demoCaseYear(now);
  const vxj = (n: number) => formatCaseReference('VXJ', year, n);
  const krl = (n: number) => formatCaseReference('KRL', year, n);
  const sara = userId('sara.lund@vaxjo.example');
  const ali = userId('ali.nordin@vaxjo.example');
  const erik = userId('erik.strand@polisen.example');
  const maria = userId('maria.ek@karlstad.example');

  const created = (days: number, by: string | null) => ({
    createdByUserId: by,
    createdAt: at(now, -days),
    updatedAt: at(now, -Math.min(days, 2)),
  });

  const cases: CaseRow[] = [
    {
      id: c.vaxjoYoungPerson,
      reference: vxj(1),
      subjectKind: 'person',
      status: 'active',
      themes: ['children_and_young_people', 'crime_prevention'],
      summary: 'Ung person, skolfrånvaro och oro för kriminella kontakter',
      leadOrganisationId: o.vaxjoSocial,
      forumId: DEMO.forums.vaxjoChildren,
      nextFollowUpOn: dateAfter(now, 10),
      identified: true,
      ...created(45, sara),
    },
    {
      id: c.vaxjoConsultation,
      reference: vxj(2),
      subjectKind: 'person',
      status: 'open',
      themes: ['children_and_young_people'],
      summary: 'Anonym konsultation: elev i årskurs 8 med växande frånvaro',
      leadOrganisationId: o.vaxjoSocial,
      nextFollowUpOn: dateAfter(now, 5),
      identified: false,
      ...created(12, ali),
    },
    {
      id: c.vaxjoProtected,
      reference: vxj(3),
      subjectKind: 'person',
      status: 'active',
      themes: ['violence_in_close_relationships', 'mental_health'],
      summary: 'Vuxen med skyddade personuppgifter, stöd efter våld i nära relation',
      leadOrganisationId: o.vaxjoSocial,
      nextFollowUpOn: dateAfter(now, 35),
      identified: true,
      protectedIdentity: true,
      ...created(70, sara),
    },
    {
      id: c.vaxjoExpiredConsent,
      reference: vxj(4),
      subjectKind: 'person',
      status: 'follow_up',
      themes: ['substance_use', 'crime_prevention'],
      summary: 'Ung vuxen, uppföljning efter avslutad insats',
      leadOrganisationId: o.vaxjoSocial,
      nextFollowUpOn: dateAfter(now, 3),
      identified: true,
      ...created(210, sara),
    },
    {
      id: c.vaxjoPoliceLed,
      reference: vxj(5),
      subjectKind: 'person',
      status: 'active',
      themes: ['crime_prevention', 'children_and_young_people'],
      summary: 'Ung vuxen under 21 i brottsnära miljö, brottsförebyggande samverkan',
      leadOrganisationId: o.polisVaxjo,
      forumId: DEMO.forums.vaxjoChildren,
      nextFollowUpOn: dateAfter(now, 7),
      identified: true,
      identificationBasisCode: 'crime_prevention_under_21',
      identificationReason:
        'Polisen behöver personens identitet för den brottsförebyggande samverkan med socialtjänsten (OSL 10 kap. 18 b §).',
      ...created(20, erik),
    },
    {
      id: c.vaxjoClosed,
      reference: vxj(6),
      subjectKind: 'place',
      status: 'closed',
      themes: ['safety', 'children_and_young_people'],
      summary: 'Plats: gångtunneln vid idrottsplatsen, otrygghet kvällstid',
      leadOrganisationId: o.vaxjoSocial,
      identified: false,
      ...created(150, ali),
      updatedAt: at(now, -20),
      closedAt: at(now, -20),
    },
    {
      id: c.karlstadChild,
      reference: krl(1),
      subjectKind: 'person',
      status: 'active',
      themes: ['children_and_young_people', 'crime_prevention'],
      summary: 'Barn i årskurs 8, skolfrånvaro och otrygg fritid',
      leadOrganisationId: o.karlstadSocial,
      forumId: DEMO.forums.karlstadSspf,
      nextFollowUpOn: dateAfter(now, 12),
      identified: true,
      ...created(30, maria),
    },
    {
      id: c.karlstadYoungAdult,
      reference: krl(2),
      subjectKind: 'person',
      status: 'open',
      themes: ['work_and_education'],
      summary: 'Ung vuxen utan sysselsättning, väg till studier eller arbete',
      leadOrganisationId: o.karlstadSocial,
      nextFollowUpOn: dateAfter(now, 25),
      identified: true,
      ...created(8, maria),
    },
  ];

  const participants: Array<[caseId: string, organisations: string[]]> = [
    [c.vaxjoYoungPerson, [o.vaxjoSocial, o.polisVaxjo, o.regionKronoberg, o.vaxjoIdrott]],
    [c.vaxjoConsultation, [o.vaxjoSocial, o.vaxjoGrundskola]],
    [c.vaxjoProtected, [o.vaxjoSocial, o.regionKronoberg]],
    [c.vaxjoExpiredConsent, [o.vaxjoSocial, o.polisVaxjo]],
    [c.vaxjoPoliceLed, [o.polisVaxjo, o.vaxjoSocial]],
    [c.vaxjoClosed, [o.vaxjoSocial, o.vaxjoFritid]],
    [c.karlstadChild, [o.karlstadSocial, o.karlstadGrundskola, o.polisKarlstad]],
    [c.karlstadYoungAdult, [o.karlstadSocial, o.afKarlstad]],
  ];
  const createdAtOf = new Map(cases.map((row) => [row.id, row.createdAt as Date]));
  const participantRows = participants.flatMap(([caseId, organisations]) =>
    organisations.map((organisationId, index) => ({
      caseId,
      organisationId,
      joinedAt: at(createdAtOf.get(caseId) as Date, index === 0 ? 0 : index + 1),
    })),
  );

  const stamps = (days: number) => ({ createdAt: at(now, -days), updatedAt: at(now, -days) });
  const subjects: SubjectRow[] = [
    {
      caseId: c.vaxjoYoungPerson,
      leadOrganisationId: o.vaxjoSocial,
      fullName: 'Saga Testberg',
      personalIdentityNumber: demoPersonalIdentityNumber(now, 16, 120, 982),
      phone: phone(0),
      email: 'saga.testberg@example.se',
      address: 'Exempelgatan 12, 352 36 Växjö',
      municipalityOfResidenceCode: '0780',
      ...stamps(45),
    },
    {
      caseId: c.vaxjoProtected,
      leadOrganisationId: o.vaxjoSocial,
      fullName: 'Kim Demovik',
      personalIdentityNumber: demoPersonalIdentityNumber(now, 34, 200, 984),
      phone: null,
      email: null,
      // Protected personal data: no address and no municipality, ever (a check enforces it).
      address: null,
      municipalityOfResidenceCode: null,
      protectedIdentity: true,
      ...stamps(70),
    },
    {
      caseId: c.vaxjoExpiredConsent,
      leadOrganisationId: o.vaxjoSocial,
      fullName: 'Jonas Exempelsson',
      personalIdentityNumber: demoPersonalIdentityNumber(now, 23, 40, 985),
      phone: phone(4),
      email: 'jonas.exempelsson@example.se',
      address: 'Påhittevägen 4, 352 52 Växjö',
      municipalityOfResidenceCode: '0780',
      ...stamps(210),
    },
    {
      caseId: c.vaxjoPoliceLed,
      leadOrganisationId: o.polisVaxjo,
      fullName: 'Leo Fiktivsson',
      personalIdentityNumber: demoPersonalIdentityNumber(now, 19, 90, 987),
      phone: phone(5),
      email: 'leo.fiktivsson@example.se',
      address: 'Låtsasgränd 9, 352 40 Växjö',
      municipalityOfResidenceCode: '0780',
      ...stamps(20),
    },
    {
      caseId: c.karlstadChild,
      leadOrganisationId: o.karlstadSocial,
      fullName: 'Ella Provqvist',
      personalIdentityNumber: demoPersonalIdentityNumber(now, 14, 60, 988),
      phone: phone(6),
      email: null,
      address: 'Demogatan 7, 652 24 Karlstad',
      municipalityOfResidenceCode: '1780',
      ...stamps(30),
    },
    {
      caseId: c.karlstadYoungAdult,
      leadOrganisationId: o.karlstadSocial,
      fullName: 'Noah Låtsasson',
      personalIdentityNumber: demoPersonalIdentityNumber(now, 19, 150, 989),
      phone: phone(8),
      email: 'noah.latsasson@example.se',
      address: 'Provstigen 3, 653 41 Karlstad',
      municipalityOfResidenceCode: '1780',
      ...stamps(8),
    },
  ];

  const guardians: GuardianRow[] = [
    {
      id: caseRowId('guardian', 1, 1),
      caseId: c.vaxjoYoungPerson,
      position: 1,
      fullName: 'Lena Testberg',
      personalIdentityNumber: demoPersonalIdentityNumber(now, 44, 10, 982),
      phone: phone(1),
      email: 'lena.testberg@example.se',
    },
    {
      id: caseRowId('guardian', 1, 2),
      caseId: c.vaxjoYoungPerson,
      position: 2,
      fullName: 'Mikael Testberg',
      personalIdentityNumber: demoPersonalIdentityNumber(now, 46, 250, 983),
      phone: phone(2),
      email: 'mikael.testberg@example.se',
    },
    {
      id: caseRowId('guardian', 7, 1),
      caseId: c.karlstadChild,
      position: 1,
      fullName: 'Anna Provqvist',
      personalIdentityNumber: demoPersonalIdentityNumber(now, 41, 75, 986),
      phone: phone(7),
      email: 'anna.provqvist@example.se',
    },
  ];

  const consents: ConsentRow[] = [
    {
      id: caseRowId('consent', 1, 1),
      caseId: c.vaxjoYoungPerson,
      givenBy: 'guardians_and_child',
      purpose: 'Samordnat stöd i skolan och på fritiden och en gemensam plan med polis och BUP.',
      scopes: ['identity', 'notes', 'plan'],
      validFrom: at(now, -30),
      validUntil: at(now, 365),
      form: 'written',
      recordedByUserId: sara,
      recordedByOrganisationId: o.vaxjoSocial,
      recordedAt: at(now, -30),
    },
    {
      id: caseRowId('consent', 3, 1),
      caseId: c.vaxjoProtected,
      givenBy: 'person',
      purpose: 'Samordnat stöd från socialtjänsten och vuxenpsykiatrin.',
      scopes: ['identity', 'notes', 'plan'],
      validFrom: at(now, -60),
      validUntil: at(now, 300),
      form: 'written',
      recordedByUserId: sara,
      recordedByOrganisationId: o.vaxjoSocial,
      recordedAt: at(now, -60),
      withdrawnAt: at(now, -5),
      withdrawnByUserId: sara,
      withdrawalNote: 'Personen återkallade samtycket muntligt vid besök. Regionen är informerad.',
    },
    {
      id: caseRowId('consent', 4, 1),
      caseId: c.vaxjoExpiredConsent,
      givenBy: 'person',
      purpose: 'Samverkan med polisen under insatsen mot narkotikabruk.',
      scopes: ['identity', 'notes'],
      validFrom: at(now, -200),
      validUntil: at(now, -2),
      form: 'digital',
      recordedByUserId: sara,
      recordedByOrganisationId: o.vaxjoSocial,
      recordedAt: at(now, -200),
    },
    {
      id: caseRowId('consent', 7, 1),
      caseId: c.karlstadChild,
      givenBy: 'guardians',
      purpose: 'Samordnat stöd i skolan och trygg fritid, med skolan och polisen i SSPF.',
      scopes: ['identity', 'plan'],
      validFrom: at(now, -28),
      validUntil: at(now, 180),
      form: 'written',
      recordedByUserId: maria,
      recordedByOrganisationId: o.karlstadSocial,
      recordedAt: at(now, -28),
    },
    {
      id: caseRowId('consent', 8, 1),
      caseId: c.karlstadYoungAdult,
      givenBy: 'person',
      purpose: 'Planering av studier eller arbete tillsammans med Arbetsförmedlingen.',
      scopes: ['identity', 'notes', 'plan'],
      validFrom: at(now, -8),
      validUntil: at(now, 240),
      form: 'oral',
      recordedByUserId: maria,
      recordedByOrganisationId: o.karlstadSocial,
      recordedAt: at(now, -8),
    },
  ];
  const consentOrganisations: ConsentOrganisationRow[] = [
    [caseRowId('consent', 1, 1), c.vaxjoYoungPerson, [o.polisVaxjo, o.regionKronoberg]] as const,
    [caseRowId('consent', 3, 1), c.vaxjoProtected, [o.regionKronoberg]] as const,
    [caseRowId('consent', 4, 1), c.vaxjoExpiredConsent, [o.polisVaxjo]] as const,
    [caseRowId('consent', 7, 1), c.karlstadChild, [o.karlstadGrundskola, o.polisKarlstad]] as const,
    [caseRowId('consent', 8, 1), c.karlstadYoungAdult, [o.afKarlstad]] as const,
  ].flatMap(([consentId, caseId, organisations]) =>
    organisations.map((organisationId) => ({ consentId, caseId, organisationId })),
  );

  const disclosures: DisclosureRow[] = [
    {
      id: caseRowId('disclosure', 5, 1),
      caseId: c.vaxjoPoliceLed,
      organisationId: o.vaxjoSocial,
      basisCode: 'crime_prevention_under_21',
      scopes: ['identity', 'notes'],
      reason:
        'Personen är 19 år och har upprepade gånger setts i en brottsnära miljö. Socialtjänsten behöver uppgifterna för att kunna erbjuda stöd och förebygga brott.',
      validUntil: at(now, 160),
      recordedByUserId: erik,
      recordedByOrganisationId: o.polisVaxjo,
      createdAt: at(now, -19),
    },
  ];

  const planText = {
    [c.vaxjoYoungPerson]: {
      needs:
        'Saga går sällan till skolan och har fått nya kontakter som oroar familjen. Hon behöver stöd att komma tillbaka till skolan och en trygg fritid.',
      goals:
        'Närvaro på minst 80 procent inom åtta veckor. En fritidsaktivitet varje vecka. Inga nya polisanmälningar.',
      goalsInOwnWords: 'Jag vill klara nian och hinna träna igen. Och slippa bråk hemma.',
      overall: o.vaxjoSocial,
      followUp: 14,
      updatedBy: sara,
      days: 20,
    },
    [c.vaxjoConsultation]: {
      needs:
        'Skolan ser en elev vars frånvaro ökar och vill veta vilka insatser som finns innan vårdnadshavarna kontaktas.',
      goals: 'Skolan har en plan för samtal med eleven och vårdnadshavarna.',
      goalsInOwnWords: '',
      overall: o.vaxjoGrundskola,
      followUp: 5,
      updatedBy: ali,
      days: 10,
    },
    [c.karlstadChild]: {
      needs: 'Ella behöver stöd i skolan och vuxna att vända sig till på fritiden.',
      goals: 'Ella går i skolan varje dag och har en vuxen kontakt på fritidsgården.',
      goalsInOwnWords: 'Jag vill ha kompisar som inte hänger vid stationen.',
      overall: o.karlstadSocial,
      followUp: 12,
      updatedBy: maria,
      days: 25,
    },
  } as const;
  const plans: PlanRow[] = [];
  const planVersions: PlanVersionRow[] = [];
  for (const [caseId, p] of Object.entries(planText)) {
    const caseIndex = cases.findIndex((row) => row.id === caseId) + 1;
    const plan = {
      caseId,
      needs: p.needs,
      goals: p.goals,
      goalsInOwnWords: p.goalsInOwnWords,
      overallResponsibleOrganisationId: p.overall,
      followUpOn: dateAfter(now, p.followUp),
      version: 1,
      updatedByUserId: p.updatedBy,
      updatedAt: at(now, -p.days),
    };
    plans.push(plan);
    planVersions.push({
      id: caseRowId('planVersion', caseIndex, 1),
      caseId,
      version: 1,
      snapshot: {
        needs: plan.needs,
        goals: plan.goals,
        goalsInOwnWords: plan.goalsInOwnWords,
        overallResponsibleOrganisationId: plan.overallResponsibleOrganisationId,
        followUpOn: plan.followUpOn,
      },
      savedByUserId: p.updatedBy,
      savedAt: at(now, -p.days),
    });
  }

  const action = (
    caseIndex: number,
    n: number,
    caseId: string,
    organisationId: string,
    description: string,
    dueInDays: number,
    status: PlanActionRow['status'] = 'open',
  ): PlanActionRow => ({
    id: caseRowId('planAction', caseIndex, n),
    caseId,
    organisationId,
    description,
    dueOn: dateAfter(now, dueInDays),
    status,
    completedAt: status === 'done' ? at(now, -1) : null,
    createdAt: at(now, -10),
    updatedAt: at(now, -3),
  });
  const planActions: PlanActionRow[] = [
    action(1, 1, c.vaxjoYoungPerson, o.vaxjoSocial, 'Familjesamtal varannan vecka', 21, 'in_progress'),
    // Overdue: the follow-up should show it.
    action(1, 2, c.vaxjoYoungPerson, o.polisVaxjo, 'Orosamtal med Saga och vårdnadshavarna', -3),
    action(1, 3, c.vaxjoYoungPerson, o.regionKronoberg, 'Bedömning hos barn- och ungdomspsykiatrin', 14),
    action(2, 1, c.vaxjoConsultation, o.vaxjoGrundskola, 'Elevhälsan kallar till ett första samtal', 7),
    action(
      7,
      1,
      c.karlstadChild,
      o.karlstadGrundskola,
      'Mentorn följer närvaron varje vecka',
      10,
      'in_progress',
    ),
    action(7, 2, c.karlstadChild, o.polisKarlstad, 'Kontakt med fritidsgården vid stationen', 5),
  ];

  const note = (
    caseIndex: number,
    n: number,
    caseId: string,
    authorOrganisationId: string,
    authorUserId: string | null,
    body: string,
    daysAgo: number,
  ): NoteRow => ({
    id: caseRowId('note', caseIndex, n),
    caseId,
    authorOrganisationId,
    authorUserId,
    body,
    createdAt: at(now, -daysAgo),
  });
  const notes: NoteRow[] = [
    note(
      1,
      1,
      c.vaxjoYoungPerson,
      o.vaxjoSocial,
      sara,
      'Möte med Saga och vårdnadshavarna. Samtycke lämnat skriftligt. Saga vill börja träna igen.',
      30,
    ),
    // Only the author's organisation (and, as it is the lead, nobody else) sees this one.
    note(
      1,
      2,
      c.vaxjoYoungPerson,
      o.vaxjoSocial,
      sara,
      'Intern anteckning: vårdnadshavarna är oense om skolbyte. Följs upp i socialtjänstens egen utredning.',
      16,
    ),
    note(
      1,
      3,
      c.vaxjoYoungPerson,
      o.polisVaxjo,
      erik,
      'Saga har inte setts i området vid centralstationen sedan förra avstämningen.',
      6,
    ),
    note(
      3,
      1,
      c.vaxjoProtected,
      o.vaxjoSocial,
      sara,
      'Planeringsmöte hållet digitalt. Ingen plats anges i Samlad.',
      40,
    ),
    note(5, 1, c.vaxjoPoliceLed, o.polisVaxjo, erik, 'Leo har kontaktats och tackat ja till ett samtal.', 15),
    note(
      7,
      1,
      c.karlstadChild,
      o.karlstadSocial,
      maria,
      'Första SSPF-genomgången. Skolan tar mentorskontakten.',
      25,
    ),
    note(8, 1, c.karlstadYoungAdult, o.karlstadSocial, maria, 'Noah vill prova studier på komvux.', 7),
  ];
  const noteVisibility: NoteVisibilityRow[] = [
    { noteId: caseRowId('note', 1, 1), caseId: c.vaxjoYoungPerson, organisationId: o.polisVaxjo },
    { noteId: caseRowId('note', 1, 1), caseId: c.vaxjoYoungPerson, organisationId: o.regionKronoberg },
    { noteId: caseRowId('note', 1, 3), caseId: c.vaxjoYoungPerson, organisationId: o.regionKronoberg },
    { noteId: caseRowId('note', 3, 1), caseId: c.vaxjoProtected, organisationId: o.regionKronoberg },
    { noteId: caseRowId('note', 5, 1), caseId: c.vaxjoPoliceLed, organisationId: o.vaxjoSocial },
    { noteId: caseRowId('note', 8, 1), caseId: c.karlstadYoungAdult, organisationId: o.afKarlstad },
  ];

  const feedback: FeedbackRow[] = [
    {
      id: caseRowId('feedback', 1, 1),
      caseId: c.vaxjoYoungPerson,
      about: 'plan',
      body: 'Bra att alla vet samma sak nu. Men jag vill inte ha möten på skoltid.',
      recordedByUserId: sara,
      recordedByOrganisationId: o.vaxjoSocial,
      createdAt: at(now, -18),
    },
  ];

  const counters = [
    { prefix: 'VXJ', year, lastNumber: cases.filter((row) => row.reference.startsWith('VXJ-')).length },
    { prefix: 'KRL', year, lastNumber: cases.filter((row) => row.reference.startsWith('KRL-')).length },
  ];

  await db.transaction(async (tx) => {
    await tx.insert(sharedCase).values(cases);
    await tx.insert(caseParticipant).values(participantRows);
    await tx.insert(caseSubject).values(subjects);
    await tx.insert(caseGuardian).values(guardians);
    await tx.insert(consent).values(consents);
    await tx.insert(consentOrganisation).values(consentOrganisations);
    await tx.insert(disclosure).values(disclosures);
    await tx.insert(casePlan).values(plans);
    await tx.insert(casePlanVersion).values(planVersions);
    await tx.insert(casePlanAction).values(planActions);
    await tx.insert(caseNote).values(notes);
    await tx.insert(caseNoteVisibility).values(noteVisibility);
    await tx.insert(caseFeedback).values(feedback);
    await tx.insert(caseReferenceCounter).values(counters);
  });
}
