import { createHash, randomBytes } from 'node:crypto';
import { schema } from '@samlad/db';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
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
 * Invites a person to an organisation with a role, as a one-time link the admin passes on. The
 * answer is the same whether or not the person already has an account, and nothing is granted
 * or shown about them until they accept (see acceptInvitation).
 */
export async function inviteMember(ctx: Context, input: InviteInput) {
  await assertCanAdminister(ctx, input.organisationId);
  const email = input.email.trim();
  if (!EMAIL.test(email)) throw new InvalidInputError(ctx, 'invalidEmail', {}, 'email');
  const displayName = checkName(ctx, input.displayName, 'displayName');
  await assertGrantable(ctx, input.organisationId, input.role);

  const u = schema.userAccount;
  const m = schema.membership;
  const i = schema.invitation;
  const [existing] = await ctx.db
    .select({ id: u.id })
    .from(u)
    .where(sql`lower(${u.email}) = ${email.toLowerCase()}`);
  let userId = existing?.id;
  if (existing) {
    const [member] = await ctx.db
      .select({ id: m.id })
      .from(m)
      .where(and(eq(m.userId, existing.id), eq(m.organisationId, input.organisationId)));
    if (member) throw new ConflictError(ctx, 'alreadyMember', { email }, 'email');
    const [pending] = await ctx.db
      .select({ id: i.id })
      .from(i)
      .where(
        and(
          eq(i.userId, existing.id),
          eq(i.organisationId, input.organisationId),
          isNull(i.usedAt),
          gt(i.expiresAt, ctx.now),
        ),
      );
    if (pending) throw new ConflictError(ctx, 'alreadyInvited', { email }, 'email');
  } else {
    const [created] = await ctx.db
      .insert(u)
      .values({ email, displayName, jobTitle: input.jobTitle?.trim() || null })
      .returning({ id: u.id });
    userId = created?.id;
  }
  const token = randomBytes(32).toString('base64url');
  const [invited] = await ctx.db
    .insert(i)
    .values({
      tokenHash: hashToken(token),
      userId: userId as string,
      organisationId: input.organisationId,
      role: input.role,
      invitedByUserId: ctx.viewer?.userId ?? null,
      expiresAt: new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000),
    })
    .returning();
  if (!invited) throw new Error('invitation insert returned nothing');
  await audit(ctx, {
    action: 'membership.invited',
    recordType: 'invitation',
    recordId: invited.id,
    details: { organisationId: input.organisationId, role: input.role },
  });
  return { invitation: invited, email, token };
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

/** The invitation behind a link, if it can still be used. */
async function usableInvitation(ctx: Context, token: string) {
  const [found] = await ctx.db
    .select()
    .from(schema.invitation)
    .where(eq(schema.invitation.tokenHash, hashToken(token)));
  if (!found || found.usedAt || found.expiresAt <= ctx.now) return null;
  const [user] = await ctx.db
    .select()
    .from(schema.userAccount)
    .where(eq(schema.userAccount.id, found.userId));
  if (!user || user.deactivatedAt) return null;
  const identities = await ctx.db.$count(schema.userIdentity, eq(schema.userIdentity.userId, user.id));
  return { invitation: found, user, isNewAccount: user.passwordHash === null && identities === 0 };
}

/** What the person holding a link is invited to, for the page they land on. */
export async function describeInvitation(ctx: Context, token: string) {
  const usable = await usableInvitation(ctx, token);
  if (!usable) return null;
  const organisation = await ctx.db.query.organisation.findFirst({
    where: { id: usable.invitation.organisationId },
    columns: { name: true },
  });
  return {
    organisationName: organisation?.name ?? '',
    role: usable.invitation.role,
    expiresAt: usable.invitation.expiresAt,
    needsPassword: usable.isNewAccount,
  };
}

/**
 * Accepts an invitation. A new person chooses a password and is signed in; a person who already
 * has an account must be signed in as themselves. Only now does the membership exist.
 */
export async function acceptInvitation(ctx: Context, token: string, password: string | null | undefined) {
  const usable = await usableInvitation(ctx, token);
  if (!usable) throw new InvalidInputError(ctx, 'invitationInvalid', {}, 'token');
  const { invitation, user, isNewAccount } = usable;
  if (isNewAccount) {
    if (!password || password.length < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputError(ctx, 'passwordTooShort', { min: MIN_PASSWORD_LENGTH }, 'password');
    }
    await ctx.db
      .update(schema.userAccount)
      .set({ passwordHash: await hashPassword(password), updatedAt: ctx.now })
      .where(eq(schema.userAccount.id, user.id));
  } else if (ctx.viewer?.userId !== user.id) {
    throw new InvalidInputError(ctx, 'invitationSignInFirst', {}, 'token');
  }
  await ctx.db
    .update(schema.invitation)
    .set({ usedAt: ctx.now })
    .where(eq(schema.invitation.id, invitation.id));
  const [membership] = await ctx.db
    .insert(schema.membership)
    .values({ userId: user.id, organisationId: invitation.organisationId, role: invitation.role })
    .onConflictDoUpdate({
      target: [schema.membership.userId, schema.membership.organisationId],
      set: { role: invitation.role, status: 'active', updatedAt: ctx.now },
    })
    .returning({ id: schema.membership.id });
  await audit(ctx, {
    action: 'membership.joined',
    recordType: 'membership',
    recordId: membership?.id,
    actorUserId: user.id,
    organisationId: invitation.organisationId,
    details: { invitationId: invitation.id, role: invitation.role },
  });
  // A new person is signed in as themselves; someone already signed in stays so.
  if (isNewAccount || !ctx.viewer) return startSession(ctx, user, 'password');
  return ctx.viewer;
}
