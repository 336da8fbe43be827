import { parse, serialize } from 'cookie';

export const SESSION_COOKIE = 'samlad_session';
/** A working day: sessions end after this, whatever happens. */
export const SESSION_HOURS = 12;

export function readSessionToken(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  const value = parse(cookieHeader)[SESSION_COOKIE];
  return value && /^[\w-]{20,100}$/.test(value) ? value : null;
}

export function sessionCookie(token: string, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, '', { httpOnly: true, secure, sameSite: 'lax', path: '/', maxAge: 0 });
}
