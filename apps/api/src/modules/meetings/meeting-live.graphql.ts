import { runAsApp } from '../../db-session.ts';
import type { MeetingChanged } from '../../events.ts';
import { builder } from '../../schema/builder.ts';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { activeOrganisationId } from '../auth/access.ts';

const MeetingChangeKind = builder.enumType('MeetingChangeKind', {
  description: 'What happened to a meeting.',
  values: {
    CREATED: { value: 'created', description: 'It was planned.' },
    UPDATED: { value: 'updated', description: 'Its details changed.' },
    MOVED: { value: 'moved', description: 'Its time changed.' },
    CANCELLED: { value: 'cancelled', description: 'It was cancelled.' },
    RSVP: { value: 'rsvp', description: 'An invitee answered.' },
  } as const,
});

const MeetingChange = builder.objectRef<MeetingChanged>('MeetingChange').implement({
  description: 'A change to a meeting in one of the viewer’s organisation’s forums. Refetch what you show.',
  fields: (t) => ({
    kind: t.field({ type: MeetingChangeKind, description: 'What happened.', resolve: (e) => e.kind }),
    meetingId: t.id({ description: 'The meeting.', resolve: (e) => encodeGlobalId('Meeting', e.meetingId) }),
    forumId: t.id({ description: 'Its forum.', resolve: (e) => encodeGlobalId('Forum', e.forumId) }),
  }),
});

builder.subscriptionType({ description: 'Live updates, over server-sent events.' });

builder.subscriptionFields((t) => ({
  meetingChanged: t.field({
    type: MeetingChange,
    description:
      'Tells an open joint view when a meeting it may show is created, moved, cancelled or answered. Only forums the viewer’s organisation is a member of.',
    authScopes: { signedIn: true },
    subscribe: async function* (_root, _args, ctx) {
      const organisationId = activeOrganisationId(ctx);
      // Which forums may be heard is settled when the subscription starts (as the app role);
      // a forum joined later is heard after the client reconnects.
      const forums = await runAsApp(ctx.rootDb, ctx.viewer, (db) =>
        db.query.forumMember.findMany({ where: { organisationId }, columns: { forumId: true } }),
      );
      const visible = new Set(forums.map((f) => f.forumId));
      for await (const event of ctx.events.pubsub.subscribe('meetingChanged')) {
        if (visible.has(event.forumId)) yield event;
      }
    },
    resolve: (event) => event,
  }),
}));
