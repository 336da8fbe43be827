import type { Database } from '@samlad/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { runAsApp } from '../../db-session.ts';
import { decodeGlobalId } from '../../schema/global-id.ts';
import { readSessionToken } from '../auth/cookies.ts';
import { runAsSession } from '../auth/session.service.ts';
import { forumCalendar, meetingCalendar, personalCalendar } from './calendar-feed.service.ts';
import { resolveFeedToken } from './calendar-token.service.ts';

export interface CalendarRoutesOptions {
  db: Database;
  /** Requests a client address may make to these routes in a minute. */
  requestsPerMinute?: number | undefined;
}

const NOT_FOUND = 'Kalendern finns inte. / No such calendar.\n';
const SIGN_IN = 'Logga in i Samlad för att hämta mötet. / Sign in to Samlad to download the meeting.\n';

function sendCalendar(reply: FastifyReply, body: string, filename?: string) {
  reply
    .type('text/calendar; charset=utf-8')
    .header('cache-control', 'private, max-age=300')
    .header('x-robots-tag', 'noindex');
  if (filename) reply.header('content-disposition', `attachment; filename="${filename}"`);
  return reply.send(body);
}

/** The same short answer for a token that never existed and one that was reset: no hints. */
const sendText = (reply: FastifyReply, status: number, text: string) =>
  reply.status(status).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(text);

/** Where links in events point: this server, as the client reached it. */
const baseUrlOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/**
 * `GET /calendar/<token>.ics` (a person's meetings), `GET /calendar/forum/<token>.ics` (a forum's)
 * and `GET /meetings/<id>.ics` (one meeting, for a signed-in member). The secret is in the URL, so
 * these routes log at warn and above only: request lines, which carry the URL, are not logged.
 */
export async function calendarRoutes(app: FastifyInstance, options: CalendarRoutesOptions): Promise<void> {
  const { db } = options;
  const routeOptions = {
    logLevel: 'warn' as const,
    config: { rateLimit: { max: options.requestsPerMinute ?? 600, timeWindow: '1 minute' } },
  };

  app.get<{ Params: { token: string } }>('/calendar/:token.ics', routeOptions, async (request, reply) => {
    const now = new Date();
    const body = await runAsApp(db, null, async (tx) => {
      const owner = await resolveFeedToken(tx, request.params.token, 'personal');
      return owner && 'userId' in owner ? personalCalendar(tx, owner.userId, now, baseUrlOf(request)) : null;
    });
    return body ? sendCalendar(reply, body) : sendText(reply, 404, NOT_FOUND);
  });

  app.get<{ Params: { token: string } }>(
    '/calendar/forum/:token.ics',
    routeOptions,
    async (request, reply) => {
      const now = new Date();
      const body = await runAsApp(db, null, async (tx) => {
        const owner = await resolveFeedToken(tx, request.params.token, 'forum');
        return owner && 'forumId' in owner ? forumCalendar(tx, owner.forumId, now, baseUrlOf(request)) : null;
      });
      return body ? sendCalendar(reply, body) : sendText(reply, 404, NOT_FOUND);
    },
  );

  app.get<{ Params: { id: string } }>('/meetings/:id.ics', routeOptions, async (request, reply) => {
    const now = new Date();
    const sessionToken = readSessionToken(request.headers.cookie ?? null);
    const meetingId = meetingIdOf(request.params.id);
    const answer = await runAsSession(db, sessionToken, now, async (tx, viewer) => {
      if (!viewer) return 'signed out' as const;
      const organisationId = viewer.membership?.organisationId;
      if (!organisationId || !meetingId) return null;
      return meetingCalendar(tx, meetingId, organisationId, now, baseUrlOf(request));
    });
    if (answer === 'signed out') return sendText(reply, 401, SIGN_IN);
    return answer ? sendCalendar(reply, answer, 'samlad-mote.ics') : sendText(reply, 404, NOT_FOUND);
  });
}

/** The meeting's database id from its global id, or null for anything else. */
function meetingIdOf(globalId: string): string | null {
  try {
    const decoded = decodeGlobalId(globalId, { locale: 'sv' });
    return decoded.typename === 'Meeting' ? decoded.id : null;
  } catch {
    return null;
  }
}
