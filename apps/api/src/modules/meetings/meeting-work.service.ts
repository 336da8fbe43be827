import { schema } from '@samlad/db';
import { and, eq, inArray, max, notInArray, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { checkName } from '../admin/members.service.ts';
import { audit } from '../audit/audit.service.ts';
import { InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { loadManagedForum, managesForum } from '../forums/forum.service.ts';

type ActionStatus = (typeof schema.actionStatus.enumValues)[number];

async function managedMeeting(ctx: Context, meetingId: string) {
  const [meeting] = await ctx.db.select().from(schema.meeting).where(eq(schema.meeting.id, meetingId));
  if (!meeting) throw new InvalidInputError(ctx, 'notFound', { what: 'meeting' }, 'meetingId');
  await loadManagedForum(ctx, meeting.forumId);
  return meeting;
}

/** Appends an agenda item, optionally presented by one of the forum's member organisations. */
export async function addAgendaItem(
  ctx: Context,
  meetingId: string,
  input: {
    title: string;
    notes?: string | null;
    presenterOrganisationId?: string | null;
    durationMinutes?: number | null;
  },
) {
  const meeting = await managedMeeting(ctx, meetingId);
  const title = checkName(ctx, input.title, 'title');
  if (input.presenterOrganisationId)
    await assertForumMember(ctx, meeting.forumId, input.presenterOrganisationId, 'presenterOrganisationId');
  const [last] = await ctx.db
    .select({ position: max(schema.agendaItem.position) })
    .from(schema.agendaItem)
    .where(eq(schema.agendaItem.meetingId, meetingId));
  const [item] = await ctx.db
    .insert(schema.agendaItem)
    .values({
      meetingId,
      position: (last?.position ?? 0) + 1,
      title,
      notes: input.notes?.trim() || null,
      presenterOrganisationId: input.presenterOrganisationId ?? null,
      durationMinutes: input.durationMinutes ?? null,
    })
    .returning();
  await audit(ctx, { action: 'meeting.agenda_item_added', recordType: 'meeting', recordId: meetingId });
  return item;
}

/** Puts the agenda in the order given (every item of the meeting, once). */
export async function reorderAgenda(ctx: Context, meetingId: string, itemIds: string[]) {
  await managedMeeting(ctx, meetingId);
  const items = await ctx.db
    .select({ id: schema.agendaItem.id })
    .from(schema.agendaItem)
    .where(eq(schema.agendaItem.meetingId, meetingId));
  const known = new Set(items.map((i) => i.id));
  if (
    itemIds.length !== known.size ||
    new Set(itemIds).size !== itemIds.length ||
    !itemIds.every((id) => known.has(id))
  ) {
    throw new InvalidInputError(ctx, 'invalidInput', { field: 'itemIds' }, 'itemIds');
  }
  // Two steps so the unique (meeting, position) index never sees a duplicate.
  await ctx.db
    .update(schema.agendaItem)
    .set({ position: sql`-${schema.agendaItem.position}` })
    .where(eq(schema.agendaItem.meetingId, meetingId));
  for (const [index, id] of itemIds.entries()) {
    await ctx.db
      .update(schema.agendaItem)
      .set({ position: index + 1 })
      .where(eq(schema.agendaItem.id, id));
  }
  await audit(ctx, { action: 'meeting.agenda_reordered', recordType: 'meeting', recordId: meetingId });
}

/** Saves the minutes and records who attended; a meeting with minutes counts as held. */
export async function recordMinutes(
  ctx: Context,
  meetingId: string,
  input: { minutes: string; attendedOrganisationIds?: string[] | null; decisions?: string[] | null },
) {
  const meeting = await managedMeeting(ctx, meetingId);
  if (meeting.status === 'cancelled')
    throw new InvalidInputError(ctx, 'meetingNotEditable', { status: meeting.status }, 'meetingId');
  await ctx.db
    .update(schema.meeting)
    .set({
      minutes: input.minutes.trim() || null,
      status: meeting.startsAt <= ctx.now ? 'held' : meeting.status,
      updatedAt: ctx.now,
    })
    .where(eq(schema.meeting.id, meetingId));
  if (input.attendedOrganisationIds) {
    const mi = schema.meetingInvitee;
    const attended = input.attendedOrganisationIds;
    await ctx.db
      .update(mi)
      .set({ attended: true })
      .where(
        and(eq(mi.meetingId, meetingId), attended.length ? inArray(mi.organisationId, attended) : sql`false`),
      );
    await ctx.db
      .update(mi)
      .set({ attended: false })
      .where(
        and(
          eq(mi.meetingId, meetingId),
          attended.length ? notInArray(mi.organisationId, attended) : undefined,
        ),
      );
  }
  const decisions = (input.decisions ?? []).map((d) => d.trim()).filter(Boolean);
  if (decisions.length)
    await ctx.db.insert(schema.decision).values(decisions.map((text) => ({ meetingId, text })));
  await audit(ctx, {
    action: 'meeting.minutes_recorded',
    recordType: 'meeting',
    recordId: meetingId,
    details: { decisions: decisions.length },
  });
}

async function assertForumMember(ctx: Context, forumId: string, organisationId: string, field: string) {
  const n = await ctx.db.$count(
    schema.forumMember,
    and(eq(schema.forumMember.forumId, forumId), eq(schema.forumMember.organisationId, organisationId)),
  );
  if (n === 0) throw new InvalidInputError(ctx, 'ownerOutsideForum', {}, field);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An action decided at a meeting, owned by one of the forum's member organisations. */
export async function createAction(
  ctx: Context,
  meetingId: string,
  input: {
    title: string;
    ownerOrganisationId: string;
    assigneeUserId?: string | null;
    dueDate?: string | null;
  },
) {
  const meeting = await managedMeeting(ctx, meetingId);
  const title = checkName(ctx, input.title, 'title', 500);
  await assertForumMember(ctx, meeting.forumId, input.ownerOrganisationId, 'ownerOrganisationId');
  if (input.dueDate && (!DATE.test(input.dueDate) || Number.isNaN(Date.parse(input.dueDate)))) {
    throw new InvalidInputError(ctx, 'invalidDueDate', {}, 'dueDate');
  }
  if (input.assigneeUserId) {
    const member = await ctx.db.$count(
      schema.membership,
      and(
        eq(schema.membership.userId, input.assigneeUserId),
        eq(schema.membership.organisationId, input.ownerOrganisationId),
        eq(schema.membership.status, 'active'),
      ),
    );
    if (member === 0) throw new InvalidInputError(ctx, 'notFound', { what: 'assignee' }, 'assigneeUserId');
  }
  const [action] = await ctx.db
    .insert(schema.actionItem)
    .values({
      forumId: meeting.forumId,
      originMeetingId: meetingId,
      title,
      ownerOrganisationId: input.ownerOrganisationId,
      assigneeUserId: input.assigneeUserId ?? null,
      dueDate: input.dueDate ?? null,
    })
    .returning();
  if (!action) throw new Error('action insert returned nothing');
  await audit(ctx, {
    action: 'action.created',
    recordType: 'action',
    recordId: action.id,
    details: { meetingId },
  });
  return action;
}

/** The owning organisation's people, or the forum's coordinators, move an action along. */
export async function setActionStatus(ctx: Context, actionId: string, status: ActionStatus) {
  const [action] = await ctx.db.select().from(schema.actionItem).where(eq(schema.actionItem.id, actionId));
  if (!action) throw new InvalidInputError(ctx, 'notFound', { what: 'action' }, 'actionId');
  const viewerOrg = ctx.viewer?.membership?.organisationId;
  let allowed = viewerOrg === action.ownerOrganisationId && ctx.viewer?.membership?.role !== 'overseer';
  if (!allowed) allowed = await managesForum(ctx, action.forumId);
  if (!allowed) throw new NotAllowedError(ctx, 'actionNotYours', {}, 'actionId');
  const [updated] = await ctx.db
    .update(schema.actionItem)
    .set({ status, completedAt: status === 'done' ? ctx.now : null, updatedAt: ctx.now })
    .where(eq(schema.actionItem.id, actionId))
    .returning();
  await audit(ctx, {
    action: 'action.status_changed',
    recordType: 'action',
    recordId: actionId,
    details: { from: action.status, to: status },
  });
  return updated ?? action;
}
