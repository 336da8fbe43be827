import type { Database } from '@samlad/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../context.ts';
import { runAsApp } from '../../db-session.ts';
import type { EventHub } from '../../events.ts';
import { localeFromHeader } from '../../i18n/messages.ts';
import { assertValidOidcConfig, type OidcConfig } from './oidc.config.ts';
import { type OidcFailureCode, signInWithOidc } from './oidc.service.ts';
import { newAttemptSecrets, OidcRelyingParty } from './oidc-client.ts';
import { OIDC_ATTEMPT_MINUTES, OidcAttemptCookie, safeReturnTo } from './oidc-state.ts';

export const OIDC_START_PATH = '/auth/oidc/start';
const SIGN_IN_PAGE = '/logga-in';

export interface OidcRoutesOptions {
  db: Database;
  events: EventHub;
  oidc: OidcConfig | null | undefined;
  /** Sign-in attempts (start and callback each) a client address may make in a minute. */
  requestsPerMinute?: number | undefined;
}

/** What the web client needs to offer "Sign in with your organisation"; null when it is off. */
export interface AuthConfig {
  oidc: { label: string | null; startUrl: string } | null;
}

/**
 * `GET /auth/config` always; with a provider configured, also `GET /auth/oidc/start` (off to the
 * provider) and `GET /auth/oidc/callback` (back, signed in or refused). Every outcome of the two
 * is a redirect: the person is in a browser, mid-navigation, and never sees JSON or a stack trace.
 */
export async function oidcRoutes(app: FastifyInstance, options: OidcRoutesOptions): Promise<void> {
  const settings = options.oidc;
  const authConfig: AuthConfig = {
    oidc: settings ? { label: settings.label ?? null, startUrl: OIDC_START_PATH } : null,
  };
  app.get('/auth/config', async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return authConfig;
  });
  if (!settings) return;

  assertValidOidcConfig(settings);
  const provider = new OidcRelyingParty(settings);
  // The callback comes back over https if it was registered so, whatever a proxy tells us.
  const httpsCallback = new URL(settings.redirectUri).protocol === 'https:';
  const attempts = new OidcAttemptCookie(settings.clientSecret, httpsCallback);
  const rateLimit = { max: options.requestsPerMinute ?? 300, timeWindow: '1 minute' };

  const fail = (reply: FastifyReply, code: OidcFailureCode, cookies: string[] = []) =>
    reply
      .header('cache-control', 'no-store')
      .header('set-cookie', [...cookies, attempts.cleared()])
      .redirect(`${SIGN_IN_PAGE}?fel=${code}`, 302);

  app.get(OIDC_START_PATH, { config: { rateLimit } }, async (request, reply) => {
    const returnTo = safeReturnTo((request.query as Record<string, unknown>).returnTo);
    const attempt = {
      ...newAttemptSecrets(),
      returnTo,
      expiresAt: Date.now() + OIDC_ATTEMPT_MINUTES * 60_000,
    };
    let target: URL;
    try {
      target = await provider.authorizationUrl(attempt);
    } catch (err) {
      request.log.error({ err, issuer: settings.issuer }, 'OpenID Connect provider unavailable');
      return fail(reply, 'misslyckades');
    }
    return reply
      .header('cache-control', 'no-store')
      .header('set-cookie', attempts.serialize(attempt))
      .redirect(target.href, 302);
  });

  app.get('/auth/oidc/callback', { config: { rateLimit } }, async (request, reply) => {
    const now = new Date();
    const attempt = attempts.read(request.headers.cookie, now);
    if (!attempt) {
      request.log.warn('OpenID Connect callback without a valid sign-in attempt cookie');
      return fail(reply, 'misslyckades');
    }
    const queryAt = request.url.indexOf('?');
    let identity: Awaited<ReturnType<OidcRelyingParty['identify']>>;
    try {
      identity = await provider.identify(queryAt < 0 ? '' : request.url.slice(queryAt), attempt);
    } catch (err) {
      // A refused or abandoned sign-in at the provider, a forged or replayed answer, or the provider down.
      request.log.warn({ err }, 'OpenID Connect sign-in did not complete');
      return fail(reply, 'misslyckades');
    }
    const ctx = contextFor(request, options, now, httpsCallback);
    try {
      const result = await runAsApp(options.db, null, async (tx) => {
        ctx.db = tx;
        return signInWithOidc(ctx, identity);
      });
      if (!result.ok) {
        request.log.info({ reason: result.reason }, 'OpenID Connect sign-in refused');
        return fail(reply, result.code);
      }
    } catch (err) {
      request.log.error({ err }, 'OpenID Connect sign-in failed');
      return fail(reply, 'misslyckades');
    }
    return reply
      .header('cache-control', 'no-store')
      .header('set-cookie', [...ctx.responseCookies, attempts.cleared()])
      .redirect(attempt.returnTo, 302);
  });
}

function contextFor(
  request: FastifyRequest,
  { db, events }: Pick<OidcRoutesOptions, 'db' | 'events'>,
  now: Date,
  httpsCallback: boolean,
): Context {
  return {
    db,
    rootDb: db,
    events,
    locale: localeFromHeader(request.headers['accept-language']),
    requestId: String(request.id),
    now,
    viewer: null,
    clientAddress: request.ip,
    responseCookies: [],
    secure: request.protocol === 'https' || httpsCallback,
    sessionToken: null,
  };
}
