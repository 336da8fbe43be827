/**
 * An activity's schedule: a date range, and optionally weekly (or other) times as an RFC 5545
 * rule with exception dates, at a local time in Stockholm. Unlike a meeting series the rule is
 * bounded by the date range, and the first day need not match it (a term from a Monday, on
 * Tuesdays and Thursdays).
 */
import * as rruleModule from 'rrule';
import { readRuleParts } from '../scheduling/rule-syntax.ts';
import { stockholmDate, stockholmTime } from '../stockholm.ts';

const RRule: typeof rruleModule.RRule =
  rruleModule.RRule ?? (rruleModule as unknown as { default: typeof rruleModule }).default.RRule;

/** The longest date range an activity may have, so its occurrences stay few enough to list. */
export const MAX_ACTIVITY_DAYS = 731;

export interface ActivitySchedule {
  /** YYYY-MM-DD, inclusive. */
  startsOn: string;
  endsOn: string;
  /** HH:MM, Stockholm; null for activities without set times (a summer job, an open centre's term). */
  startTime: string | null;
  durationMinutes: number | null;
  /** RRULE value without COUNT/UNTIL (the range bounds it), e.g. FREQ=WEEKLY;BYDAY=TU,TH. */
  recurrence: string | null;
  exceptionDates: readonly string[];
}

export type ScheduleProblem =
  | { field: 'endsOn'; reason: 'before_start' | 'too_long' }
  | { field: 'startsOn' | 'endsOn' | 'exceptionDates'; reason: 'not_a_date' }
  | { field: 'startTime'; reason: 'not_a_time' | 'needed_with_duration' }
  | { field: 'durationMinutes'; reason: 'out_of_range' }
  | { field: 'recurrence'; reason: 'invalid' | 'bounded' | 'never_occurs' }
  | { field: 'exceptionDates'; reason: 'outside_range' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(text: string): { year: number; month: number; day: number } | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : null;
}

const dayNumber = (text: string) => {
  const d = parseDate(text);
  return d ? Date.UTC(d.year, d.month - 1, d.day) / 86_400_000 : Number.NaN;
};
const isoOf = (floating: Date) => floating.toISOString().slice(0, 10);

/**
 * The schedule's dates that the rule gives (or just the first day, without a rule), exceptions
 * left out, in order. `enough` may stop the walk early: it sees each date kept so far.
 */
function scheduledDates(s: ActivitySchedule, enough?: (date: string) => boolean): string[] {
  const excluded = new Set(s.exceptionDates);
  if (!s.recurrence) return excluded.has(s.startsOn) ? [] : [s.startsOn];
  const from = parseDate(s.startsOn);
  const to = parseDate(s.endsOn);
  if (!from || !to) return [];
  // Floating dates: UTC fields stand for Stockholm calendar days; times are added afterwards.
  const rule = new RRule({
    ...RRule.parseString(s.recurrence),
    dtstart: new Date(Date.UTC(from.year, from.month - 1, from.day)),
    until: new Date(Date.UTC(to.year, to.month - 1, to.day, 23, 59, 59)),
  });
  const kept: string[] = [];
  rule.all((floating, index) => {
    if (index >= MAX_ACTIVITY_DAYS) return false;
    const date = isoOf(floating);
    if (excluded.has(date)) return true;
    kept.push(date);
    return !enough?.(date);
  });
  return kept;
}

/** What is wrong with a schedule, field by field (the first problem), or null. */
export function checkActivitySchedule(s: ActivitySchedule): ScheduleProblem | null {
  if (!parseDate(s.startsOn)) return { field: 'startsOn', reason: 'not_a_date' };
  if (!parseDate(s.endsOn)) return { field: 'endsOn', reason: 'not_a_date' };
  const length = dayNumber(s.endsOn) - dayNumber(s.startsOn);
  if (length < 0) return { field: 'endsOn', reason: 'before_start' };
  if (length > MAX_ACTIVITY_DAYS) return { field: 'endsOn', reason: 'too_long' };
  if (s.startTime !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(s.startTime))
    return { field: 'startTime', reason: 'not_a_time' };
  if (s.durationMinutes !== null) {
    if (!Number.isInteger(s.durationMinutes) || s.durationMinutes < 1 || s.durationMinutes > 24 * 60)
      return { field: 'durationMinutes', reason: 'out_of_range' };
    if (s.startTime === null) return { field: 'startTime', reason: 'needed_with_duration' };
  }
  for (const date of s.exceptionDates) {
    if (!parseDate(date)) return { field: 'exceptionDates', reason: 'not_a_date' };
    if (date < s.startsOn || date > s.endsOn) return { field: 'exceptionDates', reason: 'outside_range' };
  }
  if (s.recurrence !== null) {
    const read = readRuleParts(s.recurrence);
    if (!read.ok) return { field: 'recurrence', reason: 'invalid' };
    if (read.rule.parts.has('COUNT') || read.rule.parts.has('UNTIL'))
      return { field: 'recurrence', reason: 'bounded' };
    if (scheduledDates(s).length === 0) return { field: 'recurrence', reason: 'never_occurs' };
  }
  return null;
}

export interface ActivityOccurrence {
  /** YYYY-MM-DD. */
  date: string;
  /** The start and end instants, when the schedule has a time. */
  start: Date | null;
  end: Date | null;
}

function occurrenceOn(s: ActivitySchedule, date: string): ActivityOccurrence {
  const d = parseDate(date);
  if (!d || s.startTime === null) return { date, start: null, end: null };
  const [hour, minute] = s.startTime.split(':').map(Number) as [number, number];
  const start = stockholmTime(d.year, d.month, d.day, hour, minute);
  const end = s.durationMinutes ? new Date(start.getTime() + s.durationMinutes * 60_000) : null;
  return { date, start, end };
}

/** Every occurrence, in order (a schedule without a rule has one: its first day). */
export function activityOccurrences(s: ActivitySchedule): ActivityOccurrence[] {
  return scheduledDates(s).map((date) => occurrenceOn(s, date));
}

/**
 * The next time it happens from `now`: the first occurrence today or later (one already over today
 * counts no more); for a schedule without a rule that has begun and not ended, today.
 */
export function nextActivityOccurrence(s: ActivitySchedule, now: Date): ActivityOccurrence | null {
  const today = stockholmDate(now).iso;
  if (!s.recurrence) {
    if (s.endsOn < today) return null;
    // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings; they compare as text, not numbers.
    return occurrenceOn(s, s.startsOn >= today ? s.startsOn : today);
  }
  // Walk only as far as the first time still to come, not through the whole period.
  const isNext = (date: string) => {
    if (date < today) return false;
    const occurrence = occurrenceOn(s, date);
    return !(date === today && occurrence.end && occurrence.end <= now);
  };
  const date = scheduledDates(s, isNext).find(isNext);
  return date ? occurrenceOn(s, date) : null;
}

/** The first occurrence of the whole schedule (a calendar's DTSTART), computed without the rest. */
export function firstActivityOccurrence(s: ActivitySchedule): ActivityOccurrence | null {
  const [date] = scheduledDates(s, () => true);
  return date ? occurrenceOn(s, date) : null;
}

/** A rule's parts by name (FREQ, BYDAY, INTERVAL, …), for feeds that publish them field by field. */
export function ruleFields(rule: string): Record<string, string> {
  const read = readRuleParts(rule);
  return read.ok ? Object.fromEntries(read.rule.parts) : {};
}
