import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { filterFailure } from './filter-failure.ts';

const error = (...graphQLErrors: GraphQLError[]) => ({ graphQLErrors, networkError: undefined });

describe('filterFailure', () => {
  it('takes a refused period with the field it names', () => {
    const reversed = new GraphQLError('Periodens slutdatum ligger före startdatumet.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'to' },
    });
    expect(filterFailure(error(reversed))).toEqual({
      field: 'to',
      message: 'Periodens slutdatum ligger före startdatumet.',
    });
  });

  it('takes a county the viewer may not see', () => {
    const forbidden = new GraphQLError('Länsöversikten är till för länsstyrelsen i länet.', {
      extensions: { code: 'FORBIDDEN', field: 'countyCode' },
    });
    expect(filterFailure(error(forbidden))?.field).toBe('countyCode');
  });

  it('leaves other failures to the load error', () => {
    expect(filterFailure(undefined)).toBeNull();
    expect(filterFailure({ graphQLErrors: [], networkError: new Error('offline') })).toBeNull();
    expect(filterFailure(error(new GraphQLError('Unexpected error.')))).toBeNull();
    expect(
      filterFailure(
        error(
          new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT' } }),
          new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
        ),
      ),
    ).toBeNull();
  });
});
