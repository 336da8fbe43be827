import { schema } from '@samlad/db';
import { checkActivitySchedule, type ScheduleProblem } from '@samlad/domain';
import { and, eq } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { fieldWord, statusWord } from '../../i18n/activity-messages.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { audit } from '../audit/audit.service.ts';
import { InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { optionalPlainText, plainText } from './plain-text.ts';

type Activity = typeof schema.activity.$inferSelect;
type Category = (typeof schema.activityCategory.enumValues)[number];
type Season = (typeof schema.activitySeason.enumValues)[number];

export interface ActivityValues {
  title: string;
  description: string;
  category: Category;
  minAge: number;
  maxAge: number;
  municipalityCode: string;
  place: string;
  season: Season;
  startsOn: string;
  endsOn: string;
  startTime?: string | null;
  durationMinutes?: number | null;
  recurrence?: string | null;
  exceptionDates?: string[] | null;
  costKronor: number;
  costNote?: string | null;
  signUp: string;
  signUpUrl?: string | null;
  capacity?: number | null;
  placesLeft?: number | null;
  languages: string[];
  accessibility?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

/** Who may post: anyone working for an association or a municipal organisation (not overseers). */
const POSTING_KINDS = new Set(['civil_society', 'municipality']);
const POSTING_ROLES = new Set(['admin', 'coordinator', 'member', 'partner']);
const MANAGING_ROLES = new Set(['admin', 'coordinator']);

async function actingOrganisation(ctx: Context) {
  const m = ctx.viewer?.membership;
  if (!m) return null;
  const [org] = await ctx.db
    .select()
    .from(schema.organisation)
    .where(eq(schema.organisation.id, m.organisationId));
  return org ? { ...org, role: m.role } : null;
}

async function publisher(ctx: Context) {
  const org = await actingOrganisation(ctx);
  if (!org || !POSTING_KINDS.has(org.kind) || !POSTING_ROLES.has(org.role))
    throw new NotAllowedError(ctx, 'notActivityPublisher');
  return org;
}

/** The activity, if the acting organisation owns it. */
async function ownActivity(ctx: Context, activityId: string): Promise<Activity> {
  const org = await publisher(ctx);
  const [found] = await ctx.db.select().from(schema.activity).where(eq(schema.activity.id, activityId));
  if (!found) throw new InvalidInputError(ctx, 'activityNotFound', {}, 'activityId');
  if (found.organisationId !== org.id) throw new NotAllowedError(ctx, 'notActivityOwner', {}, 'activityId');
  return found;
}

/** The municipality whose activities the viewer approves (a municipal organisation's coordinators and admins), or null. */
export async function approvalMunicipality(ctx: Context): Promise<string | null> {
  const org = await actingOrganisation(ctx);
  if (org?.kind !== 'municipality' || !MANAGING_ROLES.has(org.role)) return null;
  return org.municipalityCode;
}

/** Whether the viewer approves and unpublishes activities in this municipality. */
export async function approvesIn(ctx: Context, municipalityCode: string): Promise<boolean> {
  return (await approvalMunicipality(ctx)) === municipalityCode;
}

const SCHEDULE_MESSAGES: Record<ScheduleProblem['reason'], MessageKey> = {
  before_start: 'activityEndBeforeStart',
  too_long: 'activityTooLong',
  not_a_date: 'activityDate',
  not_a_time: 'activityTime',
  needed_with_duration: 'activityTime',
  out_of_range: 'activityDuration',
  invalid: 'activityRecurrence',
  bounded: 'activityRecurrence',
  never_occurs: 'activityRecurrence',
  outside_range: 'activityExceptionDate',
};

/** Checks everything a person can get wrong, naming the field; returns the values to store. */
export async function checkActivity(ctx: Context, input: ActivityValues) {
  const title = plainText(ctx, input.title, 'title', 200);
  const description = plainText(ctx, input.description, 'description', 5000);
  const place = plainText(ctx, input.place, 'place', 300);
  const signUp = plainText(ctx, input.signUp, 'signUp', 1000);
  const costNote = optionalPlainText(ctx, input.costNote, 'costNote', 300);
  const accessibility = optionalPlainText(ctx, input.accessibility, 'accessibility', 1000);
  const contactPhone = optionalPlainText(ctx, input.contactPhone, 'contactPhone', 50);
  const contactEmail = optionalPlainText(ctx, input.contactEmail, 'contactEmail', 200);
  if (contactEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contactEmail))
    throw new InvalidInputError(ctx, 'invalidEmail', { email: contactEmail }, 'contactEmail');
  if (
    !Number.isInteger(input.minAge) ||
    !Number.isInteger(input.maxAge) ||
    input.minAge < 0 ||
    input.maxAge > 30 ||
    input.minAge > input.maxAge
  )
    throw new InvalidInputError(
      ctx,
      'ageRangeInverted',
      {},
      input.minAge > input.maxAge ? 'maxAge' : 'minAge',
    );
  if (!Number.isInteger(input.costKronor) || input.costKronor < 0)
    throw new InvalidInputError(ctx, 'costNegative', {}, 'costKronor');
  if (input.capacity != null && (!Number.isInteger(input.capacity) || input.capacity < 0))
    throw new InvalidInputError(
      ctx,
      'capacityNegative',
      { field: fieldWord(ctx.locale, 'capacity') },
      'capacity',
    );
  if (
    input.placesLeft != null &&
    (!Number.isInteger(input.placesLeft) ||
      input.placesLeft < 0 ||
      (input.capacity != null && input.placesLeft > input.capacity))
  )
    throw new InvalidInputError(
      ctx,
      'capacityNegative',
      { field: fieldWord(ctx.locale, 'placesLeft') },
      'placesLeft',
    );
  const signUpUrl = input.signUpUrl?.trim() || null;
  if (signUpUrl) {
    let ok = false;
    try {
      const url = new URL(signUpUrl);
      ok = (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
    } catch {
      ok = false;
    }
    if (!ok) throw new InvalidInputError(ctx, 'signUpUrlNotHttp', {}, 'signUpUrl');
  }
  const languages = [...new Set(input.languages.map((l) => l.trim().toLowerCase()))];
  if (languages.length === 0 || languages.some((l) => !/^[a-z]{2}$/.test(l)))
    throw new InvalidInputError(ctx, 'invalidLanguage', {}, 'languages');
  const schedule = {
    startsOn: input.startsOn.trim(),
    endsOn: input.endsOn.trim(),
    startTime: input.startTime?.trim() || null,
    durationMinutes: input.durationMinutes ?? null,
    recurrence:
      input.recurrence
        ?.trim()
        .replace(/^RRULE:/i, '')
        .toUpperCase() || null,
    exceptionDates: [...new Set(input.exceptionDates ?? [])].sort(),
  };
  const problem = checkActivitySchedule(schedule);
  if (problem) {
    throw new InvalidInputError(
      ctx,
      SCHEDULE_MESSAGES[problem.reason],
      { field: problem.field },
      problem.field,
    );
  }
  const [municipality] = await ctx.db
    .select({ code: schema.municipality.code })
    .from(schema.municipality)
    .where(eq(schema.municipality.code, input.municipalityCode));
  if (!municipality) {
    const what = ctx.locale === 'sv' ? 'kommun' : 'municipality';
    throw new InvalidInputError(
      ctx,
      'unknownCode',
      { what, code: input.municipalityCode },
      'municipalityCode',
    );
  }
  return {
    title,
    description,
    category: input.category,
    minAge: input.minAge,
    maxAge: input.maxAge,
    municipalityCode: input.municipalityCode,
    place,
    season: input.season,
    ...schedule,
    costKronor: input.costKronor,
    costNote,
    signUp,
    signUpUrl,
    capacity: input.capacity ?? null,
    placesLeft: input.placesLeft ?? null,
    languages,
    accessibility,
    contactEmail,
    contactPhone,
  };
}

/** A new draft, private to the organisation until published. */
export async function createActivity(ctx: Context, input: ActivityValues): Promise<Activity> {
  const org = await publisher(ctx);
  const values = await checkActivity(ctx, input);
  const [made] = await ctx.db
    .insert(schema.activity)
    .values({
      ...values,
      organisationId: org.id,
      createdByUserId: ctx.viewer?.userId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  if (!made) throw new Error('activity insert returned nothing');
  await audit(ctx, { action: 'activity.created', recordType: 'activity', recordId: made.id });
  return made;
}

/** Edits an activity that is not cancelled; a published one stays published (its feeds see the change). */
export async function updateActivity(ctx: Context, activityId: string, input: ActivityValues) {
  const current = await ownActivity(ctx, activityId);
  if (current.status === 'cancelled')
    throw new InvalidInputError(
      ctx,
      'activityNotEditable',
      { status: statusWord(ctx.locale, current.status) },
      'activityId',
    );
  const values = await checkActivity(ctx, input);
  // Moving it to another municipality needs that municipality's approval again.
  const moved = values.municipalityCode !== current.municipalityCode && current.status === 'published';
  const approved = moved
    ? await isApprovedPublisher(ctx, current.organisationId, values.municipalityCode)
    : true;
  await ctx.db
    .update(schema.activity)
    .set({ ...values, status: approved ? current.status : 'pending_approval', updatedAt: ctx.now })
    .where(eq(schema.activity.id, activityId));
  await audit(ctx, { action: 'activity.updated', recordType: 'activity', recordId: activityId });
}

async function isApprovedPublisher(ctx: Context, organisationId: string, municipalityCode: string) {
  const p = schema.activityPublisher;
  const [row] = await ctx.db
    .select({ at: p.approvedAt })
    .from(p)
    .where(and(eq(p.organisationId, organisationId), eq(p.municipalityCode, municipalityCode)));
  return !!row;
}

/**
 * Publishes a draft (or one a coordinator unpublished, once mended). An organisation's first
 * publication in a municipality waits for a coordinator there; after that it publishes directly.
 */
export async function publishActivity(ctx: Context, activityId: string) {
  const current = await ownActivity(ctx, activityId);
  if (current.status !== 'draft' && current.status !== 'unpublished')
    throw new InvalidInputError(
      ctx,
      'activityNotEditable',
      { status: statusWord(ctx.locale, current.status) },
      'activityId',
    );
  const direct = await isApprovedPublisher(ctx, current.organisationId, current.municipalityCode);
  await ctx.db
    .update(schema.activity)
    .set({
      status: direct ? 'published' : 'pending_approval',
      publishedAt: direct ? ctx.now : null,
      statusReason: null,
      updatedAt: ctx.now,
    })
    .where(eq(schema.activity.id, activityId));
  await audit(ctx, {
    action: direct ? 'activity.published' : 'activity.submitted',
    recordType: 'activity',
    recordId: activityId,
  });
}

export async function cancelActivity(ctx: Context, activityId: string) {
  const current = await ownActivity(ctx, activityId);
  if (current.status === 'cancelled')
    throw new InvalidInputError(
      ctx,
      'activityNotEditable',
      { status: statusWord(ctx.locale, current.status) },
      'activityId',
    );
  await ctx.db
    .update(schema.activity)
    .set({ status: 'cancelled', updatedAt: ctx.now })
    .where(eq(schema.activity.id, activityId));
  await audit(ctx, { action: 'activity.cancelled', recordType: 'activity', recordId: activityId });
}

/** A new draft with the same content, e.g. for next summer. */
export async function copyActivity(ctx: Context, activityId: string): Promise<Activity> {
  const current = await ownActivity(ctx, activityId);
  const {
    id: _id,
    status: _s,
    statusReason: _r,
    publishedAt: _p,
    createdAt: _c,
    updatedAt: _u,
    ...content
  } = current;
  const [made] = await ctx.db
    .insert(schema.activity)
    .values({
      ...content,
      copiedFromId: current.id,
      createdByUserId: ctx.viewer?.userId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  if (!made) throw new Error('activity insert returned nothing');
  await audit(ctx, {
    action: 'activity.copied',
    recordType: 'activity',
    recordId: made.id,
    details: { from: current.id },
  });
  return made;
}

/** A coordinator of the municipality approves an activity; its publisher publishes there directly from now on. */
export async function approveActivity(ctx: Context, activityId: string) {
  const [found] = await ctx.db.select().from(schema.activity).where(eq(schema.activity.id, activityId));
  if (!found) throw new InvalidInputError(ctx, 'activityNotFound', {}, 'activityId');
  if (!(await approvesIn(ctx, found.municipalityCode)))
    throw new NotAllowedError(ctx, 'notMunicipalCoordinator', {}, 'activityId');
  if (found.status !== 'pending_approval')
    throw new InvalidInputError(ctx, 'activityNotPending', {}, 'activityId');
  await ctx.db
    .update(schema.activity)
    .set({ status: 'published', publishedAt: ctx.now, statusReason: null, updatedAt: ctx.now })
    .where(eq(schema.activity.id, activityId));
  await ctx.db
    .insert(schema.activityPublisher)
    .values({
      organisationId: found.organisationId,
      municipalityCode: found.municipalityCode,
      approvedByUserId: ctx.viewer?.userId ?? null,
      approvedAt: ctx.now,
    })
    .onConflictDoNothing();
  await audit(ctx, { action: 'activity.approved', recordType: 'activity', recordId: activityId });
}

/** A coordinator of the municipality takes an activity down (or turns a submission back), saying why. */
export async function unpublishActivity(ctx: Context, activityId: string, reason: string) {
  const [found] = await ctx.db.select().from(schema.activity).where(eq(schema.activity.id, activityId));
  if (!found) throw new InvalidInputError(ctx, 'activityNotFound', {}, 'activityId');
  if (!(await approvesIn(ctx, found.municipalityCode)))
    throw new NotAllowedError(ctx, 'notMunicipalCoordinator', {}, 'activityId');
  if (found.status !== 'published' && found.status !== 'pending_approval')
    throw new InvalidInputError(
      ctx,
      'activityNotEditable',
      { status: statusWord(ctx.locale, found.status) },
      'activityId',
    );
  const why = plainText(ctx, reason, 'reason', 1000);
  await ctx.db
    .update(schema.activity)
    .set({ status: 'unpublished', statusReason: why, updatedAt: ctx.now })
    .where(eq(schema.activity.id, activityId));
  await audit(ctx, { action: 'activity.unpublished', recordType: 'activity', recordId: activityId });
}
