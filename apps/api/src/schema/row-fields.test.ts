import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../context.ts';
import { decodeGlobalId } from './global-id.ts';
import { schema } from './index.ts';

// A page of meetings resolves these fields once per row: 75 meetings of 10 fields are 750 calls.
// Two patches of ours (patches/ at the top) keep each call a plain read. Without them, every
// exposed column looked its row's selection up through per-row path keys, and every node's id
// was a promise, which made graphql-js complete each row asynchronously. A dependency upgrade
// that drops a patch fails here, not only as a slower benchmark.

const viewer = { userId: 'u', isPlatformAdmin: false, membership: null } as unknown as Context['viewer'];
const context = () => ({ viewer, locale: 'sv' }) as unknown as Context;

function infoFor(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): GraphQLResolveInfo {
  return {
    fieldName: field.name,
    fieldNodes: [],
    returnType: field.type,
    parentType: type,
    path: { prev: undefined, key: field.name, typename: type.name },
    schema,
    fragments: {},
    rootValue: undefined,
    operation: undefined as never,
    variableValues: {},
  };
}

/** Every field of the types backed by a table (drizzle objects), with its type. */
const tableFields = Object.values(schema.getTypeMap()).flatMap((type) =>
  isObjectType(type) && type.extensions?.pothosDrizzleModel
    ? Object.values(type.getFields()).map((field) => [type, field] as const)
    : [],
);

describe('fields a list resolves once per row', () => {
  it('reads an exposed column of a table-backed type straight off the row', () => {
    const exposed = tableFields.filter(
      ([, field]) =>
        typeof field.extensions?.pothosExposedField === 'string' &&
        // Fields with scopes of their own check them first; those are not plain reads.
        !(field.extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes,
    );
    expect(exposed.length).toBeGreaterThan(50);
    const notPlain: string[] = [];
    for (const [type, field] of exposed) {
      const column = field.extensions?.pothosExposedField as string;
      const value = `value of ${column}`;
      const resolve = field.resolve ?? defaultFieldResolver;
      const answer = resolve({ [column]: value }, {}, context(), infoFor(type, field));
      if (answer !== value) notPlain.push(`${type.name}.${field.name}`);
    }
    expect(notPlain).toEqual([]);
  });

  it('answers a node’s id at once, not as a promise', () => {
    const ids = tableFields.filter(
      ([type, field]) => field.name === 'id' && type.getInterfaces().some((i) => i.name === 'Node'),
    );
    expect(ids.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const [type, field] of ids) {
      const row = { id: '5eed0000-0000-0000-0000-000000000001' };
      const answer = field.resolve?.(row, {}, context(), infoFor(type, field));
      // Its own type and the row's `id` column: planned reads (planned-reads/) count on both.
      const decoded = typeof answer === 'string' ? decodeGlobalId(answer, context()) : null;
      if (decoded?.typename !== type.name || decoded.id !== row.id) wrong.push(type.name);
    }
    expect(wrong).toEqual([]);
  });
});
