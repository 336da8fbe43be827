import { schema } from '@samlad/db';
import { activityOccurrences, nextActivityOccurrence, stockholmDate } from '@samlad/domain';
import { sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { forbiddenError, userInputError } from '../../errors.ts';
import { fieldWord } from '../../i18n/activity-messages.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { activeOrganisationId } from '../auth/access.ts';
import { enumFromDb } from '../common/enums.ts';
import { municipalityCodeSchema } from '../reference/reference.graphql.ts';
import { approvalMunicipality } from './activity.service.ts';

export const ActivityCategory = enumFromDb(
  'ActivityCategory',
  'What kind of offer an activity is.',
  schema.activityCategory.enumValues,
  {
    summer_activity: 'A summer activity (sommaraktivitet).',
    summer_job: 'A summer job (feriearbete, sommarjobb).',
    homework_help: 'Homework help (läxhjälp).',
    sport: 'Sport and exercise (idrott).',
    culture: 'Culture, music, art (kultur).',
    open_youth_centre: 'An open youth centre or meeting place (fritidsgård, öppen verksamhet).',
    other: 'Something else.',
  },
);

export const ActivitySeason = enumFromDb(
  'ActivitySeason',
  'When in the year.',
  schema.activitySeason.enumValues,
  {
    spring: 'Spring term.',
    summer: 'Summer holidays.',
    autumn: 'Autumn term.',
    winter: 'Winter, incl. Christmas and sports holidays.',
    year_round: 'All year.',
  },
);

export const ActivityStatus = enumFromDb(
  'ActivityStatus',
  'Where an activity stands. Only published ones are public.',
  schema.activityStatus.enumValues,
  {
    draft: 'Being written; only its organisation sees it.',
    pending_approval: 'Waiting for a coordinator in the municipality to approve it (a first publication).',
    published: 'Public: in the catalogue and the feeds.',
    cancelled: 'Will not take place.',
    unpublished: 'Taken down by a coordinator; the reason says why.',
  },
);

const ActivityOccurrence = builder
  .objectRef<{ date: string; start: Date | null; end: Date | null }>('ActivityOccurrence')
  .implement({
    description: 'One time an activity takes place.',
    fields: (t) => ({
      date: t.exposeString('date', { description: 'The day, YYYY-MM-DD (Stockholm).' }),
      startsAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When it starts, if set.',
        resolve: (o) => o.start,
      }),
      endsAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When it ends, if set.',
        resolve: (o) => o.end,
      }),
    }),
  });

type ActivityRow = typeof schema.activity.$inferSelect;
const schedule = (a: ActivityRow) => ({
  startsOn: a.startsOn,
  endsOn: a.endsOn,
  startTime: a.startTime,
  durationMinutes: a.durationMinutes,
  recurrence: a.recurrence,
  exceptionDates: a.exceptionDates,
});

export const Activity = builder.drizzleNode('activity', {
  name: 'Activity',
  description:
    'An offer for young people posted by an association or a municipal unit (HSDS service). Public once published; its contact is the organisation’s, never a private person’s.',
  id: { column: (a) => a.id },
  authScopes: { public: true },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The name, as plain text.' }),
    description: t.exposeString('description', { description: 'What it is, as plain text.' }),
    category: t.expose('category', { type: ActivityCategory, description: 'What kind of offer.' }),
    minAge: t.exposeInt('minAge', { description: 'Youngest age it is for.' }),
    maxAge: t.exposeInt('maxAge', { description: 'Oldest age it is for.' }),
    municipality: t.relation('municipality', { description: 'The municipality it takes place in.' }),
    place: t.exposeString('place', {
      description: 'The venue, e.g. “Sjöstadens sporthall, Idrottsvägen 4”.',
    }),
    season: t.expose('season', { type: ActivitySeason, description: 'When in the year.' }),
    startsOn: t.exposeString('startsOn', { description: 'First day, YYYY-MM-DD.' }),
    endsOn: t.exposeString('endsOn', { description: 'Last day, YYYY-MM-DD.' }),
    startTime: t.exposeString('startTime', { nullable: true, description: 'Local start time, HH:MM.' }),
    durationMinutes: t.exposeInt('durationMinutes', {
      nullable: true,
      description: 'How long each time lasts.',
    }),
    recurrence: t.exposeString('recurrence', {
      nullable: true,
      description: 'The weekly times as an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TU,TH.',
    }),
    exceptionDates: t.exposeStringList('exceptionDates', { description: 'Days it does not take place.' }),
    costKronor: t.exposeInt('costKronor', { description: 'Cost in kronor; 0 is free.' }),
    freeOfCharge: t.boolean({ description: 'Whether it is free.', resolve: (a) => a.costKronor === 0 }),
    costNote: t.exposeString('costNote', {
      nullable: true,
      description: 'About the cost, e.g. “inkl. lunch”.',
    }),
    signUp: t.exposeString('signUp', { description: 'How to sign up.' }),
    signUpUrl: t.exposeString('signUpUrl', {
      nullable: true,
      description: 'A sign-up link (http or https).',
    }),
    capacity: t.exposeInt('capacity', { nullable: true, description: 'Places in all, if limited.' }),
    placesLeft: t.exposeInt('placesLeft', { nullable: true, description: 'Places left, if counted.' }),
    languages: t.exposeStringList('languages', { description: 'Languages spoken, ISO 639-1 codes.' }),
    accessibility: t.exposeString('accessibility', {
      nullable: true,
      description: 'Accessibility, as plain text.',
    }),
    contactEmail: t.exposeString('contactEmail', {
      nullable: true,
      description: 'The organisation’s e-mail for it.',
    }),
    contactPhone: t.exposeString('contactPhone', {
      nullable: true,
      description: 'The organisation’s phone for it.',
    }),
    status: t.expose('status', { type: ActivityStatus, description: 'Where it stands.' }),
    statusReason: t.string({
      nullable: true,
      description: 'Why a coordinator unpublished it; shown to its organisation only.',
      resolve: (a, _args, ctx) => (a.organisationId === activeOrganisationId(ctx) ? a.statusReason : null),
    }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was published.',
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    organisationName: t.string({
      description: 'The organisation that offers it.',
      select: { with: { organisation: { columns: { name: true } } } },
      resolve: (a) => a.organisation.name,
    }),
    viewerOwns: t.boolean({
      description: 'Whether the viewer’s organisation offers it (and may edit it).',
      resolve: (a, _args, ctx) => a.organisationId === activeOrganisationId(ctx),
    }),
    nextOccurrence: t.field({
      type: ActivityOccurrence,
      nullable: true,
      description: 'The next time it takes place from now, if it still does.',
      resolve: (a, _args, ctx) => nextActivityOccurrence(schedule(a), ctx.now),
    }),
    upcoming: t.field({
      type: [ActivityOccurrence],
      description: 'The coming times, at most 20.',
      resolve: (a, _args, ctx) => {
        const today = stockholmDate(ctx.now).iso;
        return activityOccurrences(schedule(a))
          .filter((o) => o.date >= today)
          .slice(0, 20);
      },
    }),
  }),
});

/** Published, or the viewer's organisation's own, or waiting for this coordinator's approval. */
function visibleActivityWhere(ctx: Context) {
  const org = activeOrganisationId(ctx);
  return {
    OR: [
      { status: 'published' as const },
      { organisationId: org },
      { RAW: (a: typeof schema.activity) => pendingForViewer(ctx, a) },
    ],
  };
}

/** Pending activities in the municipality of the viewer's municipal organisation, for its coordinators. */
function pendingForViewer(ctx: Context, a: typeof schema.activity) {
  const m = ctx.viewer?.membership;
  if (!m || (m.role !== 'coordinator' && m.role !== 'admin')) return sql`false`;
  return sql`(${a.status} = 'pending_approval' and ${a.municipalityCode} = (select o.municipality_code from organisation o where o.id = ${m.organisationId} and o.kind = 'municipality'))`;
}

interface CatalogueArgs {
  search?: string | null;
  municipalityCode?: string | null;
  age?: number | null;
  from?: string | null;
  to?: string | null;
  category?: ActivityRow['category'] | null;
  freeOfCharge?: boolean | null;
  language?: string | null;
}

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The public catalogue's filter: published, not over, and what the person asked for. */
function catalogueCondition(ctx: Context, args: CatalogueArgs, a: typeof schema.activity = schema.activity) {
  const today = stockholmDate(ctx.now).iso;
  const parts = [sql`${a.status} = 'published'`, sql`${a.endsOn} >= ${today}::date`];
  const text = args.search?.trim();
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    parts.push(sql`(${a.title} ilike ${like} or ${a.description} ilike ${like} or ${a.place} ilike ${like})`);
  }
  if (args.municipalityCode) parts.push(sql`${a.municipalityCode} = ${args.municipalityCode}`);
  if (args.age != null) parts.push(sql`${a.minAge} <= ${args.age} and ${a.maxAge} >= ${args.age}`);
  if (args.from) parts.push(sql`${a.endsOn} >= ${args.from}::date`);
  if (args.to) parts.push(sql`${a.startsOn} <= ${args.to}::date`);
  if (args.category) parts.push(sql`${a.category} = ${args.category}`);
  if (args.freeOfCharge === true) parts.push(sql`${a.costKronor} = 0`);
  if (args.freeOfCharge === false) parts.push(sql`${a.costKronor} > 0`);
  // `@>` rather than `= any()`, so the GIN index on languages serves it.
  if (args.language) parts.push(sql`${a.languages} @> array[${args.language.toLowerCase()}]::text[]`);
  return sql.join(parts, sql` and `);
}

function checkCatalogueArgs(ctx: Context, args: CatalogueArgs) {
  for (const field of ['from', 'to'] as const) {
    const value = args[field];
    if (value && !isDate(value))
      throw userInputError(ctx, 'activityDate', { field: fieldWord(ctx.locale, field) }, field);
  }
  if (args.from && args.to && args.to < args.from)
    throw userInputError(ctx, 'activityEndBeforeStart', {}, 'to');
  if (args.age != null && (args.age < 0 || args.age > 120))
    throw userInputError(ctx, 'ageRangeInverted', {}, 'age');
  if (args.language && !/^[a-z]{2}$/i.test(args.language))
    throw userInputError(ctx, 'invalidLanguage', {}, 'language');
}

builder.queryFields((t) => ({
  activities: t.drizzleConnection(
    {
      type: 'activity',
      description:
        'The public catalogue: published activities that have not ended, in date order (from today), filtered as asked. No sign-in needed.',
      authScopes: { public: true },
      args: {
        search: t.arg.string({ required: false, description: 'Words in the title, description or place.' }),
        municipalityCode: t.arg.string({
          required: false,
          validate: municipalityCodeSchema,
          description: 'SCB municipality code.',
        }),
        age: t.arg.int({ required: false, description: 'Only activities for this age.' }),
        from: t.arg.string({
          required: false,
          description: 'Taking place on or after this day, YYYY-MM-DD.',
        }),
        to: t.arg.string({ required: false, description: 'Taking place on or before this day, YYYY-MM-DD.' }),
        category: t.arg({ type: ActivityCategory, required: false, description: 'Only this kind.' }),
        freeOfCharge: t.arg.boolean({
          required: false,
          description: 'Only free ones (true) or only paid (false).',
        }),
        language: t.arg.string({ required: false, description: 'Spoken in this language, ISO 639-1.' }),
      },
      totalCount: (_root, args, ctx) => {
        checkCatalogueArgs(ctx, args);
        return ctx.db.$count(schema.activity, catalogueCondition(ctx, args));
      },
      resolve: (query, _root, args, ctx) => {
        checkCatalogueArgs(ctx, args);
        const today = stockholmDate(ctx.now).iso;
        return ctx.db.query.activity.findMany(
          query({
            where: { RAW: (a) => catalogueCondition(ctx, args, a) },
            extras: {
              dateKey: (a) =>
                sql<string>`(greatest(${a.startsOn}, ${today}::date)::text || coalesce(${a.startTime}, '00:00') || ${a.id}::text) collate "C"`,
            },
            orderBy: { dateKey: 'asc' },
          }),
        );
      },
    },
    { name: 'ActivityConnection', description: 'A page of activities.' },
    { name: 'ActivityEdge', description: 'An activity in a page.' },
  ),
  activity: t.drizzleField({
    type: 'activity',
    nullable: true,
    description:
      'One activity: a published one for anyone; a draft or other for its own organisation; a pending one for the municipality’s coordinators.',
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true, description: 'The activity’s id.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.activity.findFirst(
        query({ where: { AND: [{ id: parseId(ctx, args.id, 'Activity') }, visibleActivityWhere(ctx)] } }),
      ),
  }),
  myActivities: t.drizzleField({
    type: ['activity'],
    description: 'Every activity of the viewer’s organisation, drafts included, newest change first.',
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.activity.findMany(
        query({
          where: { organisationId: activeOrganisationId(ctx) },
          orderBy: { updatedAt: 'desc' },
          limit: 500,
        }),
      ),
  }),
  activityApprovalQueue: t.drizzleField({
    type: ['activity'],
    description:
      'Activities waiting for approval in the municipality of the viewer’s municipal organisation: for its coordinators and admins.',
    authScopes: { signedIn: true },
    resolve: async (query, _root, _args, ctx) => {
      const municipalityCode = await approvalMunicipality(ctx);
      if (!municipalityCode) throw forbiddenError(ctx);
      return ctx.db.query.activity.findMany(
        query({
          where: { status: 'pending_approval', municipalityCode },
          orderBy: { updatedAt: 'asc' },
        }),
      );
    },
  }),
}));
