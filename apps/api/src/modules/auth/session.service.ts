import { createHash, randomBytes } from 'node:crypto';
import { type Database, schema } from '@samlad/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Context, Viewer } from '../../context.ts';
import { SESSION_HOURS } from './cookies.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * The viewer behind a session token, in one statement: a revoked or expired session, a deactivated
 * user or a forged token all mean "signed out", never an error.
 */
export async function loadViewer(db: Database, token: string, now: Date): Promise<Viewer | null> {
  const s = schema.session;
  const u = schema.userAccount;
  const m = schema.membership;
  const [row] = await db
    .select({
      sessionId: s.id,
      userId: u.id,
      isPlatformAdmin: u.isPlatformAdmin,
      membershipId: m.id,
      organisationId: m.organisationId,
      role: m.role,
    })
    .from(s)
    .innerJoin(u, eq(u.id, s.userId))
    .leftJoin(m, and(eq(m.id, s.activeMembershipId), eq(m.status, 'active')))
    .where(
      and(
        eq(s.tokenHash, hashToken(token)),
        isNull(s.revokedAt),
        gt(s.expiresAt, now),
        isNull(u.deactivatedAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  return {
    sessionId: row.sessionId,
    userId: row.userId,
    isPlatformAdmin: row.isPlatformAdmin,
    membership:
      row.membershipId && row.organisationId && row.role
        ? { id: row.membershipId, organisationId: row.organisationId, role: row.role }
        : null,
  };
}

/** The membership a new session starts in: the oldest active one. */
async function defaultMembership(db: Database, userId: string) {
  const [first] = await db
    .select({
      id: schema.membership.id,
      organisationId: schema.membership.organisationId,
      role: schema.membership.role,
    })
    .from(schema.membership)
    .where(and(eq(schema.membership.userId, userId), eq(schema.membership.status, 'active')))
    .orderBy(schema.membership.createdAt, schema.membership.id)
    .limit(1);
  return first ?? null;
}

/** Starts a session and returns its token (for the cookie) and the viewer it gives. */
export async function createSession(
  ctx: Pick<Context, 'db' | 'now'>,
  user: { id: string; isPlatformAdmin: boolean },
  method: 'password' | 'oidc',
): Promise<{ token: string; viewer: Viewer }> {
  const token = randomBytes(32).toString('base64url');
  const membership = await defaultMembership(ctx.db, user.id);
  const [created] = await ctx.db
    .insert(schema.session)
    .values({
      tokenHash: hashToken(token),
      userId: user.id,
      activeMembershipId: membership?.id ?? null,
      method,
      expiresAt: new Date(ctx.now.getTime() + SESSION_HOURS * 3_600_000),
    })
    .returning({ id: schema.session.id });
  if (!created) throw new Error('session insert returned nothing');
  return {
    token,
    viewer: { userId: user.id, sessionId: created.id, isPlatformAdmin: user.isPlatformAdmin, membership },
  };
}

export async function revokeSession(db: Database, sessionId: string, now: Date): Promise<void> {
  await db.update(schema.session).set({ revokedAt: now }).where(eq(schema.session.id, sessionId));
}

/** Ends every session of a user at once, e.g. when they are deactivated. */
export async function revokeUserSessions(db: Database, userId: string, now: Date): Promise<void> {
  await db
    .update(schema.session)
    .set({ revokedAt: now })
    .where(and(eq(schema.session.userId, userId), isNull(schema.session.revokedAt)));
}

export async function setActiveMembership(
  db: Database,
  sessionId: string,
  membershipId: string,
): Promise<void> {
  await db
    .update(schema.session)
    .set({ activeMembershipId: membershipId, lastSeenAt: sql`now()` })
    .where(eq(schema.session.id, sessionId));
}
