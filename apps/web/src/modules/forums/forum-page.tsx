import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type CombinedError, useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { upcomingWindow } from '../../ui/datetime.ts';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { MeetingItem, MeetingItemFragment } from '../meetings/meeting-item.tsx';
import { ForumDetails, ForumDetailsFragment, forumName } from './forum-details.tsx';

const ForumPageQuery = graphql(
  `
  query ForumPage($id: ID!, $from: DateTime!, $to: DateTime!) {
    forum(id: $id) {
      id
      ...ForumDetails
    }
    meetings(from: $from, to: $to, forumId: $id, first: 100) {
      edges {
        node {
          id
          ...MeetingItem
        }
      }
    }
  }
`,
  [ForumDetailsFragment, MeetingItemFragment],
);

/** An id the API rejects as malformed names no forum, which to the reader is "not found". */
function isNotFound(error: CombinedError | undefined): boolean {
  return (
    !!error &&
    !error.networkError &&
    error.graphQLErrors.length > 0 &&
    error.graphQLErrors.every((e) => ['BAD_USER_INPUT', 'NOT_FOUND'].includes(String(e.extensions.code)))
  );
}

export function ForumPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [period] = useState(() => upcomingWindow(new Date(), 6));
  const [result, reexecute] = useQuery({ query: ForumPageQuery, variables: { id, ...period } });
  const forum = result.data?.forum;
  const meetings = result.data?.meetings.edges.map((edge) => edge.node) ?? [];
  const notFound = (result.data && !forum) || (!result.data && isNotFound(result.error));
  useDocumentTitle(forum ? forumName(forum) : notFound ? t('forum.notFoundTitle') : undefined);

  return (
    <div className="page">
      <p className="back-link">
        <Link to="/forum">{t('forum.backToList')}</Link>
      </p>
      {notFound ? (
        <>
          <h1>{t('forum.notFoundTitle')}</h1>
          <p>{t('forum.notFound')}</p>
        </>
      ) : result.error && !forum ? (
        <QueryError
          title={t('forum.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !forum ? (
        <Loading />
      ) : (
        <>
          <ForumDetails forum={forum} />
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t('forum.upcomingHeading')}</h2>
            {meetings.length === 0 ? (
              <Empty>{t('forum.noUpcoming')}</Empty>
            ) : (
              <ul className="meeting-list">
                {meetings.map((meeting) => (
                  <li key={meeting.id}>
                    <MeetingItem meeting={meeting} showForum={false} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
