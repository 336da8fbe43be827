import type { CombinedError } from 'urql';

/** The API's `extensions.code` for "sign in first" and "your role may not". */
export type AccessErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

/** Whether any GraphQL error of `error` carries `extensions.code === code`. */
export function hasErrorCode(error: Pick<CombinedError, 'graphQLErrors'> | undefined, code: string): boolean {
  return !!error?.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === code);
}

/** Whether every GraphQL error of `error` carries `code` (and there was no network error). */
export function onlyErrorCode(
  error: Pick<CombinedError, 'graphQLErrors' | 'networkError'> | undefined,
  code: string,
): boolean {
  return (
    !!error &&
    !error.networkError &&
    error.graphQLErrors.length > 0 &&
    error.graphQLErrors.every((graphQLError) => graphQLError.extensions?.code === code)
  );
}
