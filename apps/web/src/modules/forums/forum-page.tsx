import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { type CombinedError, useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { upcomingWindow } from '../../ui/datetime.ts';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useViewer } from '../auth/viewer.ts';
import { MeetingItem, MeetingItemFragment } from '../meetings/meeting-item.tsx';
import { meetingPath } from '../meetings/meeting-path.ts';
import { managesForum } from '../meetings/permissions.ts';
import { type SavedMeeting, ScheduleDialog } from '../meetings/schedule-dialog.tsx';
import { ForumDetails, ForumDetailsFragment, forumName } from './forum-details.tsx';
import { ForumMergeControl } from './forum-merge-control.tsx';
import { ForumRepresentatives, ForumRepresentativesFragment } from './forum-representatives.tsx';
import { ForumStatusControl } from './forum-status-control.tsx';

const ForumPageQuery = graphql(
  `
  query ForumPage($id: ID!, $from: DateTime!, $to: DateTime!) {
    forum(id: $id) {
      id
      name
      status
      host {
        id
      }
      county {
        code
      }
      members {
        id
        name
      }
      polls {
        id
        title
        status
      }
      ...ForumDetails
      ...ForumRepresentatives
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
  [ForumDetailsFragment, ForumRepresentativesFragment, MeetingItemFragment],
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
  const [result, reexecute] = useQuery({
    query: ForumPageQuery,
    variables: { id, ...period },
    requestPolicy: 'cache-and-network',
  });
  const forum = result.data?.forum;
  const meetings = result.data?.meetings.edges.map((edge) => edge.node) ?? [];
  const notFound = (result.data && !forum) || (!result.data && isNotFound(result.error));
  const [viewerResult] = useViewer();
  const hosts = !!forum && managesForum(viewerResult.data?.viewer, forum.host.id);
  const [planning, setPlanning] = useState(false);
  const location = useLocation();
  const [notice, setNotice] = useState<{ text: string; meeting?: SavedMeeting } | null>(() => {
    const state: unknown = location.state;
    return state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
      ? { text: state.notice }
      : null;
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
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
          {hosts && (
            <div className="button-row">
              {forum.status === 'ACTIVE' && (
                <button type="button" className="button button--primary" onClick={() => setPlanning(true)}>
                  {t('forumAdmin.plan')}
                </button>
              )}
              <Link className="button" to={`/forum/${encodeURIComponent(forum.id)}/omrostningar/ny`}>
                {t('poll.start')}
              </Link>
              <Link className="button" to={`/forum/${encodeURIComponent(forum.id)}/andra`}>
                {t('forumEdit.edit')}
              </Link>
              <ForumStatusControl
                forumId={forum.id}
                forumName={forum.name}
                status={forum.status}
                onChanged={(text) => {
                  setNotice({ text });
                  refresh();
                }}
              />
              {forum.status !== 'CLOSED' && forum.status !== 'MERGED' && (
                <ForumMergeControl
                  forumId={forum.id}
                  forumName={forum.name}
                  countyCode={forum.county.code}
                  organisationId={forum.host.id}
                  onMerged={(text) => {
                    setNotice({ text });
                    refresh();
                  }}
                />
              )}
            </div>
          )}
          <div role="status">
            {notice && (
              <p className="notice">
                {notice.text}{' '}
                {notice.meeting && (
                  <Link to={meetingPath(notice.meeting)}>{t('forumAdmin.openMeeting')}</Link>
                )}
              </p>
            )}
          </div>
          {planning && (
            <ScheduleDialog
              forum={forum}
              onClose={() => setPlanning(false)}
              onSaved={(meeting) => {
                setPlanning(false);
                setNotice({ text: t('forumAdmin.planned', { title: meeting.title }), meeting });
                refresh();
              }}
            />
          )}
          {forum.polls.length > 0 && (
            <section aria-labelledby="polls-heading">
              <h2 id="polls-heading">{t('poll.heading')}</h2>
              <ul className="link-list">
                {forum.polls.map((poll) => (
                  <li key={poll.id}>
                    <Link
                      to={`/forum/${encodeURIComponent(forum.id)}/omrostningar/${encodeURIComponent(poll.id)}`}
                    >
                      {poll.title}
                    </Link>{' '}
                    ({t(`poll.status.${poll.status}`)})
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ForumRepresentatives
            forum={forum}
            viewer={viewerResult.data?.viewer}
            onSaved={(text) => {
              setNotice({ text });
              refresh();
            }}
          />
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
