import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import {
  addDays,
  type CalendarDate,
  calendarDateInZone,
  formatWeekdayDate,
  formatWeekRange,
  isoWeekOf,
  startOfDayInZone,
  timeInZone,
  toIsoDate,
} from '../../ui/datetime.ts';
import { QueryError } from '../../ui/query-state.tsx';
import { meetingPath } from '../meetings/meeting-path.ts';

const WeekMeetingsQuery = graphql(`
  query WeekMeetings($from: DateTime!, $to: DateTime!) {
    meetings(from: $from, to: $to, first: 200) {
      edges {
        node {
          id
          title
          startsAt
          endsAt
          status
          forum {
            id
            name
          }
        }
      }
    }
  }
`);

const WORKDAYS = 5;

/**
 * One ISO week, Monday to Friday, as a list of days (a weekend day joins only when something is
 * on then), with previous and next week. Times in Stockholm.
 */
export function WeekView({ refreshKey }: { refreshKey: number }) {
  const { t, i18n } = useTranslation();
  const [monday, setMonday] = useState<CalendarDate>(() => isoWeekOf(calendarDateInZone(new Date())).monday);
  const week = isoWeekOf(monday);
  const [result, reexecute] = useQuery({
    query: WeekMeetingsQuery,
    variables: {
      from: startOfDayInZone(monday).toISOString(),
      to: startOfDayInZone(addDays(monday, 7)).toISOString(),
    },
  });
  useEffect(() => {
    if (refreshKey > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);

  const meetings = result.data?.meetings.edges.map((edge) => edge.node) ?? [];
  const byDay = new Map<string, typeof meetings>();
  for (const meeting of meetings) {
    const key = toIsoDate(calendarDateInZone(meeting.startsAt));
    byDay.set(key, [...(byDay.get(key) ?? []), meeting]);
  }
  const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index)).filter(
    (day, index) => index < WORKDAYS || byDay.has(toIsoDate(day)),
  );
  const today = toIsoDate(calendarDateInZone(new Date()));

  return (
    <div className="week-view">
      <div className="week-view__nav">
        <button type="button" className="button button--small" onClick={() => setMonday(addDays(monday, -7))}>
          <span aria-hidden="true">← </span>
          {t('jointView.previousWeek')}
        </button>
        <h3 className="week-view__title" aria-live="polite">
          {t('jointView.week', { week: week.week, range: formatWeekRange(monday, i18n.language) })}
        </h3>
        <button type="button" className="button button--small" onClick={() => setMonday(addDays(monday, 7))}>
          {t('jointView.nextWeek')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      {result.error && !result.data ? (
        <QueryError
          title={t('jointView.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : (
        <ol className="week-view__days" aria-busy={result.fetching}>
          {days.map((day) => {
            const key = toIsoDate(day);
            const items = byDay.get(key) ?? [];
            return (
              <li key={key} className={key === today ? 'week-day week-day--today' : 'week-day'}>
                <h4 className="week-day__name">
                  {formatWeekdayDate(day, i18n.language)}
                  {key === today && <span className="visually-hidden"> ({t('jointView.today')})</span>}
                </h4>
                {items.length === 0 ? (
                  <p className="week-day__empty">{result.data ? t('jointView.noMeetingsDay') : '…'}</p>
                ) : (
                  <ul className="week-day__meetings">
                    {items.map((meeting) => (
                      <li
                        key={meeting.id}
                        className={
                          meeting.status === 'CANCELLED'
                            ? 'week-meeting week-meeting--cancelled'
                            : 'week-meeting'
                        }
                      >
                        <time dateTime={meeting.startsAt} className="week-meeting__time">
                          {timeInZone(meeting.startsAt)}–{timeInZone(meeting.endsAt)}
                        </time>
                        <Link to={meetingPath(meeting)} className="week-meeting__title">
                          {meeting.title}
                        </Link>
                        <span className="week-meeting__forum">{meeting.forum.name}</span>
                        {meeting.status === 'CANCELLED' && (
                          <Badge tone="warning">{t('meeting.cancelled')}</Badge>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
