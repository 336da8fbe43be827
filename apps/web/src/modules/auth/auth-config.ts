import { useEffect, useState } from 'react';
import { CSRF_HEADERS } from '../../api-headers.ts';

export interface OidcConfig {
  /** The identity provider's name as people know it, e.g. "Freja eID"; null: the UI says "your organisation". */
  label: string | null;
  /** Where the server starts the OIDC flow; a path on this site or an http(s) address. */
  startUrl: string;
}

export interface AuthConfig {
  oidc: OidcConfig | null;
}

const NO_OIDC: AuthConfig = { oidc: null };

/** Reads `GET /auth/config`'s body; anything unexpected means no OIDC, never a broken page. */
export function parseAuthConfig(body: unknown): AuthConfig {
  if (!body || typeof body !== 'object' || !('oidc' in body)) return NO_OIDC;
  const oidc = body.oidc;
  if (!oidc || typeof oidc !== 'object' || !('startUrl' in oidc)) return NO_OIDC;
  const label = 'label' in oidc ? oidc.label : null;
  const { startUrl } = oidc;
  if (typeof startUrl !== 'string' || !isStartUrl(startUrl)) return NO_OIDC;
  return { oidc: { label: typeof label === 'string' && label.trim() ? label.trim() : null, startUrl } };
}

function isStartUrl(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//') && !value.includes('\\');
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The address that starts OIDC sign-in and comes back to `returnTo` (a safe relative path). */
export function oidcStartHref(startUrl: string, returnTo: string, origin: string): string {
  const url = new URL(startUrl, origin);
  url.searchParams.set('returnTo', returnTo);
  return url.origin === origin ? `${url.pathname}${url.search}` : url.href;
}

/**
 * The server's sign-in options, or undefined while asking. A server without the endpoint (404),
 * or one that cannot be reached, offers password sign-in only.
 */
export function useAuthConfig(): AuthConfig | undefined {
  const [config, setConfig] = useState<AuthConfig>();
  useEffect(() => {
    const controller = new AbortController();
    fetch('/auth/config', {
      headers: { accept: 'application/json', ...CSRF_HEADERS },
      credentials: 'same-origin',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => setConfig(parseAuthConfig(body)))
      .catch(() => {
        if (!controller.signal.aborted) setConfig(NO_OIDC);
      });
    return () => controller.abort();
  }, []);
  return config;
}
