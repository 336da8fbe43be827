/** Recurring meetings: RFC 5545 rules expanded in Stockholm wall-clock time, with exceptions. */
import { TZDate } from '@date-fns/tz';
import * as rruleModule from 'rrule';
import { STOCKHOLM } from '../stockholm.ts';
import type { TimeWindow } from '../time-window.ts';
import { readRuleParts } from './rule-syntax.ts';

// rrule's CommonJS entry is a UMD bundle, where Node's ESM loader finds only a default export;
// bundlers (and vitest inlining this package) pick its ESM build, which has the named export.
const RRule: typeof rruleModule.RRule =
  rruleModule.RRule ?? (rruleModule as unknown as { default: typeof rruleModule }).default.RRule;

export const MAX_OCCURRENCES = 200;
export const MAX_SERIES_YEARS = 3;

export type RecurrenceProblem =
  | {
      kind: 'invalid';
      reason: 'syntax' | 'unsupported' | 'count_and_until' | 'never_occurs' | 'dtstart_mismatch';
    }
  | { kind: 'unbounded' }
  | { kind: 'too_many'; maxOccurrences: number; maxYears: number };

export interface Recurrence {
  /** The rule as Samlad stores and publishes it: upper case, no `RRULE:` prefix, UNTIL in UTC. */
  rule: string;
  dtstart: Date;
  /** Every occurrence's start, the first being `dtstart`. */
  starts: Date[];
}

export type RecurrenceResult =
  | { ok: true; recurrence: Recurrence }
  | { ok: false; problem: RecurrenceProblem };

/** One occurrence moved, identified by the start it had in the series (its RECURRENCE-ID). */
export interface OccurrenceOverride {
  originalStart: Date;
  start: Date;
  end: Date;
}

export interface RecurringSeries {
  /** The first occurrence's start (a UTC instant); its Stockholm wall-clock time is kept across DST. */
  dtstart: Date;
  durationMinutes: number;
  rule: string;
  /** Cancelled occurrences, by their original start. */
  exdates?: readonly Date[];
  overrides?: readonly OccurrenceOverride[];
}

export interface Occurrence {
  originalStart: Date;
  start: Date;
  end: Date;
  moved: boolean;
}

const MINUTE_MS = 60_000;

/*
 * rrule computes on "floating" dates, whose UTC fields are a wall-clock time. Its `tzid` option
 * turns results into instants through the host's own zone (Intl's resolvedOptions), so the same
 * rule would give other instants on a laptop set to Stockholm than on a server in UTC. Samlad
 * expands Stockholm wall-clock times without `tzid` and maps each one to an instant with
 * @date-fns/tz instead.
 *
 * The floating dates are also moved 400·k years ahead, where k puts them just before year 9999.
 * The Gregorian calendar repeats exactly every 400 years (146 097 days, 20 871 weeks), so the
 * expansion is the same; but rrule searches up to year 9999 for occurrences a rule has stopped
 * producing (FREQ=DAILY;INTERVAL=7;BYDAY=TU from a Monday), and from year ~9600 that search ends
 * in milliseconds rather than seconds.
 */
function yearShift(year: number): number {
  const lastStartYear = 9999 - MAX_SERIES_YEARS - 1;
  return year >= lastStartYear ? 0 : Math.floor((lastStartYear - year) / 400) * 400;
}

function toFloating(instant: Date, shift: number): Date {
  const l = new TZDate(instant.getTime(), STOCKHOLM);
  return new Date(
    Date.UTC(
      l.getFullYear() + shift,
      l.getMonth(),
      l.getDate(),
      l.getHours(),
      l.getMinutes(),
      l.getSeconds(),
    ),
  );
}

function fromFloating(f: Date, shift: number): Date {
  const year = f.getUTCFullYear() - shift;
  const local = new TZDate(
    year,
    f.getUTCMonth(),
    f.getUTCDate(),
    f.getUTCHours(),
    f.getUTCMinutes(),
    STOCKHOLM,
  );
  return new Date(local.getTime() + f.getUTCSeconds() * 1000);
}

/** UNTIL as an instant: a UTC value as it is; a date (its whole day) or a time without Z, in Stockholm. */
function untilInstant(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?/.exec(value) ?? [];
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (value.endsWith('Z')) return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const dateOnly = value.length === 8;
  const local = new TZDate(y, mo - 1, d, dateOnly ? 23 : h, dateOnly ? 59 : mi, dateOnly ? 59 : s, STOCKHOLM);
  return new Date(local.getTime());
}

function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Checks a rule for a meeting series starting at `dtstart` and lists its occurrences. A rule must
 * end (COUNT or UNTIL), stay within MAX_OCCURRENCES and MAX_SERIES_YEARS, and have `dtstart` as its
 * first occurrence (RFC 5545 leaves an unsynchronised DTSTART undefined, and calendars disagree).
 */
export function parseRecurrence(rule: string, dtstart: Date): RecurrenceResult {
  if (Number.isNaN(dtstart.getTime())) throw new RangeError('dtstart is not a date');
  const read = readRuleParts(rule);
  if (!read.ok) return { ok: false, problem: { kind: 'invalid', reason: read.problem } };
  const { parts } = read.rule;
  const count = parts.get('COUNT');
  const untilValue = parts.get('UNTIL');
  if (count === undefined && untilValue === undefined) return { ok: false, problem: { kind: 'unbounded' } };
  const until = untilValue === undefined ? null : untilInstant(untilValue);
  if (until) parts.set('UNTIL', formatUtc(until));
  const normalized = [...parts].map(([name, value]) => `${name}=${value}`).join(';');

  const shift = yearShift(new TZDate(dtstart.getTime(), STOCKHOLM).getFullYear());
  const first = toFloating(dtstart, shift);
  const horizon = new Date(first);
  horizon.setUTCFullYear(first.getUTCFullYear() + MAX_SERIES_YEARS);
  let beyond = false;
  const floating = new RRule({
    ...RRule.parseString(normalized),
    dtstart: first,
    until: until && toFloating(until, shift),
  }).all((date, index) => {
    beyond = index >= MAX_OCCURRENCES || date.getTime() > horizon.getTime();
    return !beyond;
  });

  const tooMany = { kind: 'too_many', maxOccurrences: MAX_OCCURRENCES, maxYears: MAX_SERIES_YEARS } as const;
  if (floating.length === 0) {
    return { ok: false, problem: beyond ? tooMany : { kind: 'invalid', reason: 'never_occurs' } };
  }
  if (floating[0]?.getTime() !== first.getTime()) {
    return { ok: false, problem: { kind: 'invalid', reason: 'dtstart_mismatch' } };
  }
  // Fewer than COUNT found although the search ran far past the horizon: the rest come later.
  if (beyond || (count !== undefined && floating.length < Number(count)))
    return { ok: false, problem: tooMany };
  const starts = floating.map((date) => fromFloating(date, shift));
  return { ok: true, recurrence: { rule: normalized, dtstart, starts } };
}

/**
 * The occurrences of a series that overlap `window` (half-open), in start order: cancelled ones
 * left out, moved ones at their new time (so a move into the window shows, a move out does not).
 * Throws on a rule `parseRecurrence` rejects: stored series are checked when they are saved.
 */
export function expandOccurrences(series: RecurringSeries, window: TimeWindow): Occurrence[] {
  const parsed = parseRecurrence(series.rule, series.dtstart);
  if (!parsed.ok) throw new RangeError(`Invalid recurrence (${parsed.problem.kind}): ${series.rule}`);
  const cancelled = new Set(series.exdates?.map((date) => date.getTime()));
  const moved = new Map(series.overrides?.map((o) => [o.originalStart.getTime(), o]));
  const occurrences: Occurrence[] = [];
  for (const originalStart of parsed.recurrence.starts) {
    if (cancelled.has(originalStart.getTime())) continue;
    const override = moved.get(originalStart.getTime());
    const start = override?.start ?? originalStart;
    const end = override?.end ?? new Date(originalStart.getTime() + series.durationMinutes * MINUTE_MS);
    if (start.getTime() < window.to.getTime() && end.getTime() > window.from.getTime()) {
      occurrences.push({ originalStart, start, end, moved: override !== undefined });
    }
  }
  return occurrences.sort((a, b) => a.start.getTime() - b.start.getTime());
}
