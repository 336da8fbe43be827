import * as client from 'openid-client';
import type { OidcConfig } from './oidc.config.ts';
import type { OidcAttempt } from './oidc-state.ts';

/** Who the provider says signed in. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

const SCOPE = 'openid email profile';
/** After the provider could not be reached, sign-ins fail at once for this long instead of each waiting. */
const RETRY_AFTER_FAILURE_MS = 15_000;

/**
 * The provider as this relying party sees it. Its metadata is discovered on first use and kept;
 * a failed discovery is not kept, so the next sign-in (after a short pause) tries again.
 */
export class OidcRelyingParty {
  readonly #settings: OidcConfig;
  #configuration: Promise<client.Configuration> | null = null;
  #failedAt = Number.NEGATIVE_INFINITY;

  constructor(settings: OidcConfig) {
    this.#settings = settings;
  }

  configuration(): Promise<client.Configuration> {
    if (!this.#configuration && Date.now() - this.#failedAt < RETRY_AFTER_FAILURE_MS) {
      return Promise.reject(new Error('the OpenID Connect provider could not be reached a moment ago'));
    }
    this.#configuration ??= this.#discover().catch((error: unknown) => {
      this.#configuration = null;
      this.#failedAt = Date.now();
      throw error;
    });
    return this.#configuration;
  }

  async #discover(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret, allowInsecureLoopbackIssuer } = this.#settings;
    const timeout = this.#settings.timeoutSeconds ?? 10;
    const discovered = await client.discovery(new URL(issuer), clientId, undefined, undefined, {
      timeout,
      ...(allowInsecureLoopbackIssuer ? { execute: [client.allowInsecureRequests] } : {}),
    });
    const metadata = discovered.serverMetadata();
    // client_secret_basic is the default a registration gets; use post only where basic is not offered.
    const methods = metadata.token_endpoint_auth_methods_supported;
    const auth =
      !methods || methods.includes('client_secret_basic')
        ? client.ClientSecretBasic(clientSecret)
        : client.ClientSecretPost(clientSecret);
    const configuration = new client.Configuration(metadata, clientId, clientSecret, auth);
    configuration.timeout = timeout;
    if (allowInsecureLoopbackIssuer) client.allowInsecureRequests(configuration);
    return configuration;
  }

  /** Where to send the browser to sign in at the provider. */
  async authorizationUrl(attempt: OidcAttempt): Promise<URL> {
    const configuration = await this.configuration();
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.#settings.redirectUri,
      scope: SCOPE,
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(attempt.verifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Checks the provider's answer against the attempt (state, nonce, PKCE, issuer), redeems the
   * code and returns who signed in. Throws on anything amiss.
   */
  async identify(query: string, attempt: OidcAttempt): Promise<OidcIdentity> {
    const configuration = await this.configuration();
    // The registered redirect URI, not the URL this server saw, which a proxy may have rewritten.
    const callbackUrl = new URL(this.#settings.redirectUri);
    callbackUrl.search = query;
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: attempt.verifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('the provider returned no ID token');
    // Many providers put only `sub` in the ID token of the code flow; the rest is at userinfo.
    let claims: Record<string, unknown> = idToken;
    if (typeof idToken.email !== 'string' && configuration.serverMetadata().userinfo_endpoint) {
      claims = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    }
    return {
      issuer: idToken.iss,
      subject: idToken.sub,
      email: typeof claims.email === 'string' && claims.email.includes('@') ? claims.email : null,
      // Some providers send the string "true".
      emailVerified: claims.email_verified === true || claims.email_verified === 'true',
      name: typeof claims.name === 'string' ? claims.name : null,
    };
  }
}

export const newAttemptSecrets = () => ({
  state: client.randomState(),
  nonce: client.randomNonce(),
  verifier: client.randomPKCECodeVerifier(),
});
