import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { mutationFailure } from './user-error.ts';

const NETWORK = 'no network';

describe('mutationFailure', () => {
  it('is null for a success', () => {
    expect(mutationFailure({ __typename: 'InviteMemberSuccess' }, undefined, NETWORK)).toBeNull();
  });

  it('takes the message and field of an error member of the result union', () => {
    expect(
      mutationFailure(
        { __typename: 'ConflictError', message: 'Redan medlem.', field: 'email' },
        undefined,
        NETWORK,
      ),
    ).toEqual({ field: 'email', message: 'Redan medlem.' });
    expect(
      mutationFailure({ __typename: 'NotAllowedError', message: 'Nej.', field: null }, undefined, NETWORK),
    ).toEqual({ field: null, message: 'Nej.' });
  });

  it('names a nested input field by its last part', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Länskoden ...', {
          extensions: { code: 'BAD_USER_INPUT', field: 'input.countyCode' },
        }),
      ],
    });
    expect(mutationFailure(undefined, error, NETWORK)).toEqual({
      field: 'countyCode',
      message: 'Länskoden ...',
    });
  });

  it('says the network failed when there is nothing else to say', () => {
    expect(mutationFailure(undefined, new CombinedError({ networkError: new Error('x') }), NETWORK)).toEqual({
      field: null,
      message: NETWORK,
    });
    expect(mutationFailure(undefined, undefined, NETWORK)).toEqual({ field: null, message: NETWORK });
  });
});
