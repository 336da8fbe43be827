import { describe, expect, it } from 'vitest';
import { csvFileName, csvNumber, csvPercent, slug, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a byte-order mark, separates with ; and ends every line with CRLF', () => {
    const csv = toCsv({
      columns: ['Organisation', 'Antal forum'],
      rows: [
        ['Region Kronoberg', 7],
        ['Polisen', 6],
      ],
    });
    expect(csv).toBe('\uFEFFOrganisation;Antal forum\r\nRegion Kronoberg;7\r\nPolisen;6\r\n');
  });

  it('quotes cells with ;, quotes or line breaks, and doubles the quotes', () => {
    const csv = toCsv({
      columns: ['Namn', 'Kommentar'],
      rows: [
        ['Föreningen "Unga Växjö"', 'ja; gärna'],
        ['Rad', 'två\nrader'],
      ],
    });
    expect(csv).toBe(
      '\uFEFFNamn;Kommentar\r\n"Föreningen ""Unga Växjö""";"ja; gärna"\r\nRad;"två\nrader"\r\n',
    );
  });

  it('writes an empty cell for null, and quotes a header that needs it', () => {
    expect(toCsv({ columns: ['Närvaro (%)', 'A;B'], rows: [[null, '']] })).toBe(
      '\uFEFFNärvaro (%);"A;B"\r\n;\r\n',
    );
  });

  it('keeps negative numbers as numbers but defuses formulas', () => {
    const csv = toCsv({
      columns: ['Text'],
      rows: [['-32'], ['-2,5'], ['=SUMMA(A1)'], ['+46'], ['@x'], ['-1+1'], ['- inget']],
    });
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      '-32',
      '-2,5',
      `"'=SUMMA(A1)"`,
      `"'+46"`,
      `"'@x"`,
      `"'-1+1"`,
      `"'- inget"`,
    ]);
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv({ columns: ['Forum', 'Värd'], rows: [] })).toBe('\uFEFFForum;Värd\r\n');
  });
});

describe('numbers for a Swedish spreadsheet', () => {
  it('uses a decimal comma and a plain minus, never a thousands separator', () => {
    expect(csvNumber(34.5)).toBe('34,5');
    expect(csvNumber(-32)).toBe('-32');
    expect(csvNumber(12345.67, 2)).toBe('12345,67');
    expect(csvNumber(0.04, 1)).toBe('0');
    expect(csvNumber(-0.04, 1)).toBe('0');
    expect(csvNumber(null)).toBe('');
  });

  it('writes a rate as a percentage', () => {
    expect(csvPercent(0.778)).toBe('77,8');
    expect(csvPercent(1)).toBe('100');
    expect(csvPercent(null)).toBe('');
  });
});

describe('file names', () => {
  it('name the table, the county or organisation, and the period', () => {
    expect(csvFileName('forumbelastning', '07', '2026-01-01', '2026-12-31')).toBe(
      'forumbelastning-07-2026-01-01-2026-12-31.csv',
    );
    expect(
      csvFileName('forumbelastning', 'Växjö kommun, socialförvaltningen', '2026-01-01', '2026-12-31'),
    ).toBe('forumbelastning-vaxjo-kommun-socialforvaltningen-2026-01-01-2026-12-31.csv');
  });

  it('slug leaves only ASCII letters, digits and dashes', () => {
    expect(slug('Kommun–Arbetsförmedlingen Växjö (EST)')).toBe('kommun-arbetsformedlingen-vaxjo-est');
  });
});
