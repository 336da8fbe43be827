import type { Database } from '@samlad/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { runAsApp } from '../../db-session.ts';
import { localeFromHeader, translate } from '../../i18n/messages.ts';
import { activitiesIcs, activitiesJson, type FeedQuery, feedVersion } from './activity-feed.service.ts';

export interface ActivityFeedOptions {
  db: Database;
  requestsPerMinute?: number | undefined;
}

const MAX_PER_PAGE = 500;

type FeedRequest = FastifyRequest<{ Querystring: Record<string, string | undefined> }>;

/** Reads the query string, or answers 400 with a message in the reader's language. */
function readQuery(request: FeedRequest, reply: FastifyReply): FeedQuery | null {
  const locale = localeFromHeader(request.headers['accept-language']);
  const fail = (
    key: 'feedNotADate' | 'pageSize' | 'municipalityCodeFormat',
    params: Record<string, string | number> = {},
  ) => {
    reply
      .status(400)
      .type('application/json; charset=utf-8')
      .send({ error: translate(locale, key, params), field: params.field });
    return null;
  };
  const q = request.query;
  let modifiedAfter: Date | null = null;
  if (q.modified_after !== undefined) {
    const text = q.modified_after;
    modifiedAfter = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)
      ? new Date(text)
      : null;
    if (!modifiedAfter || Number.isNaN(modifiedAfter.getTime()))
      return fail('feedNotADate', { field: 'modified_after' });
  }
  const page = q.page === undefined ? 1 : Number(q.page);
  if (!Number.isInteger(page) || page < 1) return fail('pageSize', { field: 'page', max: 1_000_000 });
  const perPage = q.per_page === undefined ? 100 : Number(q.per_page);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE)
    return fail('pageSize', { field: 'per_page', max: MAX_PER_PAGE });
  const municipalityCode = q.municipality ?? null;
  if (municipalityCode !== null && !/^\d{4}$/.test(municipalityCode))
    return fail('municipalityCodeFormat', { value: municipalityCode, field: 'municipality' });
  return { modifiedAfter, municipalityCode, page, perPage };
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * 304 when the client's copy is current (If-None-Match first, as RFC 9110 says; else
 * If-Modified-Since). If-None-Match compares weakly: the opaque tags, whether W/ or not.
 */
function notModified(request: FastifyRequest, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const ours = opaque(etag);
    return ifNoneMatch.split(',').some((tag) => opaque(tag) === ours || tag.trim() === '*');
  }
  const since = request.headers['if-modified-since'];
  if (since && lastModified) {
    const sinceTime = Date.parse(since);
    return (
      !Number.isNaN(sinceTime) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(sinceTime / 1000)
    );
  }
  return false;
}

const baseUrlOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/**
 * Open feeds of published activities, no sign-in: `GET /feeds/activities.json` (Open Referral
 * HSDS-shaped, paged, `modified_after` for incremental sync) and `GET /feeds/activities.ics`
 * (iCalendar, `?municipality=`). Both send ETag and Last-Modified and answer 304 when unchanged.
 */
export async function activityFeedRoutes(app: FastifyInstance, options: ActivityFeedOptions): Promise<void> {
  const { db } = options;
  const config = { rateLimit: { max: options.requestsPerMinute ?? 1200, timeWindow: '1 minute' } };
  const serve = (kind: 'json' | 'ics') => async (request: FeedRequest, reply: FastifyReply) => {
    const query = readQuery(request, reply);
    if (!query) return reply;
    if (kind === 'ics') query.modifiedAfter = null;
    return runAsApp(db, null, async (tx) => {
      const version = await feedVersion(tx, query, kind);
      reply.header('etag', version.etag).header('cache-control', 'public, max-age=60');
      if (version.lastModified) reply.header('last-modified', version.lastModified.toUTCString());
      if (notModified(request, version.etag, version.lastModified)) return reply.status(304).send();
      if (kind === 'json') {
        const body = await activitiesJson(tx, query, version, baseUrlOf(request));
        return reply.type('application/json; charset=utf-8').send(body);
      }
      const body = await activitiesIcs(tx, query, baseUrlOf(request), new Date());
      return reply.type('text/calendar; charset=utf-8').send(body);
    });
  };
  app.get('/feeds/activities.json', { config }, serve('json'));
  app.get('/feeds/activities.ics', { config }, serve('ics'));
}
