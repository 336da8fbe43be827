/** Messages about youth activities and referrals (issue 6), Swedish first. */
export const activityMessages = {
  notActivityPublisher: {
    sv: 'Bara föreningar och kommunala enheter kan lägga upp aktiviteter.',
    en: 'Only associations and municipal units can post activities.',
  },
  notActivityOwner: {
    sv: 'Aktiviteten tillhör en annan organisation. Bara den kan ändra den.',
    en: 'The activity belongs to another organisation. Only it can change it.',
  },
  notMunicipalCoordinator: {
    sv: 'Bara en samordnare eller administratör i kommunen där aktiviteten äger rum kan godkänna eller avpublicera den.',
    en: 'Only a coordinator or administrator of the municipality where the activity takes place can approve or unpublish it.',
  },
  activityNotFound: {
    sv: 'Aktiviteten finns inte, eller så är den inte publicerad.',
    en: 'The activity does not exist, or it is not published.',
  },
  ageRangeInverted: {
    sv: 'Lägsta ålder får inte vara högre än högsta ålder. Ange åldrarna mellan 0 och 30.',
    en: 'The minimum age may not be above the maximum age. Give ages between 0 and 30.',
  },
  activityEndBeforeStart: {
    sv: 'Slutdatumet måste vara samma dag som startdatumet eller senare.',
    en: 'The end date must be the start date or later.',
  },
  activityTooLong: {
    sv: 'En aktivitet får pågå i högst två år. Lägg upp en ny när perioden är slut.',
    en: 'An activity may last at most two years. Post a new one when the period ends.',
  },
  activityDate: {
    sv: 'Fältet {field} ska vara ett datum som ÅÅÅÅ-MM-DD.',
    en: 'The field {field} must be a date as YYYY-MM-DD.',
  },
  activityTime: {
    sv: 'Starttiden ska anges som TT:MM, till exempel 15:30, och behövs när en längd anges.',
    en: 'The start time must be given as HH:MM, e.g. 15:30, and is needed when a length is given.',
  },
  activityDuration: {
    sv: 'Längden ska vara mellan 1 minut och 24 timmar.',
    en: 'The length must be between 1 minute and 24 hours.',
  },
  activityRecurrence: {
    sv: 'Upprepningen förstås inte. Ange en regel enligt RFC 5545, till exempel FREQ=WEEKLY;BYDAY=TU,TH, utan COUNT och UNTIL (perioden avgör när den slutar), som ger minst ett tillfälle i perioden.',
    en: 'The recurrence is not understood. Give an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TU,TH, without COUNT or UNTIL (the dates bound it), that gives at least one time in the period.',
  },
  activityExceptionDate: {
    sv: 'Undantagsdatum ska vara datum (ÅÅÅÅ-MM-DD) inom aktivitetens period.',
    en: 'Exception dates must be dates (YYYY-MM-DD) within the activity’s period.',
  },
  capacityNegative: {
    sv: 'Fältet {field} kan inte vara mindre än noll, och lediga platser inte fler än platserna.',
    en: 'The field {field} cannot be below zero, and places left cannot exceed the capacity.',
  },
  costNegative: {
    sv: 'Kostnaden kan inte vara mindre än noll. Ange 0 för en kostnadsfri aktivitet.',
    en: 'The cost cannot be below zero. Give 0 for a free activity.',
  },
  signUpUrlNotHttp: {
    sv: 'Länken för anmälan måste börja med https:// eller http://.',
    en: 'The sign-up link must start with https:// or http://.',
  },
  htmlNotAllowed: {
    sv: 'Fältet {field} får inte innehålla HTML eller skript. Skriv vanlig text.',
    en: 'The field {field} may not contain HTML or script. Write plain text.',
  },
  invalidLanguage: {
    sv: 'Språk anges med tvåbokstavskoder enligt ISO 639-1, till exempel sv, en, ar.',
    en: 'Languages are given as two-letter ISO 639-1 codes, e.g. sv, en, ar.',
  },
  activityNotEditable: {
    sv: 'Aktiviteten är {status} och kan inte ändras så. Kopiera den för att lägga upp en ny.',
    en: 'The activity is {status} and cannot be changed that way. Copy it to post a new one.',
  },
  activityNotPending: {
    sv: 'Aktiviteten väntar inte på godkännande.',
    en: 'The activity is not waiting for approval.',
  },
  referralNotCovered: {
    sv: 'Samtycket eller en registrerad rättslig grund täcker inte att ärendet delas med den organisationen. Registrera samtycke som nämner den först.',
    en: 'Neither consent nor a recorded legal basis covers sharing the case with that organisation. Record consent naming it first.',
  },
  referralTarget: {
    sv: 'Välj antingen en aktivitet eller en organisation att remittera till.',
    en: 'Choose either an activity or an organisation to refer to.',
  },
  referralStep: {
    sv: 'Remissen är {status} och kan inte gå till det steget. Steg: skickad → accepterad → påbörjad → avslutad.',
    en: 'The referral is {status} and cannot take that step. Steps: sent → accepted → started → ended.',
  },
  referralDeclineReason: {
    sv: 'Ange varför remissen avböjs, så att den som remitterade kan hitta något annat.',
    en: 'Say why the referral is declined, so that the referrer can find something else.',
  },
  referralNotYours: {
    sv: 'Bara den organisation som tagit emot remissen kan svara på den.',
    en: 'Only the organisation that received the referral can answer it.',
  },
  feedNotADate: {
    sv: 'modified_after ska vara en tidpunkt enligt ISO 8601, till exempel 2026-12-01T00:00:00Z.',
    en: 'modified_after must be an ISO 8601 date-time, e.g. 2026-12-01T00:00:00Z.',
  },
} as const;

type Words = { sv: string; en: string };

/** Field names as people read them, for messages that name a field. */
const FIELD_WORDS: Record<string, Words> = {
  title: { sv: 'Rubrik', en: 'Title' },
  description: { sv: 'Beskrivning', en: 'Description' },
  place: { sv: 'Plats', en: 'Place' },
  signUp: { sv: 'Så anmäler du dig', en: 'How to sign up' },
  costNote: { sv: 'Om kostnaden', en: 'About the cost' },
  accessibility: { sv: 'Tillgänglighet', en: 'Accessibility' },
  contactPhone: { sv: 'Telefon', en: 'Phone' },
  contactEmail: { sv: 'E-post', en: 'E-mail' },
  capacity: { sv: 'Antal platser', en: 'Places' },
  placesLeft: { sv: 'Lediga platser', en: 'Places left' },
  startsOn: { sv: 'Startdatum', en: 'Start date' },
  endsOn: { sv: 'Slutdatum', en: 'End date' },
  exceptionDates: { sv: 'Undantagsdatum', en: 'Exception dates' },
  from: { sv: 'Från och med', en: 'From' },
  to: { sv: 'Till och med', en: 'To' },
  reason: { sv: 'Skäl', en: 'Reason' },
  alias: { sv: 'Förnamn eller alias', en: 'First name or alias' },
  contactPath: { sv: 'Kontaktväg', en: 'Contact path' },
  message: { sv: 'Meddelande', en: 'Message' },
  note: { sv: 'Anteckning', en: 'Note' },
};

const STATUS_WORDS: Record<string, Words> = {
  draft: { sv: 'ett utkast', en: 'a draft' },
  pending_approval: { sv: 'väntar på godkännande', en: 'waiting for approval' },
  published: { sv: 'publicerad', en: 'published' },
  cancelled: { sv: 'inställd', en: 'cancelled' },
  unpublished: { sv: 'avpublicerad', en: 'unpublished' },
  sent: { sv: 'skickad', en: 'sent' },
  accepted: { sv: 'redan accepterad', en: 'already accepted' },
  declined: { sv: 'avböjd', en: 'declined' },
  started: { sv: 'redan påbörjad', en: 'already started' },
  ended: { sv: 'avslutad', en: 'ended' },
};

/** The word for a field in the person's language (the code itself if there is none). */
export const fieldWord = (locale: 'sv' | 'en', field: string) => FIELD_WORDS[field]?.[locale] ?? field;
/** The word for an activity's or referral's status in the person's language. */
export const statusWord = (locale: 'sv' | 'en', status: string) => STATUS_WORDS[status]?.[locale] ?? status;
