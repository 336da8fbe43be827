import Papa from 'papaparse';

/** A table to download: Swedish column names and the cells of each row, already written as text. */
export interface CsvTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A cell a spreadsheet would run as a formula (=, +, @, a tab or a carriage return first, or a minus
 * that does not start a plain number) gets a leading apostrophe. Negative hours like "-32" or "-2,5"
 * stay numbers.
 */
const FORMULA = /^(?:[=+@\t\r]|-(?!\d+(?:,\d+)?$))/;

/**
 * The table as a Swedish spreadsheet opens it: UTF-8 with a byte-order mark (so Excel reads å, ä, ö),
 * `;` between cells (the comma is the decimal sign), CRLF after every line, and cells with `;`,
 * quotes or line breaks in double quotes, their quotes doubled.
 */
export function toCsv({ columns, rows }: CsvTable): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) },
    { delimiter: ';', newline: CRLF, quoteChar: '"', escapeChar: '"', escapeFormulae: FORMULA, header: true },
  );
  // Papa ends the header with a line break when there are no rows, and the last row without one.
  return `${BOM}${body.endsWith(CRLF) ? body : `${body}${CRLF}`}`;
}

/** A number as a Swedish spreadsheet reads it: a decimal comma, no thousands separator, a plain minus. */
export function csvNumber(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}

/** A 0–1 rate as a percentage with one decimal ("77,8"), or empty when there is none. */
export function csvPercent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '' : csvNumber(rate * 100, 1);
}

/** "forumbelastning-07-2026-01-01-2026-12-31.csv": what, for whom (a county code or a name), and the period. */
export function csvFileName(table: string, scope: string, from: string, to: string): string {
  return `${[table, slug(scope), from, to].filter(Boolean).join('-')}.csv`;
}

/** Lower case ASCII letters, digits and dashes: "Växjö kommun, socialförvaltningen" → "vaxjo-kommun-socialforvaltningen". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands the table to the browser as a file download. */
export function downloadCsv(fileName: string, table: CsvTable): void {
  const blob = new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file over; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
