import type { CombinedError } from 'urql';

/** Something that went wrong with a form, in the person's language, and the field to correct if one. */
export interface Failure {
  field: string | null;
  message: string;
}

/** `input.email` → `email`: the API names nested input fields by path; forms know them by name. */
function fieldName(path: unknown): string | null {
  if (typeof path !== 'string' || !path) return null;
  return path.split('.').at(-1) ?? null;
}

/**
 * Why a mutation did not succeed: the result union's error member (message and field), else the
 * GraphQL errors (input validation carries `extensions.field`), else the network. Null on success.
 */
export function mutationFailure(
  outcome: { __typename?: string; message?: string; field?: string | null } | null | undefined,
  error: Pick<CombinedError, 'graphQLErrors' | 'networkError'> | undefined,
  networkMessage: string,
): Failure | null {
  if (outcome && typeof outcome.message === 'string') {
    return { field: fieldName(outcome.field), message: outcome.message };
  }
  if (error) {
    if (error.networkError || error.graphQLErrors.length === 0)
      return { field: null, message: networkMessage };
    const first = error.graphQLErrors[0];
    return {
      field: fieldName(first?.extensions?.field),
      message: error.graphQLErrors.map((graphQLError) => graphQLError.message).join(' '),
    };
  }
  return outcome ? null : { field: null, message: networkMessage };
}
