import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { Empty, Forbidden, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useViewer } from '../auth/viewer.ts';
import { ActivityCard, ActivityCardFragment } from './activity-card.tsx';
import { editActivityPath, NEW_ACTIVITY_PATH } from './activity-paths.ts';
import { activityActorOf, mayPostActivities } from './permissions.ts';
import { ACTIVITY_STATUSES } from './reference.ts';
import { ReferralsReceived } from './referrals-received.tsx';
import './activities.css';

const MyActivitiesQuery = graphql(
  `
  query MyActivities {
    myActivities {
      id
      title
      status
      statusReason
      ...ActivityCard
    }
  }
`,
  [ActivityCardFragment],
);

/**
 * The partner's dashboard: the organisation's activities by where they stand (drafts, waiting for
 * approval, published, unpublished with the coordinator's reason, cancelled), and the referrals
 * that wait for its answer.
 */
export function MyActivitiesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('activities.mine.title'));
  const [viewerResult] = useViewer();
  const viewer = viewerResult.data?.viewer;
  const actor = activityActorOf(viewer);
  const location = useLocation();
  const state: unknown = location.state;
  const notice =
    state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
      ? state.notice
      : null;

  if (!actor) return <Loading />;
  const posts = mayPostActivities(actor);
  return (
    <div className="page activities-page">
      <div className="activity-heading">
        <h1>{t('activities.mine.title')}</h1>
        {posts && (
          <Link className="button button--primary" to={NEW_ACTIVITY_PATH}>
            {t('activities.mine.new')}
          </Link>
        )}
      </div>
      <p className="lead">
        {t('activities.mine.intro', { organisation: viewer?.activeOrganisation?.name ?? '' })}
      </p>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      {posts ? <ActivityGroups /> : <Forbidden message={t('activities.form.notAllowed')} />}
      <ReferralsReceived />
    </div>
  );
}

function ActivityGroups() {
  const { t } = useTranslation();
  const [result, reexecute] = useQuery({ query: MyActivitiesQuery, requestPolicy: 'cache-and-network' });
  const activities = result.data?.myActivities;

  if (result.error && !activities) {
    return (
      <QueryError
        title={t('activities.mine.loadError')}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!activities) return <Loading />;
  if (activities.length === 0) return <Empty>{t('activities.mine.none')}</Empty>;

  return (
    <>
      {ACTIVITY_STATUSES.map((status) => {
        const group = activities.filter((activity) => activity.status === status);
        if (group.length === 0) return null;
        const headingId = `my-activities-${status.toLowerCase()}`;
        return (
          <section key={status} aria-labelledby={headingId} className="section" data-testid={headingId}>
            <h2 id={headingId}>
              {t(`activities.mine.groups.${status}`)} <span className="activity-count">({group.length})</span>
            </h2>
            <p className="field__hint">{t(`activities.mine.groupHints.${status}`)}</p>
            <ul className="card-list activity-list">
              {group.map((activity) => (
                <li key={activity.id}>
                  <ActivityCard activity={activity}>
                    {status === 'UNPUBLISHED' && activity.statusReason && (
                      <p className="notice notice--warning activity-card__reason">
                        <span className="notice__title">{t('activities.mine.reason')}: </span>
                        {activity.statusReason}
                      </p>
                    )}
                    {status !== 'CANCELLED' && (
                      <p className="activity-card__actions">
                        <Link to={editActivityPath(activity)}>
                          {t('activities.mine.edit')}
                          <span className="visually-hidden"> {activity.title}</span>
                        </Link>
                      </p>
                    )}
                  </ActivityCard>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
