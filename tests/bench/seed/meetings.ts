/**
 * Meetings of the forums, from two years before the anchor to one year after it: the total shared
 * out over the forums by cadence and active time, on the forum's weekday and time (Stockholm), never
 * in July or over Christmas. Past ones are held (some cancelled); every meeting invites its forum's
 * member organisations as organisations, and held ones record who attended. Then agenda items,
 * decisions, action items (due dates; done on time, late, or still open) and, where the tables
 * exist, anonymous pulse answers for about 30% of held meetings.
 */
import type { Forum, MeetingMode } from './forums.ts';
import type { Org, OrgPlan } from './organisations.ts';
import { apportion, chanceOf, hashText, idFor, Random } from './random.ts';
import { type Row, sumOf, type TableRows } from './sql-writer.ts';
import { ACTION_TITLES, AGENDA_TITLES, DECISIONS, MINUTES } from './texts.ts';
import { DAY, isoDay, isoWeekday, stockholmDay, stockholmInstant, ymd } from './time.ts';

const YEAR = 365.25 * DAY;

export type MeetingStatus = 'scheduled' | 'cancelled' | 'held';
export type Rsvp = 'pending' | 'accepted' | 'tentative' | 'declined';

export interface Meeting {
  index: number;
  id: string;
  forumIndex: number;
  title: string;
  startsAt: number;
  endsAt: number;
  mode: MeetingMode;
  status: MeetingStatus;
  createdAt: number;
  agenda: number;
  decisions: number;
  actions: number;
  /** Pulse respondents (user indexes); empty for most meetings. */
  pulse: number[];
}

const STREAM = { rsvp: hashText('rsvp'), attended: hashText('attended'), quality: hashText('quality') };

/** An organisation's answer to an invitation and whether it came: a pure function, so pulse and invitees agree. */
export function invitation(
  seed: number,
  m: Pick<Meeting, 'index' | 'status' | 'endsAt'>,
  memberPosition: number,
  anchor: number,
): { rsvp: Rsvp; attended: boolean | null } {
  const r = chanceOf(seed, STREAM.rsvp, m.index, memberPosition);
  const past = m.endsAt <= anchor;
  let rsvp: Rsvp;
  if (past || m.status === 'held')
    rsvp = r < 0.82 ? 'accepted' : r < 0.87 ? 'tentative' : r < 0.95 ? 'declined' : 'pending';
  else rsvp = r < 0.4 ? 'accepted' : r < 0.5 ? 'tentative' : r < 0.55 ? 'declined' : 'pending';
  if (m.status !== 'held') return { rsvp, attended: null };
  const a = chanceOf(seed, STREAM.attended, m.index, memberPosition);
  const p = { accepted: 0.93, tentative: 0.6, declined: 0.03, pending: 0.5 }[rsvp];
  return { rsvp, attended: a < p };
}

export function planMeetings(
  forums: readonly Forum[],
  plan: OrgPlan,
  total: number,
  anchor: number,
  seed: number,
  withPulse: boolean,
): Meeting[] {
  const rnd = new Random(seed, 'meetings');
  const expected = forums.map((f) => (f.meetingsPerYear * Math.max(0, f.meetUntil - f.meetFrom)) / YEAR);
  const perForum = apportion(total, expected);
  const meetings: Meeting[] = [];
  forums.forEach((f, fi) => {
    const n = perForum[fi] ?? 0;
    if (n === 0) return;
    const spacing = (f.meetUntil - f.meetFrom) / n;
    let lastDay = Number.NEGATIVE_INFINITY;
    const perYear = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const raw = f.meetFrom + (i + 0.5 + (rnd.next() - 0.5) * 0.3) * spacing;
      let day = stockholmDay(raw);
      day += f.weekday - isoWeekday(day);
      const { month, day: date } = ymd(day);
      // No meetings in July or from 22 December to 6 January: move by whole weeks.
      if (month === 7) day += date < 16 ? -21 : 21;
      else if ((month === 12 && date >= 22) || (month === 1 && date <= 6)) day += month === 12 ? 21 : 14;
      if (day <= lastDay) day = lastDay + 7 - ((lastDay - day) % 7);
      let startsAt = stockholmInstant(day, f.startMinutes);
      if (startsAt >= f.meetUntil || startsAt < f.meetFrom) {
        // Moving it left the forum's active time: keep the planned day instead.
        day = Math.max(stockholmDay(raw), lastDay + 1);
        startsAt = stockholmInstant(day, f.startMinutes);
        if (startsAt >= f.meetUntil) break;
      }
      lastDay = day;
      const endsAt = startsAt + f.durationMinutes * 60_000;
      const past = endsAt <= anchor;
      const status: MeetingStatus = past
        ? rnd.chance(0.08)
          ? 'cancelled'
          : 'held'
        : rnd.chance(0.05)
          ? 'cancelled'
          : 'scheduled';
      const year = ymd(day).year;
      const k = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, k);
      const index = meetings.length;
      const held = status === 'held';
      meetings.push({
        index,
        id: idFor(seed, '05', index),
        forumIndex: fi,
        title: `${f.name} ${k}/${year}`,
        startsAt,
        endsAt,
        mode: rnd.weighted(f.modes),
        status,
        createdAt: Math.min(anchor - DAY, Math.max(f.createdAt.getTime(), startsAt - 60 * DAY)),
        agenda: rnd.int(2, 5),
        decisions: held
          ? rnd.weighted([
              [0, 35],
              [1, 45],
              [2, 20],
            ])
          : 0,
        actions: held
          ? rnd.weighted([
              [0, 15],
              [1, 35],
              [2, 30],
              [3, 20],
            ])
          : 0,
        pulse: [],
      });
    }
  });
  if (withPulse) {
    for (const m of meetings) {
      if (m.status !== 'held' || !rnd.chance(0.3)) continue;
      const f = forums[m.forumIndex] as Forum;
      const present = f.members.filter((_, j) => invitation(seed, m, j, anchor).attended);
      const people = present.flatMap((i) => (plan.orgs[i] as Org).users);
      m.pulse = rnd.sample(people, rnd.int(3, 10));
    }
  }
  return meetings;
}

export function meetingTables(
  forums: readonly Forum[],
  meetings: readonly Meeting[],
  plan: OrgPlan,
  anchor: number,
  seed: number,
  withPulse: boolean,
): TableRows[] {
  const orgId = (i: number) => (plan.orgs[i] as Org).id;
  const userId = (i: number) => plan.users[i]?.id ?? null;
  const anchorDay = stockholmDay(anchor);
  const tables: TableRows[] = [
    {
      table: 'meeting',
      count: () => meetings.length,
      columns: [
        'id',
        'forum_id',
        'title',
        'starts_at',
        'ends_at',
        'mode',
        'place',
        'video_url',
        'status',
        'sequence',
        'minutes',
        'created_at',
        'updated_at',
      ],
      *rows() {
        const rnd = new Random(seed, 'meeting rows');
        for (const m of meetings) {
          const f = forums[m.forumIndex] as Forum;
          const updatedAt =
            m.status === 'held'
              ? Math.min(anchor, m.endsAt + DAY)
              : m.status === 'cancelled'
                ? Math.max(m.createdAt, Math.min(anchor, m.startsAt - 2 * DAY))
                : m.createdAt;
          yield [
            m.id,
            f.id,
            m.title,
            new Date(m.startsAt),
            new Date(m.endsAt),
            m.mode,
            m.mode === 'digital' ? null : f.place,
            m.mode === 'in_person' ? null : `https://meet.example.se/${f.slug}`,
            m.status,
            m.status === 'cancelled' ? 1 : 0,
            m.status === 'held' && rnd.chance(0.7) ? rnd.pick(MINUTES) : null,
            new Date(m.createdAt),
            new Date(updatedAt),
          ];
        }
      },
    },
    {
      table: 'meeting_invitee',
      count: () => sumOf(meetings, (m) => (forums[m.forumIndex] as Forum).members.length),
      columns: ['id', 'meeting_id', 'organisation_id', 'required', 'guest', 'rsvp', 'rsvp_at', 'attended'],
      *rows() {
        for (const m of meetings) {
          const f = forums[m.forumIndex] as Forum;
          for (let j = 0; j < f.members.length; j++) {
            const member = f.members[j] as number;
            const { rsvp, attended } = invitation(seed, m, j, anchor);
            let rsvpAt: Date | null = null;
            if (rsvp !== 'pending') {
              const before = Math.floor(chanceOf(seed, STREAM.rsvp, m.index, j, 1) * 20 + 1) * DAY;
              rsvpAt = new Date(Math.max(m.createdAt, Math.min(anchor - 3_600_000, m.startsAt - before)));
            }
            const civil = (plan.orgs[member] as Org).unit === 'civil';
            yield [
              idFor(seed, '06', m.index, j),
              m.id,
              orgId(member),
              !civil || j === 0,
              false,
              rsvp,
              rsvpAt,
              attended,
            ];
          }
        }
      },
    },
    {
      table: 'agenda_item',
      count: () => sumOf(meetings, (m) => m.agenda),
      columns: [
        'id',
        'meeting_id',
        'position',
        'title',
        'notes',
        'presenter_organisation_id',
        'duration_minutes',
      ],
      *rows() {
        const rnd = new Random(seed, 'agenda rows');
        for (const m of meetings) {
          const f = forums[m.forumIndex] as Forum;
          const middle = rnd.sample(AGENDA_TITLES.slice(1, -2), m.agenda - 2);
          const titles = [AGENDA_TITLES[0], ...middle, rnd.pick(AGENDA_TITLES.slice(-2))];
          for (let p = 1; p <= m.agenda; p++) {
            yield [
              idFor(seed, '07', m.index, p),
              m.id,
              p,
              titles[p - 1] ?? 'Övriga frågor',
              rnd.chance(0.2) ? 'Underlag skickas ut i förväg.' : null,
              p > 1 && rnd.chance(0.6) ? orgId(rnd.pick(f.members)) : null,
              rnd.chance(0.8) ? 5 * rnd.int(2, 8) : null,
            ];
          }
        }
      },
    },
    {
      table: 'decision',
      count: () => sumOf(meetings, (m) => m.decisions),
      columns: ['id', 'meeting_id', 'agenda_item_id', 'text', 'created_at'],
      *rows() {
        const rnd = new Random(seed, 'decision rows');
        for (const m of meetings) {
          for (let k = 0; k < m.decisions; k++) {
            const item = rnd.chance(0.8) ? idFor(seed, '07', m.index, rnd.int(2, m.agenda)) : null;
            yield [idFor(seed, '08', m.index, k), m.id, item, rnd.pick(DECISIONS), new Date(m.endsAt)];
          }
        }
      },
    },
    {
      table: 'action_item',
      count: () => sumOf(meetings, (m) => m.actions),
      columns: [
        'id',
        'forum_id',
        'origin_meeting_id',
        'title',
        'owner_organisation_id',
        'assignee_user_id',
        'due_date',
        'status',
        'completed_at',
        'created_at',
        'updated_at',
      ],
      *rows() {
        const rnd = new Random(seed, 'action rows');
        for (const m of meetings) {
          const f = forums[m.forumIndex] as Forum;
          for (let k = 0; k < m.actions; k++) {
            const owner = rnd.chance(0.3) ? (f.members[0] as number) : rnd.pick(f.members);
            const staff = (plan.orgs[owner] as Org).users;
            const assignee = staff.length > 0 && rnd.chance(0.7) ? userId(rnd.pick(staff)) : null;
            const created = m.endsAt;
            const meetingDay = stockholmDay(m.startsAt);
            let due: number | null = meetingDay + rnd.int(14, 90);
            let status: 'open' | 'in_progress' | 'done' | 'cancelled';
            let completed: number | null = null;
            const r = rnd.next();
            if (rnd.chance(0.05)) {
              due = null;
              status = rnd.chance(0.5) ? 'done' : 'open';
              if (status === 'done') completed = Math.min(anchor - 3_600_000, created + rnd.int(1, 60) * DAY);
            } else if (due < anchorDay) {
              if (r < 0.5) {
                status = 'done';
                completed = Math.max(created + 3_600_000, stockholmInstant(due - rnd.int(0, 10), 15 * 60));
              } else if (r < 0.72) {
                const late = stockholmInstant(due + rnd.int(1, 60), 11 * 60);
                if (late < anchor) {
                  status = 'done';
                  completed = late;
                } else status = 'in_progress';
              } else if (r < 0.95) status = rnd.chance(0.6) ? 'open' : 'in_progress';
              else status = 'cancelled';
            } else if (r < 0.25) {
              status = 'done';
              completed = created + Math.floor(rnd.next() * Math.max(3_600_000, anchor - created));
            } else status = r < 0.6 ? 'in_progress' : r < 0.98 ? 'open' : 'cancelled';
            if (completed !== null && completed >= anchor) completed = anchor - 3_600_000;
            yield [
              idFor(seed, '09', m.index, k),
              f.id,
              m.id,
              rnd.pick(ACTION_TITLES),
              orgId(owner),
              assignee,
              due === null ? null : isoDay(due),
              status,
              completed === null ? null : new Date(completed),
              new Date(created),
              new Date(completed ?? created),
            ];
          }
        }
      },
    },
  ];
  if (withPulse) {
    tables.push(
      {
        table: 'meeting_pulse_response',
        count: () => sumOf(meetings, (m) => m.pulse.length),
        columns: ['meeting_id', 'user_id'],
        *rows(): Iterable<Row> {
          for (const m of meetings) for (const u of m.pulse) yield [m.id, userId(u)];
        },
      },
      {
        table: 'meeting_pulse_answer',
        count: () => sumOf(meetings, (m) => m.pulse.length),
        columns: ['id', 'meeting_id', 'usefulness', 'trust'],
        *rows(): Iterable<Row> {
          const rnd = new Random(seed, 'pulse rows');
          for (const m of meetings) {
            if (m.pulse.length === 0) continue;
            // Some forums work better than others: their answers lean higher.
            const bias = (chanceOf(seed, STREAM.quality, m.forumIndex) - 0.5) * 1.2;
            const value = () =>
              Math.max(1, Math.min(4, Math.round(2.9 + bias + (rnd.next() + rnd.next() - 1) * 1.3)));
            for (let k = 0; k < m.pulse.length; k++)
              yield [idFor(seed, '12', m.index, k), m.id, value(), value()];
          }
        },
      },
    );
  }
  return tables;
}
