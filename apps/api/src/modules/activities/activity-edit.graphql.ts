import type { Context } from '../../context.ts';
import { atomicallyThenRead } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { ActivityCategory, ActivitySeason } from './activity.graphql.ts';
import {
  type ActivityValues,
  approveActivity,
  cancelActivity,
  copyActivity,
  createActivity,
  publishActivity,
  unpublishActivity,
  updateActivity,
} from './activity.service.ts';

const ActivityInput = builder.inputType('ActivityInput', {
  description: 'An activity as its organisation describes it. Text is plain text: HTML is refused.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'The name.' }),
    description: t.string({ required: true, description: 'What it is.' }),
    category: t.field({ type: ActivityCategory, required: true, description: 'What kind of offer.' }),
    minAge: t.int({ required: true, description: 'Youngest age, 0–30.' }),
    maxAge: t.int({ required: true, description: 'Oldest age, 0–30, not below minAge.' }),
    municipalityCode: t.string({
      required: true,
      description: 'SCB municipality code where it takes place.',
    }),
    place: t.string({ required: true, description: 'The venue’s name and address.' }),
    season: t.field({ type: ActivitySeason, required: true, description: 'When in the year.' }),
    startsOn: t.string({ required: true, description: 'First day, YYYY-MM-DD.' }),
    endsOn: t.string({ required: true, description: 'Last day, YYYY-MM-DD; not before startsOn.' }),
    startTime: t.string({ required: false, description: 'Local start time, HH:MM.' }),
    durationMinutes: t.int({ required: false, description: 'Length of each time, in minutes.' }),
    recurrence: t.string({
      required: false,
      description: 'Weekly times as an RFC 5545 rule without COUNT/UNTIL, e.g. FREQ=WEEKLY;BYDAY=TU,TH.',
    }),
    exceptionDates: t.stringList({
      required: false,
      description: 'Days it does not take place, YYYY-MM-DD.',
    }),
    costKronor: t.int({ required: true, description: 'Cost in kronor; 0 for free.' }),
    costNote: t.string({ required: false, description: 'About the cost.' }),
    signUp: t.string({ required: true, description: 'How to sign up.' }),
    signUpUrl: t.string({ required: false, description: 'A sign-up link, http(s).' }),
    capacity: t.int({ required: false, description: 'Places in all, 0 or more.' }),
    placesLeft: t.int({ required: false, description: 'Places left, 0 up to capacity.' }),
    languages: t.stringList({ required: true, description: 'Languages spoken, ISO 639-1 codes.' }),
    accessibility: t.string({ required: false, description: 'Accessibility.' }),
    contactEmail: t.string({ required: false, description: 'The organisation’s e-mail (a shared mailbox).' }),
    contactPhone: t.string({ required: false, description: 'The organisation’s phone (a switchboard).' }),
  }),
});

const activityErrors = (name: string, verb: string) => ({
  types: COMMON_ERRORS,
  result: { name: `${name}Success`, description: `${verb}.` },
  union: { name: `${name}Result`, description: `${verb}, or why not.` },
  dataField: { name: 'activity', description: 'The activity.' },
});

builder.mutationFields((t) => {
  const byId = (name: string, description: string, action: (ctx: Context, id: string) => Promise<unknown>) =>
    t.drizzleField({
      type: 'activity',
      description,
      authScopes: { signedIn: true },
      args: { activityId: t.arg.id({ required: true, description: 'The activity.' }) },
      errors: activityErrors(name, 'Done'),
      resolve: (query, _root, args, ctx) =>
        atomicallyThenRead(
          ctx,
          'activity',
          (id) => ctx.db.query.activity.findFirst(query({ where: { id } })),
          async () => {
            const id = parseId(ctx, args.activityId, 'Activity', 'activityId');
            const result = await action(ctx, id);
            return typeof result === 'string' ? result : id;
          },
        ),
    });
  return {
    createActivity: t.drizzleField({
      type: 'activity',
      description:
        'Creates a draft activity for the viewer’s organisation (an association or municipal unit).',
      authScopes: { signedIn: true },
      args: { input: t.arg({ type: ActivityInput, required: true, description: 'The activity.' }) },
      errors: activityErrors('CreateActivity', 'Created'),
      resolve: (query, _root, { input }, ctx) =>
        atomicallyThenRead(
          ctx,
          'activity',
          (id) => ctx.db.query.activity.findFirst(query({ where: { id } })),
          async () => (await createActivity(ctx, input as ActivityValues)).id,
        ),
    }),
    updateActivity: t.drizzleField({
      type: 'activity',
      description: 'Edits one of the organisation’s activities.',
      authScopes: { signedIn: true },
      args: {
        activityId: t.arg.id({ required: true, description: 'The activity.' }),
        input: t.arg({ type: ActivityInput, required: true, description: 'Its new content.' }),
      },
      errors: activityErrors('UpdateActivity', 'Saved'),
      resolve: (query, _root, args, ctx) =>
        atomicallyThenRead(
          ctx,
          'activity',
          (id) => ctx.db.query.activity.findFirst(query({ where: { id } })),
          async () => {
            const id = parseId(ctx, args.activityId, 'Activity', 'activityId');
            await updateActivity(ctx, id, args.input as ActivityValues);
            return id;
          },
        ),
    }),
    publishActivity: byId(
      'PublishActivity',
      'Publishes a draft: at once for an approved publisher in that municipality, otherwise it waits for a coordinator there.',
      publishActivity,
    ),
    cancelActivity: byId('CancelActivity', 'Cancels one of the organisation’s activities.', cancelActivity),
    copyActivity: byId(
      'CopyActivity',
      'Copies one of the organisation’s activities into a new draft (returned).',
      async (ctx, id) => (await copyActivity(ctx, id)).id,
    ),
    approveActivity: byId(
      'ApproveActivity',
      'A coordinator of the municipality approves a waiting activity; its organisation publishes there directly from then on.',
      approveActivity,
    ),
    unpublishActivity: t.drizzleField({
      type: 'activity',
      description:
        'A coordinator of the municipality takes an activity down, or turns a submission back, with a reason the publisher sees.',
      authScopes: { signedIn: true },
      args: {
        activityId: t.arg.id({ required: true, description: 'The activity.' }),
        reason: t.arg.string({ required: true, description: 'Why, for the publisher.' }),
      },
      errors: activityErrors('UnpublishActivity', 'Unpublished'),
      resolve: (query, _root, args, ctx) =>
        atomicallyThenRead(
          ctx,
          'activity',
          (id) => ctx.db.query.activity.findFirst(query({ where: { id } })),
          async () => {
            const id = parseId(ctx, args.activityId, 'Activity', 'activityId');
            await unpublishActivity(ctx, id, args.reason);
            return id;
          },
        ),
    }),
  };
});
