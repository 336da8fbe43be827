/**
 * When each active demo forum meets. `demo.ts` turns these patterns into meetings around the
 * seeding time. Paused, closed and merged forums have no pattern and get no meetings.
 */
import { DEMO, type MeetingMode } from './demo-data.ts';

const f = DEMO.forums;

/** How a forum's meetings fall, in Europe/Stockholm time. */
export interface DemoSchedule {
  /** 1 = Monday … 5 = Friday. */
  weekday: 1 | 2 | 3 | 4 | 5;
  /** Monthly cadences (≤ 12 a year): which of the month's weekdays, 1–3. Ignored for weekly cadences. */
  nth: 1 | 2 | 3;
  /** Shifts which months (monthly cadences) or ISO weeks (weekly cadences) are used. */
  phase: number;
  /** Local start time, `HH:MM`. */
  start: string;
  minutes: number;
  /** Title prefix: monthly cadences get `<title> 3/2027`, weekly ones `<title> vecka 5`. */
  title: string;
  /** Cycled over the occurrences. */
  modes: readonly MeetingMode[];
  place: string;
  /** Video room: `https://meet.example.se/<slug>`. */
  slug: string;
  /** Upcoming occurrences (0 = the next one) that are cancelled. */
  cancelledUpcoming?: readonly number[];
}

export const demoSchedules: Readonly<Record<string, DemoSchedule>> = {
  [f.vaxjoLeadership]: {
    weekday: 2,
    nth: 2,
    phase: 1,
    start: '09:00',
    minutes: 120,
    title: 'Ledningsgruppsmöte',
    modes: ['in_person', 'hybrid'],
    place: 'Stadshuset, sammanträdesrum Linné, Växjö',
    slug: 'vaxjo-ledningsgrupp-af',
  },
  [f.karlstadSspf]: {
    weekday: 3,
    nth: 1,
    phase: 0,
    start: '13:00',
    minutes: 90,
    title: 'SSPF-möte',
    modes: ['in_person'],
    place: 'Socialförvaltningen, mötesrum Klarälven, Karlstad',
    slug: 'karlstad-sspf',
    cancelledUpcoming: [1],
  },
  [f.norrkopingSspf]: {
    weekday: 4,
    nth: 1,
    phase: 1,
    start: '09:00',
    minutes: 90,
    title: 'SSPF-möte',
    modes: ['in_person', 'digital'],
    place: 'Rådhuset, sammanträdesrum Motala ström, Norrköping',
    slug: 'norrkoping-sspf',
  },
  [f.haningeBra]: {
    weekday: 4,
    nth: 3,
    phase: 0,
    start: '13:30',
    minutes: 120,
    title: 'BRÅ-möte',
    modes: ['hybrid'],
    place: 'Haninge kommunhus, sammanträdesrum Jordbro, Handen',
    slug: 'haninge-bra',
  },
  [f.trosaBra]: {
    weekday: 1,
    nth: 2,
    phase: 1,
    start: '14:00',
    minutes: 90,
    title: 'Rådsmöte',
    modes: ['in_person'],
    place: 'Trosa stadshus, sammanträdesrum Ön',
    slug: 'trosa-bra',
  },
  [f.kronobergViolence]: {
    weekday: 3,
    nth: 2,
    phase: 2,
    start: '09:30',
    minutes: 150,
    title: 'Nätverksträff',
    modes: ['digital', 'digital', 'in_person'],
    place: 'Länsstyrelsen, konferensrum Kronoberg, Växjö',
    slug: 'kronoberg-vnr',
  },
  [f.vaxjoRehab]: {
    weekday: 4,
    nth: 1,
    phase: 0,
    start: '13:00',
    minutes: 120,
    title: 'Beredningsgruppsmöte',
    modes: ['hybrid', 'digital'],
    place: 'Samordningsförbundets kansli, Västra Esplanaden, Växjö',
    slug: 'vaxjo-samordningsforbund',
  },
  [f.kronobergMentalHealth]: {
    weekday: 5,
    nth: 1,
    phase: 0,
    start: '09:00',
    minutes: 120,
    title: 'Samverkansmöte',
    modes: ['digital', 'hybrid'],
    place: 'Regionhuset, sammanträdesrum Kronan, Växjö',
    slug: 'kronoberg-psykisk-halsa',
  },
  [f.vaxjoAndt]: {
    weekday: 1,
    nth: 3,
    phase: 0,
    start: '13:00',
    minutes: 90,
    title: 'ANDT-möte',
    modes: ['in_person'],
    place: 'Stadshuset, sammanträdesrum Evedal, Växjö',
    slug: 'vaxjo-andt',
  },
  [f.haparandaIntegration]: {
    weekday: 2,
    nth: 3,
    phase: 0,
    start: '10:00',
    minutes: 120,
    title: 'Integrationsforum',
    modes: ['hybrid'],
    place: 'Stadshuset, sammanträdesrum Torne, Haparanda',
    slug: 'haparanda-tornio-integration',
  },
  [f.vaxjoChildren]: {
    weekday: 2,
    nth: 1,
    phase: 1,
    start: '13:30',
    minutes: 90,
    title: 'Samverkansmöte',
    modes: ['in_person', 'in_person', 'digital'],
    place: 'Socialförvaltningen, mötesrum Helgasjön, Växjö',
    slug: 'vaxjo-barn-unga-risk',
  },
  [f.vaxjoSafety]: {
    weekday: 1,
    nth: 1,
    phase: 0,
    start: '09:00',
    minutes: 60,
    title: 'Lägesbild',
    modes: ['digital'],
    place: 'Polishuset, sammanträdesrum Storgatan, Växjö',
    slug: 'vaxjo-est',
    cancelledUpcoming: [2],
  },
  [f.lundMentalHealth]: {
    weekday: 3,
    nth: 3,
    phase: 0,
    start: '08:30',
    minutes: 90,
    title: 'Närsamverkansmöte',
    modes: ['hybrid', 'digital'],
    place: 'Stadshallen, mötesrum Lundagård, Lund',
    slug: 'lund-narsamverkan',
  },
  [f.norrkopingWork]: {
    weekday: 2,
    nth: 2,
    phase: 1,
    start: '13:00',
    minutes: 120,
    title: 'Rådsmöte',
    modes: ['in_person'],
    place: 'Rådhuset, sammanträdesrum Hörsalen, Norrköping',
    slug: 'norrkoping-arbetsmarknadsrad',
  },
  [f.haningeViolence]: {
    weekday: 5,
    nth: 2,
    phase: 0,
    start: '09:00',
    minutes: 90,
    title: 'Samverkansmöte',
    modes: ['in_person', 'digital'],
    place: 'Socialförvaltningen, mötesrum Dalarö, Handen',
    slug: 'haninge-vnr',
  },
  [f.kronobergIntegration]: {
    weekday: 4,
    nth: 2,
    phase: 1,
    start: '10:00',
    minutes: 150,
    title: 'Länsmöte',
    modes: ['digital', 'hybrid'],
    place: 'Länsstyrelsen, konferensrum Kronoberg, Växjö',
    slug: 'kronoberg-integration',
  },
  [f.kronobergBarnahus]: {
    weekday: 4,
    nth: 1,
    phase: 0,
    start: '14:00',
    minutes: 60,
    title: 'Samråd',
    modes: ['digital'],
    place: 'Barnahus Kronoberg, samtalsrum 2, Växjö',
    slug: 'barnahus-kronoberg',
  },
};
