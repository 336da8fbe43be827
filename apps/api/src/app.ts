import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { DatabaseHandle } from '@samlad/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { createEventHub } from './events.ts';
import { createGraphQL } from './graphql.ts';
import { activityFeedRoutes } from './modules/activities/activity-feed.routes.ts';
import type { OidcConfig } from './modules/auth/oidc.config.ts';
import { oidcRoutes } from './modules/auth/oidc.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';

export interface AppConfig {
  database: DatabaseHandle;
  /** The built web app to serve; skipped when the folder does not exist. */
  webDist?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  /** GraphQL requests a client address may make in a minute before getting 429. */
  requestsPerMinute?: number | undefined;
  /** Sign-in through the organisation's OpenID Connect provider; off when not given. */
  oidc?: OidcConfig | null | undefined;
}

/** The largest GraphQL request body, in bytes; larger ones get 413. */
export const GRAPHQL_BODY_LIMIT = 1_048_576;

/** The whole server as a value: tests start it in-process, main.ts only listens. */
export async function buildApp(config: AppConfig) {
  const app = Fastify({
    logger: config.logger ?? false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
  });
  const events = createEventHub(config.database);
  await events.start();
  app.addHook('onClose', () => events.close());
  const yoga = createGraphQL({ db: config.database.db, log: app.log, events });

  // Errors that reach fastify (not GraphQL) get a short JSON body and never a stack trace.
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const mb = GRAPHQL_BODY_LIMIT / 1_048_576;
      return reply.status(413).send({
        error: 'too_large',
        message: `Förfrågan är för stor: högst ${mb} MB. / The request is too large: at most ${mb} MB.`,
        requestId: request.id,
      });
    }
    reply.status(status).send({
      error: status >= 500 ? 'internal_error' : 'bad_request',
      message: status >= 500 ? 'Något gick fel. / Something went wrong.' : error.message,
      requestId: request.id,
    });
  });

  // Security headers on every response (CSP, frame-ancestors, nosniff, HSTS on https, ...).
  await app.register(helmet);
  // Compress what is worth it (GraphQL answers, feeds, assets without a pre-compressed copy) for
  // clients that ask; before the routes, which it hooks as they are added. Server-sent events
  // (text/event-stream) are left alone, as compression would hold events back in its buffers.
  // Request bodies are not decompressed: nothing sends them compressed, and it invites zip bombs.
  await app.register(compress, { globalDecompression: false });
  // Flood protection per client address; sign-in failures are limited per account in the API itself.
  await app.register(rateLimit, { global: false });

  await app.register(async (graphql) => {
    // The body is read here, as text and at most GRAPHQL_BODY_LIMIT, and yoga parses it, so a
    // malformed one gets a GraphQL error, not fastify's. Reading it here rather than letting yoga
    // stream it through its own size check spares every request a stream pipeline.
    graphql.removeAllContentTypeParsers();
    graphql.addContentTypeParser(
      '*',
      { parseAs: 'string', bodyLimit: GRAPHQL_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    graphql.route({
      url: yoga.graphqlEndpoint,
      method: ['GET', 'POST'],
      config: { rateLimit: { max: config.requestsPerMinute ?? 600, timeWindow: '1 minute' } },
      handler: async (req, reply) => {
        const response = await yoga.handleNodeRequestAndResponse(req, reply, { req, reply });
        response.headers.forEach((value, key) => {
          reply.header(key, value);
        });
        reply.status(response.status);
        // A JSON answer is whole already: send its text. Event streams and incremental
        // (multipart) answers are sent as the streams they are.
        const whole = response.headers.get('content-type')?.includes('json');
        reply.send(whole ? await response.text() : response.body);
        return reply;
      },
    });
  });

  await app.register(oidcRoutes, { db: config.database.db, events, oidc: config.oidc });
  await app.register(calendarRoutes, { db: config.database.db });
  await app.register(activityFeedRoutes, { db: config.database.db });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await config.database.ping();
      return { status: 'ready', database: config.database.kind };
    } catch (err) {
      request.log.warn({ err }, 'database not ready');
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  const webDist = config.webDist;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: 'index.html',
      // The build writes .br and .gz copies beside its text assets (apps/web/precompress.ts):
      // sent to clients that accept them, and never served as files of their own.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      setHeaders: (reply, path) => {
        // Vite names what it emits under assets/ by content hash, so a name never changes
        // meaning: cache it for a year. Everything else (index.html, which names those
        // assets) is revalidated on each use, so a new release is picked up at once.
        const immutable = relative(webDist, path).split(sep)[0] === 'assets';
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes: any other GET that wants HTML gets the app shell.
    app.setNotFoundHandler((request, reply) => {
      const wantsHtml = request.headers.accept?.includes('text/html');
      if (request.method === 'GET' && wantsHtml) return reply.type('text/html').sendFile('index.html');
      return reply.status(404).send({ error: 'not_found', message: 'Sidan finns inte. / Not found.' });
    });
  }

  return { app, yoga };
}
