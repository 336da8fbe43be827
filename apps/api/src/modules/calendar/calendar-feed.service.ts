import { type Database, schema } from '@samlad/db';
import { buildCalendar, type CalendarEvent } from '@samlad/domain';
import { and, eq } from 'drizzle-orm';
import { encodeGlobalId } from '../../schema/global-id.ts';

const DAY_MS = 86_400_000;
/** What a feed covers: the recent past (for minutes and follow-up) and the coming year. */
export const FEED_DAYS_BACK = 60;
export const FEED_DAYS_AHEAD = 366;
/** A bound on one feed, far above what a person sits in over that window. */
const MAX_EVENTS = 2000;

/** The web app's page for a meeting, which an event links to when there is no video link. */
export const meetingPagePath = (meetingId: string) => `/moten/${encodeGlobalId('Meeting', meetingId)}`;

export interface FeedWindow {
  from: Date;
  to: Date;
}

export const feedWindow = (now: Date): FeedWindow => ({
  from: new Date(now.getTime() - FEED_DAYS_BACK * DAY_MS),
  to: new Date(now.getTime() + FEED_DAYS_AHEAD * DAY_MS),
});

/** Exactly what an event shows: no invitees, no minutes, nothing about a person. */
const EVENT_COLUMNS = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  place: true,
  videoUrl: true,
  sequence: true,
  updatedAt: true,
  seriesId: true,
  originalStart: true,
} as const;

const EVENT_WITH = {
  forum: { columns: { name: true } },
  agendaItems: { columns: { title: true }, orderBy: { position: 'asc' } },
} as const;

type FeedMeeting = Awaited<ReturnType<typeof forumMeetings>>[number];

/** Meetings of the forums any of these organisations is a member of, in the window; one statement. */
async function meetingsOfOrganisations(db: Database, organisationIds: string[], window: FeedWindow) {
  if (organisationIds.length === 0) return [];
  return db.query.meeting.findMany({
    columns: EVENT_COLUMNS,
    with: EVENT_WITH,
    where: {
      endsAt: { gte: window.from },
      startsAt: { lt: window.to },
      forum: { memberships: { organisationId: { in: organisationIds } } },
    },
    orderBy: { startsAt: 'asc', id: 'asc' },
    limit: MAX_EVENTS,
  });
}

function forumMeetings(db: Database, forumId: string, window: FeedWindow) {
  return db.query.meeting.findMany({
    columns: EVENT_COLUMNS,
    with: EVENT_WITH,
    where: { endsAt: { gte: window.from }, startsAt: { lt: window.to }, forumId },
    orderBy: { startsAt: 'asc', id: 'asc' },
    limit: MAX_EVENTS,
  });
}

/** One meeting (or one occurrence, standing alone) as an event. */
function toEvent(meeting: FeedMeeting, baseUrl: string): CalendarEvent {
  const page = `${baseUrl}${meetingPagePath(meeting.id)}`;
  const cancelled = meeting.status === 'cancelled';
  const lines = [
    ...(cancelled ? ['Mötet är inställt. / The meeting is cancelled.', ''] : []),
    `Forum: ${meeting.forum.name}`,
  ];
  if (meeting.agendaItems.length > 0) {
    lines.push('', 'Dagordning:', ...meeting.agendaItems.map((item, i) => `${i + 1}. ${item.title}`));
  }
  if (meeting.videoUrl) lines.push('', `Videolänk: ${meeting.videoUrl}`);
  lines.push('', `Mötessida: ${page}`);
  return {
    uid: `${meeting.id}@samlad`,
    sequence: meeting.sequence,
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: `${meeting.title} – ${meeting.forum.name}`,
    description: lines.join('\n'),
    ...(meeting.place ? { location: meeting.place } : {}),
    url: meeting.videoUrl ?? page,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    lastModified: meeting.updatedAt,
  };
}

/**
 * Feed events: a single meeting is one event; a recurring series is one event with its RRULE,
 * EXDATE for cancelled occurrences and, for an occurrence moved or edited, an event with the
 * series' UID and a RECURRENCE-ID (its original start). Every occurrence of a series that shows
 * in the window is read (one more statement), so exceptions outside the window are kept too.
 */
async function toEvents(db: Database, meetings: FeedMeeting[], baseUrl: string): Promise<CalendarEvent[]> {
  const seriesIds = [...new Set(meetings.map((m) => m.seriesId).filter((id): id is string => id !== null))];
  const single = meetings.filter((m) => m.seriesId === null).map((m) => toEvent(m, baseUrl));
  if (seriesIds.length === 0) return single;
  const series = await db.query.meetingSeries.findMany({
    where: { id: { in: seriesIds } },
    with: { occurrences: { columns: EVENT_COLUMNS, with: EVENT_WITH, orderBy: { originalStart: 'asc' } } },
  });
  const grouped = series.flatMap((s) => {
    const first = s.occurrences[0];
    if (!first) return [];
    const uid = `series-${s.id}@samlad`;
    const base = toEvent(first, baseUrl);
    const master: CalendarEvent = {
      ...base,
      uid,
      // Any change to an occurrence is a change to the series a calendar holds.
      sequence: Math.max(...s.occurrences.map((o) => o.sequence)),
      start: s.firstStart,
      end: new Date(s.firstStart.getTime() + s.durationMinutes * 60_000),
      summary: `${s.title} – ${first.forum.name}`,
      status: 'CONFIRMED',
      rrule: s.rule,
      exdates: s.occurrences
        .filter((o) => o.status === 'cancelled')
        .map((o) => o.originalStart ?? o.startsAt),
      lastModified: new Date(
        Math.max(s.updatedAt.getTime(), ...s.occurrences.map((o) => o.updatedAt.getTime())),
      ),
    };
    const exceptions = s.occurrences
      .filter((o) => o.status !== 'cancelled' && o.sequence > 0)
      .map((o) => ({ ...toEvent(o, baseUrl), uid, recurrenceId: o.originalStart ?? o.startsAt }));
    return [master, ...exceptions];
  });
  return [...single, ...grouped];
}

/** The person's feed: every forum any of their active organisations sits in. */
export async function personalCalendar(db: Database, userId: string, now: Date, baseUrl: string) {
  const m = schema.membership;
  const memberships = await db
    .select({ organisationId: m.organisationId })
    .from(m)
    .where(and(eq(m.userId, userId), eq(m.status, 'active')));
  const meetings = await meetingsOfOrganisations(
    db,
    memberships.map((row) => row.organisationId),
    feedWindow(now),
  );
  return buildCalendar({
    name: 'Samlad – mina möten',
    description: 'Möten i alla forum som dina organisationer är med i. / Meetings of all your forums.',
    events: await toEvents(db, meetings, baseUrl),
    now,
  });
}

/** A forum's feed. */
export async function forumCalendar(db: Database, forumId: string, now: Date, baseUrl: string) {
  const [forum] = await db
    .select({ name: schema.forum.name })
    .from(schema.forum)
    .where(eq(schema.forum.id, forumId));
  if (!forum) return null;
  const meetings = await forumMeetings(db, forumId, feedWindow(now));
  return buildCalendar({
    name: `Samlad – ${forum.name}`,
    description: `Forumets möten. / The forum’s meetings.`,
    events: await toEvents(db, meetings, baseUrl),
    now,
  });
}

/**
 * One meeting as a calendar, if the organisation is a member of its forum (as for every read of
 * a meeting); null otherwise, so an outsider cannot tell it from one that does not exist.
 */
export async function meetingCalendar(
  db: Database,
  meetingId: string,
  organisationId: string,
  now: Date,
  baseUrl: string,
) {
  const meeting = await db.query.meeting.findFirst({
    columns: EVENT_COLUMNS,
    with: EVENT_WITH,
    where: { id: meetingId, forum: { memberships: { organisationId } } },
  });
  if (!meeting) return null;
  return buildCalendar({ name: meeting.title, events: [toEvent(meeting, baseUrl)], now });
}
