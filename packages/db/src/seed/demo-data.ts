/**
 * Deterministic demo data for Samlad: the fixed ids (`DEMO`) and the organisations in seven
 * municipalities. Forums are in `demo-forums.ts`, their meeting patterns in `demo-schedules.ts`.
 * Organisations are real agencies and fictional associations and schools. The people in the demo
 * cases (`demo-cases.ts`) are fictional, with fiction phone numbers and example.se addresses.
 */
import type { forumLevel, forumStatus, meetingMode, OrganisationKind } from '../schema/index.ts';

export type ForumLevel = (typeof forumLevel.enumValues)[number];
export type ForumStatus = (typeof forumStatus.enumValues)[number];
export type MeetingMode = (typeof meetingMode.enumValues)[number];

/** Fixed ids that tests and examples can rely on. */
export const DEMO = {
  organisations: {
    polisen: '00000000-0000-4000-8000-000000000101',
    arbetsformedlingen: '00000000-0000-4000-8000-000000000102',
    forsakringskassan: '00000000-0000-4000-8000-000000000103',
    regionKronoberg: '00000000-0000-4000-8000-000000000104',
    lstKronoberg: '00000000-0000-4000-8000-000000000105',
    vaxjoKommun: '00000000-0000-4000-8000-000000000106',
    vaxjoSocial: '00000000-0000-4000-8000-000000000107',
    vaxjoUtbildning: '00000000-0000-4000-8000-000000000108',
    vaxjoGymnasium: '00000000-0000-4000-8000-000000000109',
    vaxjoGrundskola: '00000000-0000-4000-8000-00000000010a',
    vaxjoFritid: '00000000-0000-4000-8000-00000000010b',
    vaxjoArbetsmarknad: '00000000-0000-4000-8000-00000000010c',
    polisVaxjo: '00000000-0000-4000-8000-00000000010d',
    afVaxjo: '00000000-0000-4000-8000-00000000010e',
    samordningsforbundVaxjo: '00000000-0000-4000-8000-00000000010f',
    vaxjoRodaKorset: '00000000-0000-4000-8000-000000000110',
    vaxjoKvinnojour: '00000000-0000-4000-8000-000000000111',
    vaxjoIdrott: '00000000-0000-4000-8000-000000000112',
    regionVarmland: '00000000-0000-4000-8000-000000000113',
    lstVarmland: '00000000-0000-4000-8000-000000000114',
    karlstadKommun: '00000000-0000-4000-8000-000000000115',
    karlstadSocial: '00000000-0000-4000-8000-000000000116',
    karlstadBarnUngdom: '00000000-0000-4000-8000-000000000117',
    karlstadGrundskola: '00000000-0000-4000-8000-000000000118',
    karlstadFritid: '00000000-0000-4000-8000-000000000119',
    polisKarlstad: '00000000-0000-4000-8000-00000000011a',
    afKarlstad: '00000000-0000-4000-8000-00000000011b',
    karlstadIdrott: '00000000-0000-4000-8000-00000000011c',
    regionSkane: '00000000-0000-4000-8000-00000000011d',
    lstSkane: '00000000-0000-4000-8000-00000000011e',
    lundKommun: '00000000-0000-4000-8000-00000000011f',
    lundSocial: '00000000-0000-4000-8000-000000000120',
    lundUtbildning: '00000000-0000-4000-8000-000000000121',
    polisLund: '00000000-0000-4000-8000-000000000122',
    lundForening: '00000000-0000-4000-8000-000000000123',
    regionOstergotland: '00000000-0000-4000-8000-000000000124',
    lstOstergotland: '00000000-0000-4000-8000-000000000125',
    norrkopingKommun: '00000000-0000-4000-8000-000000000126',
    norrkopingSocial: '00000000-0000-4000-8000-000000000127',
    norrkopingUtbildning: '00000000-0000-4000-8000-000000000128',
    norrkopingFritid: '00000000-0000-4000-8000-000000000129',
    polisNorrkoping: '00000000-0000-4000-8000-00000000012a',
    afNorrkoping: '00000000-0000-4000-8000-00000000012b',
    norrkopingUngdom: '00000000-0000-4000-8000-00000000012c',
    regionSormland: '00000000-0000-4000-8000-00000000012d',
    lstSodermanland: '00000000-0000-4000-8000-00000000012e',
    trosaKommun: '00000000-0000-4000-8000-00000000012f',
    trosaSocial: '00000000-0000-4000-8000-000000000130',
    trosaBildning: '00000000-0000-4000-8000-000000000131',
    polisTrosa: '00000000-0000-4000-8000-000000000132',
    trosaForening: '00000000-0000-4000-8000-000000000133',
    regionNorrbotten: '00000000-0000-4000-8000-000000000134',
    lstNorrbotten: '00000000-0000-4000-8000-000000000135',
    tornio: '00000000-0000-4000-8000-000000000136',
    haparandaKommun: '00000000-0000-4000-8000-000000000137',
    haparandaSocial: '00000000-0000-4000-8000-000000000138',
    haparandaUtbildning: '00000000-0000-4000-8000-000000000139',
    afHaparanda: '00000000-0000-4000-8000-00000000013a',
    haparandaForening: '00000000-0000-4000-8000-00000000013b',
    regionStockholm: '00000000-0000-4000-8000-00000000013c',
    lstStockholm: '00000000-0000-4000-8000-00000000013d',
    haningeKommun: '00000000-0000-4000-8000-00000000013e',
    haningeSocial: '00000000-0000-4000-8000-00000000013f',
    haningeUtbildning: '00000000-0000-4000-8000-000000000140',
    haningeFritid: '00000000-0000-4000-8000-000000000141',
    polisHaninge: '00000000-0000-4000-8000-000000000142',
    afHaninge: '00000000-0000-4000-8000-000000000143',
    haningeUngdom: '00000000-0000-4000-8000-000000000144',
    haningeKvinnojour: '00000000-0000-4000-8000-000000000145',
  },
  forums: {
    vaxjoLeadership: '00000000-0000-4000-8000-000000000201',
    karlstadSspf: '00000000-0000-4000-8000-000000000202',
    norrkopingSspf: '00000000-0000-4000-8000-000000000203',
    haningeBra: '00000000-0000-4000-8000-000000000204',
    trosaBra: '00000000-0000-4000-8000-000000000205',
    kronobergViolence: '00000000-0000-4000-8000-000000000206',
    vaxjoRehab: '00000000-0000-4000-8000-000000000207',
    kronobergMentalHealth: '00000000-0000-4000-8000-000000000208',
    vaxjoAndt: '00000000-0000-4000-8000-000000000209',
    haparandaIntegration: '00000000-0000-4000-8000-00000000020a',
    vaxjoChildren: '00000000-0000-4000-8000-00000000020b',
    vaxjoSafety: '00000000-0000-4000-8000-00000000020c',
    lundMentalHealth: '00000000-0000-4000-8000-00000000020d',
    norrkopingWork: '00000000-0000-4000-8000-00000000020e',
    haningeViolence: '00000000-0000-4000-8000-00000000020f',
    kronobergIntegration: '00000000-0000-4000-8000-000000000210',
    kronobergBarnahus: '00000000-0000-4000-8000-000000000211',
    vaxjoSummer: '00000000-0000-4000-8000-000000000212',
    karlstadYoungAdults: '00000000-0000-4000-8000-000000000213',
    vaxjoTeleborg: '00000000-0000-4000-8000-000000000214',
  },
  /** Shared cases (`demo-cases.ts`); references VXJ-<year>-0001… and KRL-<year>-0001…, in this order. */
  cases: {
    /** A: a 16-year-old, consent in force for the police and the region; a civil-society participant. */
    vaxjoYoungPerson: '00000000-0000-4000-8000-000000000501',
    /** B: an anonymous consultation with a school, no identity. */
    vaxjoConsultation: '00000000-0000-4000-8000-000000000502',
    /** C: an adult with protected personal data; the region's consent was withdrawn. */
    vaxjoProtected: '00000000-0000-4000-8000-000000000503',
    /** D: an adult whose consent for the police has expired. */
    vaxjoExpiredConsent: '00000000-0000-4000-8000-000000000504',
    /** E: led by the police, shared with social services on a disclosure basis, no consent. */
    vaxjoPoliceLed: '00000000-0000-4000-8000-000000000505',
    /** F: a closed case about a place. */
    vaxjoClosed: '00000000-0000-4000-8000-000000000506',
    /** G: a 14-year-old in Karlstad, consent from the guardians. */
    karlstadChild: '00000000-0000-4000-8000-000000000507',
    /** H: a young adult in Karlstad, consent for the employment service. */
    karlstadYoungAdult: '00000000-0000-4000-8000-000000000508',
  },
} as const;

const o = DEMO.organisations;
/** One organisation: id, name, kind and, for a unit, the parent organisation's id. */
export type DemoOrganisationRow = readonly [
  id: string,
  name: string,
  kind: OrganisationKind,
  parentId?: string,
];

/** Organisations that share a county and (usually) a municipality. */
export interface DemoOrganisationGroup {
  countyCode: string;
  municipalityCode: string | null;
  organisations: readonly DemoOrganisationRow[];
}

export const demoOrganisationGroups: readonly DemoOrganisationGroup[] = [
  // National agencies, registered at their head offices in Stockholm county.
  {
    countyCode: '01',
    municipalityCode: null,
    organisations: [
      [o.polisen, 'Polismyndigheten', 'police'],
      [o.arbetsformedlingen, 'Arbetsförmedlingen', 'employment_service'],
      [o.forsakringskassan, 'Försäkringskassan', 'other'],
    ],
  },
  // Kronoberg / Växjö
  {
    countyCode: '07',
    municipalityCode: null,
    organisations: [
      [o.regionKronoberg, 'Region Kronoberg', 'region'],
      [o.lstKronoberg, 'Länsstyrelsen i Kronobergs län', 'county_board'],
    ],
  },
  {
    countyCode: '07',
    municipalityCode: '0780',
    organisations: [
      [o.vaxjoKommun, 'Växjö kommun', 'municipality'],
      [o.vaxjoSocial, 'Växjö kommun, socialförvaltningen', 'municipality', o.vaxjoKommun],
      [o.vaxjoUtbildning, 'Växjö kommun, utbildningsförvaltningen', 'school', o.vaxjoKommun],
      [o.vaxjoGymnasium, 'Östra gymnasieskolan, Växjö', 'school', o.vaxjoUtbildning],
      [o.vaxjoGrundskola, 'Teleborgsskolan 7–9', 'school', o.vaxjoUtbildning],
      [o.vaxjoFritid, 'Växjö kommun, kultur- och fritidsförvaltningen', 'municipality', o.vaxjoKommun],
      [o.vaxjoArbetsmarknad, 'Växjö kommun, arbetsmarknadsenheten', 'municipality', o.vaxjoKommun],
      [o.polisVaxjo, 'Polisen, lokalpolisområde Växjö', 'police', o.polisen],
      [o.afVaxjo, 'Arbetsförmedlingen Växjö', 'employment_service', o.arbetsformedlingen],
      [o.samordningsforbundVaxjo, 'Samordningsförbundet Växjö–Alvesta', 'other'],
      [o.vaxjoRodaKorset, 'Röda Korset, Växjökretsen', 'civil_society'],
      [o.vaxjoKvinnojour, 'Kvinno- och tjejjouren i Kronoberg', 'civil_society'],
      [o.vaxjoIdrott, 'IK Sjöstaden, ungdomssektionen', 'civil_society'],
    ],
  },
  // Värmland / Karlstad
  {
    countyCode: '17',
    municipalityCode: null,
    organisations: [
      [o.regionVarmland, 'Region Värmland', 'region'],
      [o.lstVarmland, 'Länsstyrelsen i Värmlands län', 'county_board'],
    ],
  },
  {
    countyCode: '17',
    municipalityCode: '1780',
    organisations: [
      [o.karlstadKommun, 'Karlstads kommun', 'municipality'],
      [o.karlstadSocial, 'Karlstads kommun, socialförvaltningen', 'municipality', o.karlstadKommun],
      [o.karlstadBarnUngdom, 'Karlstads kommun, barn- och ungdomsförvaltningen', 'school', o.karlstadKommun],
      [o.karlstadGrundskola, 'Klarälvsskolan F–9', 'school', o.karlstadBarnUngdom],
      [
        o.karlstadFritid,
        'Karlstads kommun, kultur- och fritidsförvaltningen',
        'municipality',
        o.karlstadKommun,
      ],
      [o.polisKarlstad, 'Polisen, lokalpolisområde Karlstad', 'police', o.polisen],
      [o.afKarlstad, 'Arbetsförmedlingen Karlstad', 'employment_service', o.arbetsformedlingen],
      [o.karlstadIdrott, 'Karlstad Innebandyförening, ungdom', 'civil_society'],
    ],
  },
  // Skåne / Lund
  {
    countyCode: '12',
    municipalityCode: null,
    organisations: [
      [o.regionSkane, 'Region Skåne', 'region'],
      [o.lstSkane, 'Länsstyrelsen Skåne', 'county_board'],
    ],
  },
  {
    countyCode: '12',
    municipalityCode: '1281',
    organisations: [
      [o.lundKommun, 'Lunds kommun', 'municipality'],
      [o.lundSocial, 'Lunds kommun, socialförvaltningen', 'municipality', o.lundKommun],
      [o.lundUtbildning, 'Lunds kommun, barn- och skolförvaltningen', 'school', o.lundKommun],
      [o.polisLund, 'Polisen, lokalpolisområde Lund', 'police', o.polisen],
      [o.lundForening, 'Föreningen Ung och Trygg i Lund', 'civil_society'],
    ],
  },
  // Östergötland / Norrköping
  {
    countyCode: '05',
    municipalityCode: null,
    organisations: [
      [o.regionOstergotland, 'Region Östergötland', 'region'],
      [o.lstOstergotland, 'Länsstyrelsen Östergötland', 'county_board'],
    ],
  },
  {
    countyCode: '05',
    municipalityCode: '0581',
    organisations: [
      [o.norrkopingKommun, 'Norrköpings kommun', 'municipality'],
      [o.norrkopingSocial, 'Norrköpings kommun, socialkontoret', 'municipality', o.norrkopingKommun],
      [o.norrkopingUtbildning, 'Norrköpings kommun, utbildningskontoret', 'school', o.norrkopingKommun],
      [
        o.norrkopingFritid,
        'Norrköpings kommun, kultur- och fritidskontoret',
        'municipality',
        o.norrkopingKommun,
      ],
      [o.polisNorrkoping, 'Polisen, lokalpolisområde Norrköping', 'police', o.polisen],
      [o.afNorrkoping, 'Arbetsförmedlingen Norrköping', 'employment_service', o.arbetsformedlingen],
      [o.norrkopingUngdom, 'Föreningen Unga Kraft Norrköping', 'civil_society'],
    ],
  },
  // Södermanland / Trosa
  {
    countyCode: '04',
    municipalityCode: null,
    organisations: [
      [o.regionSormland, 'Region Sörmland', 'region'],
      [o.lstSodermanland, 'Länsstyrelsen Södermanlands län', 'county_board'],
    ],
  },
  {
    countyCode: '04',
    municipalityCode: '0488',
    organisations: [
      [o.trosaKommun, 'Trosa kommun', 'municipality'],
      [o.trosaSocial, 'Trosa kommun, socialförvaltningen', 'municipality', o.trosaKommun],
      [o.trosaBildning, 'Trosa kommun, bildningsförvaltningen', 'school', o.trosaKommun],
      [o.polisTrosa, 'Polisen, lokalpolisområde Nyköping, kommunpolis Trosa', 'police', o.polisen],
      [o.trosaForening, 'Vagnhärads ungdoms- och idrottsförening', 'civil_society'],
    ],
  },
  // Norrbotten / Haparanda (Tornio, across the border in Finland, has no Swedish municipality code)
  {
    countyCode: '25',
    municipalityCode: null,
    organisations: [
      [o.regionNorrbotten, 'Region Norrbotten', 'region'],
      [o.lstNorrbotten, 'Länsstyrelsen i Norrbottens län', 'county_board'],
      [o.tornio, 'Tornion kaupunki (Torneå stad)', 'other'],
    ],
  },
  {
    countyCode: '25',
    municipalityCode: '2583',
    organisations: [
      [o.haparandaKommun, 'Haparanda stad', 'municipality'],
      [o.haparandaSocial, 'Haparanda stad, socialförvaltningen', 'municipality', o.haparandaKommun],
      [
        o.haparandaUtbildning,
        'Haparanda stad, barn- och utbildningsförvaltningen',
        'school',
        o.haparandaKommun,
      ],
      [o.afHaparanda, 'Arbetsförmedlingen Haparanda', 'employment_service', o.arbetsformedlingen],
      [o.haparandaForening, 'Föreningen Gränslöst Tornedalen', 'civil_society'],
    ],
  },
  // Stockholm / Haninge
  {
    countyCode: '01',
    municipalityCode: null,
    organisations: [
      [o.regionStockholm, 'Region Stockholm', 'region'],
      [o.lstStockholm, 'Länsstyrelsen Stockholm', 'county_board'],
    ],
  },
  {
    countyCode: '01',
    municipalityCode: '0136',
    organisations: [
      [o.haningeKommun, 'Haninge kommun', 'municipality'],
      [o.haningeSocial, 'Haninge kommun, socialförvaltningen', 'municipality', o.haningeKommun],
      [o.haningeUtbildning, 'Haninge kommun, utbildningsförvaltningen', 'school', o.haningeKommun],
      [o.haningeFritid, 'Haninge kommun, kultur- och fritidsförvaltningen', 'municipality', o.haningeKommun],
      [o.polisHaninge, 'Polisen, lokalpolisområde Haninge/Nynäshamn', 'police', o.polisen],
      [o.afHaninge, 'Arbetsförmedlingen Haninge', 'employment_service', o.arbetsformedlingen],
      [o.haningeUngdom, 'Ungdomens hus Handen', 'civil_society'],
      [o.haningeKvinnojour, 'Kvinnojouren Södertörn', 'civil_society'],
    ],
  },
];
