import { createHash } from 'node:crypto';
import { schema } from '@samlad/db';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Context, Viewer } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { SignInFailedError } from '../common/user-errors.ts';
import { clearedSessionCookie, sessionCookie } from './cookies.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { createSession, revokeSession } from './session.service.ts';

/** Failed sign-ins allowed in the window, per account and per client address. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMinutes: 15 } as const;

/** Failed attempts are counted by a hash of the address typed, so typos are not stored as text. */
const accountKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

async function recentFailures(ctx: Context, email: string): Promise<{ account: number; address: number }> {
  const a = schema.auditEvent;
  const since = new Date(ctx.now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const [row] = await ctx.db
    .select({
      account: count(sql`case when ${a.recordId} = ${accountKey(email)} then 1 end`),
      address: count(sql`case when ${a.clientAddress} = ${ctx.clientAddress ?? ''} then 1 end`),
    })
    .from(a)
    .where(and(eq(a.action, 'auth.sign_in_failed'), gt(a.occurredAt, since)));
  return { account: row?.account ?? 0, address: row?.address ?? 0 };
}

async function refuse(ctx: Context, email: string, reason: string, userId: string | null): Promise<never> {
  await audit(ctx, {
    action: 'auth.sign_in_failed',
    recordType: 'sign_in',
    recordId: accountKey(email),
    actorUserId: userId,
    organisationId: null,
    withClientAddress: true,
    details: { reason },
  });
  throw new SignInFailedError(
    ctx,
    reason === 'deactivated' ? 'accountDeactivated' : 'wrongCredentials',
    {},
    'email',
  );
}

/**
 * Password sign-in. Unknown account and wrong password get the same answer and take the same
 * time; every failure is an audit event, and the audit trail is what the rate limit counts.
 */
export async function signInWithPassword(ctx: Context, email: string, password: string): Promise<Viewer> {
  const failures = await recentFailures(ctx, email);
  if (failures.account >= SIGN_IN_LIMITS.perAccount || failures.address >= SIGN_IN_LIMITS.perAddress) {
    const error = new SignInFailedError(
      ctx,
      'tooManyAttempts',
      { minutes: SIGN_IN_LIMITS.windowMinutes },
      'email',
    );
    error.retryAfterSeconds = SIGN_IN_LIMITS.windowMinutes * 60;
    throw error;
  }
  const [user] = await ctx.db
    .select()
    .from(schema.userAccount)
    .where(sql`lower(${schema.userAccount.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok) return refuse(ctx, email, 'wrong_credentials', user?.id ?? null);
  if (user.deactivatedAt) return refuse(ctx, email, 'deactivated', user.id);
  return startSession(ctx, user, 'password');
}

/** Starts a session for a user already identified (password or OIDC), sets the cookie and audits it. */
export async function startSession(
  ctx: Context,
  user: { id: string; isPlatformAdmin: boolean },
  method: 'password' | 'oidc',
): Promise<Viewer> {
  const { token, viewer } = await createSession(ctx, user, method);
  ctx.viewer = viewer;
  ctx.responseCookies.push(sessionCookie(token, ctx.secure));
  await audit(ctx, {
    action: 'auth.sign_in',
    recordType: 'user',
    recordId: user.id,
    withClientAddress: true,
    details: { method },
  });
  return viewer;
}

export async function signOut(ctx: Context): Promise<void> {
  ctx.responseCookies.push(clearedSessionCookie(ctx.secure));
  if (!ctx.viewer) return;
  await revokeSession(ctx.db, ctx.viewer.sessionId, ctx.now);
  await audit(ctx, { action: 'auth.sign_out', recordType: 'user', recordId: ctx.viewer.userId });
  ctx.viewer = null;
}
