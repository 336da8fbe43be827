import type { DatabaseHandle } from '@samlad/db';
import { sql } from 'drizzle-orm';
import { createPubSub } from 'graphql-yoga';
import type { Context } from './context.ts';

/** The PostgreSQL channel Samlad's instances tell each other about changes on. */
export const EVENTS_CHANNEL = 'samlad_events';

export type MeetingChangeKind = 'created' | 'updated' | 'moved' | 'cancelled' | 'rsvp';

export interface MeetingChanged {
  kind: MeetingChangeKind;
  meetingId: string;
  forumId: string;
}

export type EventHub = ReturnType<typeof createEventHub>;

/**
 * Live updates across instances: changes are announced with pg_notify inside the changing
 * transaction (so only committed changes are heard), every instance LISTENs and hands them to
 * its own subscribers.
 */
export function createEventHub(database: Pick<DatabaseHandle, 'listen'>) {
  const pubsub = createPubSub<{ meetingChanged: [MeetingChanged] }>();
  let stop: (() => Promise<void>) | null = null;
  return {
    pubsub,
    async start() {
      stop = await database.listen(EVENTS_CHANNEL, (payload) => {
        try {
          const event = JSON.parse(payload) as { type: string } & MeetingChanged;
          if (event.type === 'meetingChanged') pubsub.publish('meetingChanged', event);
        } catch {
          // A payload we did not write; ignore it.
        }
      });
    },
    async close() {
      const stopping = stop;
      stop = null;
      // The database may already be gone (shutdown order, or a failed database): nothing to stop then.
      await stopping?.().catch(() => {});
    },
  };
}

/** Announces a meeting change; delivered when the request's transaction commits. */
export async function announceMeetingChange(ctx: Pick<Context, 'db'>, event: MeetingChanged): Promise<void> {
  await ctx.db.execute(
    sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ type: 'meetingChanged', ...event })})`,
  );
}
