import { type Relations, relations } from '@samlad/db';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLLeafType,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../../context.ts';

// Planned reads, the planning: which documents can be answered straight from rows, and how
// (answer.ts answers them). A query whose every field is a plain read of rows (columns a drizzle type
// exposes, node ids, to-one relations, under a list root that says which rows it lists) is
// answered by one relational query per root field, with the answer built straight from the rows.
// graphql-js would otherwise walk every field of every row through Pothos' wrappers, which is
// most of such a request's cost (tests/bench/RESULTS.md). It runs in the operation's transaction,
// under the same row-level security, with the where clause the root's resolver uses and the leaf
// types' own serialize, so the answer is the executor's; planned-reads.test.ts compares the two,
// document by document and role by role. Anything else (a directive, an argument on an inner
// field, a field with scopes or a resolver of its own, cursors, page info) is not planned, and
// the executor answers as always.

/** The rows a planned list root lists: its resolver's where clause and order, for its arguments. */
export interface PlannedRows {
  where: Record<string, unknown>;
  orderBy: Record<string, 'asc' | 'desc'>;
}

export interface PlannedRoot {
  /** The rows for these (coerced) arguments; throws, as the resolver does, for bad ones. */
  rows(ctx: Context, args: Record<string, unknown>): PlannedRows;
}

/**
 * Marks a Query connection field (a drizzleConnection without cursors of its own making) as one
 * that may be planned, in its `extensions` as report-limit.ts marks reports. `rows` must be what
 * its resolver hands to `query()`, with the order made total (the primary key last), as Pothos'
 * connection orders it.
 */
export function plannedConnection(root: PlannedRoot) {
  return { samladPlannedRows: root };
}

const plannedRootOf = (field: { extensions?: unknown }) =>
  (field.extensions as { samladPlannedRows?: PlannedRoot } | undefined)?.samladPlannedRows;

export type Row = Record<string, unknown>;

export type Entry =
  | { kind: 'typename'; key: string; name: string }
  | { kind: 'id'; key: string; typename: string }
  | { kind: 'column'; key: string; column: string; type: GraphQLLeafType; nonNull: boolean; list: boolean }
  | { kind: 'one'; key: string; relation: string; nonNull: boolean; shape: Shape };

/** How to answer with one table's rows (and so which of their columns and relations to read). */
export interface Shape {
  entries: Entry[];
}

export interface RootPlan {
  key: string;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  table: string;
  root: PlannedRoot;
  /** Response keys and typenames of the connection and its edges, in the order asked. */
  connection: Array<{ key: string; typename?: string }>;
  edges: Array<{ key: string; typename?: string }>;
  shape: Shape;
}

export type Plan = Array<RootPlan | { key: string; typename: string }>;

/** Thrown while planning: this document is left to the executor. */
class NotPlannable extends Error {}

export const fail = (): never => {
  throw new NotPlannable();
};

const SIGNED_IN = JSON.stringify({ signedIn: true });

/** Scopes a planned read meets by having a viewer at all: none, or `signedIn` alone. */
const signedInAtMost = (thing: { extensions?: unknown }) => {
  const scopes = extensionsOf(thing).pothosOptions?.authScopes;
  return scopes === undefined || JSON.stringify(scopes) === SIGNED_IN;
};

interface PothosExtensions {
  pothosOptions?: { authScopes?: unknown; select?: unknown };
  /** The drizzle plugin's model: the key of `db.query` and of the relations. */
  pothosDrizzleModel?: string;
  pothosExposedField?: string;
  /** Set by the drizzle plugin's t.relation (with the two below) and its relatedConnection. */
  pothosDrizzleLoaded?: unknown;
  pothosDrizzleSelect?: unknown;
}
const extensionsOf = (thing: { extensions?: unknown }) => (thing.extensions ?? {}) as PothosExtensions;

/** The drizzle model a type reads, if it is a drizzle type whose rows a signed-in viewer may see. */
function tableOf(type: GraphQLObjectType): string {
  const ext = extensionsOf(type);
  const table = ext.pothosDrizzleModel;
  if (typeof table !== 'string' || !signedInAtMost(type)) return fail();
  return table;
}

/**
 * Whether a field is the drizzle plugin's `t.relation(name)` with no `query` of its own: its
 * resolver is then `parent[name]`. A `t.field` with a `select` and a resolver of its own (a case's
 * subject, which checks consent and audits the read) has no `pothosDrizzleLoaded` and has a
 * `select`. The relation's select is asked what it would load: exactly the relation, with nothing
 * (no filter, no order) of the field's own, or it is not planned.
 */
export function isPlainRelation(ext: PothosExtensions, name: string): boolean {
  if (!ext.pothosDrizzleLoaded || typeof ext.pothosDrizzleSelect !== 'function') return false;
  if (ext.pothosOptions?.select !== undefined) return false;
  try {
    const asked = ext.pothosDrizzleSelect(
      {},
      Object.freeze({}),
      (query: unknown) => query,
      () => ({}),
      undefined,
    );
    return JSON.stringify(asked) === JSON.stringify({ columns: {}, with: { [name]: {} } });
  } catch {
    return false;
  }
}

/**
 * The fields a selection asks for, by response key in the order graphql-js answers them (its
 * collectFields), following fragments whose condition is the type itself. Directives are not
 * planned, so a document with @skip or @include is left to the executor.
 */
function collect(
  type: GraphQLObjectType,
  selections: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  into = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const selection of selections.selections) {
    if (selection.directives?.length) fail();
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : (fragments.get(selection.name.value) ?? fail());
    if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name) fail();
    collect(type, fragment.selectionSet, fragments, into);
  }
  return into;
}

/** The merged selection of several nodes for one response key (graphql-js merges them too). */
function merged(nodes: FieldNode[]): SelectionSetNode {
  return {
    kind: Kind.SELECTION_SET,
    selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []),
  };
}

function objectType(type: GraphQLOutputType): { type: GraphQLObjectType; nonNull: boolean } {
  const nonNull = type instanceof GraphQLNonNull;
  const inner = nonNull ? type.ofType : type;
  if (!(inner instanceof GraphQLObjectType)) return fail();
  return { type: inner, nonNull };
}

function shapeOf(
  type: GraphQLObjectType,
  selection: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): Shape {
  const table = tableOf(type);
  const tableRelations = (relations as Relations)[table as keyof Relations]?.relations as
    | Record<string, { relationType: string; targetTable: unknown }>
    | undefined;
  const fields = type.getFields();
  const shape: Shape = { entries: [] };
  for (const [key, nodes] of collect(type, selection, fragments)) {
    const name = nodes[0]?.name.value ?? fail();
    if (nodes.some((n) => n.name.value !== name || n.arguments?.length)) fail();
    if (name === '__typename') {
      shape.entries.push({ kind: 'typename', key, name: type.name });
      continue;
    }
    const field = fields[name] ?? fail();
    const ext = extensionsOf(field);
    if (field.args.length || ext.pothosOptions?.authScopes !== undefined) fail();
    const named = getNamedType(field.type);
    if (name === 'id' && !ext.pothosExposedField && type.getInterfaces().some((i) => i.name === 'Node')) {
      // A node's id is its `id` column as a global id (row-fields.test.ts holds every node to that).
      shape.entries.push({ kind: 'id', key, typename: type.name });
    } else if (ext.pothosExposedField && isLeafType(named)) {
      const nonNull = field.type instanceof GraphQLNonNull;
      const outer = nonNull ? (field.type as GraphQLNonNull<GraphQLOutputType>).ofType : field.type;
      const list = isListType(outer);
      // A list of columns is planned only as a list of non-null values: `[Theme!]`.
      if (list && !(outer.ofType instanceof GraphQLNonNull && isLeafType(outer.ofType.ofType))) fail();
      shape.entries.push({ kind: 'column', key, column: ext.pothosExposedField, type: named, nonNull, list });
    } else {
      // A to-one relation of the same name, read as it is.
      const relation = tableRelations?.[name];
      const target = objectType(field.type);
      if (relation?.relationType !== 'one' || !isPlainRelation(ext, name)) fail();
      const targetModel = (relations as Relations)[tableOf(target.type) as keyof Relations];
      if (relation?.targetTable !== targetModel?.table) fail();
      shape.entries.push({
        kind: 'one',
        key,
        relation: name,
        nonNull: target.nonNull,
        shape: shapeOf(target.type, merged(nodes), fragments),
      });
    }
  }
  return shape;
}

/** The connection's edges' node type, through `edges: [Edge!]!` and `node: Node!`. */
function connectionParts(connection: GraphQLObjectType) {
  const edgesField = connection.getFields().edges ?? fail();
  const edgeType = getNamedType(edgesField.type);
  if (!(edgeType instanceof GraphQLObjectType)) return fail();
  const nodeType = getNamedType(edgeType.getFields().node?.type ?? fail());
  if (!(nodeType instanceof GraphQLObjectType)) return fail();
  return { edgeType, nodeType };
}

/**
 * The fields of a wrapper type (a connection, an edge) a selection asks for: `__typename`s and
 * the one field `inner`, once; anything else is not planned. Response keys in the order asked.
 */
function wrapperOf(
  type: GraphQLObjectType,
  nodes: FieldNode[],
  inner: string,
  fragments: Map<string, FragmentDefinitionNode>,
): { keys: Array<{ key: string; typename?: string }>; inner: FieldNode[] } {
  const keys: Array<{ key: string; typename?: string }> = [];
  let innerNodes: FieldNode[] | undefined;
  for (const [key, fieldNodes] of collect(type, merged(nodes), fragments)) {
    const name = fieldNodes[0]?.name.value;
    if (name === '__typename') keys.push({ key, typename: type.name });
    else if (name === inner && !innerNodes && fieldNodes.every((n) => n.name.value === inner)) {
      keys.push({ key });
      innerNodes = fieldNodes;
    } else fail();
  }
  return { keys, inner: innerNodes ?? [] };
}

function planRoot(
  key: string,
  nodes: FieldNode[],
  field: GraphQLField<unknown, unknown>,
  root: PlannedRoot,
  fragments: Map<string, FragmentDefinitionNode>,
): RootPlan {
  const connectionType = objectType(field.type).type;
  const { edgeType, nodeType } = connectionParts(connectionType);
  const connection = wrapperOf(connectionType, nodes, 'edges', fragments);
  const edges = wrapperOf(edgeType, connection.inner, 'node', fragments);
  const node = nodes[0] ?? fail();
  if (nodes.some((n) => n !== node)) fail();
  return {
    key,
    field,
    node,
    table: tableOf(nodeType),
    root,
    connection: connection.keys,
    edges: edges.keys,
    shape: shapeOf(nodeType, merged(edges.inner), fragments),
  };
}

function plan(schema: GraphQLSchema, operation: OperationDefinitionNode, document: DocumentNode): Plan {
  if (operation.operation !== 'query' || operation.directives?.length) fail();
  const query = schema.getQueryType() ?? fail();
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const planned: Plan = [];
  for (const [key, nodes] of collect(query, operation.selectionSet, fragments)) {
    const name = nodes[0]?.name.value ?? fail();
    if (name === '__typename') {
      planned.push({ key, typename: query.name });
      continue;
    }
    const field = query.getFields()[name] ?? fail();
    const root = plannedRootOf(field) ?? fail();
    if (!signedInAtMost(field)) fail();
    planned.push(planRoot(key, nodes, field, root, fragments));
  }
  return planned;
}

const plans = new WeakMap<DocumentNode, Map<string, Plan | null>>();

/** The plan for an operation of a document, made once per (cached, parsed) document; null if none. */
export function planFor(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): Plan | null {
  let byOperation = plans.get(document);
  if (!byOperation) {
    byOperation = new Map();
    plans.set(document, byOperation);
  }
  const name = operation.name?.value ?? '';
  let found = byOperation.get(name);
  if (found === undefined) {
    try {
      found = plan(schema, operation, document);
    } catch (error) {
      if (!(error instanceof NotPlannable)) throw error;
      found = null;
    }
    byOperation.set(name, found);
  }
  return found;
}
