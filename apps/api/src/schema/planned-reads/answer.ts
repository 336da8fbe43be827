import {
  type DocumentNode,
  type GraphQLLeafType,
  type GraphQLSchema,
  getArgumentValues,
  getVariableValues,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../../context.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { encodeGlobalId } from '../global-id.ts';
import { fail, planFor, type RootPlan, type Row, type Shape } from './plan.ts';

// Planned reads, the answering: a planned operation's rows read in its transaction and its
// answer built from them (plan.ts says which operations and what to read).

/** A value the executor would have answered differently (a null where none may be): not ours. */
class LeaveToExecutor extends Error {}

/** An item of a list column, which may not be null (shapeOf plans only such lists). */
function serializeItem(type: GraphQLLeafType, item: unknown): unknown {
  if (item === null || item === undefined) throw new LeaveToExecutor();
  return type.serialize(item);
}

function answer(shape: Shape, row: Row): Row {
  const out: Row = {};
  for (const entry of shape.entries) {
    switch (entry.kind) {
      case 'typename':
        out[entry.key] = entry.name;
        break;
      case 'id':
        out[entry.key] = encodeGlobalId(entry.typename, row.id as string);
        break;
      case 'column': {
        const value = row[entry.column];
        if (value === null || value === undefined) {
          if (entry.nonNull) throw new LeaveToExecutor();
          out[entry.key] = null;
        } else if (!entry.list) out[entry.key] = entry.type.serialize(value);
        else if (!Array.isArray(value)) throw new LeaveToExecutor();
        else out[entry.key] = value.map((item) => serializeItem(entry.type, item));
        break;
      }
      case 'one': {
        const related = row[entry.relation] as Row | null | undefined;
        if (!related) {
          if (entry.nonNull) throw new LeaveToExecutor();
          out[entry.key] = null;
        } else out[entry.key] = answer(entry.shape, related);
      }
    }
  }
  return out;
}

/** The relational query options that read a shape's columns and relations. */
function selectionOf(shape: Shape): { columns: Record<string, true>; with?: Record<string, unknown> } {
  const columns = Object.fromEntries(
    shape.entries.flatMap((e) =>
      e.kind === 'id' ? [['id', true as const]] : e.kind === 'column' ? [[e.column, true as const]] : [],
    ),
  );
  const withs = shape.entries.flatMap((e) =>
    e.kind === 'one' ? [[e.relation, selectionOf(e.shape)] as const] : [],
  );
  return withs.length ? { columns, with: Object.fromEntries(withs) } : { columns };
}

type FindMany = (options: Record<string, unknown>) => Promise<Row[]>;

/**
 * The page size Pothos' connection uses: `first` or its default, at most MAX_PAGE_SIZE. Paging
 * backwards or from a cursor, and sizes it refuses, are not planned.
 */
function pageSize(args: Record<string, unknown>): number | null {
  if (args.after != null || args.before != null || args.last != null) return null;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  return typeof first === 'number' && Number.isInteger(first) && first > 0
    ? Math.min(first, MAX_PAGE_SIZE)
    : null;
}

/** The relational query options for a root's rows, or null to leave the request to the executor. */
function optionsFor(part: RootPlan, variables: Record<string, unknown>, ctx: Context) {
  try {
    const args = getArgumentValues(part.field, part.node, variables);
    const limit = pageSize(args);
    // The resolver throws the person's error for bad arguments; the executor lets it.
    return limit === null ? null : { ...selectionOf(part.shape), ...part.root.rows(ctx, args), limit };
  } catch {
    return null;
  }
}

function connectionOf(part: RootPlan, rows: Row[]): Row {
  const connection: Row = {};
  for (const c of part.connection) {
    connection[c.key] =
      c.typename ??
      rows.map((row) => {
        const edge: Row = {};
        for (const e of part.edges) edge[e.key] = e.typename ?? answer(part.shape, row);
        return edge;
      });
  }
  return connection;
}

/**
 * Answers the operation by its plan, in the operation's transaction, when there is one and the
 * viewer is signed in. Null leaves it to the executor: no plan, arguments the plan does not take
 * or the resolver refuses (the executor gives that error), or rows it would answer otherwise. A
 * failure of the database fails the transaction, whose error graphql.ts masks as any other.
 */
export async function runPlanned(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  ctx: Context,
): Promise<{ data: Row } | null> {
  if (!ctx.viewer) return null;
  const planned = planFor(schema, document, operation);
  if (!planned) return null;
  // The request's variables, coerced as the executor coerces them; wrong ones are its to report.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  // Every root's options first, so no statement is sent for a request the executor will answer.
  const options = planned.map((part) => ('root' in part ? optionsFor(part, coerced.coerced, ctx) : null));
  if (planned.some((part, i) => 'root' in part && !options[i])) return null;
  const data: Row = {};
  for (const [i, part] of planned.entries()) {
    if (!('root' in part)) {
      data[part.key] = part.typename;
      continue;
    }
    const table = (ctx.db.query as unknown as Record<string, { findMany: FindMany }>)[part.table] ?? fail();
    const rows = await table.findMany(options[i] ?? fail());
    try {
      data[part.key] = connectionOf(part, rows);
    } catch {
      return null;
    }
  }
  return { data };
}
