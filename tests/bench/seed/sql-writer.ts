/**
 * Bulk inserts as multi-row INSERT … VALUES statements of at most a few thousand rows (or about a
 * megabyte of SQL), written as literals so one code path serves postgres.js and PGlite. The next
 * batch is built while the database is still inserting the previous one (one statement in flight).
 */
import type { Executor } from '../../../packages/db/src/index.ts';

/** A jsonb value, written as its JSON text. */
export class Json {
  constructor(readonly value: unknown) {}
}

export type Cell = string | number | boolean | null | Date | readonly string[] | Json;
export type Row = readonly Cell[];

/** One table's rows: its name, its columns, and a generator that can be run more than once. */
export interface TableRows {
  table: string;
  columns: readonly string[];
  rows: () => Iterable<Row>;
  /** Appended to each statement, e.g. `on conflict … do update …`. */
  onConflict?: string;
  /** How many rows `rows` gives, when the plan tells without generating them (else they are counted). */
  count?: () => number;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const arrayElement = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** A SQL literal; the INSERT gives it the column's type. Relies on standard_conforming_strings (on by default). */
export function literal(value: Cell): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (value instanceof Json) return quote(JSON.stringify(value.value));
  return quote(`{${value.map(arrayElement).join(',')}}`);
}

/** The database's own words: drizzle wraps them in a message that repeats the whole statement. */
function describe(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const base = cause instanceof Error ? cause : error;
  if (!(base instanceof Error)) return String(base);
  const detail = (base as { detail?: string }).detail;
  return detail ? `${base.message} (${detail})` : base.message;
}

const MAX_ROWS = 5_000;
const MAX_CHARS = 1_000_000;

export class BulkWriter {
  private inFlight: Promise<void> | null = null;
  /** A failed statement, kept until the writer next waits (so it is never an unhandled rejection). */
  private failure: Error | null = null;

  constructor(
    private readonly db: Executor,
    private readonly onRows: (table: string, rowsSoFar: number) => void,
  ) {}

  /** Inserts every row of `t`; returns how many. Failures name the table and the batch. */
  async insert(t: TableRows): Promise<number> {
    const head = `insert into ${t.table} (${t.columns.join(', ')}) values `;
    let parts: string[] = [];
    let chars = head.length;
    let done = 0;
    let sent = 0;
    const send = async () => {
      const statement = head + parts.join(',\n') + (t.onConflict ? ` ${t.onConflict}` : '');
      const first = sent + 1;
      const rows = parts.length;
      parts = [];
      chars = head.length;
      await this.settle();
      sent += rows;
      const upTo = sent;
      this.inFlight = this.db.execute(statement).then(
        () => this.onRows(t.table, upTo),
        (error: unknown) => {
          const message = describe(error);
          this.failure = new Error(`inserting rows ${first}–${upTo} into ${t.table} failed: ${message}`);
        },
      );
      // Let the socket take the statement before the next batch is built.
      await new Promise((resolve) => setImmediate(resolve));
    };
    for (const row of t.rows()) {
      if (row.length !== t.columns.length) {
        throw new Error(`${t.table}: a row has ${row.length} values for ${t.columns.length} columns`);
      }
      const text = `(${row.map(literal).join(',')})`;
      parts.push(text);
      chars += text.length + 2;
      done++;
      if (parts.length >= MAX_ROWS || chars >= MAX_CHARS) await send();
    }
    if (parts.length > 0) await send();
    await this.settle();
    return done;
  }

  private async settle(): Promise<void> {
    const pending = this.inFlight;
    this.inFlight = null;
    if (pending) await pending;
    if (this.failure) throw this.failure;
  }
}

export function sumOf<T>(items: readonly T[], f: (item: T) => number): number {
  let n = 0;
  for (const item of items) n += f(item);
  return n;
}

/** How many rows a table's generator gives (the generators are pure, so this is what insert will write). */
export function countRows(t: TableRows): number {
  if (t.count) return t.count();
  let n = 0;
  for (const _ of t.rows()) n++;
  return n;
}
