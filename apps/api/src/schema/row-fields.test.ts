import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../context.ts';
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

function fields(pick: (field: GraphQLField<unknown, unknown>) => boolean) {
  const found: [GraphQLObjectType, GraphQLField<unknown, unknown>][] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) if (pick(field)) found.push([type, field]);
  }
  return found;
}

const drizzleTypes = new Set(
  Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && type.extensions?.pothosDrizzleModel)
    .map((type) => type.name),
);

describe('fields a list resolves once per row', () => {
  it('reads an exposed column of a table-backed type straight off the row', () => {
    const exposed = fields(
      (field) =>
        typeof field.extensions?.pothosExposedField === 'string' &&
        // Fields with scopes of their own check them first; those are not plain reads.
        !(field.extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes,
    ).filter(([type]) => drizzleTypes.has(type.name));
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
    const ids = fields((field) => field.name === 'id').filter(
      ([type]) => drizzleTypes.has(type.name) && type.getInterfaces().some((i) => i.name === 'Node'),
    );
    expect(ids.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const [type, field] of ids) {
      const row = { id: '5eed0000-0000-0000-0000-000000000001', code: '0780' };
      const answer = field.resolve?.(row, {}, context(), infoFor(type, field));
      const typename =
        typeof answer === 'string' && Buffer.from(answer, 'base64url').toString('utf8').split(':')[0];
      if (typename !== type.name) wrong.push(type.name);
    }
    expect(wrong).toEqual([]);
  });
});
