import { createHash } from 'node:crypto';
import { type Database, queryRows, schema } from '@samlad/db';
import {
  buildCalendar,
  type CalendarEvent,
  firstActivityOccurrence,
  ruleFields,
  stockholmTime,
} from '@samlad/domain';
import { and, eq, gt, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';

type ActivityRow = typeof schema.activity.$inferSelect;

export interface FeedQuery {
  modifiedAfter: Date | null;
  municipalityCode: string | null;
  page: number;
  perPage: number;
}

/** The rows a feed publishes: the published ones; with modified_after, also those since withdrawn. */
function feedCondition(q: FeedQuery, a: typeof schema.activity = schema.activity): SQL | undefined {
  return and(
    q.modifiedAfter
      ? and(
          inArray(a.status, ['published', 'cancelled', 'unpublished']),
          isNotNull(a.publishedAt),
          gt(a.updatedAt, q.modifiedAfter),
        )
      : eq(a.status, 'published'),
    q.municipalityCode ? eq(a.municipalityCode, q.municipalityCode) : undefined,
  );
}

export interface FeedVersion {
  /** A strong validator for the whole answer: changes when any row in it changes. */
  etag: string;
  lastModified: Date | null;
  total: number;
}

/**
 * What the answer would be, cheaply (one aggregate statement): conditional requests are answered
 * from this without reading a single activity.
 */
export async function feedVersion(db: Database, q: FeedQuery, kind: string): Promise<FeedVersion> {
  const a = schema.activity;
  // Every change to an activity sets updated_at and activities are never deleted, so how many
  // rows the feed holds and the latest change identify its content (an index-only scan).
  const [row] = await queryRows<{ n: number; latest: Date | string | null }>(
    db,
    sql`select count(*)::int as n, max(${a.updatedAt}) as latest from ${a} where ${feedCondition(q)}`,
  );
  const latest = row?.latest ? new Date(row.latest) : null;
  const key = [
    kind,
    row?.n ?? 0,
    latest?.toISOString() ?? '',
    q.modifiedAfter?.toISOString() ?? '',
    q.municipalityCode ?? '',
    q.page,
    q.perPage,
  ];
  return {
    // Weak: the same version goes out gzipped, brotli'd or plain (fastify/compress), and a strong
    // validator would have to differ for each of those representations (RFC 9110, 8.8.3).
    etag: `W/"${createHash('sha256').update(key.join('|')).digest('base64url').slice(0, 27)}"`,
    lastModified: latest,
    total: row?.n ?? 0,
  };
}

async function feedRows(db: Database, q: FeedQuery, paged: boolean) {
  return db.query.activity.findMany({
    where: { RAW: (a) => feedCondition(q, a) ?? sql`true` },
    with: {
      organisation: { columns: { id: true, name: true } },
      municipality: { columns: { name: true, code: true } },
    },
    orderBy: { updatedAt: 'asc', id: 'asc' },
    ...(paged ? { limit: q.perPage, offset: (q.page - 1) * q.perPage } : {}),
  });
}

const HSDS_STATUS = { published: 'active', cancelled: 'defunct', unpublished: 'inactive' } as const;

/** HH:MM a session ends, from its start and length (at most 23:59 the same day), or null. */
function closingTime(startTime: string | null, durationMinutes: number | null): string | null {
  if (!startTime || !durationMinutes) return null;
  const [h, m] = startTime.split(':').map(Number) as [number, number];
  const minutes = Math.min(h * 60 + m + durationMinutes, 24 * 60 - 1);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** One activity as an HSDS service, with its organisation, location and schedule. */
function toService(row: Awaited<ReturnType<typeof feedRows>>[number], baseUrl: string) {
  const rule = row.recurrence ? ruleFields(row.recurrence) : {};
  const opensAt = row.startTime;
  const closesAt = closingTime(row.startTime, row.durationMinutes);
  return {
    id: row.id,
    name: row.title,
    description: row.description,
    url: `${baseUrl}/aktiviteter/${encodeURIComponent(Buffer.from(`Activity:${row.id}`).toString('base64url'))}`,
    email: row.contactEmail,
    status: HSDS_STATUS[row.status as keyof typeof HSDS_STATUS] ?? 'inactive',
    minimum_age: row.minAge,
    maximum_age: row.maxAge,
    application_process: row.signUp,
    application_url: row.signUpUrl,
    accessibility: row.accessibility,
    capacity: row.capacity,
    places_left: row.placesLeft,
    category: row.category,
    season: row.season,
    last_modified: row.updatedAt.toISOString(),
    languages: row.languages.map((code) => ({ code })),
    cost_options: [
      {
        amount: row.costKronor,
        currency: 'SEK',
        option: row.costNote ?? (row.costKronor === 0 ? 'Kostnadsfritt' : null),
      },
    ],
    phones: row.contactPhone ? [{ number: row.contactPhone }] : [],
    organization: { id: row.organisation.id, name: row.organisation.name },
    location: {
      name: row.place,
      municipality_code: row.municipality.code,
      municipality: row.municipality.name,
      country: 'SE',
    },
    schedules: [
      {
        valid_from: row.startsOn,
        valid_to: row.endsOn,
        dtstart: row.startsOn,
        until: row.endsOn,
        freq: rule.FREQ?.toLowerCase() ?? null,
        interval: rule.INTERVAL ? Number(rule.INTERVAL) : null,
        byday: rule.BYDAY ?? null,
        bymonthday: rule.BYMONTHDAY ?? null,
        opens_at: opensAt,
        closes_at: closesAt,
        timezone: 'Europe/Stockholm',
        exception_dates: row.exceptionDates,
      },
    ],
  };
}

export async function activitiesJson(db: Database, q: FeedQuery, version: FeedVersion, baseUrl: string) {
  const rows = await feedRows(db, q, true);
  const totalPages = Math.max(1, Math.ceil(version.total / q.perPage));
  return {
    total_items: version.total,
    total_pages: totalPages,
    page_number: q.page,
    size: rows.length,
    first_page: q.page === 1,
    last_page: q.page >= totalPages,
    empty: rows.length === 0,
    contents: rows.map((row) => toService(row, baseUrl)),
  };
}

/** Published activities as iCalendar: one event per activity, weekly times as RRULE with EXDATEs. */
export async function activitiesIcs(db: Database, q: FeedQuery, baseUrl: string, now: Date): Promise<string> {
  const rows = await feedRows(db, { ...q, modifiedAfter: null }, false);
  const events: CalendarEvent[] = [];
  for (const row of rows) events.push(toEvent(row, baseUrl));
  return buildCalendar({
    name: q.municipalityCode ? `Aktiviteter för unga (${q.municipalityCode})` : 'Aktiviteter för unga',
    description: 'Publicerade aktiviteter i Samlad',
    events,
    now,
  });
}

function dayStart(date: string, time = '00:00') {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return stockholmTime(y, mo, d, h, mi);
}

function toEvent(row: ActivityRow & { municipality: { name: string } }, baseUrl: string): CalendarEvent {
  const url = `${baseUrl}/aktiviteter/${Buffer.from(`Activity:${row.id}`).toString('base64url')}`;
  const base = {
    uid: `activity-${row.id}@samlad`,
    sequence: 0,
    summary: row.title,
    description: `${row.description}\n\n${row.signUp}`,
    location: `${row.place}, ${row.municipality.name}`,
    url,
    status: 'CONFIRMED' as const,
    lastModified: row.updatedAt,
  };
  const schedule = {
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    startTime: row.startTime,
    durationMinutes: row.durationMinutes,
    recurrence: row.recurrence,
    exceptionDates: [] as string[],
  };
  if (!row.recurrence || !row.startTime) {
    // One stretch from the first day to the end of the last.
    const start = dayStart(row.startsOn, row.startTime ?? '00:00');
    const lastDay = new Date(dayStart(row.endsOn).getTime() + 36 * 3_600_000).toISOString().slice(0, 10);
    const end =
      row.startTime && row.durationMinutes && row.startsOn === row.endsOn
        ? new Date(start.getTime() + row.durationMinutes * 60_000)
        : dayStart(lastDay);
    return { ...base, start, end };
  }
  const first = firstActivityOccurrence(schedule);
  const start = first?.start ?? dayStart(row.startsOn, row.startTime);
  const duration = (row.durationMinutes ?? 60) * 60_000;
  const until = new Date(dayStart(row.endsOn, '23:59').getTime());
  const untilText = until
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return {
    ...base,
    start,
    end: new Date(start.getTime() + duration),
    rrule: `${row.recurrence};UNTIL=${untilText}`,
    exdates: row.exceptionDates.map((date) => dayStart(date, row.startTime ?? '00:00')),
  };
}
