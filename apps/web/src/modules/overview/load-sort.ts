/** What the forum load table can be sorted by. */
export type LoadSortKey = 'name' | 'forumCount' | 'meetingsInvited' | 'meetingHours' | 'attendanceRate';
export type SortDirection = 'ascending' | 'descending';

export interface LoadSortRow {
  organisation: { name: string };
  forumCount: number;
  meetingsInvited: number;
  meetingHours: number;
  attendanceRate: number | null;
}

/** Names read A–Ö; numbers start high (the API's order, most forums first). */
export function defaultDirection(key: LoadSortKey): SortDirection {
  return key === 'name' ? 'ascending' : 'descending';
}

/**
 * Sorted by one column, ties by name in the language's alphabetical order (å, ä, ö last in Swedish).
 * An organisation with no recorded attendance comes last either way: it has no rate to compare.
 */
export function sortLoads<Row extends LoadSortRow>(
  rows: readonly Row[],
  key: LoadSortKey,
  direction: SortDirection,
  locale: string,
): Row[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: Row, b: Row) => collator.compare(a.organisation.name, b.organisation.name);
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * byName(a, b);
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) {
      if (x === y) return byName(a, b);
      return x === null ? 1 : -1;
    }
    return sign * (x - y) || byName(a, b);
  });
}
