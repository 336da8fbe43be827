import { schema } from '@samlad/db';
import { parseRecurrence } from '@samlad/domain';
import { and, eq, gt, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { announceMeetingChange } from '../../events.ts';
import { checkName } from '../admin/members.service.ts';
import { audit } from '../audit/audit.service.ts';
import { checkCaseMeeting } from '../cases/case-agenda.service.ts';
import { InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { loadManagedForum } from '../forums/forum.service.ts';

type Mode = (typeof schema.meetingMode.enumValues)[number];
type Meeting = typeof schema.meeting.$inferSelect;
const DAY_MS = 86_400_000;

export interface InviteeInput {
  organisationId: string;
  userId?: string | null;
  required?: boolean | null;
  guest?: boolean | null;
}

export interface MeetingInput {
  title: string;
  startsAt: Date;
  endsAt: Date;
  mode: Mode;
  place?: string | null;
  videoUrl?: string | null;
  /** Null or empty: every member organisation of the forum, required. */
  invitees?: InviteeInput[] | null;
  /** An RFC 5545 rule (bounded by COUNT or UNTIL) making this the first of a series. */
  recurrence?: string | null;
  /** The shared case the meeting is about, if any (only when planning). */
  caseId?: string | null;
}

/** The occurrences' starts of a recurring meeting, or a clear error naming the field. */
function seriesStarts(ctx: Context, rule: string, startsAt: Date) {
  const parsed = parseRecurrence(rule, startsAt);
  if (parsed.ok) return parsed.recurrence;
  const problem = parsed.problem;
  if (problem.kind === 'unbounded') throw new InvalidInputError(ctx, 'recurrenceUnbounded', {}, 'recurrence');
  if (problem.kind === 'too_many') {
    throw new InvalidInputError(
      ctx,
      'recurrenceTooMany',
      { max: problem.maxOccurrences, years: problem.maxYears },
      'recurrence',
    );
  }
  throw new InvalidInputError(ctx, 'recurrenceInvalid', { reason: problem.reason }, 'recurrence');
}

/** Checks a meeting's time, place and link; returns the cleaned values. */
function checkMeeting(ctx: Context, input: MeetingInput) {
  const title = checkName(ctx, input.title, 'title');
  if (input.endsAt.getTime() <= input.startsAt.getTime())
    throw new InvalidInputError(ctx, 'endBeforeStart', {}, 'endsAt');
  if (input.endsAt.getTime() - input.startsAt.getTime() > DAY_MS) {
    throw new InvalidInputError(ctx, 'longerThanADay', {}, 'endsAt');
  }
  const place = input.place?.trim() || null;
  const videoUrl = input.videoUrl?.trim() || null;
  if (input.mode !== 'digital' && !place) throw new InvalidInputError(ctx, 'placeRequired', {}, 'place');
  if (input.mode !== 'in_person' && !(videoUrl && /^https:\/\/\S+$/.test(videoUrl))) {
    throw new InvalidInputError(ctx, 'videoRequired', {}, 'videoUrl');
  }
  return {
    title,
    place: input.mode === 'digital' ? null : place,
    videoUrl: input.mode === 'in_person' ? null : videoUrl,
  };
}

/** Invitees must come from the forum's member organisations, unless explicitly guests. */
async function checkInvitees(ctx: Context, forumId: string, invitees: InviteeInput[] | null | undefined) {
  const members = await ctx.db
    .select({ organisationId: schema.forumMember.organisationId })
    .from(schema.forumMember)
    .where(eq(schema.forumMember.forumId, forumId));
  const memberIds = new Set(members.map((m) => m.organisationId));
  if (!invitees?.length)
    return [...memberIds].map((organisationId) => ({
      organisationId,
      userId: null,
      required: true,
      guest: false,
    }));
  const outsiders = invitees.filter((i) => !i.guest && !memberIds.has(i.organisationId));
  if (outsiders.length > 0) {
    const [org] = await ctx.db
      .select({ name: schema.organisation.name })
      .from(schema.organisation)
      .where(eq(schema.organisation.id, outsiders[0]?.organisationId ?? ''));
    throw new InvalidInputError(ctx, 'inviteeOutsideForum', { organisation: org?.name ?? '?' }, 'invitees');
  }
  return invitees.map((i) => ({
    organisationId: i.organisationId,
    userId: i.userId ?? null,
    required: i.required ?? true,
    guest: i.guest ?? false,
  }));
}

/**
 * Plans a meeting, or with a recurrence rule a whole bounded series: each occurrence becomes its
 * own meeting row (same invitees), so one can later be moved or cancelled without the others.
 * Returns the first.
 */
export async function createMeeting(ctx: Context, forumId: string, input: MeetingInput): Promise<Meeting> {
  const forum = await loadManagedForum(ctx, forumId);
  if (forum.status !== 'active')
    throw new InvalidInputError(ctx, 'forumNotActive', { status: forum.status }, 'forumId');
  const values = checkMeeting(ctx, input);
  const caseId = await checkCaseMeeting(ctx, input.caseId, values.place);
  const invitees = await checkInvitees(ctx, forumId, input.invitees);
  const durationMs = input.endsAt.getTime() - input.startsAt.getTime();
  const series = input.recurrence?.trim() ? seriesStarts(ctx, input.recurrence.trim(), input.startsAt) : null;
  let seriesId: string | null = null;
  if (series) {
    const [made] = await ctx.db
      .insert(schema.meetingSeries)
      .values({
        forumId,
        title: values.title,
        rule: series.rule,
        firstStart: input.startsAt,
        durationMinutes: Math.round(durationMs / 60_000),
        mode: input.mode,
        place: values.place,
        videoUrl: values.videoUrl,
      })
      .returning({ id: schema.meetingSeries.id });
    seriesId = made?.id ?? null;
  }
  const starts = series ? series.starts : [input.startsAt];
  const created = await ctx.db
    .insert(schema.meeting)
    .values(
      starts.map((startsAt) => ({
        forumId,
        ...values,
        caseId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + durationMs),
        mode: input.mode,
        seriesId,
        originalStart: seriesId ? startsAt : null,
      })),
    )
    .returning();
  const first = created[0];
  if (!first) throw new Error('meeting insert returned nothing');
  await ctx.db
    .insert(schema.meetingInvitee)
    .values(created.flatMap((m) => invitees.map((i) => ({ ...i, meetingId: m.id }))));
  await audit(ctx, {
    action: 'meeting.created',
    recordType: 'meeting',
    recordId: first.id,
    details: { forumId, occurrences: created.length, ...(series ? { rule: series.rule } : {}) },
  });
  for (const m of created) await announceMeetingChange(ctx, { kind: 'created', meetingId: m.id, forumId });
  return first;
}

async function loadManagedMeeting(ctx: Context, meetingId: string): Promise<Meeting> {
  const [found] = await ctx.db.select().from(schema.meeting).where(eq(schema.meeting.id, meetingId));
  if (!found) throw new InvalidInputError(ctx, 'notFound', { what: 'meeting' }, 'meetingId');
  await loadManagedForum(ctx, found.forumId);
  return found;
}

/** Edits or moves a meeting. Calendars see the change: SEQUENCE goes up. */
export async function updateMeeting(ctx: Context, meetingId: string, input: MeetingInput): Promise<Meeting> {
  const current = await loadManagedMeeting(ctx, meetingId);
  if (current.status !== 'scheduled') {
    throw new InvalidInputError(ctx, 'meetingNotEditable', { status: current.status }, 'meetingId');
  }
  const values = checkMeeting(ctx, input);
  await checkCaseMeeting(ctx, current.caseId, values.place);
  const [updated] = await ctx.db
    .update(schema.meeting)
    .set({
      ...values,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      mode: input.mode,
      sequence: sql`${schema.meeting.sequence} + 1`,
      updatedAt: ctx.now,
    })
    .where(eq(schema.meeting.id, meetingId))
    .returning();
  if (input.invitees?.length) {
    const invitees = await checkInvitees(ctx, current.forumId, input.invitees);
    await ctx.db.delete(schema.meetingInvitee).where(eq(schema.meetingInvitee.meetingId, meetingId));
    await ctx.db.insert(schema.meetingInvitee).values(invitees.map((i) => ({ ...i, meetingId })));
  }
  const moved =
    current.startsAt.getTime() !== input.startsAt.getTime() ||
    current.endsAt.getTime() !== input.endsAt.getTime();
  await audit(ctx, {
    action: moved ? 'meeting.moved' : 'meeting.updated',
    recordType: 'meeting',
    recordId: meetingId,
    details: moved ? { from: current.startsAt.toISOString(), to: input.startsAt.toISOString() } : undefined,
  });
  await announceMeetingChange(ctx, {
    kind: moved ? 'moved' : 'updated',
    meetingId,
    forumId: current.forumId,
  });
  return updated ?? current;
}

export async function cancelMeeting(ctx: Context, meetingId: string): Promise<Meeting> {
  const current = await loadManagedMeeting(ctx, meetingId);
  if (current.status !== 'scheduled') {
    throw new InvalidInputError(ctx, 'meetingNotEditable', { status: current.status }, 'meetingId');
  }
  const [cancelled] = await ctx.db
    .update(schema.meeting)
    .set({ status: 'cancelled', sequence: sql`${schema.meeting.sequence} + 1`, updatedAt: ctx.now })
    .where(eq(schema.meeting.id, meetingId))
    .returning();
  await audit(ctx, { action: 'meeting.cancelled', recordType: 'meeting', recordId: meetingId });
  await announceMeetingChange(ctx, { kind: 'cancelled', meetingId, forumId: current.forumId });
  return cancelled ?? current;
}

/**
 * Answers an invitation: the viewer's own invitation if they were invited by name, otherwise
 * their organisation's. Refused for a cancelled meeting.
 */
export async function respondToMeeting(
  ctx: Context,
  meetingId: string,
  answer: 'accepted' | 'tentative' | 'declined',
  deputyUserId?: string | null,
) {
  const viewer = ctx.viewer;
  const organisationId = viewer?.membership?.organisationId;
  if (!viewer || !organisationId) throw new NotAllowedError(ctx, 'forbidden');
  // The meeting and the viewer's possible invitations in one statement.
  const mi = schema.meetingInvitee;
  const found = await ctx.db
    .select({ forumId: schema.meeting.forumId, status: schema.meeting.status, invitee: mi })
    .from(schema.meeting)
    .leftJoin(
      mi,
      and(
        eq(mi.meetingId, schema.meeting.id),
        eq(mi.organisationId, organisationId),
        or(eq(mi.userId, viewer.userId), sql`${mi.userId} is null`),
      ),
    )
    .where(eq(schema.meeting.id, meetingId));
  const meeting = found[0];
  if (!meeting) throw new InvalidInputError(ctx, 'notFound', { what: 'meeting' }, 'meetingId');
  if (meeting.status === 'cancelled') throw new InvalidInputError(ctx, 'meetingCancelled', {}, 'meetingId');
  const rows = found.flatMap((r) => (r.invitee ? [r.invitee] : []));
  const target = rows.find((r) => r.userId === viewer.userId) ?? rows.find((r) => r.userId === null);
  if (!target) throw new NotAllowedError(ctx, 'notInvited', {}, 'meetingId');
  if (deputyUserId) {
    const deputy = await ctx.db.$count(
      schema.membership,
      and(
        eq(schema.membership.userId, deputyUserId),
        eq(schema.membership.organisationId, organisationId),
        eq(schema.membership.status, 'active'),
      ),
    );
    if (deputy === 0) throw new InvalidInputError(ctx, 'notFound', { what: 'deputy' }, 'deputyUserId');
  }
  const [updated] = await ctx.db
    .update(mi)
    .set({ rsvp: answer, rsvpAt: ctx.now, deputyUserId: deputyUserId ?? target.deputyUserId })
    .where(eq(mi.id, target.id))
    .returning();
  await audit(ctx, {
    action: 'meeting.rsvp',
    recordType: 'meeting',
    recordId: meetingId,
    details: { answer },
  });
  await announceMeetingChange(ctx, { kind: 'rsvp', meetingId, forumId: meeting.forumId });
  return updated ?? target;
}

export interface Clash {
  organisationId: string;
  meetingId: string;
  forumId: string;
  startsAt: Date;
  endsAt: Date;
  mode: Mode;
}

/**
 * Which of these organisations already have a meeting in [startsAt, endsAt), in any forum: as a
 * forum member, or invited as a guest. Cancelled meetings do not count. One statement.
 */
export async function findClashes(
  ctx: Context,
  organisationIds: string[],
  startsAt: Date,
  endsAt: Date,
  exceptMeetingId?: string,
): Promise<Clash[]> {
  if (organisationIds.length === 0) return [];
  const m = schema.meeting;
  const fm = schema.forumMember;
  const mi = schema.meetingInvitee;
  const overlapping = and(
    lt(m.startsAt, endsAt),
    gt(m.endsAt, startsAt),
    ne(m.status, 'cancelled'),
    exceptMeetingId ? ne(m.id, exceptMeetingId) : undefined,
  );
  const rows = await ctx.db
    .selectDistinct({
      organisationId: fm.organisationId,
      meetingId: m.id,
      forumId: m.forumId,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      mode: m.mode,
    })
    .from(m)
    .innerJoin(fm, eq(fm.forumId, m.forumId))
    .where(and(overlapping, inArray(fm.organisationId, organisationIds)))
    .union(
      ctx.db
        .selectDistinct({
          organisationId: mi.organisationId,
          meetingId: m.id,
          forumId: m.forumId,
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          mode: m.mode,
        })
        .from(m)
        .innerJoin(mi, eq(mi.meetingId, m.id))
        .where(and(overlapping, inArray(mi.organisationId, organisationIds))),
    );
  return rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
