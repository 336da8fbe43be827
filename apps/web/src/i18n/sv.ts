import type { EnumValue } from '../graphql.ts';

/** Every value of every enum the UI shows needs a label, and nothing else may be there. */
type EnumLabels = {
  [Name in
    | 'ForumTheme'
    | 'ForumLevel'
    | 'ForumStatus'
    | 'MeetingMode'
    | 'MeetingStatus'
    | 'OrganisationKind']: Record<EnumValue<Name>, string>;
};

/**
 * Swedish, the default language. The shape of this object is the shape every other language
 * must have (see en.ts), and the keys `t()` accepts.
 */
export const sv = {
  app: {
    name: 'Samlad',
    tagline: 'Samverkan på ett ställe',
    skipToContent: 'Hoppa till innehållet',
    mainNav: 'Huvudmeny',
    documentTitle: '{{page}} – Samlad',
  },
  language: {
    /** The switcher offers the other language, named in that language. */
    switchTo: 'English',
    switchToLang: 'en',
    switchLabel: 'Byt språk till engelska',
  },
  nav: {
    jointView: 'Gemensam vy',
    forums: 'Forum',
  },
  state: {
    loading: 'Laddar…',
    retry: 'Försök igen',
    networkError: 'Samlad når inte servern. Kontrollera nätverksanslutningen och försök igen.',
    serverError: 'Servern svarade med ett fel: {{message}}',
    serverErrorHint: 'Försök igen om en stund. Om felet finns kvar, kontakta den som förvaltar Samlad.',
  },
  jointView: {
    title: 'Gemensam vy',
    intro: 'Kommande möten i alla forum, sex månader framåt. Tider visas i svensk tid.',
    loadError: 'Mötena kunde inte hämtas.',
    empty: 'Inga möten är planerade de närmaste sex månaderna.',
    week: 'Vecka {{week}} · {{range}}',
    weekOtherYear: 'Vecka {{week}}, {{year}} · {{range}}',
    truncated:
      'Visar de {{count}} första mötena. Fler möten finns längre fram; öppna ett forum för att se alla dess möten.',
    meetingCount_one: '{{count}} möte',
    meetingCount_other: '{{count}} möten',
  },
  meeting: {
    forum: 'Forum',
    time: 'Tid',
    mode: 'Form',
    place: 'Plats',
    video: 'Video',
    videoLink: 'Anslut till videomötet',
    cancelled: 'Inställt',
  },
  forums: {
    title: 'Forum',
    intro: 'Samverkansforum med värd, medlemmar och nästa möte.',
    loadError: 'Forumen kunde inte hämtas.',
    empty: 'Det finns inga forum att visa.',
    emptyForTheme: 'Inget forum har temat ”{{theme}}”.',
    themeFilter: 'Visa forum med tema',
    allThemes: 'Alla teman',
    shown: 'Visar {{shown}} av {{total}} forum',
    loadMore: 'Visa fler',
    loadingMore: 'Hämtar fler…',
    level: 'Nivå',
    themes: 'Teman',
    host: 'Värd',
    members: 'Medlemmar',
    nextMeeting: 'Nästa möte',
    noMeeting: 'Inget planerat möte',
    status: 'Status',
  },
  forum: {
    loadError: 'Forumet kunde inte hämtas.',
    notFoundTitle: 'Forumet hittades inte',
    notFound: 'Forumet finns inte, eller så saknar du behörighet att se det.',
    backToList: 'Tillbaka till alla forum',
    purpose: 'Syfte',
    area: 'Område',
    meetingsPerYear_one: '{{count}} möte per år',
    meetingsPerYear_other: '{{count}} möten per år',
    cadence: 'Mötesfrekvens',
    mergedInto: 'Har gått upp i',
    membersHeading: 'Medlemsorganisationer',
    upcomingHeading: 'Kommande möten',
    noUpcoming: 'Inga möten är planerade de närmaste sex månaderna.',
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Adressen {{path}} leder inte till någon sida i Samlad. Kontrollera adressen eller gå vidare härifrån:',
    home: 'Till gemensam vy',
  },
  enums: {
    ForumTheme: {
      WORK_AND_EDUCATION: 'Arbete och utbildning',
      INTEGRATION: 'Integration',
      CRIME_PREVENTION: 'Brottsförebyggande',
      VIOLENCE_IN_CLOSE_RELATIONSHIPS: 'Våld i nära relationer',
      CHILDREN_AND_YOUNG_PEOPLE: 'Barn och unga',
      MENTAL_HEALTH: 'Psykisk hälsa',
      SUBSTANCE_USE: 'Missbruk och beroende',
      PUBLIC_HEALTH: 'Folkhälsa',
      SAFETY: 'Trygghet',
    },
    ForumLevel: {
      LOCAL: 'Lokal',
      MUNICIPAL: 'Kommunal',
      REGIONAL: 'Regional',
      COUNTY: 'Länsövergripande',
    },
    ForumStatus: {
      ACTIVE: 'Aktivt',
      PAUSED: 'Vilande',
      MERGED: 'Sammanslaget',
      CLOSED: 'Avslutat',
    },
    MeetingMode: {
      IN_PERSON: 'På plats',
      DIGITAL: 'Digitalt',
      HYBRID: 'Hybrid (på plats och digitalt)',
    },
    MeetingStatus: {
      SCHEDULED: 'Planerat',
      CANCELLED: 'Inställt',
      HELD: 'Genomfört',
    },
    OrganisationKind: {
      MUNICIPALITY: 'Kommun',
      REGION: 'Region',
      POLICE: 'Polisen',
      EMPLOYMENT_SERVICE: 'Arbetsförmedlingen',
      COUNTY_BOARD: 'Länsstyrelsen',
      SCHOOL: 'Skola',
      CIVIL_SOCIETY: 'Civilsamhälle',
      OTHER: 'Övrig',
    },
  } satisfies EnumLabels,
};

export type Messages = typeof sv;
