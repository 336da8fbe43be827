import { describe, expect, it } from 'vitest';
import { checkTimeWindow } from './time-window.ts';

const d = (s: string) => new Date(s);

describe('checkTimeWindow', () => {
  it('accepts a forward window within the limit', () => {
    expect(checkTimeWindow({ from: d('2026-01-01T00:00Z'), to: d('2026-02-01T00:00Z') }, 366)).toBeNull();
  });
  it('rejects a window that ends before or when it starts', () => {
    expect(checkTimeWindow({ from: d('2026-02-01T00:00Z'), to: d('2026-01-01T00:00Z') }, 366)).toEqual({
      kind: 'inverted',
    });
    expect(checkTimeWindow({ from: d('2026-02-01T00:00Z'), to: d('2026-02-01T00:00Z') }, 366)).toEqual({
      kind: 'inverted',
    });
  });
  it('rejects a window longer than the limit', () => {
    expect(checkTimeWindow({ from: d('2026-01-01T00:00Z'), to: d('2026-01-31T00:01Z') }, 30)).toEqual({
      kind: 'too_long',
      maxDays: 30,
    });
    expect(checkTimeWindow({ from: d('2026-01-01T00:00Z'), to: d('2026-01-31T00:00Z') }, 30)).toBeNull();
  });
  it('names the field that is not a date', () => {
    expect(checkTimeWindow({ from: d('nonsense'), to: d('2026-01-01T00:00Z') }, 30)).toEqual({
      kind: 'invalid_date',
      field: 'from',
    });
    expect(checkTimeWindow({ from: d('2026-01-01T00:00Z'), to: d('x') }, 30)).toEqual({
      kind: 'invalid_date',
      field: 'to',
    });
  });
});
