import { schema } from '@samlad/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { managesForum } from './forum.service.ts';

export interface RepresentativeInput {
  userId: string;
  deputy: boolean;
}

/**
 * Sets who represents a member organisation in a forum, and who stands in as deputy. The
 * organisation's own coordinators and admins decide, or the forum's hosts.
 */
export async function setRepresentatives(
  ctx: Context,
  forumId: string,
  organisationId: string,
  representatives: RepresentativeInput[],
) {
  const m = ctx.viewer?.membership;
  const ownOrganisation =
    m?.organisationId === organisationId && (m.role === 'coordinator' || m.role === 'admin');
  if (!ownOrganisation && !(await managesForum(ctx, forumId)))
    throw new NotAllowedError(ctx, 'forbidden', {}, 'organisationId');
  const member = await ctx.db.$count(
    schema.forumMember,
    and(eq(schema.forumMember.forumId, forumId), eq(schema.forumMember.organisationId, organisationId)),
  );
  if (member === 0) throw new InvalidInputError(ctx, 'ownerOutsideForum', {}, 'organisationId');
  const userIds = [...new Set(representatives.map((r) => r.userId))];
  if (userIds.length) {
    const active = await ctx.db
      .select({ userId: schema.membership.userId })
      .from(schema.membership)
      .where(
        and(
          eq(schema.membership.organisationId, organisationId),
          eq(schema.membership.status, 'active'),
          inArray(schema.membership.userId, userIds),
        ),
      );
    if (active.length !== userIds.length)
      throw new InvalidInputError(ctx, 'representativeNotMember', {}, 'representatives');
  }
  const fr = schema.forumRepresentative;
  await ctx.db.delete(fr).where(and(eq(fr.forumId, forumId), eq(fr.organisationId, organisationId)));
  if (userIds.length) {
    await ctx.db.insert(fr).values(
      userIds.map((userId) => ({
        forumId,
        organisationId,
        userId,
        deputy: representatives.find((r) => r.userId === userId)?.deputy ?? false,
      })),
    );
  }
  await audit(ctx, {
    action: 'forum.representatives_set',
    recordType: 'forum',
    recordId: forumId,
    details: { organisationId, representatives: userIds.length },
  });
}
