import { describe, expect, it } from 'vitest';
import { defaultPeriod, filtersFrom, searchFor, thresholdValue } from './period.ts';

describe('defaultPeriod', () => {
  it('is the twelve months up to and including today', () => {
    expect(defaultPeriod('2026-12-02')).toEqual({ from: '2025-12-03', to: '2026-12-02' });
    expect(defaultPeriod('2026-01-01')).toEqual({ from: '2025-01-02', to: '2026-01-01' });
  });

  it('counts back from 28 February when today is a leap day', () => {
    expect(defaultPeriod('2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('crosses the end of a month', () => {
    expect(defaultPeriod('2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });
});

describe('filters in the address', () => {
  const today = '2026-12-02';

  it('defaults to the last year, every kind and a threshold of 8', () => {
    expect(filtersFrom(new URLSearchParams(), today)).toEqual({
      from: '2025-12-03',
      to: '2026-12-02',
      kind: '',
      threshold: '8',
    });
  });

  it('reads what is there, and ignores a kind that does not exist', () => {
    const params = new URLSearchParams('fran=2026-01-01&till=2026-06-30&typ=POLICE&grans=5');
    expect(filtersFrom(params, today)).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      kind: 'POLICE',
      threshold: '5',
    });
    expect(filtersFrom(new URLSearchParams('typ=BAKERY'), today).kind).toBe('');
  });

  it('keeps a period that is wrong, so the API can say what is wrong with it', () => {
    expect(filtersFrom(new URLSearchParams('fran=2026-12-01&till=2026-01-01'), today)).toMatchObject({
      from: '2026-12-01',
      to: '2026-01-01',
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(searchFor(filtersFrom(new URLSearchParams(), today), today).toString()).toBe('');
    const filters = { from: '2026-01-01', to: '2026-12-02', kind: 'SCHOOL', threshold: ' 3 ' } as const;
    expect(searchFor(filters, today).toString()).toBe('fran=2026-01-01&typ=SCHOOL&grans=3');
  });
});

describe('thresholdValue', () => {
  it('takes whole numbers, including those the API will refuse with its own message', () => {
    expect(thresholdValue('8')).toBe(8);
    expect(thresholdValue(' 12 ')).toBe(12);
    expect(thresholdValue('0')).toBe(0);
    expect(thresholdValue('-2')).toBe(-2);
  });

  it('refuses what is not a whole number', () => {
    expect(thresholdValue('')).toBeNull();
    expect(thresholdValue('2.5')).toBeNull();
    expect(thresholdValue('åtta')).toBeNull();
    expect(thresholdValue('1e3')).toBeNull();
  });
});
