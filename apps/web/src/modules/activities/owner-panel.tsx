import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import { editActivityPath } from './activity-paths.ts';
import type { ActivityStatus } from './reference.ts';

export const PublishActivityMutation = graphql(`
  mutation PublishActivity($activityId: ID!) {
    publishActivity(activityId: $activityId) {
      __typename
      ... on PublishActivitySuccess {
        activity {
          id
          status
          statusReason
          updatedAt
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

const CancelActivityMutation = graphql(`
  mutation CancelActivity($activityId: ID!) {
    cancelActivity(activityId: $activityId) {
      __typename
      ... on CancelActivitySuccess {
        activity {
          id
          status
          updatedAt
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

const CopyActivityMutation = graphql(`
  mutation CopyActivity($activityId: ID!) {
    copyActivity(activityId: $activityId) {
      __typename
      ... on CopyActivitySuccess {
        activity {
          id
          status
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

/** What publishing led to: public at once, or waiting for the municipality's coordinators. */
export function publishedNotice(t: TFunction, status: ActivityStatus, municipality: string): string {
  return status === 'PUBLISHED'
    ? t('activities.owner.published')
    : t('activities.owner.submitted', { municipality });
}

/**
 * For the organisation that offers the activity: where it stands (and the coordinator's reason if
 * one took it down), and edit, publish, cancel (after asking) and copy.
 */
export function OwnerPanel({
  activity,
  organisation,
  onChanged,
}: {
  activity: {
    id: string;
    title: string;
    status: ActivityStatus;
    statusReason: string | null;
    municipality: { name: string };
  };
  organisation: string;
  onChanged: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [publishState, publish] = useMutation(PublishActivityMutation);
  const [cancelState, cancel] = useMutation(CancelActivityMutation);
  const [copyState, copy] = useMutation(CopyActivityMutation);
  const busy = publishState.fetching || cancelState.fetching || copyState.fetching;
  const { status } = activity;
  const hint = {
    DRAFT: t('activities.owner.draftHint'),
    PENDING_APPROVAL: t('activities.owner.pendingHint', { municipality: activity.municipality.name }),
    PUBLISHED: null,
    UNPUBLISHED: t('activities.owner.unpublishedHint'),
    CANCELLED: t('activities.owner.cancelledHint'),
  }[status];

  async function onPublish() {
    setError(null);
    const result = await publish({ activityId: activity.id });
    const outcome = result.data?.publishActivity;
    if (outcome?.__typename === 'PublishActivitySuccess') {
      onChanged(publishedNotice(t, outcome.activity.status, activity.municipality.name));
      return;
    }
    setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  async function onCancel() {
    setConfirming(false);
    setError(null);
    const result = await cancel({ activityId: activity.id });
    const outcome = result.data?.cancelActivity;
    if (outcome?.__typename === 'CancelActivitySuccess') {
      onChanged(t('activities.owner.cancelled'));
      return;
    }
    setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
    cancelButton.current?.focus();
  }

  async function onCopy() {
    setError(null);
    const result = await copy({ activityId: activity.id });
    const outcome = result.data?.copyActivity;
    if (outcome?.__typename === 'CopyActivitySuccess') {
      navigate(editActivityPath(outcome.activity), {
        state: { notice: t('activities.owner.copied', { title: activity.title }) },
      });
      return;
    }
    setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <section aria-labelledby="activity-owner-heading" className="section owner-panel">
      <h2 id="activity-owner-heading">{t('activities.owner.heading')}</h2>
      <p className="field__hint">{t('activities.owner.intro', { organisation })}</p>
      <dl className="facts">
        <div>
          <dt>{t('activities.owner.status')}</dt>
          <dd>{t(`enums.ActivityStatus.${status}`)}</dd>
        </div>
        {status === 'UNPUBLISHED' && activity.statusReason && (
          <div>
            <dt>{t('activities.owner.statusReason')}</dt>
            <dd className="prewrap" data-testid="status-reason">
              {activity.statusReason}
            </dd>
          </div>
        )}
      </dl>
      {hint && <p>{hint}</p>}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {status !== 'CANCELLED' && (
          <Link className="button" to={editActivityPath(activity)}>
            {t('activities.owner.edit')}
          </Link>
        )}
        {(status === 'DRAFT' || status === 'UNPUBLISHED') && (
          <button type="button" className="button button--primary" disabled={busy} onClick={onPublish}>
            {t('activities.owner.publish')}
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={onCopy}>
          {t('activities.owner.copy')}
        </button>
        {status !== 'CANCELLED' && (
          <button
            type="button"
            className="button button--danger-outline"
            disabled={busy}
            ref={cancelButton}
            onClick={() => setConfirming(true)}
          >
            {t('activities.owner.cancel')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('activities.owner.cancelTitle', { title: activity.title })}
        body={t('activities.owner.cancelBody')}
        confirmLabel={t('activities.owner.cancelConfirm')}
        cancelLabel={t('activities.owner.keep')}
        onConfirm={onCancel}
        onCancel={() => {
          if (!confirming) return;
          setConfirming(false);
          cancelButton.current?.focus();
        }}
      />
    </section>
  );
}
