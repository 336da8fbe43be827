import { createHash, randomBytes } from 'node:crypto';
import { type Database, queryRows, schema } from '@samlad/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Context, MembershipRole, OrganisationKind, Viewer } from '../../context.ts';
import { runAsApp } from '../../db-session.ts';
import { SESSION_HOURS } from './cookies.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

interface SessionRow extends Record<string, unknown> {
  session_id: string | null;
  user_id: string | null;
  is_platform_admin: boolean | null;
  membership_id: string | null;
  organisation_id: string | null;
  role: MembershipRole | null;
  organisation_kind: OrganisationKind | null;
  organisation_name: string | null;
  county_code: string | null;
}

/**
 * Like `runAsApp`, for a request that may carry a session token: one statement finds the viewer
 * behind it and sets the role and the viewer's settings, so a signed-in request costs one
 * statement before its data rather than two. The lookup always yields one row (the viewer's
 * columns null when the token is unknown, revoked or expired, or the user deactivated), so the
 * role is always switched. The tables are read with the permissions checked when the statement
 * starts, as the session's own user, which is why the role may change in its select list.
 */
export function runAsSession<T>(
  db: Database,
  token: string | null,
  now: Date,
  work: (tx: Database, viewer: Viewer | null) => Promise<T>,
): Promise<T> {
  if (!token) return runAsApp(db, null, (tx) => work(tx, null));
  return db.transaction(async (tx) => {
    const [row] = await queryRows<SessionRow>(
      tx,
      sql`
      with found as (
        select s.id as session_id, u.id as user_id, u.is_platform_admin, m.id as membership_id,
               m.organisation_id, m.role, o.kind as organisation_kind,
               o.name as organisation_name, o.county_code
        from session s
        join user_account u on u.id = s.user_id
        left join membership m on m.id = s.active_membership_id and m.status = 'active'
        left join organisation o on o.id = m.organisation_id
        where s.token_hash = ${hashToken(token)} and s.revoked_at is null
          and s.expires_at > ${now.toISOString()} and u.deactivated_at is null
        limit 1
      )
      select found.*,
             set_config('role', 'samlad_app', true) as role_set,
             set_config('app.user_id', coalesce(found.user_id::text, ''), true) as user_set,
             set_config('app.org_id', coalesce(found.organisation_id::text, ''), true) as org_set
      from (select 1) as one left join found on true`,
    );
    return work(tx as unknown as Database, row ? viewerOf(row) : null);
  });
}

/** The columns of a membership a viewer acts through (join its organisation). */
export const ACTING_MEMBERSHIP = {
  id: schema.membership.id,
  organisationId: schema.membership.organisationId,
  role: schema.membership.role,
  organisationKind: schema.organisation.kind,
  organisationName: schema.organisation.name,
  countyCode: schema.organisation.countyCode,
};

function viewerOf(row: SessionRow): Viewer | null {
  if (!row.session_id || !row.user_id) return null;
  const { membership_id: id, organisation_id: organisationId, role } = row;
  const {
    organisation_kind: organisationKind,
    organisation_name: organisationName,
    county_code: countyCode,
  } = row;
  return {
    sessionId: row.session_id,
    userId: row.user_id,
    isPlatformAdmin: row.is_platform_admin === true,
    membership:
      id && organisationId && role && organisationKind && organisationName && countyCode
        ? { id, organisationId, role, organisationKind, organisationName, countyCode }
        : null,
  };
}

/** The membership a new session starts in: the oldest active one. */
async function defaultMembership(db: Database, userId: string) {
  const [first] = await db
    .select(ACTING_MEMBERSHIP)
    .from(schema.membership)
    .innerJoin(schema.organisation, eq(schema.organisation.id, schema.membership.organisationId))
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
