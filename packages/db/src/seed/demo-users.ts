import type { MembershipRole } from '../schema/accounts.ts';
import { DEMO } from './demo-data.ts';

/** Every demo user signs in with this password (documented in the README). */
export const DEMO_PASSWORD = 'samlad-demo-2026';
/** argon2id of DEMO_PASSWORD, computed once so seeding stays fast and deterministic. */
const DEMO_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$reyZc4obM1+VdXFwGVhGsw$ODAEWX060wgEqTxzfZr6BYmKAFlyIHEoOwyrfdq8RF0';

export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string;
  isPlatformAdmin?: boolean;
  memberships: ReadonlyArray<{ id: string; organisationId: string; role: MembershipRole }>;
}

const o = DEMO.organisations;
const uid = (n: number) => `00000000-0000-4000-8000-000000000${(0x300 + n).toString(16)}`;
const mid = (n: number) => `00000000-0000-4000-8000-000000000${(0x400 + n).toString(16)}`;

/** Fictional people, one or more for every role; e-mail addresses are on the reserved .example domain. */
export const demoUsers: readonly DemoUser[] = [
  {
    id: uid(1),
    email: 'admin@samlad.example',
    displayName: 'Plattformsförvaltare Samlad',
    jobTitle: 'Systemförvaltare',
    isPlatformAdmin: true,
    memberships: [{ id: mid(1), organisationId: o.lstKronoberg, role: 'admin' }],
  },
  {
    id: uid(2),
    email: 'karin.holm@vaxjo.example',
    displayName: 'Karin Holm',
    jobTitle: 'Enhetschef, socialförvaltningen',
    memberships: [{ id: mid(2), organisationId: o.vaxjoSocial, role: 'admin' }],
  },
  {
    id: uid(3),
    email: 'ali.nordin@vaxjo.example',
    displayName: 'Ali Nordin',
    jobTitle: 'Samverkanssamordnare',
    memberships: [
      { id: mid(3), organisationId: o.vaxjoSocial, role: 'coordinator' },
      { id: mid(4), organisationId: o.samordningsforbundVaxjo, role: 'member' },
    ],
  },
  {
    id: uid(4),
    email: 'sara.lund@vaxjo.example',
    displayName: 'Sara Lund',
    jobTitle: 'Socialsekreterare',
    memberships: [{ id: mid(5), organisationId: o.vaxjoSocial, role: 'member' }],
  },
  {
    id: uid(5),
    email: 'erik.strand@polisen.example',
    displayName: 'Erik Strand',
    jobTitle: 'Kommunpolis',
    memberships: [{ id: mid(6), organisationId: o.polisVaxjo, role: 'member' }],
  },
  {
    id: uid(6),
    email: 'maria.ek@karlstad.example',
    displayName: 'Maria Ek',
    jobTitle: 'Samordnare SSPF',
    memberships: [{ id: mid(7), organisationId: o.karlstadSocial, role: 'coordinator' }],
  },
  {
    id: uid(7),
    email: 'johan.berg@lansstyrelsen.example',
    displayName: 'Johan Berg',
    jobTitle: 'Utvecklingsledare, länsstyrelsen',
    memberships: [{ id: mid(8), organisationId: o.lstKronoberg, role: 'overseer' }],
  },
  {
    id: uid(8),
    email: 'lina.sjo@ik-sjostaden.example',
    displayName: 'Lina Sjö',
    jobTitle: 'Ungdomsledare',
    memberships: [{ id: mid(9), organisationId: o.vaxjoIdrott, role: 'partner' }],
  },
  {
    id: uid(9),
    email: 'omar.hassan@regionkronoberg.example',
    displayName: 'Omar Hassan',
    jobTitle: 'Kurator, barn- och ungdomspsykiatrin',
    memberships: [{ id: mid(10), organisationId: o.regionKronoberg, role: 'member' }],
  },
];

export function demoUserRows(now: Date) {
  const users = demoUsers.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    jobTitle: u.jobTitle,
    passwordHash: DEMO_PASSWORD_HASH,
    isPlatformAdmin: u.isPlatformAdmin ?? false,
    createdAt: now,
    updatedAt: now,
  }));
  const memberships = demoUsers.flatMap((u) =>
    u.memberships.map((m) => ({ ...m, userId: u.id, createdAt: now, updatedAt: now })),
  );
  return { users, memberships };
}
