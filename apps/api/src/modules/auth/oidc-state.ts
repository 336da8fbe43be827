import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse, serialize } from 'cookie';

/** Holds one sign-in attempt between the redirect to the provider and the way back. */
export const OIDC_COOKIE = 'samlad_oidc';
/** The cookie is sent only to the OIDC routes. */
const COOKIE_PATH = '/auth/oidc';
/** Time a person has to sign in at their provider. */
export const OIDC_ATTEMPT_MINUTES = 10;

export interface OidcAttempt {
  state: string;
  nonce: string;
  /** PKCE code verifier; never leaves this server except in this HttpOnly cookie. */
  verifier: string;
  returnTo: string;
  /** Milliseconds since the epoch after which the attempt is void, whatever the browser kept. */
  expiresAt: number;
}

/**
 * Where to send a person after signing in: only a path on this site. Anything else (another
 * origin, `//host`, `/\host`, which browsers read as `//host`, control characters) becomes `/`.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!/^\/(?![/\\])[^\\\s]*$/.test(value)) return '/';
  const base = 'http://samlad.invalid';
  const url = URL.parse(value, base);
  if (!url || url.origin !== base) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The cookie is signed (HMAC-SHA256 with a key derived from the client secret, which every
 * instance shares) so an attempt cannot be forged or its `returnTo` swapped on the way.
 */
export class OidcAttemptCookie {
  readonly #key: Buffer;
  readonly secure: boolean;

  /** `secure`: whether the callback is served over https, so the cookie gets `Secure`. */
  constructor(clientSecret: string, secure: boolean) {
    this.secure = secure;
    this.#key = createHmac('sha256', clientSecret).update('samlad oidc attempt cookie v1').digest();
  }

  #mac(payload: string): Buffer {
    return createHmac('sha256', this.#key).update(payload).digest();
  }

  serialize(attempt: OidcAttempt): string {
    const payload = Buffer.from(JSON.stringify(attempt)).toString('base64url');
    return serialize(OIDC_COOKIE, `${payload}.${this.#mac(payload).toString('base64url')}`, {
      httpOnly: true,
      secure: this.secure,
      // Lax: the provider's redirect back is a top-level GET navigation, so the cookie comes along.
      sameSite: 'lax',
      path: COOKIE_PATH,
      maxAge: OIDC_ATTEMPT_MINUTES * 60,
    });
  }

  cleared(): string {
    return serialize(OIDC_COOKIE, '', {
      httpOnly: true,
      secure: this.secure,
      sameSite: 'lax',
      path: COOKIE_PATH,
      maxAge: 0,
    });
  }

  /** The attempt in the request's cookie, or null if there is none, or it is forged or stale. */
  read(cookieHeader: string | undefined, now: Date): OidcAttempt | null {
    const value = cookieHeader ? parse(cookieHeader)[OIDC_COOKIE] : undefined;
    if (!value) return null;
    const [payload = '', mac = ''] = value.split('.');
    const expected = this.#mac(payload);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const attempt = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<OidcAttempt>;
      const { state, nonce, verifier, returnTo, expiresAt } = attempt;
      if (
        typeof state !== 'string' ||
        typeof nonce !== 'string' ||
        typeof verifier !== 'string' ||
        typeof expiresAt !== 'number' ||
        expiresAt <= now.getTime()
      ) {
        return null;
      }
      return { state, nonce, verifier, returnTo: safeReturnTo(returnTo), expiresAt };
    } catch {
      return null;
    }
  }
}
