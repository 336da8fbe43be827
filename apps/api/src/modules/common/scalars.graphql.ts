import { GraphQLError, Kind } from 'graphql';
import { builder } from '../../schema/builder.ts';

function parseDateTime(value: unknown): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError(
    `"${String(value)}" är ingen giltig tidpunkt (ISO 8601, t.ex. 2026-12-01T09:00:00+01:00). / ` +
      `"${String(value)}" is not a valid date-time (ISO 8601, e.g. 2026-12-01T09:00:00+01:00).`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

builder.scalarType('DateTime', {
  description:
    'An instant in time as an ISO 8601 string with offset, e.g. 2026-12-01T08:00:00.000Z. Samlad stores UTC and shows Europe/Stockholm.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.queryType({
  description: 'Everything that can be read from Samlad.',
});
