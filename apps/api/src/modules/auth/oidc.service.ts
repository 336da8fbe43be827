import { schema } from '@samlad/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Context, Viewer } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import type { OidcIdentity } from './oidc-client.ts';
import { startSession } from './sign-in.service.ts';

/** What the sign-in page is told in `/logga-in?fel=<code>`. */
export type OidcFailureCode = 'okant-konto' | 'avstangt' | 'misslyckades';

export type OidcSignInResult =
  | { ok: true; viewer: Viewer }
  | { ok: false; code: OidcFailureCode; reason: string };

type Account = typeof schema.userAccount.$inferSelect;

async function refuse(
  ctx: Context,
  identity: OidcIdentity,
  code: OidcFailureCode,
  reason: string,
  user: Account | null,
): Promise<OidcSignInResult> {
  await audit(ctx, {
    action: 'auth.sign_in_failed',
    // Not the e-mail hash password sign-in uses: a provider's claims must not count towards
    // (and so could not lock) an account's password attempts.
    recordType: 'oidc_subject',
    recordId: `${identity.issuer} ${identity.subject}`,
    actorUserId: user?.id ?? null,
    organisationId: null,
    withClientAddress: true,
    details: { method: 'oidc', reason },
  });
  return { ok: false, code, reason };
}

async function accountByIdentity(ctx: Context, identity: OidcIdentity): Promise<Account | null> {
  const [row] = await ctx.db
    .select({ user: schema.userAccount })
    .from(schema.userIdentity)
    .innerJoin(schema.userAccount, eq(schema.userAccount.id, schema.userIdentity.userId))
    .where(
      and(eq(schema.userIdentity.issuer, identity.issuer), eq(schema.userIdentity.subject, identity.subject)),
    )
    .limit(1);
  return row?.user ?? null;
}

async function accountByEmail(ctx: Context, email: string): Promise<Account | null> {
  const [user] = await ctx.db
    .select()
    .from(schema.userAccount)
    .where(sql`lower(${schema.userAccount.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return user ?? null;
}

/**
 * Signs in the person the provider identified. Accounts are made by organisation admins, never
 * by a provider: a known (issuer, subject) is that account; otherwise a verified e-mail that
 * matches an active account links the login to it (an invited person's first sign-in).
 * Everything else is refused and audited. Runs in the caller's transaction (`ctx.db`).
 */
export async function signInWithOidc(ctx: Context, identity: OidcIdentity): Promise<OidcSignInResult> {
  const linked = await accountByIdentity(ctx, identity);
  if (linked) {
    if (linked.deactivatedAt) return refuse(ctx, identity, 'avstangt', 'deactivated', linked);
    return { ok: true, viewer: await startSession(ctx, linked, 'oidc') };
  }

  if (!identity.email) return refuse(ctx, identity, 'okant-konto', 'no_email', null);
  if (!identity.emailVerified) return refuse(ctx, identity, 'okant-konto', 'email_not_verified', null);
  const user = await accountByEmail(ctx, identity.email);
  if (!user) return refuse(ctx, identity, 'okant-konto', 'unknown_account', null);
  if (user.deactivatedAt) return refuse(ctx, identity, 'avstangt', 'deactivated', user);

  // An account already linked to another login at this provider is not re-linked by e-mail:
  // an address handed on to a new person must not hand on the account with it.
  const [other] = await ctx.db
    .select({ id: schema.userIdentity.id })
    .from(schema.userIdentity)
    .where(and(eq(schema.userIdentity.userId, user.id), eq(schema.userIdentity.issuer, identity.issuer)))
    .limit(1);
  if (other) return refuse(ctx, identity, 'okant-konto', 'other_identity_linked', user);

  await ctx.db
    .insert(schema.userIdentity)
    .values({ userId: user.id, issuer: identity.issuer, subject: identity.subject })
    .onConflictDoNothing();
  await audit(ctx, {
    action: 'auth.identity_linked',
    recordType: 'user',
    recordId: user.id,
    actorUserId: user.id,
    organisationId: null,
    details: { method: 'oidc', issuer: identity.issuer, subject: identity.subject },
  });
  return { ok: true, viewer: await startSession(ctx, user, 'oidc') };
}
