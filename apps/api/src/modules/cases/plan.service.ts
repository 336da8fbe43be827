import { schema } from '@samlad/db';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { caseAccess, caseActor, loadLedCase, loadParticipatingCase, participantIds } from './case-access.ts';
import { checkText, parseCalendarDate } from './case-input.ts';

type ActionStatus = (typeof schema.casePlanActionStatus.enumValues)[number];

export interface PlanActionValues {
  /** An existing action to keep or change; new ones have none. */
  id?: string | null;
  organisationId: string;
  description: string;
  dueOn?: string | null;
  status: ActionStatus;
}

export interface PlanValues {
  needs: string;
  goals: string;
  goalsInOwnWords: string;
  overallResponsibleOrganisationId?: string | null;
  followUpOn?: string | null;
  actions: PlanActionValues[];
}

const longText = (value: string, max: number, ctx: Context, field: string) => {
  const trimmed = value.trim();
  if (trimmed.length > max) throw new InvalidInputError(ctx, 'textRequired', { field, max }, field);
  return trimmed;
};

/**
 * The lead saves the coordinated plan: needs, goals (also in the person's own words), what each
 * organisation does by when, who holds overall responsibility, the follow-up date. Each save is a
 * new version; the one before is kept as it was.
 */
export async function savePlan(ctx: Context, caseId: string, input: PlanValues) {
  const { actor, found } = await loadLedCase(ctx, caseId);
  const present = await participantIds(ctx, caseId);
  const needs = longText(input.needs, 5000, ctx, 'input.needs');
  const goals = longText(input.goals, 5000, ctx, 'input.goals');
  const goalsInOwnWords = longText(input.goalsInOwnWords, 5000, ctx, 'input.goalsInOwnWords');
  const followUpOn = parseCalendarDate(ctx, input.followUpOn, 'input.followUpOn');
  const responsible = input.overallResponsibleOrganisationId ?? null;
  if (responsible && !present.has(responsible))
    throw new InvalidInputError(ctx, 'planActionOutsideCase', {}, 'input.overallResponsibleOrganisationId');
  const actions = input.actions.map((a, i) => {
    if (!present.has(a.organisationId))
      throw new InvalidInputError(ctx, 'planActionOutsideCase', {}, `input.actions.${i}.organisationId`);
    return {
      id: a.id ?? null,
      organisationId: a.organisationId,
      description: checkText(ctx, a.description, `input.actions.${i}.description`, 1000),
      dueOn: parseCalendarDate(ctx, a.dueOn, `input.actions.${i}.dueOn`),
      status: a.status,
    };
  });
  const existing = await ctx.db
    .select()
    .from(schema.casePlanAction)
    .where(eq(schema.casePlanAction.caseId, caseId));
  const existingById = new Map(existing.map((a) => [a.id, a]));
  actions.forEach((a, i) => {
    if (a.id && !existingById.has(a.id))
      throw new InvalidInputError(ctx, 'notFound', { what: 'action' }, `input.actions.${i}.id`);
  });

  const [plan] = await ctx.db
    .update(schema.casePlan)
    .set({
      needs,
      goals,
      goalsInOwnWords,
      overallResponsibleOrganisationId: responsible,
      followUpOn,
      version: sql`${schema.casePlan.version} + 1`,
      updatedByUserId: actor.userId,
      updatedAt: ctx.now,
    })
    .where(eq(schema.casePlan.caseId, caseId))
    .returning({ version: schema.casePlan.version });
  const kept = actions.filter((a) => a.id).map((a) => a.id as string);
  await ctx.db
    .delete(schema.casePlanAction)
    .where(
      and(
        eq(schema.casePlanAction.caseId, caseId),
        kept.length ? notInArray(schema.casePlanAction.id, kept) : undefined,
      ),
    );
  for (const a of actions) {
    const completedAt = a.status === 'done' ? (existingById.get(a.id ?? '')?.completedAt ?? ctx.now) : null;
    if (a.id) {
      await ctx.db
        .update(schema.casePlanAction)
        .set({
          organisationId: a.organisationId,
          description: a.description,
          dueOn: a.dueOn,
          status: a.status,
          completedAt,
          updatedAt: ctx.now,
        })
        .where(eq(schema.casePlanAction.id, a.id));
    } else {
      await ctx.db.insert(schema.casePlanAction).values({
        caseId,
        organisationId: a.organisationId,
        description: a.description,
        dueOn: a.dueOn,
        status: a.status,
        completedAt,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    }
  }
  const version = plan?.version ?? 1;
  await ctx.db.insert(schema.casePlanVersion).values({
    caseId,
    version,
    snapshot: {
      needs,
      goals,
      goalsInOwnWords,
      overallResponsibleOrganisationId: responsible,
      followUpOn,
      actions: actions.map(({ id: _id, ...rest }) => rest),
    },
    savedByUserId: actor.userId,
    savedAt: ctx.now,
  });
  // The plan's follow-up date is the case's next follow-up.
  if (followUpOn) {
    await ctx.db
      .update(schema.sharedCase)
      .set({ nextFollowUpOn: followUpOn, updatedAt: ctx.now })
      .where(eq(schema.sharedCase.id, caseId));
  }
  await audit(ctx, {
    action: 'case.plan_saved',
    recordType: 'shared_case',
    recordId: caseId,
    details: { reference: found.reference, version, actions: actions.length },
  });
}

/** The organisation that owns a plan action, or the lead, moves it along. */
export async function setPlanActionStatus(ctx: Context, actionId: string, status: ActionStatus) {
  await caseActor(ctx);
  const [action] = await ctx.db
    .select()
    .from(schema.casePlanAction)
    .where(eq(schema.casePlanAction.id, actionId));
  if (!action) throw new InvalidInputError(ctx, 'notFound', { what: 'action' }, 'actionId');
  const { actor, found } = await loadParticipatingCase(ctx, action.caseId, 'actionId');
  if (action.organisationId !== actor.organisationId && found.leadOrganisationId !== actor.organisationId)
    throw new NotAllowedError(ctx, 'planActionNotYours', {}, 'actionId');
  await ctx.db
    .update(schema.casePlanAction)
    .set({
      status,
      completedAt: status === 'done' ? (action.completedAt ?? ctx.now) : null,
      updatedAt: ctx.now,
    })
    .where(eq(schema.casePlanAction.id, actionId));
  await audit(ctx, {
    action: 'case.plan_action_changed',
    recordType: 'shared_case',
    recordId: action.caseId,
    details: { actionId, from: action.status, to: status },
  });
  return action.caseId;
}

/** A timeline note from a participant, shown to the participating organisations it names. */
export async function addCaseNote(ctx: Context, caseId: string, body: string, visibleTo: string[]) {
  const { actor, found } = await loadParticipatingCase(ctx, caseId);
  if (found.status === 'closed') throw new InvalidInputError(ctx, 'caseClosed', {}, 'caseId');
  const text = checkText(ctx, body, 'body', 10_000);
  const present = await participantIds(ctx, caseId);
  const shownTo = [...new Set(visibleTo.filter((id) => id !== actor.organisationId))];
  if (shownTo.some((id) => !present.has(id)))
    throw new InvalidInputError(ctx, 'noteVisibleOutsideCase', {}, 'visibleToOrganisationIds');
  const [note] = await ctx.db
    .insert(schema.caseNote)
    .values({
      caseId,
      authorUserId: actor.userId,
      authorOrganisationId: actor.organisationId,
      body: text,
      createdAt: ctx.now,
    })
    .returning({ id: schema.caseNote.id });
  if (!note) throw new Error('note insert returned nothing');
  if (shownTo.length) {
    await ctx.db
      .insert(schema.caseNoteVisibility)
      .values(shownTo.map((organisationId) => ({ noteId: note.id, caseId, organisationId })));
  }
  await audit(ctx, {
    action: 'case.note_added',
    recordType: 'shared_case',
    recordId: caseId,
    details: { noteId: note.id, visibleTo: shownTo },
  });
}

/** The person's own words about the plan or a meeting, written down by a participant who may see the plan. */
export async function addCaseFeedback(
  ctx: Context,
  caseId: string,
  input: { about: 'plan' | 'meeting'; meetingId?: string | null; body: string },
) {
  const { actor } = await loadParticipatingCase(ctx, caseId);
  const access = (await caseAccess(ctx, [caseId])).get(caseId);
  if (!access?.plan) throw new NotAllowedError(ctx, 'planNotVisible', {}, 'caseId');
  const body = checkText(ctx, input.body, 'body', 5000);
  let meetingId: string | null = null;
  if (input.about === 'meeting') {
    if (!input.meetingId) throw new InvalidInputError(ctx, 'feedbackMeetingRequired', {}, 'meetingId');
    const [m] = await ctx.db
      .select({ id: schema.meeting.id })
      .from(schema.meeting)
      .where(and(eq(schema.meeting.id, input.meetingId), eq(schema.meeting.caseId, caseId)));
    if (!m) throw new InvalidInputError(ctx, 'notFound', { what: 'meeting' }, 'meetingId');
    meetingId = m.id;
  }
  await ctx.db.insert(schema.caseFeedback).values({
    caseId,
    about: input.about,
    meetingId,
    body,
    recordedByUserId: actor.userId,
    recordedByOrganisationId: actor.organisationId,
    createdAt: ctx.now,
  });
  await audit(ctx, {
    action: 'case.feedback_added',
    recordType: 'shared_case',
    recordId: caseId,
    details: { about: input.about },
  });
}
