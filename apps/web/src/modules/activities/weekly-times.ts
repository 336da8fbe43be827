/**
 * Weekly times as the activity form builds them: a set of weekdays becomes the RFC 5545 rule
 * `FREQ=WEEKLY;BYDAY=…`, and a stored rule is read back into weekdays when it is that simple.
 */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

/** `FREQ=WEEKLY;BYDAY=TU,TH` for Tuesdays and Thursdays (Monday first), or null for no weekly times. */
export function buildWeeklyRule(days: Iterable<Weekday>): string | null {
  const chosen = new Set(days);
  const ordered = WEEKDAYS.filter((day) => chosen.has(day));
  return ordered.length > 0 ? `FREQ=WEEKLY;BYDAY=${ordered.join(',')}` : null;
}

/**
 * The weekdays of a rule the form can show as checkboxes: weekly on given days (every week), or
 * daily (every day). Null for anything else (every other week, monthly …), which the form keeps
 * as it is unless the person picks weekdays instead.
 */
export function parseWeeklyRule(rule: string | null | undefined): Weekday[] | null {
  if (!rule) return [];
  const parts = new Map<string, string>();
  for (const part of rule
    .replace(/^RRULE:/i, '')
    .toUpperCase()
    .split(';')) {
    if (!part) continue;
    const [name, value, ...rest] = part.split('=');
    if (!name || value === undefined || rest.length > 0 || parts.has(name)) return null;
    parts.set(name, value);
  }
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && interval !== '1') return null;
  const known = new Set(['FREQ', 'BYDAY', 'INTERVAL', 'WKST']);
  if ([...parts.keys()].some((name) => !known.has(name))) return null;
  const freq = parts.get('FREQ');
  if (freq === 'DAILY' && !parts.has('BYDAY')) return [...WEEKDAYS];
  if (freq !== 'WEEKLY') return null;
  const byDay = parts.get('BYDAY');
  if (!byDay) return null;
  const days = byDay.split(',');
  if (!days.every(isWeekday)) return null;
  return WEEKDAYS.filter((day) => days.includes(day));
}

/** `15:30` plus 90 minutes is `17:00` on the wall clock (past midnight wraps round). */
export function endTime(startTime: string, durationMinutes: number): string | null {
  const match = /^(\d{2}):(\d{2})$/.exec(startTime);
  if (!match || !Number.isInteger(durationMinutes) || durationMinutes <= 0) return null;
  const total = (Number(match[1]) * 60 + Number(match[2]) + durationMinutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
