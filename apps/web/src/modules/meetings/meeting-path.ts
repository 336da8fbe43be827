import { calendarDateInZone, toIsoDate } from '../../ui/datetime.ts';

/**
 * The meeting page's address. The API has no `meeting(id)` query, so the address carries the
 * meeting's Stockholm date: the page asks for that one day of the forum's meetings.
 */
export function meetingPath(meeting: { id: string; startsAt: string; forum: { id: string } }): string {
  const day = toIsoDate(calendarDateInZone(meeting.startsAt));
  return `/forum/${encodeURIComponent(meeting.forum.id)}/moten/${encodeURIComponent(meeting.id)}?datum=${day}`;
}
