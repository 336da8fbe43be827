/** RFC 5545 iCalendar feeds of meetings, written with ical.js, in Europe/Stockholm time. */
import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import { STOCKHOLM } from '../stockholm.ts';

export const SAMLAD_PRODID = '-//Samlad//Samlad//SV';

/**
 * Europe/Stockholm as a VTIMEZONE. ical.js carries no time-zone data, so the current EU rule is
 * written out: summer time from the last Sunday of March 02:00 (+01 → +02), standard time from the
 * last Sunday of October 03:00 (+02 → +01). Correct from 1996 on, which covers every meeting.
 */
export const STOCKHOLM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'X-LIC-LOCATION:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarEvent {
  /** Stable across edits: the meeting's (or series') identity. */
  uid: string;
  /** Raised by one on every change attendees should notice. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: 'CONFIRMED' | 'CANCELLED';
  /** An RRULE value for a series, e.g. `FREQ=WEEKLY;COUNT=10`. */
  rrule?: string;
  /** Cancelled occurrences of a series, by original start. */
  exdates?: readonly Date[];
  /** Set on a single moved or cancelled occurrence of a series: its original start. */
  recurrenceId?: Date;
  lastModified?: Date;
}

export interface CalendarInput {
  name: string;
  description?: string;
  events: readonly CalendarEvent[];
  /** The DTSTAMP of every event: when the feed was generated. */
  now: Date;
}

const stockholmZone = new ICAL.Timezone(ICAL.Component.fromString(STOCKHOLM_VTIMEZONE));

/** An instant as Stockholm wall-clock time, written with TZID=Europe/Stockholm. */
function localTime(instant: Date): ICAL.Time {
  const l = new TZDate(instant.getTime(), STOCKHOLM);
  const fields = { year: l.getFullYear(), month: l.getMonth() + 1, day: l.getDate() };
  return new ICAL.Time(
    { ...fields, hour: l.getHours(), minute: l.getMinutes(), second: l.getSeconds() },
    stockholmZone,
  );
}

function utcTime(instant: Date): ICAL.Time {
  return ICAL.Time.fromJSDate(instant, true);
}

// X-WR-* are unknown to ical.js, which would write them unescaped (or with VALUE=TEXT when typed
// per property). RFC 5545 3.8.8.2 makes TEXT the default for X- properties; ical.js's design data
// is the documented place to say so, and doing it once serves readers in this process too.
for (const name of ['x-wr-calname', 'x-wr-caldesc', 'x-wr-timezone']) {
  ICAL.design.icalendar.property[name] ??= { defaultType: 'text' };
}

function buildEvent(input: CalendarEvent, now: Date): ICAL.Component {
  const component = new ICAL.Component('vevent');
  const event = new ICAL.Event(component);
  event.uid = input.uid;
  component.addPropertyWithValue('dtstamp', utcTime(now));
  event.sequence = input.sequence;
  if (input.recurrenceId) event.recurrenceId = localTime(input.recurrenceId);
  event.startDate = localTime(input.start);
  event.endDate = localTime(input.end);
  event.summary = input.summary;
  if (input.description !== undefined) event.description = input.description;
  if (input.location !== undefined) event.location = input.location;
  if (input.url !== undefined) component.addPropertyWithValue('url', input.url);
  component.addPropertyWithValue('status', input.status);
  if (input.rrule !== undefined) {
    component.addPropertyWithValue('rrule', ICAL.Recur.fromString(input.rrule.replace(/^RRULE:/i, '')));
  }
  for (const exdate of input.exdates ?? []) {
    const property = new ICAL.Property('exdate');
    property.setParameter('tzid', STOCKHOLM);
    property.setValue(localTime(exdate));
    component.addProperty(property);
  }
  if (input.lastModified) component.addPropertyWithValue('last-modified', utcTime(input.lastModified));
  return component;
}

/**
 * A VCALENDAR for publishing (METHOD:PUBLISH) with the Stockholm VTIMEZONE: times in Stockholm
 * wall-clock time with TZID, DTSTAMP and LAST-MODIFIED in UTC, text escaped and lines folded by
 * ical.js, every line ending in CRLF.
 */
export function buildCalendar(input: CalendarInput): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', SAMLAD_PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', input.name);
  if (input.description !== undefined) calendar.addPropertyWithValue('x-wr-caldesc', input.description);
  calendar.addPropertyWithValue('x-wr-timezone', STOCKHOLM);
  calendar.addSubcomponent(ICAL.Component.fromString(STOCKHOLM_VTIMEZONE));
  for (const event of input.events) calendar.addSubcomponent(buildEvent(event, input.now));
  // ical.js counts 75 octets after the leading space of a continuation line, making it 76 long;
  // RFC 5545 3.1 counts the space. Folding at 74 keeps every line within 75.
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}
