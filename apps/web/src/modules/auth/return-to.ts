/** The sign-in page's own paths; returning to them after signing in would loop. */
export const SIGN_IN_PATH = '/logga-in';
export const SIGN_IN_ALIASES = [SIGN_IN_PATH, '/sign-in'] as const;

// Any valid origin will do: it only tells a relative path from one that leaves the site.
const BASE = 'https://samlad.invalid';

/**
 * Where to go after signing in: `value` if it is a relative path on this site, else `fallback`.
 * Protocol-relative (`//evil.example`), backslash (`/\evil`, which browsers read as `//`),
 * absolute and `javascript:` addresses, and the sign-in page itself, all give the fallback.
 */
export function safeReturnTo(value: string | null | undefined, fallback = '/'): string {
  if (!value?.startsWith('/') || value.startsWith('//')) return fallback;
  // Backslashes and control characters have no business in our paths; browsers bend them into `//`.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  if ((SIGN_IN_ALIASES as readonly string[]).includes(url.pathname.replace(/\/+$/, ''))) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address that returns to `path` afterwards (`/logga-in?tillbaka=%2Fforum`). */
export function signInPath(path: string | undefined): string {
  const back = safeReturnTo(path);
  return back === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${new URLSearchParams({ tillbaka: back })}`;
}
