/**
 * Demo youth activities: published ones in Växjö and Karlstad (for the public catalogue and the
 * feeds), one waiting for a coordinator's approval, one draft. Dates follow `now`: a term that is
 * running and next summer. Contacts are the organisations' own; no person is named.
 */
import { stockholmDate } from '@samlad/domain';
import type { Executor } from '../client.ts';
import { activity, activityPublisher } from '../schema/index.ts';
import { DEMO } from './demo-data.ts';

const o = DEMO.organisations;
const id = (n: number) => `00000000-0000-4000-8000-${String(600 + n).padStart(12, '0')}`;

export async function seedDemoActivities(db: Executor, options: { now: Date }): Promise<void> {
  const { now } = options;
  const today = stockholmDate(now);
  const summer = today.month > 8 ? today.year + 1 : today.year;
  const iso = (y: number, m: number, d: number) =>
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const termStart = iso(today.year, today.month, 1);
  const termEnd = iso(today.month > 6 ? today.year + 1 : today.year, today.month > 6 ? 6 : 12, 15);
  const stamps = { createdAt: now, updatedAt: now };
  const published = { status: 'published' as const, publishedAt: now, ...stamps };
  await db.insert(activity).values([
    {
      id: id(1),
      organisationId: o.vaxjoIdrott,
      title: 'Fotbollsskola i Sjöstaden',
      description:
        'Fotboll för alla som vill, nybörjare som vana. Ledarna pratar svenska och arabiska. Ta med vattenflaska.',
      category: 'sport',
      minAge: 8,
      maxAge: 12,
      municipalityCode: '0780',
      place: 'Sjöstadens IP, Växjö',
      season: 'summer',
      startsOn: iso(summer, 6, 15),
      endsOn: iso(summer, 8, 7),
      startTime: '15:30',
      durationMinutes: 90,
      recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
      exceptionDates: [],
      costKronor: 0,
      signUp: 'Kom till planen första gången, eller anmäl dig via länken.',
      signUpUrl: 'https://ik-sjostaden.example/fotbollsskola',
      capacity: 40,
      placesLeft: 14,
      languages: ['sv', 'ar'],
      accessibility: 'Plan och omklädningsrum utan trappsteg.',
      contactEmail: 'kansli@ik-sjostaden.example',
      ...published,
    },
    {
      id: id(2),
      organisationId: o.vaxjoIdrott,
      title: 'Läxhjälp och fika',
      description: 'Läxhjälp i klubbstugan med frivilliga studenter. Matte, svenska och engelska.',
      category: 'homework_help',
      minAge: 12,
      maxAge: 16,
      municipalityCode: '0780',
      place: 'IK Sjöstadens klubbstuga, Växjö',
      season: 'year_round',
      startsOn: termStart,
      endsOn: termEnd,
      startTime: '16:00',
      durationMinutes: 120,
      recurrence: 'FREQ=WEEKLY;BYDAY=WE',
      costKronor: 0,
      signUp: 'Ingen anmälan, kom när du vill.',
      languages: ['sv', 'en'],
      contactEmail: 'kansli@ik-sjostaden.example',
      ...published,
    },
    {
      id: id(3),
      organisationId: o.vaxjoFritid,
      title: 'Öppen fritidsgård Araby',
      description: 'Fritidsgården är öppen för unga med spel, musikstudio och café.',
      category: 'open_youth_centre',
      minAge: 13,
      maxAge: 18,
      municipalityCode: '0780',
      place: 'Araby fritidsgård, Växjö',
      season: 'year_round',
      startsOn: termStart,
      endsOn: termEnd,
      startTime: '18:00',
      durationMinutes: 240,
      recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      costKronor: 0,
      signUp: 'Kom förbi, ingen anmälan.',
      languages: ['sv', 'ar', 'so'],
      contactPhone: '0470-410 00',
      ...published,
    },
    {
      id: id(4),
      organisationId: o.vaxjoFritid,
      title: 'Feriearbete i parkerna',
      description: 'Tre veckors sommarjobb med lön för dig som går i årskurs 9 eller gymnasiet.',
      category: 'summer_job',
      minAge: 15,
      maxAge: 18,
      municipalityCode: '0780',
      place: 'Samling vid stadshuset, Växjö',
      season: 'summer',
      startsOn: iso(summer, 6, 22),
      endsOn: iso(summer, 7, 10),
      costKronor: 0,
      signUp: 'Ansök via kommunens webbplats senast 1 april.',
      signUpUrl: 'https://vaxjo.example/feriearbete',
      capacity: 120,
      languages: ['sv'],
      contactEmail: 'feriearbete@vaxjo.example',
      ...published,
    },
    {
      id: id(5),
      organisationId: o.karlstadIdrott,
      title: 'Innebandy på sportlovet',
      description: 'Prova innebandy under sportlovet. Klubbor finns att låna.',
      category: 'sport',
      minAge: 9,
      maxAge: 14,
      municipalityCode: '1780',
      place: 'Tingvallahallen, Karlstad',
      season: 'winter',
      startsOn: iso(today.year + 1, 2, 22),
      endsOn: iso(today.year + 1, 2, 26),
      startTime: '10:00',
      durationMinutes: 180,
      recurrence: 'FREQ=DAILY',
      costKronor: 100,
      costNote: 'Inklusive lunch',
      signUp: 'Anmäl dig via länken.',
      signUpUrl: 'https://innebandy-karlstad.example/sportlov',
      capacity: 30,
      placesLeft: 30,
      languages: ['sv'],
      contactEmail: 'ungdom@innebandy-karlstad.example',
      ...published,
    },
    {
      id: id(6),
      organisationId: o.vaxjoRodaKorset,
      title: 'Sommarkollo med Röda Korset',
      description: 'En vecka med bad, utflykter och nya vänner.',
      category: 'summer_activity',
      minAge: 10,
      maxAge: 14,
      municipalityCode: '0780',
      place: 'Evedals friluftsgård, Växjö',
      season: 'summer',
      startsOn: iso(summer, 7, 13),
      endsOn: iso(summer, 7, 17),
      costKronor: 0,
      signUp: 'Ansök via din kurator eller socialsekreterare.',
      languages: ['sv', 'en'],
      contactEmail: 'vaxjo@rodakorset.example',
      status: 'pending_approval',
      ...stamps,
    },
    {
      id: id(7),
      organisationId: o.vaxjoIdrott,
      title: 'Simskola (utkast)',
      description: 'Simskola för nybörjare.',
      category: 'sport',
      minAge: 6,
      maxAge: 10,
      municipalityCode: '0780',
      place: 'Simhallen, Växjö',
      season: 'summer',
      startsOn: iso(summer, 6, 15),
      endsOn: iso(summer, 6, 26),
      costKronor: 200,
      signUp: 'Anmälan öppnar i maj.',
      languages: ['sv'],
      status: 'draft',
      ...stamps,
    },
  ]);
  // IK Sjöstaden and Karlstad's innebandy club have had publications approved before.
  await db.insert(activityPublisher).values([
    { organisationId: o.vaxjoIdrott, municipalityCode: '0780', approvedAt: now },
    { organisationId: o.karlstadIdrott, municipalityCode: '1780', approvedAt: now },
  ]);
}
