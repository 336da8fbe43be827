import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Forbidden, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useViewer } from '../auth/viewer.ts';
import { draftFrom, emptyDraft } from './activity-draft.ts';
import { ActivityForm } from './activity-form.tsx';
import { ActivityPageQuery } from './activity-page.tsx';
import { activityPath, MY_ACTIVITIES_PATH } from './activity-paths.ts';
import { activityActorOf, mayPostActivities } from './permissions.ts';
import './activities.css';

/** "Ny aktivitet": an empty form, in the organisation's own municipality to begin with. */
export function NewActivityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('activities.form.newTitle'));
  const [viewerResult] = useViewer();
  const viewer = viewerResult.data?.viewer;
  const actor = activityActorOf(viewer);

  if (!actor) return <Loading />;
  return (
    <div className="page page--activity-form">
      <p className="back-link">
        <Link to={MY_ACTIVITIES_PATH}>{t('activities.page.backToMine')}</Link>
      </p>
      <h1>{t('activities.form.newTitle')}</h1>
      {mayPostActivities(actor) ? (
        <>
          <p className="lead">{t('activities.form.intro')}</p>
          <ActivityForm initial={emptyDraft(actor.municipality?.code ?? '')} cancelTo={MY_ACTIVITIES_PATH} />
        </>
      ) : (
        <Forbidden message={t('activities.form.notAllowed')} />
      )}
    </div>
  );
}

/** Editing an activity of one's own organisation, at /aktiviteter/:id/andra. */
export function EditActivityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const [result, reexecute] = useQuery({
    query: ActivityPageQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const activity = result.data?.activity;
  useDocumentTitle(activity ? t('activities.form.editTitle', { title: activity.title }) : undefined);
  const state: unknown = location.state;
  const notice =
    state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
      ? state.notice
      : null;

  if (result.error && !result.data) {
    return (
      <div className="page">
        <QueryError
          title={t('activities.page.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!result.data) return <Loading />;
  if (!activity?.viewerOwns || activity.status === 'CANCELLED') {
    return (
      <div className="page">
        <p className="back-link">
          <Link to={MY_ACTIVITIES_PATH}>{t('activities.page.backToMine')}</Link>
        </p>
        <h1>{activity ? activity.title : t('activities.page.notFoundTitle')}</h1>
        <Forbidden
          message={
            activity?.status === 'CANCELLED'
              ? t('activities.owner.cancelledHint')
              : t('activities.form.notOwner')
          }
        />
      </div>
    );
  }
  return (
    <div className="page page--activity-form">
      <p className="back-link">
        <Link to={activityPath(activity)}>{activity.title}</Link>
      </p>
      <h1>{t('activities.form.editTitle', { title: activity.title })}</h1>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <p className="lead">{t('activities.form.intro')}</p>
      {/* A fresh form per activity and change, so a copy opens with its own values. */}
      <ActivityForm
        key={`${activity.id}-${activity.updatedAt}`}
        initial={draftFrom(activity)}
        existing={activity}
        cancelTo={activityPath(activity)}
      />
    </div>
  );
}
