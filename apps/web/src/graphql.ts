import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';

/** The values of a GraphQL enum of the schema, e.g. `EnumValue<'ForumTheme'>`. */
export type EnumValue<Name extends keyof introspection['types']> = introspection['types'][Name] extends {
  enumValues: infer Values extends string;
}
  ? Values
  : never;
