import { schema } from '@samlad/db';
import { and, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { checkName } from '../admin/members.service.ts';
import { audit } from '../audit/audit.service.ts';
import { InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { checkPlace } from '../reference/place.service.ts';

type ForumTheme = (typeof schema.forumTheme.enumValues)[number];
type ForumLevel = (typeof schema.forumLevel.enumValues)[number];
type Forum = typeof schema.forum.$inferSelect;

const MANAGING_ROLES = new Set(['coordinator', 'admin']);

/** Whether the viewer acts as coordinator or admin for this organisation. */
function managesFor(ctx: Context, organisationId: string): boolean {
  const m = ctx.viewer?.membership;
  return !!m && m.organisationId === organisationId && MANAGING_ROLES.has(m.role);
}

/** Whether the viewer may manage the forum (without throwing). */
export async function managesForum(ctx: Context, forumId: string): Promise<boolean> {
  const [found] = await ctx.db
    .select({ host: schema.forum.hostOrganisationId })
    .from(schema.forum)
    .where(eq(schema.forum.id, forumId));
  return !!found && managesFor(ctx, found.host);
}

/** Loads a forum the viewer may manage: coordinators and admins of its host organisation. */
export async function loadManagedForum(ctx: Context, forumId: string): Promise<Forum> {
  const [found] = await ctx.db.select().from(schema.forum).where(eq(schema.forum.id, forumId));
  if (!found) throw new InvalidInputError(ctx, 'notFound', { what: 'forum' }, 'forumId');
  if (!managesFor(ctx, found.hostOrganisationId))
    throw new NotAllowedError(ctx, 'notCoordinator', {}, 'forumId');
  return found;
}

export interface ForumInput {
  name: string;
  purpose: string;
  themes: ForumTheme[];
  level: ForumLevel;
  countyCode: string;
  municipalityCode?: string | null;
  meetingsPerYear: number;
  memberOrganisationIds: string[];
}

async function checkForumInput(ctx: Context, input: ForumInput, hostId: string) {
  const name = checkName(ctx, input.name, 'name');
  const purpose = checkName(ctx, input.purpose, 'purpose', 2000);
  if (input.themes.length === 0) throw new InvalidInputError(ctx, 'themesRequired', {}, 'themes');
  if (!Number.isInteger(input.meetingsPerYear) || input.meetingsPerYear < 0 || input.meetingsPerYear > 52) {
    throw new InvalidInputError(ctx, 'cadenceRange', {}, 'meetingsPerYear');
  }
  await checkPlace(ctx, input.countyCode, input.municipalityCode);
  const memberIds = [...new Set(input.memberOrganisationIds.filter((id) => id !== hostId))];
  if (memberIds.length === 0)
    throw new InvalidInputError(ctx, 'membersRequired', {}, 'memberOrganisationIds');
  const found = await ctx.db
    .select({ id: schema.organisation.id })
    .from(schema.organisation)
    .where(inArray(schema.organisation.id, memberIds));
  if (found.length !== memberIds.length) {
    throw new InvalidInputError(ctx, 'notFound', { what: 'organisation' }, 'memberOrganisationIds');
  }
  return { name, purpose, memberIds: [hostId, ...memberIds] };
}

/** A new forum hosted by the viewer's organisation, which must be a coordinator's or admin's. */
export async function createForum(ctx: Context, input: ForumInput): Promise<Forum> {
  const hostId = ctx.viewer?.membership?.organisationId;
  if (!hostId || !managesFor(ctx, hostId)) throw new NotAllowedError(ctx, 'notCoordinator');
  const { name, purpose, memberIds } = await checkForumInput(ctx, input, hostId);
  const [created] = await ctx.db
    .insert(schema.forum)
    .values({
      name,
      purpose,
      themes: input.themes,
      level: input.level,
      countyCode: input.countyCode,
      municipalityCode: input.municipalityCode ?? null,
      hostOrganisationId: hostId,
      meetingsPerYear: input.meetingsPerYear,
    })
    .returning();
  if (!created) throw new Error('forum insert returned nothing');
  await ctx.db
    .insert(schema.forumMember)
    .values(memberIds.map((organisationId) => ({ forumId: created.id, organisationId })));
  await audit(ctx, { action: 'forum.created', recordType: 'forum', recordId: created.id, details: { name } });
  return created;
}

/** Edits a forum; members that leave keep their history, the host always stays a member. */
export async function updateForum(ctx: Context, forumId: string, input: ForumInput): Promise<Forum> {
  const current = await loadManagedForum(ctx, forumId);
  if (current.status === 'merged' || current.status === 'closed') {
    throw new InvalidInputError(ctx, 'forumNotActive', { status: current.status }, 'forumId');
  }
  const { name, purpose, memberIds } = await checkForumInput(ctx, input, current.hostOrganisationId);
  const [updated] = await ctx.db
    .update(schema.forum)
    .set({
      name,
      purpose,
      themes: input.themes,
      level: input.level,
      countyCode: input.countyCode,
      municipalityCode: input.municipalityCode ?? null,
      meetingsPerYear: input.meetingsPerYear,
      updatedAt: ctx.now,
    })
    .where(eq(schema.forum.id, forumId))
    .returning();
  const fm = schema.forumMember;
  await ctx.db.delete(fm).where(and(eq(fm.forumId, forumId), notInArray(fm.organisationId, memberIds)));
  await ctx.db
    .insert(fm)
    .values(memberIds.map((organisationId) => ({ forumId, organisationId })))
    .onConflictDoNothing();
  await audit(ctx, { action: 'forum.updated', recordType: 'forum', recordId: forumId, details: { name } });
  return updated ?? current;
}

/** Pauses, resumes or closes a forum. */
export async function setForumStatus(ctx: Context, forumId: string, status: 'active' | 'paused' | 'closed') {
  const current = await loadManagedForum(ctx, forumId);
  if (current.status === 'merged' || current.status === 'closed') {
    throw new InvalidInputError(ctx, 'forumNotActive', { status: current.status }, 'status');
  }
  const [updated] = await ctx.db
    .update(schema.forum)
    .set({ status, updatedAt: ctx.now })
    .where(eq(schema.forum.id, forumId))
    .returning();
  await audit(ctx, {
    action: 'forum.status_changed',
    recordType: 'forum',
    recordId: forumId,
    details: { from: current.status, to: status },
  });
  return updated ?? current;
}

/**
 * Merges a forum into another: its member organisations join the target, its future meetings
 * and open actions move there, and it is marked merged. One transaction, audited.
 */
export async function mergeForum(ctx: Context, forumId: string, intoId: string) {
  const source = await loadManagedForum(ctx, forumId);
  if (source.status === 'merged' || source.status === 'closed') {
    throw new InvalidInputError(ctx, 'forumNotActive', { status: source.status }, 'forumId');
  }
  const [target] = await ctx.db.select().from(schema.forum).where(eq(schema.forum.id, intoId));
  const viewerOrg = ctx.viewer?.membership?.organisationId ?? '';
  const visible = target
    ? (await ctx.db.$count(
        schema.forumMember,
        and(eq(schema.forumMember.forumId, target.id), eq(schema.forumMember.organisationId, viewerOrg)),
      )) > 0
    : false;
  if (
    !target ||
    target.id === source.id ||
    target.status !== 'active' ||
    target.countyCode !== source.countyCode ||
    !visible
  ) {
    throw new InvalidInputError(ctx, 'mergeTarget', {}, 'intoForumId');
  }
  await ctx.db.execute(sql`
    insert into forum_member (forum_id, organisation_id)
    select ${target.id}, organisation_id from forum_member where forum_id = ${source.id}
    on conflict do nothing`);
  const moved = await ctx.db
    .update(schema.meeting)
    .set({ forumId: target.id, sequence: sql`${schema.meeting.sequence} + 1`, updatedAt: ctx.now })
    .where(and(eq(schema.meeting.forumId, source.id), sql`${schema.meeting.startsAt} >= ${ctx.now}`))
    .returning({ id: schema.meeting.id });
  const actions = await ctx.db
    .update(schema.actionItem)
    .set({ forumId: target.id, updatedAt: ctx.now })
    .where(
      and(
        eq(schema.actionItem.forumId, source.id),
        ne(schema.actionItem.status, 'done'),
        ne(schema.actionItem.status, 'cancelled'),
      ),
    )
    .returning({ id: schema.actionItem.id });
  const [merged] = await ctx.db
    .update(schema.forum)
    .set({ status: 'merged', mergedIntoId: target.id, updatedAt: ctx.now })
    .where(eq(schema.forum.id, source.id))
    .returning();
  await audit(ctx, {
    action: 'forum.merged',
    recordType: 'forum',
    recordId: source.id,
    details: { into: target.id, meetingsMoved: moved.length, actionsMoved: actions.length },
  });
  return merged ?? source;
}
