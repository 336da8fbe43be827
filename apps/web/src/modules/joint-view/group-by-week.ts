import { type CalendarDate, calendarDateInZone, isoWeekOf, TIME_ZONE } from '../../ui/datetime.ts';

export interface WeekGroup<T> {
  /** "2026-W49": stable, sortable, unique across years. */
  key: string;
  year: number;
  week: number;
  monday: CalendarDate;
  items: T[];
}

/**
 * Groups items by the ISO week their start falls in, counted in Stockholm time (a meeting at
 * 00:30 on a Monday belongs to the new week even though it is still Sunday in UTC). Groups and
 * the items within them come out in time order.
 */
export function groupByIsoWeek<T extends { startsAt: string }>(
  items: readonly T[],
  timeZone = TIME_ZONE,
): WeekGroup<T>[] {
  const sorted = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const groups = new Map<string, WeekGroup<T>>();
  for (const item of sorted) {
    const { year, week, monday } = isoWeekOf(calendarDateInZone(item.startsAt, timeZone));
    const key = `${year}-W${String(week).padStart(2, '0')}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { key, year, week, monday, items: [item] });
  }
  return [...groups.values()];
}
