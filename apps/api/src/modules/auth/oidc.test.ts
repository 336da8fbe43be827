import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema } from '@samlad/db';
import { openTestDatabase, type TestDatabase } from '@samlad/db/testing';
import { and, eq } from 'drizzle-orm';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { readEnv } from '../../env.ts';
import type { OidcConfig } from './oidc.config.ts';

/** The accounts the provider knows, by subject; tests change them between sign-ins. */
interface ProviderAccount {
  email: string;
  email_verified: boolean;
  name: string;
}
const providerAccounts = new Map<string, ProviderAccount>([
  ['sara-sub', { email: 'Sara.Lund@vaxjo.example', email_verified: true, name: 'Sara Lund' }],
  ['stranger-sub', { email: 'nobody@vaxjo.example', email_verified: true, name: 'No Body' }],
  ['unverified-sub', { email: 'karin.holm@vaxjo.example', email_verified: false, name: 'Karin?' }],
  ['impostor-sub', { email: 'sara.lund@vaxjo.example', email_verified: true, name: 'Not Sara' }],
  ['maria-sub', { email: 'maria.ek@karlstad.example', email_verified: true, name: 'Maria Ek' }],
  ['ali-sub', { email: 'ali.nordin@vaxjo.example', email_verified: true, name: 'Ali Nordin' }],
]);

const CLIENT = { id: 'samlad', secret: 'a-test-client-secret-that-is-long-enough' };
let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>['app'];
let providerServer: Server;
let issuer: string;
let samladOrigin: string;

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

beforeAll(async () => {
  database = await openTestDatabase(inject('dbTemplate'));

  // The provider's address is needed to configure Samlad, and Samlad's to register the client:
  // take the provider's port first, and hand its requests to the provider once it exists.
  let handle: ReturnType<Provider['callback']> | null = null;
  providerServer = createServer((req, res) => {
    if (handle) void handle(req, res);
    else res.writeHead(503).end();
  });
  issuer = `http://127.0.0.1:${await listen(providerServer)}`;

  const oidc: OidcConfig = {
    issuer,
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    redirectUri: 'http://127.0.0.1:0/auth/oidc/callback', // replaced below, once the port is known
    label: 'Region Kronoberg',
    timeoutSeconds: 5,
    allowInsecureLoopbackIssuer: true,
  };
  // Samlad's port is needed in its own configuration too: reserve one, then listen on it.
  const probe = createServer();
  const samladPort = await listen(probe);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  samladOrigin = `http://127.0.0.1:${samladPort}`;
  oidc.redirectUri = `${samladOrigin}/auth/oidc/callback`;
  ({ app } = await buildApp({ database, oidc }));
  await app.listen({ port: samladPort, host: '127.0.0.1' });

  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [oidc.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['a-test-cookie-signing-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    // Set, so the provider does not print a notice for each default it falls back to.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    findAccount: async (_ctx, id) => {
      if (!providerAccounts.has(id)) return undefined;
      return {
        accountId: id,
        // Read at the moment claims are issued, so a test can change an account between sign-ins.
        claims: async () => ({ sub: id, ...providerAccounts.get(id) }),
      };
    },
  });
  handle = provider.callback();
});

afterAll(async () => {
  await app?.close();
  providerServer?.closeAllConnections();
  await new Promise<void>((resolve) => (providerServer ? providerServer.close(() => resolve()) : resolve()));
  await database?.destroy();
});

/** A browser's cookie jar, one per host, honouring Path and Max-Age=0; enough for this flow. */
class CookieJar {
  readonly #cookies = new Map<string, Map<string, { value: string; path: string }>>();

  store(url: URL, setCookies: string[]) {
    const jar = this.#cookies.get(url.host) ?? new Map();
    this.#cookies.set(url.host, jar);
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? '/';
      const expired =
        attributes.some((a) => /^max-age=(0|-)/i.test(a)) ||
        attributes.some((a) => /^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now());
      if (expired) jar.delete(name);
      else jar.set(name, { value: pair.slice(eq + 1), path });
    }
  }

  header(url: URL): string {
    const jar = this.#cookies.get(url.host) ?? new Map();
    return [...jar]
      .filter(([, c]) => url.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  }

  get(origin: string, name: string): string | undefined {
    return this.#cookies.get(new URL(origin).host)?.get(name)?.value;
  }
}

interface FlowResult {
  /** Where the callback sent the browser (relative to Samlad). */
  location: string;
  status: number;
  /** Set-Cookie values of the callback's response. */
  callbackCookies: string[];
  jar: CookieJar;
}

/**
 * Drives a browser through sign-in: Samlad's start route, the provider's login and consent pages
 * (devInteractions: login=<subject>, any password), and back to Samlad's callback.
 */
async function signInFlow(
  subject: string,
  options: { returnTo?: string; jar?: CookieJar; tamper?: (callback: URL) => void } = {},
): Promise<FlowResult> {
  const jar = options.jar ?? new CookieJar();
  const start = `${samladOrigin}/auth/oidc/start${options.returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(options.returnTo)}`}`;
  let request: { url: URL; method: 'GET' | 'POST'; body?: string } = { url: new URL(start), method: 'GET' };
  for (let hop = 0; hop < 20; hop += 1) {
    const isCallback = request.url.origin === samladOrigin && request.url.pathname === '/auth/oidc/callback';
    if (isCallback) options.tamper?.(request.url);
    const response = await fetch(request.url, {
      method: request.method,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
      headers: {
        cookie: jar.header(request.url),
        ...(request.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(request.body ? { body: request.body } : {}),
    });
    jar.store(request.url, response.headers.getSetCookie());
    const location = response.headers.get('location');
    if (isCallback) {
      await response.arrayBuffer();
      return {
        location: location ?? '',
        status: response.status,
        callbackCookies: response.headers.getSetCookie(),
        jar,
      };
    }
    if (location) {
      await response.arrayBuffer();
      const next = new URL(location, request.url);
      // Samlad sends the browser straight to its sign-in page when it cannot even start.
      if (next.origin === samladOrigin && next.pathname !== '/auth/oidc/callback') {
        return { location, status: response.status, callbackCookies: [], jar };
      }
      request = { url: next, method: 'GET' };
      continue;
    }
    const html = await response.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !prompt || !action) {
      throw new Error(`unexpected page at ${request.url}: ${response.status} ${html.slice(0, 500)}`);
    }
    const body = new URLSearchParams(
      prompt === 'login' ? { prompt, login: subject, password: 'anything' } : { prompt },
    );
    request = {
      url: new URL(action.replaceAll('&amp;', '&'), request.url),
      method: 'POST',
      body: body.toString(),
    };
  }
  throw new Error('too many redirects');
}

const sessionCookieOf = (cookies: string[]) =>
  cookies.find((c) => c.startsWith('samlad_session='))?.split(';')[0];

async function viewerEmail(cookie: string): Promise<string | null> {
  const response = await fetch(`${samladOrigin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', cookie },
    body: JSON.stringify({ query: '{ viewer { user { email } } }' }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { data?: { viewer: { user: { email: string } } | null } };
  return body.data?.viewer?.user.email ?? null;
}

async function identitiesOf(subject: string) {
  return database.db
    .select({ userId: schema.userIdentity.userId, email: schema.userAccount.email })
    .from(schema.userIdentity)
    .innerJoin(schema.userAccount, eq(schema.userAccount.id, schema.userIdentity.userId))
    .where(and(eq(schema.userIdentity.issuer, issuer), eq(schema.userIdentity.subject, subject)));
}

async function failures(reason: string) {
  const events = await database.db
    .select()
    .from(schema.auditEvent)
    .where(eq(schema.auditEvent.action, 'auth.sign_in_failed'));
  return events.filter((e) => e.details?.reason === reason && e.details?.method === 'oidc');
}

describe('sign-in with the organisation’s OpenID Connect provider', () => {
  it('tells the web client that it is on, and where to start', async () => {
    const response = await fetch(`${samladOrigin}/auth/config`);
    expect(await response.json()).toEqual({
      oidc: { label: 'Region Kronoberg', startUrl: '/auth/oidc/start' },
    });
  });

  it('signs in an invited person by verified e-mail, links the login, and audits it', async () => {
    const result = await signInFlow('sara-sub', { returnTo: '/forum/42?flik=moten' });
    expect(result.status).toBe(302);
    expect(result.location).toBe('/forum/42?flik=moten');
    const setSession = result.callbackCookies.find((c) => c.startsWith('samlad_session='));
    expect(setSession).toContain('HttpOnly');
    expect(setSession).toContain('SameSite=Lax');
    // The attempt's cookie is gone once used.
    expect(result.jar.get(samladOrigin, 'samlad_oidc')).toBeUndefined();

    const cookie = sessionCookieOf(result.callbackCookies) ?? '';
    expect(await viewerEmail(cookie)).toBe('sara.lund@vaxjo.example');
    expect(await identitiesOf('sara-sub')).toEqual([
      { userId: expect.any(String), email: 'sara.lund@vaxjo.example' },
    ]);
    const [linked] = await identitiesOf('sara-sub');
    const signIns = await database.db
      .select()
      .from(schema.auditEvent)
      .where(
        and(
          eq(schema.auditEvent.action, 'auth.sign_in'),
          eq(schema.auditEvent.recordId, linked?.userId ?? ''),
        ),
      );
    expect(signIns.map((e) => e.details)).toEqual([{ method: 'oidc' }]);
    const [session] = await database.db
      .select()
      .from(schema.session)
      .where(eq(schema.session.userId, linked?.userId ?? ''));
    expect(session?.method).toBe('oidc');
  });

  it('signs the same login in again through its link, even after the provider’s e-mail changed', async () => {
    const account = providerAccounts.get('sara-sub');
    if (!account) throw new Error('fixture missing');
    account.email = 'sara.lund@ny-adress.example';
    const result = await signInFlow('sara-sub');
    expect(result.location).toBe('/');
    expect(await viewerEmail(sessionCookieOf(result.callbackCookies) ?? '')).toBe('sara.lund@vaxjo.example');
    expect(await identitiesOf('sara-sub')).toHaveLength(1);
  });

  it('refuses a login whose e-mail matches no account: accounts are made by admins, not by providers', async () => {
    const result = await signInFlow('stranger-sub');
    expect(result.location).toBe('/logga-in?fel=okant-konto');
    expect(sessionCookieOf(result.callbackCookies)).toBeUndefined();
    expect(result.jar.get(samladOrigin, 'samlad_session')).toBeUndefined();
    expect(await identitiesOf('stranger-sub')).toEqual([]);
    expect(await failures('unknown_account')).toHaveLength(1);
  });

  it('does not link by an e-mail address the provider has not verified', async () => {
    const result = await signInFlow('unverified-sub');
    expect(result.location).toBe('/logga-in?fel=okant-konto');
    expect(sessionCookieOf(result.callbackCookies)).toBeUndefined();
    expect(await identitiesOf('unverified-sub')).toEqual([]);
    expect(await failures('email_not_verified')).toHaveLength(1);
  });

  it('does not link a second login of the same provider to an account by e-mail', async () => {
    const result = await signInFlow('impostor-sub');
    expect(result.location).toBe('/logga-in?fel=okant-konto');
    expect(sessionCookieOf(result.callbackCookies)).toBeUndefined();
    expect(await identitiesOf('impostor-sub')).toEqual([]);
  });

  it('refuses a deactivated account', async () => {
    await database.db
      .update(schema.userAccount)
      .set({ deactivatedAt: new Date() })
      .where(eq(schema.userAccount.email, 'maria.ek@karlstad.example'));
    const result = await signInFlow('maria-sub');
    expect(result.location).toBe('/logga-in?fel=avstangt');
    expect(sessionCookieOf(result.callbackCookies)).toBeUndefined();
    const [event] = await failures('deactivated');
    expect(event?.actorUserId).toEqual(expect.any(String));
    expect(event?.clientAddress).toBe('127.0.0.1');
  });

  it('refuses an answer whose state was tampered with, without an error page', async () => {
    const result = await signInFlow('ali-sub', {
      tamper: (callback) => callback.searchParams.set('state', 'forged-state'),
    });
    expect(result.status).toBe(302);
    expect(result.location).toBe('/logga-in?fel=misslyckades');
    expect(sessionCookieOf(result.callbackCookies)).toBeUndefined();
    expect(await identitiesOf('ali-sub')).toEqual([]);
  });

  it('refuses a callback that belongs to no sign-in started here', async () => {
    const response = await fetch(`${samladOrigin}/auth/oidc/callback?code=abc&state=def`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/logga-in?fel=misslyckades');
  });

  it('sends the person only to a path on this site afterwards', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
      const result = await signInFlow('sara-sub', { returnTo });
      expect(result.location).toBe('/');
      expect(sessionCookieOf(result.callbackCookies)).toBeDefined();
    }
  });
});

describe('OpenID Connect configuration', () => {
  it('is off, and says so, when not configured', async () => {
    const { app: plain } = await buildApp({ database });
    try {
      expect((await plain.inject('/auth/config')).json()).toEqual({ oidc: null });
      expect((await plain.inject('/auth/oidc/start')).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('refuses half a configuration at start-up', () => {
    expect(() => readEnv({ OIDC_ISSUER: 'https://idp.example.se', OIDC_CLIENT_ID: 'samlad' })).toThrow(
      /OIDC: set all of .*missing: OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI/,
    );
    expect(readEnv({ OIDC_ISSUER: '' }).OIDC_ISSUER).toBeUndefined();
  });

  it('sends the person back to the sign-in page when the provider cannot be reached', async () => {
    const probe = createServer();
    const closedPort = await listen(probe);
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const { app: offline } = await buildApp({
      database,
      oidc: {
        issuer: `http://127.0.0.1:${closedPort}`,
        clientId: 'samlad',
        clientSecret: 'secret',
        redirectUri: 'http://127.0.0.1:3000/auth/oidc/callback',
        timeoutSeconds: 2,
        allowInsecureLoopbackIssuer: true,
      },
    });
    try {
      const response = await offline.inject('/auth/oidc/start?returnTo=/');
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/logga-in?fel=misslyckades');
    } finally {
      await offline.close();
    }
  });
});
