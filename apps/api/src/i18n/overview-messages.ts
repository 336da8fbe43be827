/** Messages about the county overview, merge proposals, the meeting pulse and case follow-ups (issue 7), Swedish first. */
export const overviewMessages = {
  overviewBadDate: {
    sv: 'Datumet "{value}" är inget giltigt datum. Ange det som ÅÅÅÅ-MM-DD, till exempel 2026-01-01.',
    en: 'The date "{value}" is not a valid date. Give it as YYYY-MM-DD, for example 2026-01-01.',
  },
  overviewPeriodReversed: {
    sv: 'Periodens slutdatum ligger före startdatumet. Välj ett slutdatum som är samma dag eller senare.',
    en: 'The period ends before it starts. Choose an end date on or after the start date.',
  },
  overviewPeriodTooLong: {
    sv: 'Perioden får vara högst fem år. Välj ett senare startdatum eller ett tidigare slutdatum.',
    en: 'The period may be at most five years. Choose a later start or an earlier end.',
  },
  overviewThreshold: {
    sv: 'Gränsen för flaggning måste vara ett heltal från 1 till 1000 (du angav {value}).',
    en: 'The flag threshold must be a whole number from 1 to 1000 (you gave {value}).',
  },
  overviewMinimumScore: {
    sv: 'Lägsta likhet måste vara mellan 0 och 1 (du angav {value}).',
    en: 'The minimum similarity must be between 0 and 1 (you gave {value}).',
  },
  overviewCountyUnknown: {
    sv: 'Det finns inget län med koden "{value}". Välj ett län i listan.',
    en: 'There is no county with the code "{value}". Choose a county from the list.',
  },
  overviewCountyNotAllowed: {
    sv: 'Länsöversikten är till för länsstyrelsen i länet. Du ser i stället din egen organisations översikt.',
    en: 'The county overview is for the county’s county administrative board. You see your own organisation’s overview instead.',
  },
  mergeForumUnknown: {
    sv: 'Forumet finns inte. Välj forumen igen från listan med kandidater.',
    en: 'The forum does not exist. Choose the forums again from the list of candidates.',
  },
  mergeSameForum: {
    sv: 'Ett forum kan inte slås samman med sig självt. Välj två olika forum.',
    en: 'A forum cannot merge with itself. Choose two different forums.',
  },
  mergeAcrossCounties: {
    sv: 'Forumen ligger i olika län. Bara forum i samma län kan föreslås att slås samman.',
    en: 'The forums are in different counties. Only forums in the same county can be proposed for merging.',
  },
  mergeForumInactive: {
    sv: 'Forumet är nedlagt eller redan sammanslaget och kan inte ingå i ett förslag.',
    en: 'The forum is closed or already merged and cannot be part of a proposal.',
  },
  mergeProposalExists: {
    sv: 'Det finns redan ett öppet förslag om att slå samman de här forumen. Svara på det i stället.',
    en: 'There is already an open proposal to merge these forums. Answer that one instead.',
  },
  notMergeProposer: {
    sv: 'Bara samordnare och administratörer hos något av forumens värdar, eller länsstyrelsen, kan föreslå en sammanslagning.',
    en: 'Only coordinators and admins of one of the forums’ hosts, or the county board, can propose a merger.',
  },
  notMergeHost: {
    sv: 'Bara samordnare och administratörer hos forumens värdar kan svara på förslaget.',
    en: 'Only coordinators and admins of the forums’ hosts can answer the proposal.',
  },
  notMergeProposerOwn: {
    sv: 'Bara organisationen som lade förslaget kan dra tillbaka det.',
    en: 'Only the organisation that made the proposal can withdraw it.',
  },
  mergeProposalUnknown: {
    sv: 'Förslaget finns inte. Ladda om sidan.',
    en: 'The proposal does not exist. Reload the page.',
  },
  mergeProposalClosed: {
    sv: 'Förslaget är redan avgjort och kan inte ändras.',
    en: 'The proposal is already settled and cannot change.',
  },
  overviewTextTooLong: {
    sv: 'Texten får vara högst {max} tecken. Korta den.',
    en: 'The text may be at most {max} characters. Shorten it.',
  },
  pulseScale: {
    sv: 'Svara med en siffra från 1 till 4.',
    en: 'Answer with a number from 1 to 4.',
  },
  pulseMeetingUnknown: {
    sv: 'Mötet finns inte.',
    en: 'The meeting does not exist.',
  },
  pulseNotParticipant: {
    sv: 'Bara de som var kallade till mötet kan svara på pulsen.',
    en: 'Only those invited to the meeting can answer its pulse.',
  },
  pulseAlreadyAnswered: {
    sv: 'Du har redan svarat på pulsen för det här mötet. Tack!',
    en: 'You have already answered this meeting’s pulse. Thank you!',
  },
  pulseCancelled: {
    sv: 'Mötet blev inställt, så det finns ingen puls att svara på.',
    en: 'The meeting was cancelled, so there is no pulse to answer.',
  },
  pulseNotYet: {
    sv: 'Pulsen öppnar när mötet är slut.',
    en: 'The pulse opens when the meeting has ended.',
  },
  pulseClosed: {
    sv: 'Pulsen kan besvaras i {days} dagar efter mötet, och den tiden har gått.',
    en: 'The pulse can be answered for {days} days after the meeting, and that time has passed.',
  },
  followUpNotPlanned: {
    sv: 'Ärendet har inget uppföljningsdatum. Sätt ett datum för nästa uppföljning först.',
    en: 'The case has no follow-up date. Set the next follow-up date first.',
  },
  followUpDoneInFuture: {
    sv: 'Uppföljningen kan inte vara gjord ett datum som inte har kommit än. Ange dagens datum eller tidigare.',
    en: 'The follow-up cannot be done on a date still to come. Give today or earlier.',
  },
  followUpNextTooEarly: {
    sv: 'Nästa uppföljning måste ligga efter dagen då den här gjordes.',
    en: 'The next follow-up must come after the day this one was done.',
  },
} as const;
