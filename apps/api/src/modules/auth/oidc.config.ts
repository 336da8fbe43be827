import type { Env } from '../../env.ts';

/** Sign-in through an organisation's OpenID Connect provider. */
export interface OidcConfig {
  /** The provider's issuer identifier; its metadata is read from `/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: this server's `/auth/oidc/callback`, as registered. */
  redirectUri: string;
  /** Text of the sign-in button, e.g. "Region Kronoberg"; null lets the client use its own words. */
  label?: string | null | undefined;
  /** Seconds to wait for the provider on each request (discovery, token, userinfo). */
  timeoutSeconds?: number | undefined;
  /**
   * Allows a plain-http provider on a loopback address. For tests with a provider started
   * in-process only; never read from the environment.
   */
  allowInsecureLoopbackIssuer?: boolean | undefined;
}

/** The OIDC part of the environment, or null when it is not configured (env.ts rejects half a configuration). */
export function oidcConfigFromEnv(env: Env): OidcConfig | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI, OIDC_LABEL } = env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET || !OIDC_REDIRECT_URI) return null;
  const config: OidcConfig = {
    issuer: OIDC_ISSUER,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    redirectUri: OIDC_REDIRECT_URI,
    label: OIDC_LABEL ?? null,
  };
  assertValidOidcConfig(config);
  return config;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Fails at start-up, with a message an operator can act on, rather than at the first sign-in. */
export function assertValidOidcConfig(config: OidcConfig): void {
  const issuer = URL.parse(config.issuer);
  const redirect = URL.parse(config.redirectUri);
  if (!issuer) throw new Error(`OIDC_ISSUER is not a URL: ${config.issuer}`);
  if (!redirect) throw new Error(`OIDC_REDIRECT_URI is not a URL: ${config.redirectUri}`);
  const loopback = LOOPBACK_HOSTS.has(issuer.hostname);
  if (issuer.protocol !== 'https:' && !(config.allowInsecureLoopbackIssuer && loopback)) {
    throw new Error(`OIDC_ISSUER must be an https URL: ${config.issuer}`);
  }
  if (config.allowInsecureLoopbackIssuer && !loopback) {
    throw new Error('allowInsecureLoopbackIssuer is for a provider on a loopback address only');
  }
  // A path prefix is allowed, for a server behind a proxy that mounts it below one.
  if (!redirect.pathname.endsWith('/auth/oidc/callback') || redirect.search || redirect.hash) {
    throw new Error(
      `OIDC_REDIRECT_URI must be this server's address followed by /auth/oidc/callback, e.g. https://samlad.example.se/auth/oidc/callback; got ${config.redirectUri}`,
    );
  }
}
