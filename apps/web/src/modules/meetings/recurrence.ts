import { type CalendarDate, weekdayIndex } from '../../ui/datetime.ts';

export type Repeat = 'NONE' | 'WEEKLY' | 'BIWEEKLY' | 'MONTHLY_WEEKDAY';
export const repeats: readonly Repeat[] = ['NONE', 'WEEKLY', 'BIWEEKLY', 'MONTHLY_WEEKDAY'];

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The RFC 5545 rule for a simple choice. Monthly repeats keep the weekday's place in the month
 * (the 2nd Tuesday); a day past the 28th becomes "the last" weekday, which every month has.
 */
export function buildRrule(repeat: Repeat, count: number, firstDay: CalendarDate): string | null {
  const limit = `COUNT=${count}`;
  switch (repeat) {
    case 'NONE':
      return null;
    case 'WEEKLY':
      return `FREQ=WEEKLY;${limit}`;
    case 'BIWEEKLY':
      return `FREQ=WEEKLY;INTERVAL=2;${limit}`;
    case 'MONTHLY_WEEKDAY': {
      const nth = Math.ceil(firstDay.day / 7);
      const day = DAYS[weekdayIndex(firstDay)];
      return `FREQ=MONTHLY;BYDAY=${nth > 4 ? -1 : nth}${day};${limit}`;
    }
  }
}
