import { createHash, randomBytes } from 'node:crypto';
import { schema } from '@samlad/db';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Context, MembershipRole } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { isOrgAdmin } from '../auth/access.ts';
import { hashPassword } from '../auth/password.ts';
import { startSession } from '../auth/sign-in.service.ts';
import { ConflictError, InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { grantableRoles } from './roles.ts';

const INVITATION_DAYS = 14;
export const MIN_PASSWORD_LENGTH = 12;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Admins of the organisation (or an organisation above it) and platform admins may manage it. */
export async function canAdminister(ctx: Context, organisationId: string): Promise<boolean> {
  return (ctx.viewer?.isPlatformAdmin ?? false) || (await isOrgAdmin(ctx, organisationId));
}

export async function assertCanAdminister(ctx: Context, organisationId: string): Promise<void> {
  if (!(await canAdminister(ctx, organisationId))) throw new NotAllowedError(ctx, 'forbidden');
}

async function organisationKind(ctx: Context, organisationId: string) {
  const [org] = await ctx.db
    .select({ kind: schema.organisation.kind })
    .from(schema.organisation)
    .where(eq(schema.organisation.id, organisationId));
  if (!org) throw new InvalidInputError(ctx, 'notFound', { what: 'organisation' }, 'organisationId');
  return org.kind;
}

async function assertGrantable(ctx: Context, organisationId: string, role: MembershipRole) {
  const allowed = grantableRoles(await organisationKind(ctx, organisationId));
  if (!allowed.includes(role)) {
    throw new NotAllowedError(ctx, 'roleNotGrantable', { role, allowed: allowed.join(', ') }, 'role');
  }
}

export function checkName(ctx: Context, value: string, field: string, max = 200): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max)
    throw new InvalidInputError(ctx, 'nameRequired', { field, max }, field);
  return trimmed;
}

export interface InviteInput {
  organisationId: string;
  email: string;
  displayName: string;
  jobTitle?: string | null;
  role: MembershipRole;
}

/**
 * Adds a person to an organisation. An existing account gets the membership at once; a new one
 * gets an account without a password and a one-time link (returned once) to choose one. People
 * whose organisation has an identity provider can instead sign in through it with the same e-mail.
 */
export async function inviteMember(ctx: Context, input: InviteInput) {
  await assertCanAdminister(ctx, input.organisationId);
  const email = input.email.trim();
  if (!EMAIL.test(email)) throw new InvalidInputError(ctx, 'invalidEmail', {}, 'email');
  const displayName = checkName(ctx, input.displayName, 'displayName');
  await assertGrantable(ctx, input.organisationId, input.role);

  const u = schema.userAccount;
  const m = schema.membership;
  const [existing] = await ctx.db.select().from(u).where(sql`lower(${u.email}) = ${email.toLowerCase()}`);
  let userId = existing?.id;
  let invitationToken: string | null = null;
  if (existing) {
    const [membership] = await ctx.db
      .select()
      .from(m)
      .where(and(eq(m.userId, existing.id), eq(m.organisationId, input.organisationId)));
    if (membership) throw new ConflictError(ctx, 'alreadyMember', { email }, 'email');
  } else {
    const [created] = await ctx.db
      .insert(u)
      .values({ email, displayName, jobTitle: input.jobTitle?.trim() || null })
      .returning({ id: u.id });
    userId = created?.id;
    invitationToken = randomBytes(32).toString('base64url');
    await ctx.db.insert(schema.invitation).values({
      tokenHash: hashToken(invitationToken),
      userId: userId as string,
      invitedByUserId: ctx.viewer?.userId ?? null,
      expiresAt: new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000),
    });
  }
  const [membership] = await ctx.db
    .insert(m)
    .values({ userId: userId as string, organisationId: input.organisationId, role: input.role })
    .returning();
  if (!membership) throw new Error('membership insert returned nothing');
  await audit(ctx, {
    action: 'membership.invited',
    recordType: 'membership',
    recordId: membership.id,
    details: { organisationId: input.organisationId, role: input.role, newAccount: !existing },
  });
  return { membership, invitationToken };
}

async function loadMembership(ctx: Context, membershipId: string) {
  const [membership] = await ctx.db
    .select()
    .from(schema.membership)
    .where(eq(schema.membership.id, membershipId));
  if (!membership) throw new InvalidInputError(ctx, 'notFound', { what: 'membership' }, 'membershipId');
  await assertCanAdminister(ctx, membership.organisationId);
  if (membership.userId === ctx.viewer?.userId && !ctx.viewer.isPlatformAdmin) {
    throw new NotAllowedError(ctx, 'cannotChangeOwnRole', {}, 'membershipId');
  }
  return membership;
}

/** Refuses a change that would leave the organisation without an active admin. */
async function assertAnotherAdmin(ctx: Context, organisationId: string, membershipId: string) {
  const m = schema.membership;
  const others = await ctx.db.$count(
    m,
    and(
      eq(m.organisationId, organisationId),
      eq(m.role, 'admin'),
      eq(m.status, 'active'),
      ne(m.id, membershipId),
    ),
  );
  if (others === 0) throw new ConflictError(ctx, 'lastAdmin', {}, 'role');
}

export async function changeMemberRole(ctx: Context, membershipId: string, role: MembershipRole) {
  const membership = await loadMembership(ctx, membershipId);
  await assertGrantable(ctx, membership.organisationId, role);
  if (membership.role === role) return membership;
  if (membership.role === 'admin') await assertAnotherAdmin(ctx, membership.organisationId, membership.id);
  const [updated] = await ctx.db
    .update(schema.membership)
    .set({ role, updatedAt: ctx.now })
    .where(eq(schema.membership.id, membershipId))
    .returning();
  await audit(ctx, {
    action: 'membership.role_changed',
    recordType: 'membership',
    recordId: membershipId,
    details: { from: membership.role, to: role },
  });
  return updated ?? membership;
}

export async function setMemberActive(ctx: Context, membershipId: string, active: boolean) {
  const membership = await loadMembership(ctx, membershipId);
  if (!active && membership.role === 'admin')
    await assertAnotherAdmin(ctx, membership.organisationId, membership.id);
  const [updated] = await ctx.db
    .update(schema.membership)
    .set({ status: active ? 'active' : 'deactivated', updatedAt: ctx.now })
    .where(eq(schema.membership.id, membershipId))
    .returning();
  await audit(ctx, {
    action: active ? 'membership.reactivated' : 'membership.deactivated',
    recordType: 'membership',
    recordId: membershipId,
  });
  return updated ?? membership;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The invited person chooses a password with the one-time link, and is signed in. */
export async function acceptInvitation(ctx: Context, token: string, password: string) {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidInputError(ctx, 'passwordTooShort', { min: MIN_PASSWORD_LENGTH }, 'password');
  }
  const i = schema.invitation;
  const [found] = await ctx.db
    .select({ id: i.id, userId: i.userId, expiresAt: i.expiresAt, usedAt: i.usedAt })
    .from(i)
    .where(eq(i.tokenHash, hashToken(token)));
  const [user] = found
    ? await ctx.db.select().from(schema.userAccount).where(eq(schema.userAccount.id, found.userId))
    : [];
  if (!found || !user || found.usedAt || found.expiresAt <= ctx.now || user.deactivatedAt) {
    throw new InvalidInputError(ctx, 'invitationInvalid', {}, 'token');
  }
  await ctx.db.update(i).set({ usedAt: ctx.now }).where(eq(i.id, found.id));
  await ctx.db
    .update(schema.userAccount)
    .set({ passwordHash: await hashPassword(password), updatedAt: ctx.now })
    .where(eq(schema.userAccount.id, user.id));
  await audit(ctx, {
    action: 'auth.invitation_accepted',
    recordType: 'user',
    recordId: user.id,
    actorUserId: user.id,
  });
  return startSession(ctx, user, 'password');
}
