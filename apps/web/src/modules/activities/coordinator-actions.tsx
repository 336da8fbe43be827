import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { ErrorSummary, TextAreaField } from '../../ui/form.tsx';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import { APPROVAL_QUEUE_PATH } from './activity-paths.ts';
import type { ActivityStatus } from './reference.ts';

export const ApproveActivityMutation = graphql(`
  mutation ApproveActivity($activityId: ID!) {
    approveActivity(activityId: $activityId) {
      __typename
      ... on ApproveActivitySuccess {
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

export const UnpublishActivityMutation = graphql(`
  mutation UnpublishActivity($activityId: ID!, $reason: String!) {
    unpublishActivity(activityId: $activityId, reason: $reason) {
      __typename
      ... on UnpublishActivitySuccess {
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

/**
 * For a coordinator or admin of the activity's municipality, on its page: approve one that waits,
 * or take one down (waiting or published) with a reason its organisation sees.
 */
export function CoordinatorPanel({
  activity,
  onChanged,
}: {
  activity: { id: string; title: string; organisationName: string; status: ActivityStatus };
  onChanged: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [state, approve] = useMutation(ApproveActivityMutation);
  const [error, setError] = useState<string | null>(null);
  const [unpublishing, setUnpublishing] = useState(false);
  const names = { title: activity.title, organisation: activity.organisationName };
  if (activity.status !== 'PENDING_APPROVAL' && activity.status !== 'PUBLISHED') return null;

  async function onApprove() {
    setError(null);
    const result = await approve({ activityId: activity.id });
    const outcome = result.data?.approveActivity;
    if (outcome?.__typename === 'ApproveActivitySuccess') {
      onChanged(t('activities.queue.approved', names));
      return;
    }
    setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <section aria-labelledby="activity-coordinator-heading" className="section owner-panel">
      <h2 id="activity-coordinator-heading">{t('activities.coordinator.heading')}</h2>
      <p className="field__hint">{t('activities.coordinator.intro')}</p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {activity.status === 'PENDING_APPROVAL' && (
          <button
            type="button"
            className="button button--primary"
            disabled={state.fetching}
            onClick={onApprove}
          >
            {t('activities.queue.approve')}
          </button>
        )}
        <button type="button" className="button button--danger-outline" onClick={() => setUnpublishing(true)}>
          {t('activities.queue.unpublish')}
        </button>
      </div>
      {unpublishing && (
        <UnpublishDialog
          activity={activity}
          onClose={() => setUnpublishing(false)}
          onDone={(notice) => {
            setUnpublishing(false);
            // Unpublished, the activity is no longer the coordinator's to see: back to the queue.
            navigate(APPROVAL_QUEUE_PATH, { state: { notice } });
          }}
        />
      )}
    </section>
  );
}

export function UnpublishDialog({
  activity,
  onClose,
  onDone,
}: {
  activity: { id: string; title: string; organisationName: string };
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [state, unpublish] = useMutation(UnpublishActivityMutation);
  const fieldId = 'unpublish-reason';
  const names = { title: activity.title, organisation: activity.organisationName };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('activities.queue.reasonRequired'));
      setAttempt((n) => n + 1);
      return;
    }
    const result = await unpublish({ activityId: activity.id, reason: reason.trim() });
    const outcome = result.data?.unpublishActivity;
    if (outcome?.__typename === 'UnpublishActivitySuccess') {
      onDone(t('activities.queue.unpublished', names));
      return;
    }
    setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message);
    setAttempt((n) => n + 1);
  }

  return (
    <FormDialog
      title={t('activities.queue.unpublishTitle', names)}
      intro={<p className="field__hint">{t('activities.queue.unpublishIntro', names)}</p>}
      onClose={onClose}
    >
      {() => (
        <>
          <ErrorSummary
            title={t('activities.queue.errorSummary')}
            errors={error ? [{ key: 'reason', message: error, fieldId }] : []}
            attempt={attempt}
          />
          <form className="form" noValidate onSubmit={submit}>
            <TextAreaField
              id={fieldId}
              label={t('activities.queue.reason')}
              hint={t('activities.queue.reasonHint')}
              rows={3}
              required
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={error}
            />
            <div className="dialog__actions">
              <button type="submit" className="button button--danger" disabled={state.fetching}>
                {t('activities.queue.confirm')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('activities.queue.cancel')}
              </button>
            </div>
          </form>
        </>
      )}
    </FormDialog>
  );
}
