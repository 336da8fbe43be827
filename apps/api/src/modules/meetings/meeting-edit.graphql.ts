import { schema } from '@samlad/db';
import { atomically, mustFind } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { enumFromDb } from '../common/enums.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { InvalidInputError } from '../common/user-errors.ts';
import { Meeting, MeetingMode } from './meeting.graphql.ts';
import {
  cancelMeeting,
  createMeeting,
  findClashes,
  type MeetingInput as MeetingValues,
  respondToMeeting,
  updateMeeting,
} from './meeting.service.ts';

export const RsvpAnswer = enumFromDb(
  'RsvpAnswer',
  'An answer to a meeting invitation.',
  schema.rsvpAnswer.enumValues,
  {
    pending: 'Not answered yet.',
    accepted: 'Will come.',
    tentative: 'Might come.',
    declined: 'Will not come.',
  },
);

const MeetingInviteeInput = builder.inputType('MeetingInviteeInput', {
  description: 'An organisation, or a named person from it, invited to a meeting.',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'The organisation.' }),
    userId: t.id({
      required: false,
      description: 'A named person from it; leave out to invite the organisation.',
    }),
    required: t.boolean({ required: false, description: 'Required (default) or optional.' }),
    guest: t.boolean({
      required: false,
      description: 'Invited from outside the forum’s member organisations.',
    }),
  }),
});

const MeetingInput = builder.inputType('MeetingInput', {
  description: 'A meeting’s time, form and invitees.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'What the meeting is called in invitations.' }),
    startsAt: t.field({ type: 'DateTime', required: true, description: 'When it starts.' }),
    endsAt: t.field({ type: 'DateTime', required: true, description: 'When it ends; at most a day later.' }),
    mode: t.field({ type: MeetingMode, required: true, description: 'In person, digital or hybrid.' }),
    place: t.string({ required: false, description: 'Where, for in-person and hybrid meetings.' }),
    videoUrl: t.string({
      required: false,
      description: 'The https video link, for digital and hybrid meetings.',
    }),
    invitees: t.field({
      type: [MeetingInviteeInput],
      required: false,
      description: 'Who is invited; leave out to invite every member organisation, required.',
    }),
    recurrence: t.string({
      required: false,
      description:
        'Only when planning: an RFC 5545 rule (e.g. FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=10) that must end (COUNT or UNTIL); each occurrence becomes a meeting of its own.',
    }),
    caseId: t.id({
      required: false,
      description:
        'Only when planning: the shared case the meeting is about (a SIP or case conference). The planner’s organisation must take part in it; a protected person’s meeting gets no place.',
    }),
  }),
});

function values(ctx: Parameters<typeof parseId>[0], input: typeof MeetingInput.$inferInput): MeetingValues {
  return {
    ...input,
    caseId: input.caseId ? parseId(ctx, String(input.caseId), 'SharedCase', 'caseId') : null,
    invitees: input.invitees?.map((i) => ({
      organisationId: parseId(ctx, String(i.organisationId), 'Organisation', 'invitees'),
      userId: i.userId ? parseId(ctx, String(i.userId), 'User', 'invitees') : null,
      required: i.required,
      guest: i.guest,
    })),
  };
}

const meetingErrors = (name: string, verb: string) => ({
  types: COMMON_ERRORS,
  result: { name: `${name}Success`, description: `${verb}.` },
  union: { name: `${name}Result`, description: `${verb}, or why not.` },
  dataField: { name: 'meeting', description: 'The meeting.' },
});

interface ClashShape {
  organisationId: string;
  startsAt: Date;
  endsAt: Date;
  /** Only set when the viewer's organisation may see that forum. */
  forumName: string | null;
}

const MeetingClash = builder.objectRef<ClashShape>('MeetingClash').implement({
  description:
    'An invitee that already has a meeting at that time. The other forum is named only if the viewer’s organisation is a member of it.',
  fields: (t) => ({
    organisation: t.drizzleField({
      type: 'organisation',
      description: 'The busy organisation.',
      resolve: async (query, clash, _args, ctx) => {
        return mustFind(
          ctx.db.query.organisation.findFirst(query({ where: { id: clash.organisationId } })),
          'clashing organisation',
        );
      },
    }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When the other meeting starts.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'When it ends.' }),
    forumName: t.exposeString('forumName', {
      nullable: true,
      description: 'The other meeting’s forum, if visible.',
    }),
  }),
});

builder.queryFields((t) => ({
  meetingClashes: t.field({
    type: [MeetingClash],
    description: 'Which of these organisations already have a meeting in the time given, in any forum.',
    authScopes: { signedIn: true },
    args: {
      startsAt: t.arg({ type: 'DateTime', required: true, description: 'Proposed start.' }),
      endsAt: t.arg({ type: 'DateTime', required: true, description: 'Proposed end.' }),
      organisationIds: t.arg.idList({ required: true, description: 'The required invitees.' }),
      exceptMeetingId: t.arg.id({
        required: false,
        description: 'The meeting being moved, which does not clash with itself.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = args.organisationIds.map((id) =>
        parseId(ctx, String(id), 'Organisation', 'organisationIds'),
      );
      const except = args.exceptMeetingId
        ? parseId(ctx, args.exceptMeetingId, 'Meeting', 'exceptMeetingId')
        : undefined;
      const clashes = await findClashes(ctx, ids, args.startsAt, args.endsAt, except);
      const viewerOrg = ctx.viewer?.membership?.organisationId;
      const forumIds = [...new Set(clashes.map((c) => c.forumId))];
      const visible = forumIds.length
        ? await ctx.db.query.forum.findMany({
            where: { id: { in: forumIds }, memberships: { organisationId: viewerOrg ?? '' } },
            columns: { id: true, name: true },
          })
        : [];
      const names = new Map(visible.map((f) => [f.id, f.name]));
      return clashes.map((c) => ({ ...c, forumName: names.get(c.forumId) ?? null }));
    },
  }),
}));

builder.mutationFields((t) => ({
  createMeeting: t.drizzleField({
    type: 'meeting',
    description: 'Plans a meeting of a forum. Coordinators and admins of its host organisation.',
    authScopes: { signedIn: true },
    args: {
      forumId: t.arg.id({ required: true, description: 'The forum.' }),
      input: t.arg({ type: MeetingInput, required: true, description: 'The meeting.' }),
    },
    errors: meetingErrors('CreateMeeting', 'Planned'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const created = await createMeeting(
          ctx,
          parseId(ctx, args.forumId, 'Forum', 'forumId'),
          values(ctx, args.input),
        );
        return mustFind(ctx.db.query.meeting.findFirst(query({ where: { id: created.id } })), 'meeting');
      }),
  }),
  updateMeeting: t.drizzleField({
    type: 'meeting',
    description: 'Edits or moves a meeting; calendars that subscribe see the change.',
    authScopes: { signedIn: true },
    args: {
      meetingId: t.arg.id({ required: true, description: 'The meeting.' }),
      input: t.arg({ type: MeetingInput, required: true, description: 'Its new time, form and invitees.' }),
    },
    errors: meetingErrors('UpdateMeeting', 'Saved'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.meetingId, 'Meeting', 'meetingId');
        await updateMeeting(ctx, id, values(ctx, args.input));
        return mustFind(ctx.db.query.meeting.findFirst(query({ where: { id } })), 'meeting');
      }),
  }),
  cancelMeeting: t.drizzleField({
    type: 'meeting',
    description: 'Cancels a meeting; it stays visible as cancelled.',
    authScopes: { signedIn: true },
    args: { meetingId: t.arg.id({ required: true, description: 'The meeting.' }) },
    errors: meetingErrors('CancelMeeting', 'Cancelled'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.meetingId, 'Meeting', 'meetingId');
        await cancelMeeting(ctx, id);
        return mustFind(ctx.db.query.meeting.findFirst(query({ where: { id } })), 'meeting');
      }),
  }),
  respondToMeeting: t.drizzleField({
    type: 'meeting',
    description:
      'Answers a meeting invitation for oneself, or for one’s organisation if it was invited as such.',
    authScopes: { signedIn: true },
    args: {
      meetingId: t.arg.id({ required: true, description: 'The meeting.' }),
      answer: t.arg({ type: RsvpAnswer, required: true, description: 'Accepted, tentative or declined.' }),
      deputyUserId: t.arg.id({ required: false, description: 'A colleague who goes in one’s place.' }),
    },
    errors: meetingErrors('RespondToMeeting', 'Answered'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.meetingId, 'Meeting', 'meetingId');
        if (args.answer === 'pending')
          throw new InvalidInputError(ctx, 'invalidInput', { field: 'answer' }, 'answer');
        await respondToMeeting(
          ctx,
          id,
          args.answer,
          args.deputyUserId ? parseId(ctx, args.deputyUserId, 'User', 'deputyUserId') : null,
        );
        return mustFind(ctx.db.query.meeting.findFirst(query({ where: { id } })), 'meeting');
      }),
  }),
}));

const MeetingInvitee = builder.drizzleObject('meetingInvitee', {
  name: 'MeetingInvitee',
  description: 'An organisation or person invited to a meeting, with their answer.',
  fields: (t) => ({
    organisation: t.relation('organisation', { description: 'The organisation.' }),
    user: t.relation('user', { nullable: true, description: 'The person, when invited by name.' }),
    deputy: t.relation('deputy', { nullable: true, description: 'Who goes in their place, if anyone.' }),
    required: t.exposeBoolean('required', { description: 'Required or optional.' }),
    guest: t.exposeBoolean('guest', { description: 'From outside the forum’s member organisations.' }),
    rsvp: t.expose('rsvp', { type: RsvpAnswer, description: 'Their answer.' }),
    attended: t.exposeBoolean('attended', { nullable: true, description: 'Recorded after the meeting.' }),
  }),
});

builder.drizzleObjectFields(Meeting, (t) => ({
  invitees: t.relation('invitees', {
    description: 'Who is invited, and their answers.',
    type: MeetingInvitee,
  }),
}));
