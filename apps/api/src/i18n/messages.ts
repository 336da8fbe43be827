import { activityMessages } from './activity-messages.ts';
import { caseMessages } from './case-messages.ts';
import { overviewMessages } from './overview-messages.ts';

/** Messages meant for people, Swedish first. Keys are stable; clients may switch on `extensions.code`. */
export type Locale = 'sv' | 'en';

const messages = {
  invalidId: {
    sv: 'Id:t "{id}" är inte ett giltigt id för {type}. Kontrollera länken eller välj posten igen.',
    en: 'The id "{id}" is not a valid {type} id. Check the link or select the item again.',
  },
  invalidDate: {
    sv: 'Fältet {field} är inget giltigt datum. Ange tiden som ISO 8601, till exempel 2026-12-01T09:00:00+01:00.',
    en: 'The field {field} is not a valid date. Give the time as ISO 8601, for example 2026-12-01T09:00:00+01:00.',
  },
  windowInverted: {
    sv: 'Tidsfönstrets slut (to) måste ligga efter dess början (from).',
    en: 'The end of the time window (to) must come after its start (from).',
  },
  windowTooLong: {
    sv: 'Tidsfönstret får vara högst {maxDays} dagar. Välj en kortare period.',
    en: 'The time window may be at most {maxDays} days. Choose a shorter period.',
  },
  pageSize: {
    sv: 'Fältet {field} måste vara mellan 0 och {max}.',
    en: 'The field {field} must be between 0 and {max}.',
  },
  invalidCursor: {
    sv: 'Bläddringsmarkören är ogiltig. Börja om från första sidan.',
    en: 'The paging cursor is not valid. Start again from the first page.',
  },
  countyCodeFormat: {
    sv: 'Länskoden "{value}" ska vara två siffror enligt SCB, till exempel 07 för Kronobergs län.',
    en: 'The county code "{value}" must be two digits as set by SCB, for example 07 for Kronoberg.',
  },
  municipalityCodeFormat: {
    sv: 'Kommunkoden "{value}" ska vara fyra siffror enligt SCB, till exempel 0780 för Växjö.',
    en: 'The municipality code "{value}" must be four digits as set by SCB, for example 0780 for Växjö.',
  },
  invalidInput: {
    sv: 'Fältet {field} har ett ogiltigt värde.',
    en: 'The field {field} has an invalid value.',
  },
  unknownCode: {
    sv: 'Det finns ingen {what} med koden "{code}".',
    en: 'There is no {what} with the code "{code}".',
  },
  signInRequired: {
    sv: 'Du behöver logga in för att se det här.',
    en: 'You need to sign in to see this.',
  },
  forbidden: {
    sv: 'Din roll i den organisation du företräder nu får inte göra det här.',
    en: 'Your role in the organisation you are acting for may not do this.',
  },
  wrongCredentials: {
    sv: 'Fel e-postadress eller lösenord. Kontrollera stavningen och försök igen.',
    en: 'Wrong e-mail address or password. Check the spelling and try again.',
  },
  tooManyAttempts: {
    sv: 'För många misslyckade inloggningar. Vänta {minutes} minuter och försök igen, eller kontakta din administratör.',
    en: 'Too many failed sign-ins. Wait {minutes} minutes and try again, or contact your administrator.',
  },
  accountDeactivated: {
    sv: 'Kontot är avstängt. Kontakta administratören i din organisation.',
    en: 'The account is deactivated. Contact your organisation’s administrator.',
  },
  notAMember: {
    sv: 'Du är inte aktiv medlem i den organisationen.',
    en: 'You are not an active member of that organisation.',
  },
  roleNotGrantable: {
    sv: 'Rollen {role} kan inte ges i en organisation av det här slaget. Välj någon av: {allowed}.',
    en: 'The role {role} cannot be given in this kind of organisation. Choose one of: {allowed}.',
  },
  alreadyMember: {
    sv: '{email} är redan medlem i organisationen. Ändra rollen i medlemslistan i stället.',
    en: '{email} is already a member of the organisation. Change the role in the member list instead.',
  },
  lastAdmin: {
    sv: 'Organisationen måste ha minst en aktiv administratör. Utse en ny administratör först.',
    en: 'The organisation must keep at least one active administrator. Appoint another administrator first.',
  },
  invalidEmail: {
    sv: 'Ange en e-postadress i formen namn@organisation.se.',
    en: 'Give an e-mail address in the form name@organisation.se.',
  },
  nameRequired: {
    sv: 'Fältet {field} får inte vara tomt och får vara högst {max} tecken.',
    en: 'The field {field} must not be empty and may be at most {max} characters.',
  },
  notFound: {
    sv: 'Det finns ingen sådan {what}, eller så har du inte tillgång till den.',
    en: 'There is no such {what}, or you do not have access to it.',
  },
  unitExists: {
    sv: 'Det finns redan en enhet som heter "{name}" här.',
    en: 'There is already a unit called "{name}" here.',
  },
  municipalityNotInCounty: {
    sv: 'Kommunen {municipality} ligger inte i län {county}.',
    en: 'The municipality {municipality} is not in county {county}.',
  },
  alreadyInvited: {
    sv: '{email} har redan en giltig inbjudan till organisationen.',
    en: '{email} already has a valid invitation to the organisation.',
  },
  invitationSignInFirst: {
    sv: 'Du har redan ett konto. Logga in som den inbjudna personen och öppna länken igen för att tacka ja.',
    en: 'You already have an account. Sign in as the invited person and open the link again to accept.',
  },
  invitationInvalid: {
    sv: 'Inbjudningslänken är ogiltig, redan använd eller för gammal. Be din administratör om en ny.',
    en: 'The invitation link is invalid, already used or too old. Ask your administrator for a new one.',
  },
  passwordTooShort: {
    sv: 'Lösenordet behöver vara minst {min} tecken. En mening av flera ord är lätt att minnas.',
    en: 'The password needs at least {min} characters. A sentence of several words is easy to remember.',
  },
  cannotChangeOwnRole: {
    sv: 'Du kan inte ändra din egen roll eller stänga av dig själv. Be en annan administratör.',
    en: 'You cannot change your own role or deactivate yourself. Ask another administrator.',
  },
  notCoordinator: {
    sv: 'Bara samordnare och administratörer i forumets värdorganisation kan ändra forumet och dess möten.',
    en: 'Only coordinators and administrators of the forum’s host organisation can change the forum and its meetings.',
  },
  cadenceRange: {
    sv: 'Antal möten per år ska vara mellan 0 och 52.',
    en: 'Meetings per year must be between 0 and 52.',
  },
  themesRequired: {
    sv: 'Välj minst ett tema för forumet.',
    en: 'Choose at least one theme for the forum.',
  },
  membersRequired: {
    sv: 'Forumet behöver minst en medlemsorganisation utöver värden.',
    en: 'The forum needs at least one member organisation besides the host.',
  },
  mergeTarget: {
    sv: 'Ett forum kan bara slås ihop med ett annat aktivt forum i samma län som din organisation är värd för eller medlem i.',
    en: 'A forum can only merge into another active forum in the same county that your organisation hosts or belongs to.',
  },
  forumNotActive: {
    sv: 'Forumet är {status} och kan inte ändras på det sättet.',
    en: 'The forum is {status} and cannot be changed that way.',
  },
  endBeforeStart: {
    sv: 'Mötet måste sluta efter att det börjar. Kontrollera sluttiden.',
    en: 'The meeting must end after it starts. Check the end time.',
  },
  longerThanADay: {
    sv: 'Ett möte får vara högst ett dygn. Dela upp längre sammankomster i flera möten.',
    en: 'A meeting may last at most a day. Split longer gatherings into several meetings.',
  },
  placeRequired: {
    sv: 'Ange en plats för möten på plats och hybridmöten.',
    en: 'Give a place for in-person and hybrid meetings.',
  },
  videoRequired: {
    sv: 'Ange en videolänk (https://…) för digitala och hybrida möten.',
    en: 'Give a video link (https://…) for digital and hybrid meetings.',
  },
  inviteeOutsideForum: {
    sv: '{organisation} är inte medlem i forumet. Bjud in organisationen som gäst om den ska vara med.',
    en: '{organisation} is not a member of the forum. Invite it as a guest if it should take part.',
  },
  meetingCancelled: {
    sv: 'Mötet är inställt, så det går inte att svara på inbjudan.',
    en: 'The meeting is cancelled, so the invitation cannot be answered.',
  },
  notInvited: {
    sv: 'Din organisation är inte inbjuden till mötet.',
    en: 'Your organisation is not invited to the meeting.',
  },
  meetingNotEditable: {
    sv: 'Mötet är {status} och kan inte ändras.',
    en: 'The meeting is {status} and cannot be changed.',
  },
  ownerOutsideForum: {
    sv: 'Den ansvariga organisationen måste vara medlem i forumet.',
    en: 'The responsible organisation must be a member of the forum.',
  },
  invalidDueDate: {
    sv: 'Ange förfallodatum som ÅÅÅÅ-MM-DD, till exempel 2027-03-15.',
    en: 'Give the due date as YYYY-MM-DD, for example 2027-03-15.',
  },
  actionNotYours: {
    sv: 'Bara den ansvariga organisationen eller forumets samordnare kan ändra åtgärden.',
    en: 'Only the responsible organisation or the forum’s coordinators can change the action.',
  },
  recurrenceInvalid: {
    sv: 'Upprepningsregeln går inte att tolka ({reason}). Ange en RFC 5545-regel som FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=10 som börjar på mötets första datum.',
    en: 'The recurrence rule cannot be read ({reason}). Give an RFC 5545 rule such as FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=10 that starts on the meeting’s first date.',
  },
  recurrenceUnbounded: {
    sv: 'En återkommande mötesserie måste ha ett slut: ange antal gånger (COUNT) eller ett slutdatum (UNTIL).',
    en: 'A recurring series must end: give a number of times (COUNT) or an end date (UNTIL).',
  },
  recurrenceTooMany: {
    sv: 'Serien blir för lång: högst {max} möten och högst {years} år framåt.',
    en: 'The series is too long: at most {max} meetings and at most {years} years ahead.',
  },
  slotWindowTooLong: {
    sv: 'Sök lediga tider i högst {maxDays} dagar åt gången.',
    en: 'Search for free times at most {maxDays} days at a time.',
  },
  slotDuration: {
    sv: 'Mötets längd ska vara mellan 1 minut och {maxMinutes} minuter.',
    en: 'The meeting’s length must be between 1 and {maxMinutes} minutes.',
  },
  notForumMember: {
    sv: 'Din organisation är inte medlem i forumet.',
    en: 'Your organisation is not a member of the forum.',
  },
  forumFeedExists: {
    sv: 'Forumet har redan en kalenderlänk, och den visas bara när den skapas. Be den som har länken att dela den, eller be en samordnare i värdorganisationen att återställa den (den gamla slutar då att fungera).',
    en: 'The forum already has a calendar link, and it is shown only when made. Ask whoever has it to share it, or ask a coordinator of the host organisation to reset it (the old one then stops working).',
  },
  pollCandidateCount: {
    sv: 'Föreslå mellan {min} och {max} tider.',
    en: 'Propose between {min} and {max} times.',
  },
  pollCandidateInPast: {
    sv: 'Alla föreslagna tider måste ligga framåt i tiden.',
    en: 'Every proposed time must be in the future.',
  },
  pollCandidateTwice: {
    sv: 'Samma tid är föreslagen mer än en gång. Ta bort dubbletten.',
    en: 'The same time is proposed more than once. Remove the duplicate.',
  },
  pollBooked: {
    sv: 'Omröstningen är redan bokad, så den tar inte emot fler svar. Se det bokade mötet.',
    en: 'The poll is already booked, so it takes no more answers. See the booked meeting.',
  },
  pollNotOpen: {
    sv: 'Omröstningen är {status} och kan inte ändras.',
    en: 'The poll is {status} and cannot be changed.',
  },
  pollUnknownCandidate: {
    sv: 'Tiden hör inte till den här omröstningen. Ladda om sidan och försök igen.',
    en: 'That time does not belong to this poll. Reload the page and try again.',
  },
  pollAnswerTwice: {
    sv: 'Svara bara en gång per föreslagen tid.',
    en: 'Answer each proposed time only once.',
  },
  pollCandidateStarted: {
    sv: 'Den tiden har redan passerat. Välj en tid som ligger framåt.',
    en: 'That time has already passed. Choose a time in the future.',
  },
  pollNothingLeft: {
    sv: 'Alla föreslagna tider har redan passerat. Starta en ny omröstning.',
    en: 'Every proposed time has already passed. Start a new poll.',
  },
  representativeNotMember: {
    sv: 'En representant måste vara aktiv medlem i den organisation hen representerar.',
    en: 'A representative must be an active member of the organisation they represent.',
  },
  internal: {
    sv: 'Något gick fel hos oss. Försök igen om en stund. Ange referensen {requestId} om du kontaktar supporten.',
    en: 'Something went wrong on our side. Try again in a moment. Quote the reference {requestId} if you contact support.',
  },
  ...caseMessages,
  ...activityMessages,
  ...overviewMessages,
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof messages;

export const isMessageKey = (value: string): value is MessageKey => Object.hasOwn(messages, value);

export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return messages[key][locale].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}

/** Swedish unless the client clearly prefers English. */
export function localeFromHeader(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return 'sv';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('sv')) return 'sv';
    if (tag.startsWith('en')) return 'en';
  }
  return 'sv';
}
