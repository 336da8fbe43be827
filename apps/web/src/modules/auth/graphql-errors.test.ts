import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { hasErrorCode, onlyErrorCode } from './graphql-errors.ts';

const withCodes = (...codes: string[]) =>
  new CombinedError({
    graphQLErrors: codes.map((code) => new GraphQLError(`error ${code}`, { extensions: { code } })),
  });

describe('hasErrorCode', () => {
  it('finds the code among several errors', () => {
    expect(hasErrorCode(withCodes('BAD_USER_INPUT', 'UNAUTHENTICATED'), 'UNAUTHENTICATED')).toBe(true);
  });

  it('is false for other codes, no errors and network errors', () => {
    expect(hasErrorCode(withCodes('FORBIDDEN'), 'UNAUTHENTICATED')).toBe(false);
    expect(hasErrorCode(undefined, 'UNAUTHENTICATED')).toBe(false);
    expect(hasErrorCode(new CombinedError({ networkError: new Error('offline') }), 'UNAUTHENTICATED')).toBe(
      false,
    );
  });
});

describe('onlyErrorCode', () => {
  it('needs every error to carry the code', () => {
    expect(onlyErrorCode(withCodes('FORBIDDEN', 'FORBIDDEN'), 'FORBIDDEN')).toBe(true);
    expect(onlyErrorCode(withCodes('FORBIDDEN', 'INTERNAL_SERVER_ERROR'), 'FORBIDDEN')).toBe(false);
    expect(onlyErrorCode(new CombinedError({ networkError: new Error('offline') }), 'FORBIDDEN')).toBe(false);
  });
});
