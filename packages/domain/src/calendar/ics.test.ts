import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRecurrence } from '../scheduling/recurrence.ts';
import { buildCalendar, type CalendarEvent, SAMLAD_PRODID } from './ics.ts';

const d = (s: string) => new Date(s);
const now = d('2026-01-10T12:00:00Z');
const meeting: CalendarEvent = {
  uid: 'meeting-1@samlad',
  sequence: 0,
  start: d('2026-01-13T08:00:00Z'), // 09:00 CET
  end: d('2026-01-13T09:30:00Z'),
  summary: 'Samverkansråd',
  status: 'CONFIRMED',
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  return { calendar, events, first: new ICAL.Event(events[0]) };
}

/** Occurrence starts as an iCalendar reader sees them: ical.js's own expansion, exceptions applied. */
function expand(text: string): Array<[string, string]> {
  const [master, ...exceptions] = parse(text).events;
  const event = new ICAL.Event(master, { exceptions });
  const iterator = event.iterator();
  const result: Array<[string, string]> = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    const status = String(details.item.component.getFirstPropertyValue('status'));
    result.push([details.startDate.toJSDate().toISOString(), status]);
  }
  return result;
}

beforeAll(() => {
  // A reader finds the zone through the feed's own VTIMEZONE.
  const feed = new ICAL.Component(ICAL.parse(buildCalendar({ name: 'x', events: [], now })));
  const vtimezone = feed.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.register(vtimezone);
});

describe('buildCalendar: the calendar', () => {
  it('has the calendar properties and the Stockholm VTIMEZONE', () => {
    const { calendar } = parse(
      buildCalendar({ name: 'Mina möten', description: 'Alla forum', events: [], now }),
    );
    expect(calendar.getFirstPropertyValue('prodid')).toBe(SAMLAD_PRODID);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Mina möten');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe('Alla forum');
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
    expect(zone?.getAllSubcomponents().map((c) => c.name)).toEqual(['daylight', 'standard']);
  });
  it('escapes the calendar name without a VALUE parameter', () => {
    const text = buildCalendar({ name: 'Samverkan, Växjö; BRÅ', events: [], now });
    expect(text).toContain('\r\nX-WR-CALNAME:Samverkan\\, Växjö\\; BRÅ\r\n');
    expect(parse(text).calendar.getFirstPropertyValue('x-wr-calname')).toBe('Samverkan, Växjö; BRÅ');
  });
  it('leaves out a missing description', () => {
    expect(buildCalendar({ name: 'x', events: [meeting], now })).not.toMatch(/DESCRIPTION/);
  });
  it('ends every line in CRLF and folds none beyond 75 octets, splitting no character', () => {
    const description = 'Lång beskrivning: åäö, “citat” och 🇸🇪. '.repeat(12);
    const text = buildCalendar({ name: 'x', events: [{ ...meeting, description }], now });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(parse(text).first.description).toBe(description);
  });
});

describe('buildCalendar: events', () => {
  const events: CalendarEvent[] = [
    { ...meeting, sequence: 3, description: 'Punkt 1\nPunkt 2', location: 'Stadshuset, sal 3' },
    {
      ...meeting,
      uid: 'meeting-2@samlad',
      status: 'CANCELLED',
      start: d('2026-06-10T07:00:00Z'),
      end: d('2026-06-10T08:00:00Z'),
    },
  ];
  const text = buildCalendar({ name: 'x', events, now });

  it('writes one VEVENT per event with stable UIDs, SEQUENCE and STATUS', () => {
    const parsed = parse(text).events.map((c) => new ICAL.Event(c));
    expect(parsed.map((e) => [e.uid, e.sequence, e.component.getFirstPropertyValue('status')])).toEqual([
      ['meeting-1@samlad', 3, 'CONFIRMED'],
      ['meeting-2@samlad', 0, 'CANCELLED'],
    ]);
  });
  it('writes local Stockholm time with TZID and DTSTAMP in UTC', () => {
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Stockholm:20260113T090000\r\n');
    expect(text).toContain('\r\nDTEND;TZID=Europe/Stockholm:20260113T103000\r\n');
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Stockholm:20260610T090000\r\n');
    expect(text).toContain('\r\nDTSTAMP:20260110T120000Z\r\n');
  });
  it('maps 09:00 local to 08:00Z in winter and 07:00Z in summer', () => {
    const [winter, summer] = parse(text).events.map((c) => new ICAL.Event(c));
    expect(winter?.startDate.toJSDate().toISOString()).toBe('2026-01-13T08:00:00.000Z');
    expect(winter?.endDate.toJSDate().toISOString()).toBe('2026-01-13T09:30:00.000Z');
    expect(summer?.startDate.toJSDate().toISOString()).toBe('2026-06-10T07:00:00.000Z');
  });
  it('round-trips text with semicolons, commas and newlines', () => {
    const summary = 'Möte; agenda, del 1\nrad 2';
    const built = buildCalendar({ name: 'x', events: [{ ...meeting, summary }], now });
    expect(built).toContain('\r\nSUMMARY:Möte\\; agenda\\, del 1\\nrad 2\r\n');
    expect(parse(built).first.summary).toBe(summary);
    expect(parse(text).first.location).toBe('Stadshuset, sal 3');
    expect(parse(text).first.description).toBe('Punkt 1\nPunkt 2');
  });
  it('writes URL and LAST-MODIFIED', () => {
    const url = 'https://samlad.example/moten/1?vy=vecka';
    const built = buildCalendar({
      name: 'x',
      events: [{ ...meeting, url, lastModified: d('2026-01-09T10:00:00Z') }],
      now,
    });
    const event = parse(built).first.component;
    expect(event.getFirstPropertyValue('url')).toBe(url);
    expect(built).toContain('\r\nLAST-MODIFIED:20260109T100000Z\r\n');
  });
});

describe('buildCalendar: series', () => {
  // Mondays 09:00 Stockholm from 16 March 2026, across the change to summer time on 29 March.
  const series: CalendarEvent = {
    ...meeting,
    start: d('2026-03-16T08:00:00Z'),
    end: d('2026-03-16T09:00:00Z'),
    rrule: 'FREQ=WEEKLY;COUNT=5',
    exdates: [d('2026-03-23T08:00:00Z')],
  };

  it('writes RRULE and EXDATE in local time', () => {
    const text = buildCalendar({ name: 'x', events: [series], now });
    expect(text).toContain('\r\nRRULE:FREQ=WEEKLY;COUNT=5\r\n');
    expect(text).toContain('\r\nEXDATE;TZID=Europe/Stockholm:20260323T090000\r\n');
  });
  it('expands in a reader at 09:00 local across DST, without the EXDATE', () => {
    expect(expand(buildCalendar({ name: 'x', events: [series], now })).map(([start]) => start)).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
      '2026-04-13T07:00:00.000Z',
    ]);
  });
  it('lets a RECURRENCE-ID event replace its occurrence: moved, or cancelled', () => {
    const moved: CalendarEvent = {
      ...meeting,
      sequence: 1,
      recurrenceId: d('2026-03-30T07:00:00Z'),
      start: d('2026-03-31T12:00:00Z'),
      end: d('2026-03-31T13:00:00Z'),
    };
    const cancelled: CalendarEvent = {
      ...meeting,
      sequence: 1,
      status: 'CANCELLED',
      recurrenceId: d('2026-04-06T07:00:00Z'),
      start: d('2026-04-06T07:00:00Z'),
      end: d('2026-04-06T08:00:00Z'),
    };
    const text = buildCalendar({ name: 'x', events: [series, moved, cancelled], now });
    expect(text).toContain('\r\nRECURRENCE-ID;TZID=Europe/Stockholm:20260330T090000\r\n');
    expect(expand(text)).toEqual([
      ['2026-03-16T08:00:00.000Z', 'CONFIRMED'],
      ['2026-03-31T12:00:00.000Z', 'CONFIRMED'],
      ['2026-04-06T07:00:00.000Z', 'CANCELLED'],
      ['2026-04-13T07:00:00.000Z', 'CONFIRMED'],
    ]);
  });
  it('agrees with Samlad’s own expansion (rrule) on "the second Tuesday of the month"', () => {
    const rule = 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=12';
    const start = d('2026-01-13T08:00:00Z');
    const ours = parseRecurrence(rule, start);
    const text = buildCalendar({
      name: 'x',
      events: [{ ...meeting, start, end: d('2026-01-13T09:00:00Z'), rrule: rule }],
      now,
    });
    expect(expand(text).map(([s]) => s)).toEqual(
      ours.ok ? ours.recurrence.starts.map((s) => s.toISOString()) : [],
    );
  });
});
