/**
 * Loads the demo data: organisations, forums with members, meetings around `now` and shared
 * cases (`demo-cases.ts`).
 * Everything but the meeting times is fixed, ids included, so tests can rely on it.
 */
import { TZDate } from '@date-fns/tz';
import { STOCKHOLM, stockholmTime } from '@samlad/domain';
import {
  addDays,
  addWeeks,
  getISOWeek,
  getMonth,
  getYear,
  isBefore,
  isSameISOWeek,
  startOfISOWeek,
} from 'date-fns';
import type { Executor } from '../client.ts';
import {
  actionItem,
  agendaItem,
  decision,
  forum,
  forumMember,
  meeting,
  meetingInvitee,
  membership,
  organisation,
  userAccount,
} from '../schema/index.ts';
import { seedDemoActivities } from './demo-activities.ts';
import { seedDemoCases } from './demo-cases.ts';
import { demoOrganisationGroups } from './demo-data.ts';
import { type DemoForum, demoForums } from './demo-forums.ts';
import { demoMeetingWork } from './demo-meeting-work.ts';
import { seedDemoOverview } from './demo-overview.ts';
import { type DemoSchedule, demoSchedules } from './demo-schedules.ts';
import { demoUserRows } from './demo-users.ts';
import { nearestMeetingDay, nthWeekday } from './meeting-days.ts';

export { DEMO } from './demo-data.ts';

/** Meetings are generated from the Monday of the week 8 weeks before `now`… */
export const DEMO_WEEKS_BACK = 8;
/** …up to (not including) the Monday of the week 26 weeks after it. */
export const DEMO_WEEKS_AHEAD = 26;

type OrganisationRow = typeof organisation.$inferInsert;
type ForumRow = typeof forum.$inferInsert;
type ForumMemberRow = typeof forumMember.$inferInsert;
type MeetingRow = typeof meeting.$inferInsert;

export async function seedDemo(db: Executor, options: { now: Date }): Promise<void> {
  const { now } = options;
  const stamps = { createdAt: now, updatedAt: now };
  const organisations: OrganisationRow[] = demoOrganisationGroups.flatMap((group) =>
    group.organisations.map(([id, name, kind, parentId]) => ({
      id,
      parentId: parentId ?? null,
      name,
      kind,
      countyCode: group.countyCode,
      municipalityCode: group.municipalityCode,
      ...stamps,
    })),
  );
  const forums: ForumRow[] = demoForums.map(({ members: _members, ...rest }) => ({
    ...rest,
    themes: [...rest.themes],
    mergedIntoId: rest.mergedIntoId ?? null,
    ...stamps,
  }));
  const members: ForumMemberRow[] = demoForums.flatMap((f) =>
    [...new Set([f.hostOrganisationId, ...f.members])].map((organisationId) => ({
      forumId: f.id,
      organisationId,
      joinedAt: now,
    })),
  );
  const meetings = demoMeetings(now);

  await db.transaction(async (tx) => {
    // Self-references (units, merged forums) are checked at the end of each statement.
    await tx.insert(organisation).values(organisations);
    await tx.insert(forum).values(forums);
    await tx.insert(forumMember).values(members);
    if (meetings.length > 0) await tx.insert(meeting).values(meetings);
    const { users, memberships } = demoUserRows(now);
    await tx.insert(userAccount).values(users);
    await tx.insert(membership).values(memberships);
    const work = demoMeetingWork(meetings, now);
    if (work.invitees.length) await tx.insert(meetingInvitee).values(work.invitees);
    if (work.agenda.length) await tx.insert(agendaItem).values(work.agenda);
    if (work.decisions.length) await tx.insert(decision).values(work.decisions);
    if (work.actions.length) await tx.insert(actionItem).values(work.actions);
  });
  await seedDemoCases(db, { now });
  await seedDemoActivities(db, { now });
  await seedDemoOverview(db, { now, meetings });
}

/** The meetings of every active demo forum, in the weeks around `now`. */
export function demoMeetings(now: Date): MeetingRow[] {
  const thisWeek = startOfISOWeek(new TZDate(now.getTime(), STOCKHOLM));
  const from = addWeeks(thisWeek, -DEMO_WEEKS_BACK);
  const to = addWeeks(thisWeek, DEMO_WEEKS_AHEAD);
  return demoForums.flatMap((f, forumIndex) => {
    if (f.status !== 'active') return [];
    const schedule = demoSchedules[f.id];
    if (!schedule) throw new Error(`Demo forum ${f.name} is active but has no schedule`);
    let upcoming = 0;
    return occurrences(f, schedule, from, to).map(({ day, title }, index): MeetingRow => {
      const [hour = 0, minute = 0] = schedule.start.split(':').map(Number);
      const startsAt = stockholmTime(day.getFullYear(), day.getMonth() + 1, day.getDate(), hour, minute);
      const endsAt = new Date(startsAt.getTime() + schedule.minutes * 60_000);
      const mode = schedule.modes[index % schedule.modes.length] ?? 'in_person';
      const upcomingIndex = startsAt >= now ? upcoming++ : -1;
      let status: MeetingRow['status'] = endsAt <= now ? 'held' : 'scheduled';
      if (schedule.cancelledUpcoming?.includes(upcomingIndex)) status = 'cancelled';
      return {
        id: meetingId(forumIndex, index),
        forumId: f.id,
        title,
        startsAt,
        endsAt,
        mode,
        place: mode === 'digital' ? null : schedule.place,
        videoUrl: mode === 'in_person' ? null : `https://meet.example.se/${schedule.slug}`,
        status,
        createdAt: now,
        updatedAt: now,
      };
    });
  });
}

/** `00000000-0000-4000-a000-FFFFOOOOOOOO`: forum number, then occurrence number (decimal digits). */
function meetingId(forumIndex: number, occurrence: number): string {
  const forumPart = String(forumIndex + 1).padStart(4, '0');
  const occurrencePart = String(occurrence + 1).padStart(8, '0');
  return `00000000-0000-4000-a000-${forumPart}${occurrencePart}`;
}

interface Occurrence {
  /** Midnight in Stockholm. */
  day: TZDate;
  title: string;
}

/** The days in [from, to) a forum meets, with the meetings' titles. */
function occurrences(f: DemoForum, schedule: DemoSchedule, from: TZDate, to: TZDate): Occurrence[] {
  if (f.meetingsPerYear <= 0) return [];
  const result: Occurrence[] = [];
  if (f.meetingsPerYear > 12) {
    // Every week or every other week (by ISO week number), never in July.
    const interval = Math.max(1, Math.floor(52 / f.meetingsPerYear));
    for (let monday = from; isBefore(monday, to); monday = addWeeks(monday, 1)) {
      const week = getISOWeek(monday);
      if ((week + schedule.phase) % interval !== 0) continue;
      const planned = addDays(monday, schedule.weekday - 1);
      if (getMonth(planned) + 1 === 7) continue;
      const day = nearestMeetingDay(planned, (d) => isSameISOWeek(d, monday));
      if (day !== null) result.push({ day, title: `${schedule.title} vecka ${week}` });
    }
    return result;
  }
  // On the nth weekday of the meeting months.
  const months = meetingMonths(f.meetingsPerYear, schedule.phase);
  for (let year = getYear(from); year <= getYear(to); year++) {
    for (const [index, month] of months.entries()) {
      const planned = nthWeekday(year, month, schedule.weekday, schedule.nth);
      const day = nearestMeetingDay(planned, (d) => getMonth(d) + 1 === month);
      if (day === null || isBefore(day, from) || !isBefore(day, to)) continue;
      result.push({ day, title: `${schedule.title} ${index + 1}/${year}` });
    }
  }
  return result;
}

/** The months a forum meeting `perYear` times (at most 12) meets: evenly spread, never July. */
function meetingMonths(perYear: number, phase: number): number[] {
  const step = Math.max(1, Math.round(12 / perYear));
  let months = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12].filter(
    (m) => (((m - 1 - phase) % step) + step) % step === 0,
  );
  // Too many (monthly cadences of 10 or 11): drop the quietest months first.
  for (const quiet of [1, 8, 12, 6, 2]) {
    if (months.length > perYear) months = months.filter((m) => m !== quiet);
  }
  return months;
}
