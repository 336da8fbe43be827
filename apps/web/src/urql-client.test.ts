import {
  buildSchema,
  type GraphQLNamedType,
  getNamedType,
  isAbstractType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import schemaText from '../../api/schema.graphql?raw';
import { keys } from './urql-client.ts';

// The client reads the language chosen in the page; there is no page here.
vi.mock('./i18n/index.ts', () => ({ currentLanguage: () => 'sv' }));

const schema = buildSchema(schemaText);

// Every document the web sends, as written in graphql(`…`) calls (gql.tada takes fragments as a
// second argument, so the template itself has no interpolations).
const sources = import.meta.glob(['./**/*.{ts,tsx}', '!./**/*.test.ts', '!./graphql-env.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const documents = Object.values(sources).flatMap((source) =>
  [...source.matchAll(/graphql\(\s*`([^`]*)`/g)].map((match) => parse(match[1] ?? '')),
);

/** The object types the web's results can hold: every selected field's type, unions and interfaces expanded. */
function queriedObjectTypes(): Set<string> {
  const found = new Set<string>();
  const add = (type: GraphQLNamedType) => {
    if (isObjectType(type)) found.add(type.name);
    else if (isAbstractType(type)) for (const t of schema.getPossibleTypes(type)) found.add(t.name);
  };
  for (const document of documents) {
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const type = typeInfo.getType();
          if (type) add(getNamedType(type));
        },
      }),
    );
  }
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()])
    if (root) found.delete(root.name);
  return found;
}

/** Overview projections of an Organisation or Forum: the same id, other fields. */
const PROJECTIONS = ['OverviewOrganisation', 'OverviewForum'];

describe('the cache keys', () => {
  it('finds the documents it checks', () => {
    expect(documents.length).toBeGreaterThan(50);
  });

  it('key every type the web queries that has no id', () => {
    const unkeyed = [...queriedObjectTypes()].filter((name) => {
      const type = schema.getType(name);
      return isObjectType(type) && !('id' in type.getFields()) && !(name in keys);
    });
    expect(unkeyed.sort()).toEqual([]);
  });

  it('keep the overview’s projections inside their figures, apart from the real records', () => {
    for (const name of PROJECTIONS) {
      expect(queriedObjectTypes()).toContain(name);
      expect(keys[name]?.({ __typename: name, id: 'x' })).toBeNull();
    }
  });

  it('name only types the schema has', () => {
    expect(Object.keys(keys).filter((name) => !schema.getType(name))).toEqual([]);
  });
});
