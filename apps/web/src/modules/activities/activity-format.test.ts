import { describe, expect, it } from 'vitest';
import {
  capitalise,
  formatKronor,
  formatOccurrence,
  languageName,
  parseLanguageCodes,
  weekdayNames,
} from './activity-format.ts';

const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatOccurrence', () => {
  it('shows the day and the times in Stockholm, whatever the zone of the instants', () => {
    // 13:30Z is 15:30 in Stockholm in summer.
    expect(
      formatOccurrence(
        { date: '2026-06-16', startsAt: '2026-06-16T13:30:00.000Z', endsAt: '2026-06-16T15:00:00.000Z' },
        'sv',
      ),
    ).toBe('tis 16 juni 2026, 15:30–17:00');
  });

  it('shows a start time alone when there is no length', () => {
    expect(formatOccurrence({ date: '2026-12-02', startsAt: '2026-12-02T15:00:00.000Z' }, 'en')).toBe(
      'Wed, 2 Dec 2026, 16:00',
    );
  });

  it('shows only the day when there is no set time', () => {
    expect(formatOccurrence({ date: '2026-07-13', startsAt: null, endsAt: null }, 'sv')).toBe(
      'mån 13 juli 2026',
    );
  });
});

describe('languages', () => {
  it('names languages in the interface language', () => {
    expect(languageName('ar', 'sv')).toBe('arabiska');
    expect(languageName('so', 'en')).toBe('Somali');
    expect(capitalise(languageName('ti', 'sv'))).toBe('Tigrinja');
  });

  it('reads codes written by hand, or refuses them', () => {
    expect(parseLanguageCodes(' ku, TR ;pl ku')).toEqual(['ku', 'tr', 'pl']);
    expect(parseLanguageCodes('')).toEqual([]);
    expect(parseLanguageCodes('kurdiska')).toBeNull();
  });
});

describe('formatKronor and weekdayNames', () => {
  it('writes kronor the Swedish way', () => {
    expect(plainSpaces(formatKronor(1200, 'sv'))).toBe('1 200 kr');
  });

  it('names the weekdays from Monday', () => {
    expect(weekdayNames('sv')).toEqual([
      'måndag',
      'tisdag',
      'onsdag',
      'torsdag',
      'fredag',
      'lördag',
      'söndag',
    ]);
  });
});
