/** Messages about shared cases, consent and disclosure (issue 5), Swedish first. */
export const caseMessages = {
  caseNotFound: {
    sv: 'Ärendet finns inte, eller så deltar inte din organisation i det.',
    en: 'The case does not exist, or your organisation does not take part in it.',
  },
  notCaseWorker: {
    sv: 'Din roll får inte arbeta med samverkansärenden. Länsstyrelsens tillsyn ser bara sammanställningar.',
    en: 'Your role may not work with shared cases. County board overseers see only aggregate figures.',
  },
  cannotLeadCases: {
    sv: 'En förening kan delta i ärenden men inte vara ansvarig organisation. Låt en myndighet leda ärendet.',
    en: 'An association can take part in cases but cannot lead one. Let an agency lead the case.',
  },
  notCaseLead: {
    sv: 'Bara den ansvariga organisationen ({lead}) kan göra det här i ärendet.',
    en: 'Only the lead organisation ({lead}) can do this in the case.',
  },
  notCaseLeadCoordinator: {
    sv: 'Att lämna ut uppgifter utan samtycke kräver rollen samordnare eller administratör i den ansvariga organisationen.',
    en: 'Disclosing without consent needs the coordinator or administrator role in the lead organisation.',
  },
  invalidPersonalIdentityNumber: {
    sv: 'Personnumret "{value}" är inte giltigt. Skriv det som ÅÅÅÅMMDD-NNNN och kontrollera datum och sista siffran (kontrollsiffran).',
    en: 'The personal identity number "{value}" is not valid. Write it as YYYYMMDD-NNNN and check the date and the last (check) digit.',
  },
  duplicateCase: {
    sv: 'Din organisation har redan ett öppet ärende för den här personen: {reference}. Arbeta vidare i det i stället.',
    en: 'Your organisation already has an open case for this person: {reference}. Continue in that case instead.',
  },
  identityNeedsBasis: {
    sv: 'Ett ärende blir identifierat först när det finns samtycke eller en annan rättslig grund. Registrera samtycke eller ange grund och skäl.',
    en: 'A case becomes identified only with consent or another legal basis. Record consent, or give a basis and a reason.',
  },
  identityNotForThisKind: {
    sv: 'Bara ärenden om en person eller en familj kan ha en identitet. Ett ärende om en plats eller ett ämne innehåller inga personuppgifter.',
    en: 'Only cases about a person or a family can have an identity. A case about a place or a topic holds no personal data.',
  },
  basisUnknown: {
    sv: 'Det finns ingen gällande rättslig grund med koden "{value}". Välj en grund ur listan.',
    en: 'There is no legal basis in force with the code "{value}". Choose a basis from the list.',
  },
  basisIsConsent: {
    sv: 'Samtycke registreras som ett samtycke, inte som ett utlämnande. Använd "Registrera samtycke".',
    en: 'Consent is recorded as a consent, not as a disclosure. Use "Record consent".',
  },
  reasonRequired: {
    sv: 'Ange skälet i fältet {field} (högst {max} tecken). Skälet sparas i loggen.',
    en: 'Give the reason in the field {field} (at most {max} characters). The reason is kept in the log.',
  },
  consentNeedsOrganisations: {
    sv: 'Ett samtycke måste gälla minst en organisation. Välj vilka organisationer som får ta del av uppgifterna.',
    en: 'A consent must cover at least one organisation. Choose which organisations may receive the information.',
  },
  consentNeedsScopes: {
    sv: 'Välj vad samtycket gäller: identitet, anteckningar eller plan.',
    en: 'Choose what the consent covers: identity, notes or plan.',
  },
  consentEndBeforeStart: {
    sv: 'Samtyckets slutdatum måste ligga efter startdatumet.',
    en: 'The consent’s end date must come after its start date.',
  },
  consentGiverForAge: {
    sv: 'Personen är {age} år. Samtycket ska då lämnas av {giver}.',
    en: 'The person is {age}. The consent must then be given by {giver}.',
  },
  consentAlreadyWithdrawn: {
    sv: 'Samtycket är redan återkallat.',
    en: 'The consent has already been withdrawn.',
  },
  organisationNotInCase: {
    sv: 'Organisationen deltar inte i ärendet. Lägg till den som deltagare först.',
    en: 'The organisation does not take part in the case. Add it as a participant first.',
  },
  disclosureToCivilSociety: {
    sv: 'Till en förening får uppgifter bara lämnas med samtycke som nämner föreningen. Registrera ett samtycke i stället.',
    en: 'An association may only receive information with consent that names it. Record a consent instead.',
  },
  disclosureToLead: {
    sv: 'Den ansvariga organisationen ser redan allt i ärendet; välj en annan organisation.',
    en: 'The lead organisation already sees everything in the case; choose another organisation.',
  },
  disclosureAlreadyRevoked: {
    sv: 'Utlämnandet är redan återkallat.',
    en: 'The disclosure has already been revoked.',
  },
  alreadyParticipant: {
    sv: 'Organisationen deltar redan i ärendet.',
    en: 'The organisation already takes part in the case.',
  },
  cannotRemoveLead: {
    sv: 'Den ansvariga organisationen kan inte tas bort. Överlämna ansvaret först.',
    en: 'The lead organisation cannot be removed. Transfer the lead first.',
  },
  overseerCannotParticipate: {
    sv: 'Länsstyrelsen ser bara sammanställningar och kan inte delta i enskilda ärenden.',
    en: 'The county board sees only aggregate figures and cannot take part in individual cases.',
  },
  transferToLead: {
    sv: 'Ärendet leds redan av den organisationen. Välj en annan deltagande organisation.',
    en: 'The case is already led by that organisation. Choose another participating organisation.',
  },
  transferPending: {
    sv: 'Det finns redan ett överlämnande som väntar på svar. Vänta på svaret eller dra tillbaka det.',
    en: 'A transfer is already waiting for an answer. Wait for it, or withdraw it.',
  },
  requestNotPending: {
    sv: 'Begäran är redan besvarad.',
    en: 'The request has already been answered.',
  },
  notTransferRecipient: {
    sv: 'Bara den organisation som ärendet överlämnas till kan svara.',
    en: 'Only the organisation the case is being transferred to can answer.',
  },
  joinRequestPending: {
    sv: 'Din organisation har redan bett att få delta i ärendet. Vänta på svar från den ansvariga organisationen.',
    en: 'Your organisation has already asked to join the case. Wait for the lead organisation’s answer.',
  },
  unknownCaseReference: {
    sv: 'Det finns inget öppet ärende med referensen "{value}". Kontrollera referensen (t.ex. VXJ-2026-0042).',
    en: 'There is no open case with the reference "{value}". Check the reference (e.g. VXJ-2026-0042).',
  },
  noteVisibleOutsideCase: {
    sv: 'En anteckning kan bara visas för organisationer som deltar i ärendet.',
    en: 'A note can only be shown to organisations that take part in the case.',
  },
  textRequired: {
    sv: 'Fältet {field} får inte vara tomt och högst {max} tecken långt.',
    en: 'The field {field} must not be empty and may be at most {max} characters long.',
  },
  planActionOutsideCase: {
    sv: 'Åtgärden kan bara ägas av en organisation som deltar i ärendet.',
    en: 'The action can only be owned by an organisation that takes part in the case.',
  },
  planActionNotYours: {
    sv: 'Bara organisationen som äger åtgärden, eller den ansvariga organisationen, kan ändra den.',
    en: 'Only the organisation that owns the action, or the lead organisation, can change it.',
  },
  planNotVisible: {
    sv: 'Din organisation får inte ta del av planen: samtycket täcker den inte.',
    en: 'Your organisation may not see the plan: the consent does not cover it.',
  },
  caseClosed: {
    sv: 'Ärendet är avslutat och kan inte ändras.',
    en: 'The case is closed and cannot be changed.',
  },
  protectedCaseMeetingPlace: {
    sv: 'Personen har skyddade personuppgifter, så mötet får ingen plats i Samlad. Håll det digitalt, eller meddela platsen på annat säkert sätt.',
    en: 'The person has protected personal data, so the meeting gets no place in Samlad. Hold it digitally, or give the place another safe way.',
  },
  feedbackMeetingRequired: {
    sv: 'Välj vilket möte synpunkten gäller.',
    en: 'Choose which meeting the feedback is about.',
  },
  invalidCalendarDate: {
    sv: 'Fältet {field} ska vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-15.',
    en: 'The field {field} must be a date as YYYY-MM-DD, for example 2026-12-15.',
  },
  themesRequiredCase: {
    sv: 'Välj minst ett tema för ärendet.',
    en: 'Choose at least one theme for the case.',
  },
  guardiansForChild: {
    sv: 'Personen är under 18 år. Ange minst en vårdnadshavare.',
    en: 'The person is under 18. Give at least one guardian.',
  },
  notForumHostForAgenda: {
    sv: 'Bara forumets värd kan bygga dagordningen av ärenden.',
    en: 'Only the forum’s host can build the agenda from cases.',
  },
  agendaCarriedOverActions: {
    sv: 'Ej slutförda åtgärder från tidigare möten',
    en: 'Actions not yet done from earlier meetings',
  },
  agendaCaseCarriedOver: {
    sv: '{reference} – uppföljning (åtgärder kvar sedan förra mötet)',
    en: '{reference} – follow-up (actions carried over from last meeting)',
  },
  agendaCaseFollowUp: {
    sv: '{reference} – uppföljning',
    en: '{reference} – follow-up',
  },
} as const;
