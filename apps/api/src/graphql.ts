import { randomUUID } from 'node:crypto';
import type { Database } from '@samlad/db';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';
import { userInputError } from './errors.ts';
import { localeFromHeader, translate } from './i18n/messages.ts';
import { MAX_PAGE_SIZE } from './schema/builder.ts';
import { schema } from './schema/index.ts';

export interface ServerContext {
  req?: FastifyRequest;
  reply?: FastifyReply;
}

/** Pothos' paging checks throw plain errors; they are the client's mistake, so say so. */
function pagingInputError(error: Error, ctx: Context): GraphQLError | null {
  if (error.name !== 'PothosValidationError') return null;
  if (/cursor/i.test(error.message)) return userInputError(ctx, 'invalidCursor', {}, 'after');
  const argument = /^Argument "(first|last)"/.exec(error.message)?.[1];
  if (argument) return userInputError(ctx, 'pageSize', { field: argument, max: MAX_PAGE_SIZE }, argument);
  return null;
}

/**
 * Expected errors (GraphQLErrors we threw, with a code) pass through; anything else is logged
 * with the request id and replaced by a message in the person's language. No stack trace leaves.
 */
function maskUnexpectedErrors(log: Pick<FastifyBaseLogger, 'error'>): Plugin<Context> {
  const mask = (error: GraphQLError, ctx: Context): GraphQLError => {
    const original = error.originalError;
    if (!original) return error;
    const input = pagingInputError(original, ctx);
    if (input) return new GraphQLError(input.message, { path: error.path, extensions: input.extensions });
    // Our own expected errors carry a code; Pothos' errors are GraphQLErrors too, but without one.
    if (original instanceof GraphQLError && original.extensions?.code) return error;
    log.error({ err: original, requestId: ctx.requestId, path: error.path }, 'unexpected error in resolver');
    return new GraphQLError(translate(ctx.locale, 'internal', { requestId: ctx.requestId }), {
      path: error.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: ctx.requestId },
    });
  };
  return {
    onExecute: () => ({
      onExecuteDone: ({ args, result, setResult }) => {
        if (!('errors' in result) || !result.errors?.length) return;
        const ctx = args.contextValue;
        setResult({ ...result, errors: result.errors.map((e) => mask(e, ctx)) });
      },
    }),
  };
}

export function createGraphQL(options: { db: Database; log: FastifyBaseLogger | Pick<Console, 'error'> }) {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Masking is done by our plugin, which knows the request's language and id.
    maskedErrors: false,
    graphiql: false,
    logging: false,
    plugins: [maskUnexpectedErrors(options.log)],
    context: ({ request, req }): Context => ({
      db: options.db,
      locale: localeFromHeader(request.headers.get('accept-language')),
      requestId: req?.id ? String(req.id) : randomUUID(),
      now: new Date(),
    }),
  });
}

export type GraphQLServer = ReturnType<typeof createGraphQL>;
