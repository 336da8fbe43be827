import { describe, expect, it } from 'vitest';
import { buildWeeklyRule, endTime, parseWeeklyRule } from './weekly-times.ts';

describe('buildWeeklyRule', () => {
  it('lists the chosen weekdays Monday first', () => {
    expect(buildWeeklyRule(['TH', 'TU'])).toBe('FREQ=WEEKLY;BYDAY=TU,TH');
    expect(buildWeeklyRule(new Set(['SU', 'MO'] as const))).toBe('FREQ=WEEKLY;BYDAY=MO,SU');
  });

  it('gives no rule for no weekdays', () => {
    expect(buildWeeklyRule([])).toBeNull();
  });
});

describe('parseWeeklyRule', () => {
  it('reads the weekdays of a weekly rule, whatever the order of its parts', () => {
    expect(parseWeeklyRule('FREQ=WEEKLY;BYDAY=TU,TH')).toEqual(['TU', 'TH']);
    expect(parseWeeklyRule('BYDAY=FR,MO;FREQ=WEEKLY')).toEqual(['MO', 'FR']);
    expect(parseWeeklyRule('RRULE:freq=weekly;byday=we;interval=1')).toEqual(['WE']);
  });

  it('reads a daily rule as every day', () => {
    expect(parseWeeklyRule('FREQ=DAILY')).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
  });

  it('reads no rule as no weekdays', () => {
    expect(parseWeeklyRule(null)).toEqual([]);
    expect(parseWeeklyRule('')).toEqual([]);
  });

  it('gives null for rules the checkboxes cannot show', () => {
    expect(parseWeeklyRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toBeNull();
    expect(parseWeeklyRule('FREQ=MONTHLY;BYDAY=2TU')).toBeNull();
    expect(parseWeeklyRule('FREQ=WEEKLY;BYDAY=1TU')).toBeNull();
    expect(parseWeeklyRule('FREQ=WEEKLY')).toBeNull();
    expect(parseWeeklyRule('FREQ=DAILY;BYHOUR=9')).toBeNull();
    expect(parseWeeklyRule('FREQ=WEEKLY;FREQ=DAILY')).toBeNull();
  });
});

describe('endTime', () => {
  it('adds the length on the wall clock', () => {
    expect(endTime('15:30', 90)).toBe('17:00');
    expect(endTime('23:30', 60)).toBe('00:30');
  });

  it('gives null without a time or a length', () => {
    expect(endTime('', 60)).toBeNull();
    expect(endTime('15:30', 0)).toBeNull();
  });
});
