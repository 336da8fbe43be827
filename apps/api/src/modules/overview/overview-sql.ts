import { queryRows } from '@samlad/db';
import { type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';

// The overview's sections are SQL expressions that yield JSON, so that one request can fold all the
// sections it asks for into a statement or two (county-overview.service.ts), and a section asked
// for alone still costs one. Counts and sums are computed in SQL; only the figures travel.

/** The rows of `query` as one JSON array, in `orderBy`'s order (over the rows as `r`). */
export function jsonList(query: SQL, orderBy: SQL): SQL {
  return sql`(select coalesce(json_agg(r order by ${orderBy}), '[]'::json) from (${query}) r)`;
}

/** Both drivers parse json columns; should one hand back text, it is parsed here. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** One section on its own: one statement. */
export async function selectJson<T>(ctx: Context, expression: SQL): Promise<T> {
  const [row] = await queryRows<{ v: unknown }>(ctx.db, sql`select ${expression} as v`);
  return fromJson<T>(row?.v);
}
