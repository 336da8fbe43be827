import { describe, expect, it } from 'vitest';
import { sortLoads } from './load-sort.ts';

const row = (name: string, forumCount: number, attendanceRate: number | null = null) => ({
  organisation: { name },
  forumCount,
  meetingsInvited: forumCount * 2,
  meetingHours: forumCount * 1.5,
  attendanceRate,
});

const names = (rows: { organisation: { name: string } }[]) => rows.map((r) => r.organisation.name);

describe('sortLoads', () => {
  const rows = [
    row('Örkelljunga', 3, 0.5),
    row('Alvesta', 10, null),
    row('Växjö', 3, 0.9),
    row('Ljungby', 7, 0.2),
  ];

  it('sorts by forums, most first, ties by name', () => {
    expect(names(sortLoads(rows, 'forumCount', 'descending', 'sv-SE'))).toEqual([
      'Alvesta',
      'Ljungby',
      'Växjö',
      'Örkelljunga',
    ]);
    expect(names(sortLoads(rows, 'forumCount', 'ascending', 'sv-SE'))).toEqual([
      'Växjö',
      'Örkelljunga',
      'Ljungby',
      'Alvesta',
    ]);
  });

  it('sorts names in Swedish order, Ö after V', () => {
    expect(names(sortLoads(rows, 'name', 'ascending', 'sv-SE'))).toEqual([
      'Alvesta',
      'Ljungby',
      'Växjö',
      'Örkelljunga',
    ]);
    expect(names(sortLoads(rows, 'name', 'descending', 'sv-SE'))[0]).toBe('Örkelljunga');
  });

  it('puts organisations with no recorded attendance last, in both directions', () => {
    expect(names(sortLoads(rows, 'attendanceRate', 'descending', 'sv-SE'))).toEqual([
      'Växjö',
      'Örkelljunga',
      'Ljungby',
      'Alvesta',
    ]);
    expect(names(sortLoads(rows, 'attendanceRate', 'ascending', 'sv-SE'))).toEqual([
      'Ljungby',
      'Örkelljunga',
      'Växjö',
      'Alvesta',
    ]);
  });

  it('leaves the rows it was given alone', () => {
    const before = names(rows);
    sortLoads(rows, 'name', 'ascending', 'sv-SE');
    expect(names(rows)).toEqual(before);
  });
});
