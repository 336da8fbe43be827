import { randomUUID } from 'node:crypto';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Database } from '@samlad/db';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, getOperationAST } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';
import { userInputError } from './errors.ts';
import type { EventHub } from './events.ts';
import { localeFromHeader, translate } from './i18n/messages.ts';
import { readSessionToken } from './modules/auth/cookies.ts';
import { runAsSession } from './modules/auth/session.service.ts';
import { asksForReport, createReportLimit, type ReportLimit } from './report-limit.ts';
import { MAX_PAGE_SIZE } from './schema/builder.ts';
import { schema } from './schema/index.ts';
import { runPlanned } from './schema/planned-reads/answer.ts';

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

/** Rolls a mutation's transaction back when it ended in an error, without losing the result. */
class RollbackMutation extends Error {}

/**
 * Every operation runs in one transaction, acting as the application role (never the tables'
 * owner), with the viewer's user and organisation set for row-level security; the statement that
 * sets them also finds the viewer behind the session cookie. A mutation that ends in a GraphQL
 * error is rolled back whole. A subscription finds its viewer once, when it starts. A report
 * (report-limit.ts) waits for its turn before its transaction begins. A query of plain row reads
 * is answered by its plan (schema/planned-reads) instead of the executor, in the same transaction.
 */
function transactionPerOperation(reports: ReportLimit): Plugin<Context> {
  return {
    onSubscribe: ({ subscribeFn, setSubscribeFn }) => {
      setSubscribeFn(async (args) => {
        const ctx = args.contextValue as Context;
        ctx.viewer = await runAsSession(ctx.rootDb, ctx.sessionToken, ctx.now, async (_tx, viewer) => viewer);
        return subscribeFn(args);
      });
    },
    onExecute: ({ executeFn, setExecuteFn }) => {
      setExecuteFn(async (args) => {
        const ctx = args.contextValue as Context;
        const definition = getOperationAST(args.document, args.operationName);
        const operation = definition?.operation;
        let result: Awaited<ReturnType<typeof executeFn>> | undefined;
        const run = () =>
          runAsSession(ctx.rootDb, ctx.sessionToken, ctx.now, async (tx, viewer) => {
            ctx.db = tx;
            ctx.viewer = viewer;
            // A query of plain row reads is answered by its plan (a statement a root field).
            const planned =
              operation === 'query' && definition
                ? await runPlanned(
                    args.schema,
                    args.document,
                    definition,
                    args.variableValues ?? undefined,
                    ctx,
                  )
                : null;
            result = (planned as typeof result) ?? (await executeFn(args));
            if (operation === 'mutation' && 'errors' in result && result.errors?.length)
              throw new RollbackMutation();
          });
        try {
          await (asksForReport(args.schema, args.document, definition) ? reports(run) : run());
        } catch (error) {
          // The transaction failed (a statement in it failed, which postgres.js rethrows at the
          // end, or the commit did): nothing of it holds, and the answer is an error that
          // maskUnexpectedErrors logs and words for the person, never the database's message.
          if (!(error instanceof RollbackMutation)) {
            const originalError = error instanceof Error ? error : new Error(String(error));
            result = { errors: [new GraphQLError(originalError.message, { originalError })] };
          }
        } finally {
          ctx.db = ctx.rootDb;
        }
        return result as Awaited<ReturnType<typeof executeFn>>;
      });
    },
  };
}

/** Sends the cookies resolvers asked for (sign-in, sign-out). */
function responseCookies(): Plugin<Context> {
  const pending = new WeakMap<Request, string[]>();
  return {
    onExecute: ({ args }) => {
      const ctx = args.contextValue as Context & { request: Request };
      pending.set(ctx.request, ctx.responseCookies);
    },
    onResponse: ({ request, response }) => {
      for (const cookie of pending.get(request) ?? []) response.headers.append('set-cookie', cookie);
    },
  };
}

export function createGraphQL(options: {
  db: Database;
  log: FastifyBaseLogger | Pick<Console, 'error'>;
  events: EventHub;
  /** Takes reports (report-limit.ts) in turn; by default REPORTS_AT_ONCE at a time. */
  reports?: ReportLimit;
}) {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Masking is done by our plugin, which knows the request's language and id.
    maskedErrors: false,
    graphiql: false,
    // The web app is served from the API's own origin, and other agencies' systems call the API
    // server to server, so no browser on another origin is let in. (Yoga's default would reflect
    // any Origin with credentials allowed: a page on a sibling subdomain, which the SameSite=Lax
    // cookie counts as the same site, could then read a signed-in person's cases.)
    cors: false,
    logging: false,
    // The route reads the body, and limits its size, before yoga sees it (app.ts).
    maxRequestBodySize: false,
    plugins: [
      maskUnexpectedErrors(options.log),
      transactionPerOperation(options.reports ?? createReportLimit()),
      responseCookies(),
      // A header simple cross-site forms cannot send; browsers' preflight then guards the rest.
      useCSRFPrevention({ requestHeaders: ['x-samlad-csrf'] }),
    ],
    context: async ({ request, req }): Promise<Context> => {
      const now = new Date();
      const sessionToken = readSessionToken(request.headers.get('cookie'));
      return {
        db: options.db,
        rootDb: options.db,
        locale: localeFromHeader(request.headers.get('accept-language')),
        requestId: req?.id ? String(req.id) : randomUUID(),
        now,
        // Found by the operation's first statement (transactionPerOperation).
        viewer: null,
        // In-process calls (tests) have no socket; they may name an address to exercise rate limits.
        clientAddress: req?.ip ?? request.headers.get('x-test-client-address') ?? null,
        responseCookies: [],
        secure: req ? req.protocol === 'https' : new URL(request.url).protocol === 'https:',
        sessionToken,
        events: options.events,
      };
    },
  });
}

export type GraphQLServer = ReturnType<typeof createGraphQL>;
