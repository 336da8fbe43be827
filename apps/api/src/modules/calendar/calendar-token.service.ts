import { createHash, randomBytes } from 'node:crypto';
import { type Database, schema } from '@samlad/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { ConflictError, NotAllowedError } from '../common/user-errors.ts';
import { loadManagedForum } from '../forums/forum.service.ts';

/**
 * Secret calendar-feed tokens. Only a sha256 of each token is stored, so a URL can be shown only
 * when its token is made (first use or reset); after that the holder has it, or resets it.
 *
 * - Personal: one live token per person (`userId` set), covering the meetings of every forum that
 *   any of the person's active organisations is a member of. The person resets it.
 * - Forum: one live token per forum (`forumId` set), shared by the forum's members. Any member may
 *   make it when there is none; once made, it is handed on by whoever has it, or the host's
 *   coordinators reset it and pass the new one on. A person who leaves keeps a URL that works
 *   until a reset; the personal feed, by contrast, follows memberships at every request.
 */
export const PERSONAL_FEED_PREFIX = '/calendar/';
export const FORUM_FEED_PREFIX = '/calendar/forum/';
export const personalFeedPath = (token: string) => `${PERSONAL_FEED_PREFIX}${token}.ics`;
export const forumFeedPath = (token: string) => `${FORUM_FEED_PREFIX}${token}.ics`;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
/** Tokens are 32 random bytes, base64url: 43 characters. Anything else is not worth a query. */
const TOKEN_SHAPE = /^[\w-]{43}$/;

type Owner = { userId: string } | { forumId: string };

const ownerCondition = (owner: Owner) => {
  const t = schema.calendarToken;
  return 'userId' in owner
    ? and(eq(t.userId, owner.userId), isNull(t.revokedAt))
    : and(eq(t.forumId, owner.forumId), isNull(t.revokedAt));
};

/** Two first requests at once must not make two live tokens: serialise per owner. */
async function lockOwner(db: Database, owner: Owner) {
  const key = 'userId' in owner ? `calendar-user:${owner.userId}` : `calendar-forum:${owner.forumId}`;
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

async function hasLiveToken(db: Database, owner: Owner): Promise<boolean> {
  return (await db.$count(schema.calendarToken, ownerCondition(owner))) > 0;
}

async function issueToken(ctx: Context, owner: Owner, action: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const [made] = await ctx.db
    .insert(schema.calendarToken)
    .values({ tokenHash: hashToken(token), ...owner })
    .returning({ id: schema.calendarToken.id });
  if (!made) throw new Error('calendar token insert returned nothing');
  await audit(ctx, {
    action,
    recordType: 'calendar_token',
    recordId: made.id,
    details: 'forumId' in owner ? { feed: 'forum', forumId: owner.forumId } : { feed: 'personal' },
  });
  return token;
}

function viewerId(ctx: Context): string {
  const userId = ctx.viewer?.userId;
  if (!userId) throw new NotAllowedError(ctx, 'signInRequired');
  return userId;
}

/**
 * The viewer's personal feed: made on first call, when its path is returned; after that only
 * that a feed exists (the path cannot be shown again).
 */
export async function personalFeed(ctx: Context): Promise<{ urlPath: string | null }> {
  const owner = { userId: viewerId(ctx) };
  if (await hasLiveToken(ctx.db, owner)) return { urlPath: null };
  await lockOwner(ctx.db, owner);
  if (await hasLiveToken(ctx.db, owner)) return { urlPath: null };
  return { urlPath: personalFeedPath(await issueToken(ctx, owner, 'calendar.feed_created')) };
}

async function assertForumMember(ctx: Context, forumId: string) {
  const fm = schema.forumMember;
  const member = await ctx.db.$count(
    fm,
    and(eq(fm.forumId, forumId), eq(fm.organisationId, ctx.viewer?.membership?.organisationId ?? '')),
  );
  // A forum that does not exist and one the viewer's organisation is not in look the same.
  if (member === 0) throw new NotAllowedError(ctx, 'notForumMember', {}, 'forumId');
}

/** A forum's feed, for a member of it: made if there is none, and its path shown that once. */
export async function forumFeed(ctx: Context, forumId: string): Promise<{ urlPath: string }> {
  await assertForumMember(ctx, forumId);
  const owner = { forumId };
  await lockOwner(ctx.db, owner);
  if (await hasLiveToken(ctx.db, owner)) throw new ConflictError(ctx, 'forumFeedExists', {}, 'forumId');
  return { urlPath: forumFeedPath(await issueToken(ctx, owner, 'calendar.feed_created')) };
}

/**
 * Replaces a feed's token: the old URL stops working with this transaction's commit. Without a
 * forum, the viewer's personal feed; with one, the forum's (its host's coordinators and admins).
 */
export async function resetFeed(ctx: Context, forumId: string | null): Promise<{ urlPath: string }> {
  let owner: Owner;
  if (forumId) {
    await loadManagedForum(ctx, forumId);
    owner = { forumId };
  } else {
    owner = { userId: viewerId(ctx) };
  }
  await lockOwner(ctx.db, owner);
  await ctx.db.update(schema.calendarToken).set({ revokedAt: ctx.now }).where(ownerCondition(owner));
  const token = await issueToken(ctx, owner, 'calendar.feed_reset');
  return { urlPath: forumId ? forumFeedPath(token) : personalFeedPath(token) };
}

/** Whose feed a token opens, if it is live; a person's only while their account is active. */
export async function resolveFeedToken(
  db: Database,
  token: string,
  kind: 'personal' | 'forum',
): Promise<{ userId: string } | { forumId: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const t = schema.calendarToken;
  const u = schema.userAccount;
  const [row] = await db
    .select({ userId: t.userId, forumId: t.forumId, deactivatedAt: u.deactivatedAt })
    .from(t)
    .leftJoin(u, eq(u.id, t.userId))
    .where(and(eq(t.tokenHash, hashToken(token)), isNull(t.revokedAt)));
  if (!row) return null;
  if (kind === 'personal') return row.userId && !row.deactivatedAt ? { userId: row.userId } : null;
  return row.forumId ? { forumId: row.forumId } : null;
}
