import { builder } from '../../schema/builder.ts';

/**
 * Declares a GraphQL enum over a database enum: GraphQL names are SCREAMING_CASE,
 * the values resolvers see are the database's own.
 */
export function enumFromDb<const T extends string>(
  name: string,
  description: string,
  dbValues: readonly T[],
  valueDescriptions: Record<T, string>,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      dbValues.map((value) => [value.toUpperCase(), { value, description: valueDescriptions[value] }]),
    ) as Record<Uppercase<T>, { value: T; description: string }>,
  });
}
