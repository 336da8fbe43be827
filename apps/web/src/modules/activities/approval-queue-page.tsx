import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';
import { Empty, Forbidden, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import { onlyErrorCode } from '../auth/graphql-errors.ts';
import { useViewer } from '../auth/viewer.ts';
import { ActivityCard, ActivityCardFragment } from './activity-card.tsx';
import { ApproveActivityMutation, UnpublishDialog } from './coordinator-actions.tsx';
import { activityActorOf } from './permissions.ts';
import './activities.css';

const ApprovalQueueQuery = graphql(
  `
  query ActivityApprovalQueue {
    activityApprovalQueue {
      id
      title
      description
      organisationName
      ...ActivityCard
    }
  }
`,
  [ActivityCardFragment],
);

type Pending = ResultOf<typeof ApprovalQueueQuery>['activityApprovalQueue'][number];

/**
 * The coordinator's queue: activities that wait for a first approval in the municipality, each
 * with approve, or unpublish with a reason the publisher sees (asked for in a dialog).
 */
export function ApprovalQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('activities.queue.title'));
  const [viewerResult] = useViewer();
  const actor = activityActorOf(viewerResult.data?.viewer);
  const [result, reexecute] = useQuery({ query: ApprovalQueueQuery, requestPolicy: 'cache-and-network' });
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() => {
    const state: unknown = location.state;
    return state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
      ? state.notice
      : null;
  });
  const [unpublishing, setUnpublishing] = useState<Pending | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const queue = result.data?.activityApprovalQueue;

  let body: ReactNode;
  if (result.error && !queue) {
    body = onlyErrorCode(result.error, 'FORBIDDEN') ? (
      <Forbidden message={t('activities.queue.forbidden')} />
    ) : (
      <QueryError title={t('activities.queue.loadError')} error={result.error} onRetry={refresh} />
    );
  } else if (!queue) body = <Loading />;
  else if (queue.length === 0) body = <Empty>{t('activities.queue.none')}</Empty>;
  else
    body = (
      <ul className="card-list activity-list">
        {queue.map((activity) => (
          <li key={activity.id}>
            <QueueItem
              activity={activity}
              onApproved={(text) => {
                setNotice(text);
                refresh();
              }}
              onUnpublish={() => setUnpublishing(activity)}
            />
          </li>
        ))}
      </ul>
    );

  return (
    <div className="page activities-page">
      <h1>{t('activities.queue.title')}</h1>
      {actor?.municipality && (
        <p className="lead">{t('activities.queue.intro', { municipality: actor.municipality.name })}</p>
      )}
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <section aria-labelledby="approval-queue-heading" className="section">
        <h2 id="approval-queue-heading">
          {t('activities.queue.waiting')}
          {queue && <span className="activity-count"> ({queue.length})</span>}
        </h2>
        {body}
      </section>
      {unpublishing && (
        <UnpublishDialog
          activity={unpublishing}
          onClose={() => setUnpublishing(null)}
          onDone={(text) => {
            setUnpublishing(null);
            setNotice(text);
            refresh();
          }}
        />
      )}
    </div>
  );
}

function QueueItem({
  activity,
  onApproved,
  onUnpublish,
}: {
  activity: Pending;
  onApproved: (notice: string) => void;
  onUnpublish: () => void;
}) {
  const { t } = useTranslation();
  const [state, approve] = useMutation(ApproveActivityMutation);
  const [error, setError] = useState<string | null>(null);

  async function onApprove() {
    setError(null);
    const result = await approve({ activityId: activity.id });
    const outcome = result.data?.approveActivity;
    if (outcome?.__typename === 'ApproveActivitySuccess') {
      onApproved(
        t('activities.queue.approved', { title: activity.title, organisation: activity.organisationName }),
      );
      return;
    }
    setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <ActivityCard activity={activity}>
      <p className="prewrap activity-card__description">{activity.description}</p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={state.fetching}
          onClick={onApprove}
          aria-label={`${t('activities.queue.approve')}: ${activity.title}`}
        >
          {t('activities.queue.approve')}
        </button>
        <button
          type="button"
          className="button button--danger-outline"
          onClick={onUnpublish}
          aria-label={`${t('activities.queue.unpublish')}: ${activity.title}`}
        >
          {t('activities.queue.unpublish')}
        </button>
      </div>
    </ActivityCard>
  );
}
