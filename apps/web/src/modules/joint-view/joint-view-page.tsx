import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';
import { calendarDateInZone, formatWeekRange, upcomingWindow } from '../../ui/datetime.ts';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { MeetingItem, MeetingItemFragment } from '../meetings/meeting-item.tsx';
import { groupByIsoWeek, type WeekGroup } from './group-by-week.ts';

const UpcomingMeetingsQuery = graphql(
  `
  query UpcomingMeetings($from: DateTime!, $to: DateTime!, $first: Int!) {
    meetings(from: $from, to: $to, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          startsAt
          ...MeetingItem
        }
      }
    }
  }
`,
  [MeetingItemFragment],
);

const MAX_MEETINGS = 200;

export function JointViewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jointView.title'));
  // Fixed for the life of the page, so the query variables (and the cache key) stay the same.
  const [period] = useState(() => upcomingWindow(new Date(), 6));
  const [result, reexecute] = useQuery({
    query: UpcomingMeetingsQuery,
    variables: { ...period, first: MAX_MEETINGS },
  });
  const meetings = result.data?.meetings.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="page">
      <h1>{t('jointView.title')}</h1>
      <p className="lead">{t('jointView.intro')}</p>
      {result.error && !result.data ? (
        <QueryError
          title={t('jointView.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !result.data ? (
        <Loading />
      ) : meetings.length === 0 ? (
        <Empty>{t('jointView.empty')}</Empty>
      ) : (
        <>
          {groupByIsoWeek(meetings).map((group) => (
            <WeekSection key={group.key} group={group} />
          ))}
          {result.data?.meetings.pageInfo.hasNextPage && (
            <p className="list-status">{t('jointView.truncated', { count: meetings.length })}</p>
          )}
        </>
      )}
    </div>
  );
}

type UpcomingMeeting = ResultOf<typeof UpcomingMeetingsQuery>['meetings']['edges'][number]['node'];

function WeekSection({ group }: { group: WeekGroup<UpcomingMeeting> }) {
  const { t, i18n } = useTranslation();
  const headingId = `week-${group.key}`;
  const range = formatWeekRange(group.monday, i18n.language);
  const currentYear = calendarDateInZone(new Date()).year;
  return (
    <section className="week" aria-labelledby={headingId}>
      <div className="week__header">
        <h2 id={headingId}>
          {group.year === currentYear
            ? t('jointView.week', { week: group.week, range })
            : t('jointView.weekOtherYear', { week: group.week, year: group.year, range })}
        </h2>
        <p className="week__count">{t('jointView.meetingCount', { count: group.items.length })}</p>
      </div>
      <ul className="meeting-list">
        {group.items.map((meeting) => (
          <li key={meeting.id}>
            <MeetingItem meeting={meeting} />
          </li>
        ))}
      </ul>
    </section>
  );
}
