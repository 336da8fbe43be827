/**
 * Demo forums (samverkansforum) with their member organisations. Ids come from `DEMO` in
 * `demo-data.ts`; the meeting patterns of the active forums are in `demo-schedules.ts`.
 */
import type { ForumTheme } from '../schema/index.ts';
import { DEMO, type ForumLevel, type ForumStatus } from './demo-data.ts';

const o = DEMO.organisations;
const f = DEMO.forums;

export interface DemoForum {
  id: string;
  name: string;
  purpose: string;
  themes: readonly ForumTheme[];
  level: ForumLevel;
  countyCode: string;
  municipalityCode: string | null;
  hostOrganisationId: string;
  meetingsPerYear: number;
  status: ForumStatus;
  mergedIntoId?: string;
  /** Member organisations; the host is always a member. */
  members: readonly string[];
}

export const demoForums: readonly DemoForum[] = [
  {
    id: f.vaxjoLeadership,
    name: 'Ledningsgrupp kommun–Arbetsförmedlingen Växjö',
    purpose:
      'Gemensam styrning av insatser för arbetslösa och nyanlända i Växjö. Gruppen följer upp den lokala överenskommelsen mellan kommunen och Arbetsförmedlingen.',
    themes: ['work_and_education', 'integration'],
    level: 'municipal',
    countyCode: '07',
    municipalityCode: '0780',
    hostOrganisationId: o.vaxjoKommun,
    meetingsPerYear: 6,
    status: 'active',
    members: [o.vaxjoKommun, o.vaxjoSocial, o.vaxjoArbetsmarknad, o.vaxjoUtbildning, o.afVaxjo],
  },
  {
    id: f.karlstadSspf,
    name: 'SSPF Karlstad – skola, socialtjänst, polis och fritid',
    purpose:
      'Tidig samverkan kring unga som riskerar att hamna i kriminalitet eller missbruk. Skola, socialtjänst, polis och fritid gör gemensamma bedömningar och planerar insatser.',
    themes: ['children_and_young_people', 'crime_prevention'],
    level: 'municipal',
    countyCode: '17',
    municipalityCode: '1780',
    hostOrganisationId: o.karlstadSocial,
    meetingsPerYear: 20,
    status: 'active',
    members: [
      o.karlstadSocial,
      o.karlstadBarnUngdom,
      o.karlstadGrundskola,
      o.karlstadFritid,
      o.polisKarlstad,
    ],
  },
  {
    id: f.norrkopingSspf,
    name: 'SSPF Norrköping',
    purpose:
      'Skola, socialtjänst, polis och fritid samverkar kring enskilda unga och kring platser där unga riskerar att utsättas för eller begå brott.',
    themes: ['children_and_young_people', 'crime_prevention'],
    level: 'municipal',
    countyCode: '05',
    municipalityCode: '0581',
    hostOrganisationId: o.norrkopingSocial,
    meetingsPerYear: 20,
    status: 'active',
    members: [o.norrkopingSocial, o.norrkopingUtbildning, o.norrkopingFritid, o.polisNorrkoping],
  },
  {
    id: f.haningeBra,
    name: 'Brottsförebyggande rådet i Haninge (BRÅ)',
    purpose:
      'Samordnar det lokala brottsförebyggande arbetet i Haninge utifrån en gemensam lägesbild. Rådet följer upp samverkansöverenskommelsen mellan kommunen och polisen.',
    themes: ['crime_prevention', 'safety'],
    level: 'municipal',
    countyCode: '01',
    municipalityCode: '0136',
    hostOrganisationId: o.haningeKommun,
    meetingsPerYear: 6,
    status: 'active',
    members: [
      o.haningeKommun,
      o.haningeSocial,
      o.haningeUtbildning,
      o.haningeFritid,
      o.polisHaninge,
      o.haningeUngdom,
    ],
  },
  {
    id: f.trosaBra,
    name: 'Lokalt brottsförebyggande råd Trosa',
    purpose:
      'Kommunen, polisen och föreningslivet tar fram en gemensam lägesbild och prioriterar åtgärder för ökad trygghet i Trosa och Vagnhärad.',
    themes: ['crime_prevention', 'safety'],
    level: 'municipal',
    countyCode: '04',
    municipalityCode: '0488',
    hostOrganisationId: o.trosaKommun,
    meetingsPerYear: 4,
    status: 'active',
    members: [o.trosaKommun, o.trosaSocial, o.trosaBildning, o.polisTrosa, o.trosaForening],
  },
  {
    id: f.kronobergViolence,
    name: 'Länsnätverk mot våld i nära relationer, Kronoberg',
    purpose:
      'Länsstyrelsens nätverk för kompetensutveckling och erfarenhetsutbyte om våld i nära relationer och hedersrelaterat våld. Nätverket stödjer kommunernas och regionens arbete enligt den nationella strategin.',
    themes: ['violence_in_close_relationships'],
    level: 'county',
    countyCode: '07',
    municipalityCode: null,
    hostOrganisationId: o.lstKronoberg,
    meetingsPerYear: 4,
    status: 'active',
    members: [o.lstKronoberg, o.regionKronoberg, o.vaxjoSocial, o.polisVaxjo, o.vaxjoKvinnojour],
  },
  {
    id: f.vaxjoRehab,
    name: 'Samordningsförbundet Växjö–Alvesta, beredningsgrupp',
    purpose:
      'Finansiell samordning av rehabiliteringsinsatser för personer som står långt från arbetsmarknaden. Beredningsgruppen bereder ärenden och följer upp gemensamma insatser.',
    themes: ['work_and_education', 'mental_health'],
    level: 'municipal',
    countyCode: '07',
    municipalityCode: '0780',
    hostOrganisationId: o.samordningsforbundVaxjo,
    meetingsPerYear: 10,
    status: 'active',
    members: [
      o.samordningsforbundVaxjo,
      o.vaxjoSocial,
      o.vaxjoArbetsmarknad,
      o.afVaxjo,
      o.forsakringskassan,
      o.regionKronoberg,
    ],
  },
  {
    id: f.kronobergMentalHealth,
    name: 'Regional samverkansgrupp psykisk hälsa, Kronoberg',
    purpose:
      'Region och kommuner samordnar arbetet med psykisk hälsa och suicidprevention i länet, med särskilt fokus på barn och unga.',
    themes: ['mental_health', 'children_and_young_people'],
    level: 'regional',
    countyCode: '07',
    municipalityCode: null,
    hostOrganisationId: o.regionKronoberg,
    meetingsPerYear: 6,
    status: 'active',
    members: [o.regionKronoberg, o.vaxjoSocial, o.vaxjoUtbildning, o.lstKronoberg, o.polisVaxjo],
  },
  {
    id: f.vaxjoAndt,
    name: 'ANDT-gruppen Växjö',
    purpose:
      'Samordnar det förebyggande arbetet mot alkohol, narkotika, dopning, tobak och spel i Växjö, bland annat tillsyn, föräldrastöd och insatser vid skolavslutningar.',
    themes: ['substance_use', 'public_health'],
    level: 'municipal',
    countyCode: '07',
    municipalityCode: '0780',
    hostOrganisationId: o.vaxjoSocial,
    meetingsPerYear: 6,
    status: 'active',
    members: [
      o.vaxjoSocial,
      o.regionKronoberg,
      o.polisVaxjo,
      o.vaxjoFritid,
      o.vaxjoUtbildning,
      o.vaxjoGymnasium,
      o.vaxjoIdrott,
    ],
  },
  {
    id: f.haparandaIntegration,
    name: 'Integrationsforum Haparanda–Tornio',
    purpose:
      'Gränsöverskridande samverkan för nyanländas etablering, språk och arbete på båda sidor om Torne älv. Forumet samlar myndigheter och föreningar från Haparanda och Tornio.',
    themes: ['integration', 'work_and_education'],
    level: 'municipal',
    countyCode: '25',
    municipalityCode: '2583',
    hostOrganisationId: o.haparandaKommun,
    meetingsPerYear: 6,
    status: 'active',
    members: [
      o.haparandaKommun,
      o.haparandaSocial,
      o.haparandaUtbildning,
      o.afHaparanda,
      o.tornio,
      o.haparandaForening,
      o.regionNorrbotten,
    ],
  },
  {
    id: f.vaxjoChildren,
    name: 'Samverkansgrupp barn och unga i riskmiljö, Växjö',
    purpose:
      'Skola, socialtjänst, polis, fritid och barn- och ungdomspsykiatrin samordnar stödet till unga i riskmiljöer och följer upp gemensamma åtgärder.',
    themes: ['children_and_young_people', 'crime_prevention'],
    level: 'local',
    countyCode: '07',
    municipalityCode: '0780',
    hostOrganisationId: o.vaxjoSocial,
    meetingsPerYear: 20,
    status: 'active',
    members: [
      o.vaxjoSocial,
      o.vaxjoUtbildning,
      o.vaxjoGrundskola,
      o.vaxjoFritid,
      o.polisVaxjo,
      o.regionKronoberg,
    ],
  },
  {
    id: f.vaxjoSafety,
    name: 'Trygghetsforum Växjö centrum (EST)',
    purpose:
      'Veckovis lägesbild och gemensamma åtgärder för trygghet i centrala Växjö enligt arbetssättet Effektiv samordning för trygghet. Inga personuppgifter behandlas.',
    themes: ['safety', 'crime_prevention'],
    level: 'local',
    countyCode: '07',
    municipalityCode: '0780',
    hostOrganisationId: o.vaxjoKommun,
    meetingsPerYear: 40,
    status: 'active',
    members: [o.vaxjoKommun, o.vaxjoSocial, o.vaxjoFritid, o.polisVaxjo, o.vaxjoRodaKorset],
  },
  {
    id: f.lundMentalHealth,
    name: 'Närsamverkan psykisk hälsa barn och unga, Lund',
    purpose:
      'Regionens barn- och ungdomspsykiatri, elevhälsan och socialtjänsten i Lund samordnar vårdkedjan för barn och unga med psykisk ohälsa.',
    themes: ['mental_health', 'children_and_young_people'],
    level: 'local',
    countyCode: '12',
    municipalityCode: '1281',
    hostOrganisationId: o.regionSkane,
    meetingsPerYear: 10,
    status: 'active',
    members: [o.regionSkane, o.lundSocial, o.lundUtbildning, o.lundForening],
  },
  {
    id: f.norrkopingWork,
    name: 'Arbetsmarknadsråd Norrköping',
    purpose:
      'Kommunen och Arbetsförmedlingen planerar gemensamma insatser för unga vuxna och nyanlända som står utanför arbete och studier.',
    themes: ['work_and_education', 'integration'],
    level: 'municipal',
    countyCode: '05',
    municipalityCode: '0581',
    hostOrganisationId: o.norrkopingKommun,
    meetingsPerYear: 4,
    status: 'active',
    members: [
      o.norrkopingKommun,
      o.norrkopingSocial,
      o.norrkopingUtbildning,
      o.afNorrkoping,
      o.norrkopingUngdom,
    ],
  },
  {
    id: f.haningeViolence,
    name: 'Samverkansgrupp mot våld i nära relationer, Haninge',
    purpose:
      'Socialtjänst, polis, hälso- och sjukvård och kvinnojour samordnar stöd och skydd för våldsutsatta och insatser för den som utövar våld.',
    themes: ['violence_in_close_relationships'],
    level: 'municipal',
    countyCode: '01',
    municipalityCode: '0136',
    hostOrganisationId: o.haningeSocial,
    meetingsPerYear: 10,
    status: 'active',
    members: [o.haningeSocial, o.polisHaninge, o.regionStockholm, o.haningeKvinnojour, o.haningeUtbildning],
  },
  {
    id: f.kronobergIntegration,
    name: 'Länssamverkan nyanlända och integration, Kronoberg',
    purpose:
      'Länsstyrelsen samlar kommuner, region, Arbetsförmedlingen och civilsamhälle för att samordna mottagande och etablering av nyanlända i Kronobergs län.',
    themes: ['integration', 'work_and_education'],
    level: 'county',
    countyCode: '07',
    municipalityCode: null,
    hostOrganisationId: o.lstKronoberg,
    meetingsPerYear: 4,
    status: 'active',
    members: [
      o.lstKronoberg,
      o.vaxjoSocial,
      o.afVaxjo,
      o.regionKronoberg,
      o.vaxjoRodaKorset,
      o.vaxjoUtbildning,
    ],
  },
  {
    id: f.kronobergBarnahus,
    name: 'Barnahus Kronoberg, samråd',
    purpose:
      'Tidiga samråd när barn misstänks ha utsatts för våld eller övergrepp, så att utredningar hos polis, socialtjänst och hälso- och sjukvård samordnas runt barnet.',
    themes: ['violence_in_close_relationships', 'children_and_young_people'],
    level: 'regional',
    countyCode: '07',
    municipalityCode: null,
    hostOrganisationId: o.regionKronoberg,
    meetingsPerYear: 40,
    status: 'active',
    members: [o.regionKronoberg, o.vaxjoSocial, o.polisVaxjo],
  },
  {
    id: f.vaxjoSummer,
    name: 'Sommarlovsgruppen Växjö',
    purpose:
      'Planerar feriejobb och sommarlovsaktiviteter för unga tillsammans med föreningslivet. Vilande till nästa års planering startar.',
    themes: ['children_and_young_people', 'work_and_education'],
    level: 'local',
    countyCode: '07',
    municipalityCode: '0780',
    hostOrganisationId: o.vaxjoFritid,
    meetingsPerYear: 4,
    status: 'paused',
    members: [o.vaxjoFritid, o.vaxjoSocial, o.vaxjoArbetsmarknad, o.vaxjoIdrott, o.afVaxjo],
  },
  {
    id: f.karlstadYoungAdults,
    name: 'Nätverket unga vuxna utanför arbete och studier, Karlstad',
    purpose:
      'Samverkan kring unga vuxna 20–29 år utan sysselsättning. Nätverket avslutades när uppdraget flyttades till den ordinarie arbetsmarknadssamverkan.',
    themes: ['work_and_education', 'mental_health'],
    level: 'municipal',
    countyCode: '17',
    municipalityCode: '1780',
    hostOrganisationId: o.karlstadKommun,
    meetingsPerYear: 6,
    status: 'closed',
    members: [o.karlstadKommun, o.karlstadSocial, o.afKarlstad, o.regionVarmland],
  },
  {
    id: f.vaxjoTeleborg,
    name: 'Trygghetsgrupp Teleborg',
    purpose:
      'Stadsdelsgrupp för trygghet i Teleborg. Sammanslagen med Trygghetsforum Växjö centrum när arbetet samlades i ett gemensamt EST-forum.',
    themes: ['safety'],
    level: 'local',
    countyCode: '07',
    municipalityCode: '0780',
    hostOrganisationId: o.vaxjoKommun,
    meetingsPerYear: 10,
    status: 'merged',
    mergedIntoId: f.vaxjoSafety,
    members: [o.vaxjoKommun, o.polisVaxjo, o.vaxjoFritid, o.vaxjoIdrott],
  },
];
