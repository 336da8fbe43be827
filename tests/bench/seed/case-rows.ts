/**
 * The rows of the shared cases planned in cases.ts: the case, its participants, subject and
 * guardians, consent or disclosure, plan with versions and actions, notes and who sees them, and
 * the reference counters (so the API's next reference follows on).
 */
import { base, Faker, sv } from '@faker-js/faker';
import type { SharedCase } from './cases.ts';
import type { Forum } from './forums.ts';
import type { Org, OrgPlan } from './organisations.ts';
import { slugify } from './places.ts';
import { chanceOf, hashInts, hashText, idFor, Random } from './random.ts';
import { Json, sumOf, type TableRows } from './sql-writer.ts';
import {
  CASE_SUMMARIES,
  CONSENT_PURPOSES,
  NOTES,
  PLAN_ACTIONS,
  PLAN_GOALS,
  PLAN_NEEDS,
  PLAN_OWN_WORDS,
} from './texts.ts';
import { DAY, isoDay, stockholmDay, stockholmInstant, ymd } from './time.ts';

/** A personal identity number (YYYYMMDDNNNC) with a valid check digit, for someone `age` at `onDay`. */
function personalNumber(rnd: Random, age: number, onDay: number): string {
  const { year } = ymd(onDay);
  const birthYear = year - age - (rnd.chance(0.5) ? 1 : 0);
  const month = rnd.int(1, 12);
  const day = rnd.int(1, 28);
  const serial = rnd.int(1, 999); // 000 is no valid serial number
  const nine = `${String(birthYear % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `${String(birthYear).slice(0, 2)}${nine}${(10 - (sum % 10)) % 10}`;
}

/** A number from PTS's range for fiction (070-174 06 05 … 99). */
const STREAM = {
  notes: hashText('note count'),
  author: hashText('note author'),
  plan: hashText('plan text'),
};

/** How many notes a case has and who wrote each: pure, so case_note and case_note_visibility agree. */
function noteAuthors(seed: number, c: SharedCase): number[] {
  const n = 2 + Math.floor(chanceOf(seed, STREAM.notes, c.index) * 3);
  return Array.from({ length: n }, (_, k) =>
    k === 0
      ? (c.participants[0] as number)
      : (c.participants[
          Math.floor(chanceOf(seed, STREAM.author, c.index, k) * c.participants.length)
        ] as number),
  );
}

/** Which of the plan texts a case's plan uses (the plan and its first version agree). */
const planText = (seed: number, c: SharedCase) =>
  Math.floor(chanceOf(seed, STREAM.plan, c.index) * PLAN_NEEDS.length);

const fictionPhone = (rnd: Random) => `070-174 06 ${String(rnd.int(5, 99)).padStart(2, '0')}`;

export function caseTables(
  cases: readonly SharedCase[],
  counters: ReadonlyMap<string, number>,
  forums: readonly Forum[],
  plan: OrgPlan,
  anchor: number,
  seed: number,
): TableRows[] {
  const orgId = (i: number) => (plan.orgs[i] as Org).id;
  const userOf = (rnd: Random, i: number) => {
    const staff = (plan.orgs[i] as Org).users;
    return staff.length > 0 ? (plan.users[rnd.pick(staff)]?.id ?? null) : null;
  };
  const leadOf = (c: SharedCase) => c.participants[0] as number;
  const anchorDay = stockholmDay(anchor);
  const until = (c: SharedCase) => c.closedAt ?? anchor - 3_600_000;
  const between = (rnd: Random, from: number, to: number) =>
    from + Math.floor(rnd.next() * Math.max(1, to - from));
  const names = (stream: string) => {
    const faker = new Faker({ locale: [sv, base] });
    faker.seed(hashInts(seed, hashText(stream), []));
    return faker;
  };
  return [
    {
      table: 'shared_case',
      count: () => cases.length,
      columns: [
        'id',
        'reference',
        'subject_kind',
        'status',
        'themes',
        'summary',
        'lead_organisation_id',
        'forum_id',
        'next_follow_up_on',
        'identified',
        'identification_basis_code',
        'identification_reason',
        'protected_identity',
        'created_by_user_id',
        'created_at',
        'updated_at',
        'closed_at',
      ],
      *rows() {
        const rnd = new Random(seed, 'case rows');
        for (const c of cases) {
          const onBasis = c.identified && !c.consent;
          yield [
            c.id,
            c.reference,
            c.kind,
            c.status,
            c.themes,
            rnd.pick(CASE_SUMMARIES[c.kind]),
            orgId(leadOf(c)),
            c.forumIndex === null ? null : (forums[c.forumIndex] as Forum).id,
            c.nextFollowUpDay === null ? null : isoDay(c.nextFollowUpDay),
            c.identified,
            onBasis ? 'own_task' : null,
            onBasis ? 'Nödvändigt för den egna verksamhetens utredning (OSL 10:2).' : null,
            c.protectedIdentity,
            c.createdBy === null ? null : (plan.users[c.createdBy]?.id ?? null),
            new Date(c.createdAt),
            new Date(c.closedAt ?? between(rnd, c.createdAt, anchor - 3_600_000)),
            c.closedAt === null ? null : new Date(c.closedAt),
          ];
        }
      },
    },
    {
      table: 'case_participant',
      count: () => sumOf(cases, (c) => c.participants.length),
      columns: ['case_id', 'organisation_id', 'joined_at'],
      *rows() {
        for (const c of cases) {
          for (let j = 0; j < c.participants.length; j++) {
            const joined = Math.min(anchor - 60_000, c.createdAt + j * 3_600_000);
            yield [c.id, orgId(c.participants[j] as number), new Date(joined)];
          }
        }
      },
    },
    {
      table: 'case_subject',
      columns: [
        'case_id',
        'lead_organisation_id',
        'full_name',
        'personal_identity_number',
        'phone',
        'email',
        'address',
        'municipality_of_residence_code',
        'protected_identity',
        'created_at',
        'updated_at',
      ],
      *rows() {
        const rnd = new Random(seed, 'subject rows');
        const faker = names('subject names');
        for (const c of cases) {
          if (!c.identified) continue;
          const first = faker.person.firstName();
          const last = faker.person.lastName();
          const street = faker.location.street();
          const age = c.age ?? rnd.int(20, 60);
          yield [
            c.id,
            orgId(leadOf(c)),
            c.kind === 'family' ? `Familjen ${last}` : `${first} ${last}`,
            rnd.chance(0.9) ? personalNumber(rnd, age, anchorDay) : null,
            rnd.chance(0.6) ? fictionPhone(rnd) : null,
            age >= 16 && rnd.chance(0.4) ? `${slugify(first)}.${c.index}@example.se` : null,
            c.protectedIdentity ? null : `${street} ${rnd.int(1, 80)}, ${c.municipality.name}`,
            c.protectedIdentity ? null : c.municipality.code,
            c.protectedIdentity,
            new Date(c.createdAt),
            new Date(c.createdAt),
          ];
        }
      },
    },
    {
      table: 'case_guardian',
      columns: ['id', 'case_id', 'position', 'full_name', 'personal_identity_number', 'phone', 'email'],
      *rows() {
        const rnd = new Random(seed, 'guardian rows');
        const faker = names('guardian names');
        for (const c of cases) {
          if (!c.identified || c.age === null || c.age >= 18) continue;
          const guardians = rnd.int(1, 2);
          for (let p = 1; p <= guardians; p++) {
            yield [
              idFor(seed, '10', c.index, p),
              c.id,
              p,
              `${faker.person.firstName()} ${faker.person.lastName()}`,
              rnd.chance(0.5) ? personalNumber(rnd, rnd.int(30, 55), anchorDay) : null,
              fictionPhone(rnd),
              null,
            ];
          }
        }
      },
    },
    {
      table: 'consent',
      columns: [
        'id',
        'case_id',
        'given_by',
        'purpose',
        'scopes',
        'valid_from',
        'valid_until',
        'form',
        'recorded_by_user_id',
        'recorded_by_organisation_id',
        'recorded_at',
        'withdrawn_at',
        'withdrawn_by_user_id',
        'withdrawal_note',
      ],
      *rows() {
        const rnd = new Random(seed, 'consent rows');
        for (const c of cases) {
          if (!c.consent) continue;
          const lead = leadOf(c);
          const from = Math.min(anchor - 3_600_000, c.createdAt + rnd.int(0, 72) * 3_600_000);
          const r = rnd.next();
          const validUntil =
            r < 0.55
              ? null
              : r < 0.9
                ? anchor + rnd.int(30, 400) * DAY
                : between(rnd, from + DAY, anchor - DAY);
          const withdrawn = rnd.chance(0.05) ? between(rnd, from + 3_600_000, anchor - 3_600_000) : null;
          const age = c.age ?? 30;
          yield [
            idFor(seed, '0b', c.index),
            c.id,
            age < 15 ? 'guardians' : age < 18 ? 'guardians_and_child' : 'person',
            rnd.pick(CONSENT_PURPOSES),
            rnd.weighted([
              [['identity', 'notes', 'plan'], 75],
              [['identity', 'plan'], 15],
              [['notes', 'plan'], 10],
            ]),
            new Date(from),
            validUntil === null || validUntil <= from ? null : new Date(validUntil),
            rnd.weighted([
              ['written', 60],
              ['digital', 25],
              ['oral', 15],
            ]),
            userOf(rnd, lead),
            orgId(lead),
            new Date(from),
            withdrawn === null ? null : new Date(withdrawn),
            withdrawn === null ? null : userOf(rnd, rnd.pick(c.participants)),
            withdrawn === null ? null : 'Samtycket återkallades muntligen vid besök.',
          ];
        }
      },
    },
    {
      table: 'consent_organisation',
      columns: ['consent_id', 'case_id', 'organisation_id'],
      *rows() {
        const rnd = new Random(seed, 'consent organisation rows');
        for (const c of cases) {
          if (!c.consent) continue;
          const named = c.participants.slice(1).filter((_, j) => j === 0 || rnd.chance(0.9));
          for (const i of named) yield [idFor(seed, '0b', c.index), c.id, orgId(i)];
        }
      },
    },
    {
      table: 'disclosure',
      columns: [
        'id',
        'case_id',
        'organisation_id',
        'basis_code',
        'scopes',
        'reason',
        'recorded_by_user_id',
        'recorded_by_organisation_id',
        'created_at',
      ],
      *rows() {
        const rnd = new Random(seed, 'disclosure rows');
        for (const c of cases) {
          if (!c.identified || c.consent) continue;
          const to = c.participants.slice(1).find((i) => (plan.orgs[i] as Org).unit !== 'civil');
          if (to === undefined) continue;
          const young = c.age !== null && c.age < 21;
          yield [
            idFor(seed, '11', c.index),
            c.id,
            orgId(to),
            young && rnd.chance(0.5) ? 'crime_prevention_under_21' : 'own_task',
            ['identity', 'plan'],
            'Uppgifterna behövs för den mottagande myndighetens insats.',
            userOf(rnd, leadOf(c)),
            orgId(leadOf(c)),
            new Date(Math.min(anchor - 3_600_000, c.createdAt + DAY)),
          ];
        }
      },
    },
    {
      table: 'case_plan',
      count: () => sumOf(cases, (c) => (c.hasPlan ? 1 : 0)),
      columns: [
        'case_id',
        'needs',
        'goals',
        'goals_in_own_words',
        'overall_responsible_organisation_id',
        'follow_up_on',
        'version',
        'updated_by_user_id',
        'updated_at',
      ],
      *rows() {
        const rnd = new Random(seed, 'plan rows');
        for (const c of cases) {
          if (!c.hasPlan) continue;
          const k = planText(seed, c);
          yield [
            c.id,
            PLAN_NEEDS[k] ?? '',
            PLAN_GOALS[k] ?? '',
            c.kind === 'person' || c.kind === 'family' ? (PLAN_OWN_WORDS[k] ?? '') : '',
            orgId(leadOf(c)),
            c.nextFollowUpDay === null ? null : isoDay(c.nextFollowUpDay),
            1,
            userOf(rnd, leadOf(c)),
            new Date(Math.min(until(c), c.createdAt + 7 * DAY)),
          ];
        }
      },
    },
    {
      table: 'case_plan_version',
      count: () => sumOf(cases, (c) => (c.hasPlan ? 1 : 0)),
      columns: ['id', 'case_id', 'version', 'snapshot', 'saved_by_user_id', 'saved_at'],
      *rows() {
        const rnd = new Random(seed, 'plan version rows');
        for (const c of cases) {
          if (!c.hasPlan) continue;
          const k = planText(seed, c);
          yield [
            idFor(seed, '0e', c.index),
            c.id,
            1,
            new Json({
              needs: PLAN_NEEDS[k],
              goals: PLAN_GOALS[k],
              followUpOn: c.nextFollowUpDay === null ? null : isoDay(c.nextFollowUpDay),
            }),
            userOf(rnd, leadOf(c)),
            new Date(Math.min(until(c), c.createdAt + 7 * DAY)),
          ];
        }
      },
    },
    {
      table: 'case_plan_action',
      columns: [
        'id',
        'case_id',
        'organisation_id',
        'description',
        'due_on',
        'status',
        'completed_at',
        'created_at',
        'updated_at',
      ],
      *rows() {
        const rnd = new Random(seed, 'plan action rows');
        for (const c of cases) {
          if (!c.hasPlan) continue;
          const created = Math.min(until(c), c.createdAt + 7 * DAY);
          const n = rnd.int(2, 4);
          for (let k = 0; k < n; k++) {
            const org = k === 0 ? leadOf(c) : rnd.pick(c.participants);
            const due = stockholmDay(created) + rnd.int(14, 180);
            let status = rnd.weighted<'open' | 'in_progress' | 'done' | 'cancelled'>(
              due < anchorDay || c.status === 'closed'
                ? [
                    ['done', 70],
                    ['in_progress', 12],
                    ['open', 12],
                    ['cancelled', 6],
                  ]
                : [
                    ['done', 20],
                    ['in_progress', 40],
                    ['open', 38],
                    ['cancelled', 2],
                  ],
            );
            let completed: number | null = null;
            if (status === 'done') {
              completed = Math.min(until(c), stockholmInstant(due + rnd.int(-20, 15), 14 * 60));
              if (completed <= created) completed = created + 3_600_000;
              if (completed >= anchor) status = 'in_progress';
            }
            const done = status === 'done' ? completed : null;
            yield [
              idFor(seed, '0d', c.index, k),
              c.id,
              orgId(org),
              rnd.pick(PLAN_ACTIONS),
              isoDay(due),
              status,
              done === null ? null : new Date(done),
              new Date(created),
              new Date(done ?? created),
            ];
          }
        }
      },
    },
    {
      table: 'case_note',
      count: () => sumOf(cases, (c) => noteAuthors(seed, c).length),
      columns: ['id', 'case_id', 'author_user_id', 'author_organisation_id', 'body', 'created_at'],
      *rows() {
        const rnd = new Random(seed, 'note rows');
        for (const c of cases) {
          let at = c.createdAt;
          for (const [k, author] of noteAuthors(seed, c).entries()) {
            at = between(rnd, at + 3_600_000, Math.max(at + 7_200_000, until(c)));
            yield [
              idFor(seed, '0c', c.index, k),
              c.id,
              userOf(rnd, author),
              orgId(author),
              rnd.pick(NOTES),
              new Date(Math.min(at, anchor - 60_000)),
            ];
          }
        }
      },
    },
    {
      table: 'case_note_visibility',
      columns: ['note_id', 'case_id', 'organisation_id'],
      *rows() {
        const rnd = new Random(seed, 'note visibility rows');
        for (const c of cases) {
          for (const [k, author] of noteAuthors(seed, c).entries()) {
            for (const i of c.participants) {
              if (i === author || i === leadOf(c)) continue;
              const civil = (plan.orgs[i] as Org).unit === 'civil';
              if (rnd.chance(civil ? 0.4 : 0.7)) yield [idFor(seed, '0c', c.index, k), c.id, orgId(i)];
            }
          }
        }
      },
    },
    {
      table: 'case_reference_counter',
      columns: ['prefix', 'year', 'last_number'],
      onConflict:
        'on conflict (prefix, year) do update set last_number = greatest(case_reference_counter.last_number, excluded.last_number)',
      *rows() {
        for (const [key, last] of [...counters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          const [prefix = 'XXX', year = '0'] = key.split('-');
          yield [prefix, Number(year), last];
        }
      },
    },
  ];
}
