/** Swedish texts the generator draws from. Fictional; no real person or address. */
import type { ForumTheme } from '../../../packages/db/src/schema/index.ts';

export const SCHOOL_STEMS = [
  'Björk',
  'Ek',
  'Lind',
  'Rönn',
  'Sol',
  'Ängs',
  'Backa',
  'Berga',
  'Centrum',
  'Norr',
  'Söder',
  'Väster',
  'Öster',
  'Hag',
  'Ljung',
  'Skogs',
  'Sjö',
  'Park',
  'Kyrk',
  'Torps',
  'Vik',
  'Strand',
  'Dal',
  'Hed',
  'Åsen',
  'Kvarn',
  'Gärde',
  'Lunda',
  'Bäck',
  'Holm',
] as const;

export const SCHOOL_GRADES = ['F–3', 'F–6', '4–9', '7–9', 'F–9'] as const;

export const CIVIL_SOCIETY = [
  (place: string) => `Röda Korset, ${place}kretsen`,
  (place: string) => `Rädda Barnen ${place}`,
  (place: string) => `Kvinno- och tjejjouren i ${place}`,
  (place: string) => `IFK ${place}, ungdomssektionen`,
  (place: string) => `${place} Fotbollsförening`,
  (place: string) => `${place} Innebandyklubb`,
  (place: string) => `Läxhjälpen ${place}`,
  (place: string) => `Fritidsföreningen Unga ${place}`,
  (place: string) => `Studieförbundet Vuxenskolan ${place}`,
  (place: string) => `Fältgruppen ${place}, ideell förening`,
  (place: string) => `Nattvandrarna i ${place}`,
  (place: string) => `${place} Kulturförening för unga`,
  (place: string) => `Föreningen Trygga Vuxna ${place}`,
  (place: string) => `Mötesplats ${place}`,
  (place: string) => `${place} Simsällskap`,
  (place: string) => `Scoutkåren ${place}`,
] as const;

/** Other organisations: a name for the place, the staff's e-mail domain, their job titles. */
export const OTHER_ORGANISATIONS: ReadonlyArray<{
  name: (place: string) => string;
  domain: (slug: string) => string;
  titles: readonly string[];
}> = [
  {
    name: (p) => `Samordningsförbundet ${p}`,
    domain: (slug) => `samordningsforbund-${slug}.example`,
    titles: ['Förbundschef', 'Processledare', 'Samordnare'],
  },
  {
    name: (p) => `Försäkringskassan, lokalkontor ${p}`,
    domain: () => 'forsakringskassan.example',
    titles: ['Handläggare', 'Samordnare, rehabilitering', 'Specialist'],
  },
  {
    name: (p) => `Kriminalvården, frivården ${p}`,
    domain: () => 'kriminalvarden.example',
    titles: ['Frivårdsinspektör', 'Kriminalvårdsinspektör', 'Samordnare'],
  },
  {
    name: (p) => `Kyrkans familjerådgivning ${p}`,
    domain: (slug) => `familjeradgivning-${slug}.example`,
    titles: ['Familjerådgivare', 'Samordnare'],
  },
];

export const JOB_TITLES: Record<string, readonly string[]> = {
  social: [
    'Socialsekreterare',
    'Enhetschef, socialförvaltningen',
    'Samverkanssamordnare',
    'Familjebehandlare',
    'Fältsekreterare',
    'Biståndshandläggare',
  ],
  education: ['Skolkurator', 'Utvecklingsledare, utbildning', 'Elevhälsochef', 'Skolpsykolog', 'Rektor'],
  leisure: [
    'Fritidsledare',
    'Verksamhetsutvecklare, fritid',
    'Enhetschef, fritidsgårdar',
    'Kulturutvecklare',
  ],
  root: ['Folkhälsostrateg', 'Trygghetssamordnare', 'Säkerhetschef', 'Kommunstrateg'],
  labour: ['Arbetsmarknadssekreterare', 'Jobbcoach', 'Enhetschef, arbetsmarknad'],
  school: ['Rektor', 'Skolkurator', 'Lärare', 'Specialpedagog', 'Skolsköterska'],
  police: ['Kommunpolis', 'Områdespolis', 'Polisinspektör', 'Brottsförebyggare', 'Utredare'],
  employment: ['Arbetsförmedlare', 'Specialist, Arbetsförmedlingen', 'Sektionschef'],
  region: [
    'Kurator, barn- och ungdomspsykiatrin',
    'Sjuksköterska, vårdcentral',
    'Verksamhetschef',
    'Psykolog',
    'Samordnare, hälso- och sjukvård',
  ],
  county_board: [
    'Utvecklingsledare, länsstyrelsen',
    'Handläggare, social hållbarhet',
    'Samordnare, brottsförebyggande arbete',
    'Enhetschef',
  ],
  civil: ['Verksamhetsledare', 'Ungdomsledare', 'Ordförande', 'Volontärsamordnare'],
  other: ['Handläggare', 'Samordnare'],
};

export const THEMES: ReadonlyArray<readonly [ForumTheme, number]> = [
  ['children_and_young_people', 20],
  ['crime_prevention', 15],
  ['violence_in_close_relationships', 10],
  ['mental_health', 12],
  ['substance_use', 8],
  ['work_and_education', 12],
  ['integration', 8],
  ['public_health', 7],
  ['safety', 8],
];

/** Forum names by theme; `p` is the place (a municipality, a district or a county). */
export const FORUM_NAMES: Record<ForumTheme, ReadonlyArray<(p: string) => string>> = {
  children_and_young_people: [
    (p) => `SSPF ${p} – skola, socialtjänst, polis och fritid`,
    (p) => `Barn och unga i ${p}`,
    (p) => `Tidiga insatser för barn och unga, ${p}`,
    (p) => `Elevhälsa och socialtjänst ${p}`,
  ],
  crime_prevention: [
    (p) => `Brottsförebyggande rådet ${p}`,
    (p) => `EST-gruppen ${p}`,
    (p) => `Samverkan mot gängkriminalitet, ${p}`,
    (p) => `Lokal lägesbild ${p}`,
  ],
  violence_in_close_relationships: [
    (p) => `Nätverket mot våld i nära relation, ${p}`,
    (p) => `Barnahus-samråd ${p}`,
    (p) => `Samverkan mot hedersrelaterat våld, ${p}`,
  ],
  mental_health: [
    (p) => `Psykisk hälsa – samverkansgrupp ${p}`,
    (p) => `Suicidprevention ${p}`,
    (p) => `Unga vuxna och psykisk ohälsa, ${p}`,
  ],
  substance_use: [
    (p) => `ANDT-rådet ${p}`,
    (p) => `Samverkan missbruk och beroende, ${p}`,
    (p) => `Krogen och unga, ${p}`,
  ],
  work_and_education: [
    (p) => `Ledningsgrupp kommun–Arbetsförmedlingen ${p}`,
    (p) => `Unga som varken arbetar eller studerar, ${p}`,
    (p) => `Rehabiliteringsgruppen ${p}`,
    (p) => `Vägen till arbete ${p}`,
  ],
  integration: [
    (p) => `Integrationsforum ${p}`,
    (p) => `Nyanländas etablering, ${p}`,
    (p) => `Språk och arbete ${p}`,
  ],
  public_health: [(p) => `Folkhälsorådet ${p}`, (p) => `Jämlik hälsa ${p}`, (p) => `Rörelse och hälsa ${p}`],
  safety: [
    (p) => `Trygghetsforum ${p}`,
    (p) => `Trygghetsvandringar ${p}`,
    (p) => `Samverkansöverenskommelse kommun och polis, ${p}`,
  ],
};

export const FORUM_PURPOSES: Record<ForumTheme, string> = {
  children_and_young_people:
    'Tidig och samordnad samverkan kring barn och unga som riskerar att fara illa. Parterna gör gemensamma bedömningar och planerar insatser.',
  crime_prevention:
    'En gemensam lägesbild och samordnade åtgärder mot brott och otrygghet. Gruppen följer upp överenskommelsen mellan kommunen och polisen.',
  violence_in_close_relationships:
    'Samordning av stöd och skydd för våldsutsatta och deras barn, och av insatser för den som utövar våld.',
  mental_health:
    'Samverkan mellan kommun och region för människor med psykisk ohälsa, så att ingen faller mellan stolarna.',
  substance_use: 'Förebyggande arbete och samordnade insatser kring alkohol, narkotika, doping och tobak.',
  work_and_education:
    'Gemensam styrning av insatser för arbetslösa, unga som varken arbetar eller studerar och nyanlända.',
  integration: 'Samordning av etableringen för nyanlända: språk, bostad, arbete och föreningsliv.',
  public_health: 'Långsiktigt arbete för en god och jämlik hälsa, med fokus på barns uppväxtvillkor.',
  safety:
    'Platsbaserat trygghetsarbete: gemensam lägesbild, trygghetsvandringar och åtgärder i den fysiska miljön.',
};

export const DISTRICTS = [
  'centrum',
  'norr',
  'söder',
  'öster',
  'väster',
  'Backa',
  'Berga',
  'Centrumområdet',
  'Stationsområdet',
  'Hamnen',
] as const;

export const AGENDA_TITLES = [
  'Mötets öppnande och föregående protokoll',
  'Lägesbild från respektive organisation',
  'Uppföljning av åtgärdslistan',
  'Aktuella ärenden (avidentifierat)',
  'Samverkansöverenskommelsen: uppföljning',
  'Statistik och nyckeltal',
  'Planering inför sommaren',
  'Information från länsstyrelsen',
  'Gemensam utbildningsdag',
  'Övriga frågor',
  'Nästa möte',
] as const;

export const DECISIONS = [
  'Gruppen ställer sig bakom den reviderade handlingsplanen.',
  'Socialtjänsten och polisen tar fram en gemensam lägesbild till nästa möte.',
  'En arbetsgrupp tillsätts för sommarens insatser.',
  'Protokollet godkändes.',
  'Uppföljningen skjuts upp till nästa möte.',
  'Gruppen föreslår att forumet slås samman med ett närliggande forum.',
] as const;

export const ACTION_TITLES = [
  'Ta fram lägesbild inför nästa möte',
  'Sammanställa statistik över orosanmälningar',
  'Boka lokal för gemensam utbildningsdag',
  'Kontakta skolorna om närvaroinsatser',
  'Uppdatera kontaktlistan',
  'Skicka ut minnesanteckningar',
  'Planera trygghetsvandring',
  'Förankra förslaget i den egna ledningsgruppen',
  'Bjuda in föreningslivet till nästa möte',
  'Följa upp överenskommelsen med regionen',
] as const;

export const MINUTES = [
  'Alla parter lämnade en lägesbild. Åtgärdslistan gicks igenom.',
  'Gruppen diskuterade den gemensamma lägesbilden och kom överens om nästa steg.',
  'Kort möte; två parter hade förhinder. Punkterna flyttades till nästa möte.',
] as const;

export const CASE_SUMMARIES: Record<'person' | 'family' | 'place' | 'topic', readonly string[]> = {
  person: [
    'Ung person, skolfrånvaro',
    'Ung person, risk för kriminalitet',
    'Vuxen, missbruk och arbetslöshet',
    'Ung vuxen, psykisk ohälsa',
    'Ung person, oro i hemmet',
    'Vuxen, våld i nära relation',
  ],
  family: ['Familj, oro för barnen', 'Familj, ekonomisk utsatthet', 'Familj, hedersrelaterad problematik'],
  place: ['Plats, otrygghet vid busstorget', 'Plats, skadegörelse vid skolan', 'Plats, oro kring centrumet'],
  topic: ['Tema: ungas sociala medier', 'Tema: narkotikaförsäljning till unga', 'Tema: ökad skolfrånvaro'],
};

export const PLAN_NEEDS = [
  'Stöd i skolan och en trygg fritid.',
  'Behandling för missbruk och stöd till sysselsättning.',
  'Skydd och stöd efter våld, och en trygg boendesituation.',
  'Samordnad vård och stöd i vardagen.',
] as const;
export const PLAN_GOALS = [
  'Regelbunden närvaro och en meningsfull fritid.',
  'Drogfrihet och ett arbete eller studier inom ett år.',
  'Ett tryggt boende och ett nätverk runt familjen.',
  'Stabil vardag med en fast vårdkontakt.',
] as const;
export const PLAN_OWN_WORDS = [
  'Jag vill klara skolan och ha något att göra på kvällarna.',
  'Jag vill ha ett jobb och slippa söka hjälp på tio ställen.',
  'Jag vill att barnen ska känna sig trygga.',
  'Jag vill att någon har koll på helheten.',
] as const;
export const PLAN_ACTIONS = [
  'Samordna insatserna och kalla till uppföljning.',
  'Kontakt med vårdnadshavare och elevhälsa.',
  'Erbjuda samtalskontakt hos BUP.',
  'Matcha mot praktikplats.',
  'Följa upp närvaron varje vecka.',
  'Ordna kontaktperson på fritiden.',
] as const;
export const NOTES = [
  'Första samordningsmötet hölls; alla parter deltog.',
  'Eleven har varit i skolan fyra dagar av fem den här veckan.',
  'Intern anteckning: avvaktar svar från vårdnadshavare.',
  'Uppföljning genomförd, planen gäller oförändrad.',
  'Ny kontakt med BUP bokad.',
  'Personen har börjat på praktikplatsen.',
] as const;
export const CONSENT_PURPOSES = [
  'Samordnade insatser mellan de deltagande organisationerna',
  'Samordnad individuell plan (SIP)',
  'Gemensam kartläggning inför insatser',
] as const;

export const ACTIVITY_TITLES: Record<string, readonly string[]> = {
  summer_activity: ['Sommarkollo', 'Sommarlovsaktiviteter', 'Äventyrsvecka', 'Kanotläger', 'Dagkollo'],
  summer_job: [
    'Feriearbete i parkerna',
    'Sommarjobb inom äldreomsorgen',
    'Feriepraktik',
    'Sommarjobb i föreningslivet',
  ],
  homework_help: ['Läxhjälp och fika', 'Läxhjälp i biblioteket', 'Mattestugan', 'Läxhjälp på lördagar'],
  sport: [
    'Fotbollsskola',
    'Innebandy för alla',
    'Simskola',
    'Klättring för unga',
    'Basket på kvällen',
    'Dans för unga',
    'Boxning',
  ],
  culture: ['Musikstudio', 'Skapande verkstad', 'Teatergrupp', 'Film och foto', 'Skrivarverkstad'],
  open_youth_centre: ['Öppen fritidsgård', 'Mötesplats för unga', 'Fredagsöppet', 'Ungdomscafé'],
  other: ['Schackklubb', 'Programmering för unga', 'Friluftsgrupp', 'Tjejgrupp', 'Killgrupp'],
};

export const VENUES = [
  'Sporthallen',
  'Biblioteket',
  'Fritidsgården',
  'Folkets hus',
  'Idrottsplatsen',
  'Kulturhuset',
  'Simhallen',
  'Skolans matsal',
  'Föreningslokalen',
  'Ungdomens hus',
] as const;

export const LANGUAGES = ['en', 'ar', 'so', 'fa', 'ti', 'uk', 'fi', 'pl', 'bs', 'se'] as const;
