import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type EnumValue, graphql, type ResultOf } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatDateTime } from '../../ui/datetime.ts';
import { ErrorSummary, TextAreaField } from '../../ui/form.tsx';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import { onlyErrorCode } from '../auth/graphql-errors.ts';
import { activityPath } from './activity-paths.ts';

// Only what the case worker chose to share: never the case, its reference or who it is about.
const ReferralsReceivedQuery = graphql(`
  query ReferralsReceived {
    referralsReceived {
      id
      alias
      age
      contactPath
      message
      status
      sentAt
      activity {
        id
        title
      }
    }
  }
`);

export const MoveReferralMutation = graphql(`
  mutation MoveReferral($referralId: ID!, $step: ReferralStep!, $note: String) {
    moveReferral(referralId: $referralId, step: $step, note: $note) {
      __typename
      ... on MoveReferralSuccess {
        referral {
          id
          status
          answeredAt
          startedAt
          endedAt
          declineReason
          endNote
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

type Referral = ResultOf<typeof ReferralsReceivedQuery>['referralsReceived'][number];
type Step = EnumValue<'ReferralStep'>;
type Status = EnumValue<'ReferralStatus'>;

// The API lists those waiting for an answer first; among the rest, the ones still going before the closed.
const ORDER: Record<Status, number> = { SENT: 0, ACCEPTED: 1, STARTED: 2, DECLINED: 3, ENDED: 4 };

const NOTICE: Record<Step, 'accepted' | 'declined' | 'started' | 'ended'> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  STARTED: 'started',
  ENDED: 'ended',
};

/**
 * "Remisser att besvara": the referrals the organisation received, those waiting for an answer
 * first, with accept, decline (a reason is needed), started and ended.
 */
export function ReferralsReceived() {
  const { t } = useTranslation();
  const [result, reexecute] = useQuery({ query: ReferralsReceivedQuery, requestPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  const referrals = [...(result.data?.referralsReceived ?? [])].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status],
  );

  let body: ReactNode;
  if (result.error && !result.data) {
    body = onlyErrorCode(result.error, 'FORBIDDEN') ? (
      <Empty>{t('activities.received.forbidden')}</Empty>
    ) : (
      <QueryError
        title={t('activities.received.loadError')}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  } else if (!result.data) body = <Loading />;
  else if (referrals.length === 0) body = <Empty>{t('activities.received.none')}</Empty>;
  else
    body = (
      <ul className="card-list referral-list">
        {referrals.map((referral) => (
          <li key={referral.id}>
            <ReceivedReferral
              referral={referral}
              onMoved={(text) => {
                setNotice(text);
                reexecute({ requestPolicy: 'network-only' });
              }}
            />
          </li>
        ))}
      </ul>
    );

  return (
    <section aria-labelledby="referrals-received-heading" className="section">
      <h2 id="referrals-received-heading">{t('activities.received.heading')}</h2>
      <p className="field__hint">{t('activities.received.intro')}</p>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      {body}
    </section>
  );
}

function ReceivedReferral({ referral, onMoved }: { referral: Referral; onMoved: (notice: string) => void }) {
  const { t, i18n } = useTranslation();
  const [state, move] = useMutation(MoveReferralMutation);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'DECLINED' | 'ENDED' | null>(null);
  const titleId = `referral-${referral.id}-title`;

  async function step(to: Step, note?: string): Promise<string | null> {
    setError(null);
    const result = await move({ referralId: referral.id, step: to, note: note ?? null });
    const outcome = result.data?.moveReferral;
    if (outcome?.__typename === 'MoveReferralSuccess') {
      setDialog(null);
      onMoved(t(`activities.received.${NOTICE[to]}`, { alias: referral.alias }));
      return null;
    }
    return mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null;
  }

  return (
    <article className="card referral" aria-labelledby={titleId} data-testid="referral-received">
      <h3 id={titleId} className="card__title">
        {t('activities.received.titleFor', { alias: referral.alias })}{' '}
        <Badge
          tone={referral.status === 'SENT' ? 'warning' : referral.status === 'DECLINED' ? 'neutral' : 'ok'}
        >
          {t(`enums.ReferralStatus.${referral.status}`)}
        </Badge>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('activities.received.alias')}</dt>
          <dd>{referral.alias}</dd>
        </div>
        {referral.age != null && (
          <div>
            <dt>{t('activities.received.age')}</dt>
            <dd>{t('activities.age', { age: referral.age })}</dd>
          </div>
        )}
        <div>
          <dt>{t('activities.received.contactPath')}</dt>
          <dd className="prewrap">{referral.contactPath}</dd>
        </div>
        {referral.message && (
          <div>
            <dt>{t('activities.received.message')}</dt>
            <dd className="prewrap">{referral.message}</dd>
          </div>
        )}
        <div>
          <dt>{t('activities.received.activity')}</dt>
          <dd>
            {referral.activity ? (
              <Link to={activityPath(referral.activity)}>{referral.activity.title}</Link>
            ) : (
              t('activities.received.noActivity')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('activities.received.sentAt')}</dt>
          <dd>
            <time dateTime={referral.sentAt}>{formatDateTime(referral.sentAt, i18n.language)}</time>
          </dd>
        </div>
      </dl>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {referral.status === 'SENT' && (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={state.fetching}
              onClick={async () => setError(await step('ACCEPTED'))}
            >
              {t('activities.received.accept')}
              <span className="visually-hidden"> {referral.alias}</span>
            </button>
            <button
              type="button"
              className="button button--danger-outline"
              disabled={state.fetching}
              onClick={() => setDialog('DECLINED')}
            >
              {t('activities.received.decline')}
              <span className="visually-hidden"> {referral.alias}</span>
            </button>
          </>
        )}
        {referral.status === 'ACCEPTED' && (
          <button
            type="button"
            className="button"
            disabled={state.fetching}
            onClick={async () => setError(await step('STARTED'))}
          >
            {t('activities.received.start')}
            <span className="visually-hidden"> {referral.alias}</span>
          </button>
        )}
        {(referral.status === 'ACCEPTED' || referral.status === 'STARTED') && (
          <button
            type="button"
            className="button"
            disabled={state.fetching}
            onClick={() => setDialog('ENDED')}
          >
            {t('activities.received.end')}
            <span className="visually-hidden"> {referral.alias}</span>
          </button>
        )}
      </div>
      {dialog && (
        <StepDialog
          step={dialog}
          alias={referral.alias}
          busy={state.fetching}
          onClose={() => setDialog(null)}
          onSubmit={(note) => step(dialog, note)}
        />
      )}
    </article>
  );
}

/** Declining needs a reason for the referrer; ending takes an optional note. */
export function StepDialog({
  step,
  alias,
  busy,
  onClose,
  onSubmit,
}: {
  step: 'DECLINED' | 'ENDED';
  alias: string;
  busy: boolean;
  onClose: () => void;
  /** Resolves to the API's message when it did not go through. */
  onSubmit: (note: string) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const declining = step === 'DECLINED';
  const fieldId = 'referral-step-note';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (declining && !note.trim()) {
      setError(t('activities.received.declineRequired'));
      setAttempt((n) => n + 1);
      return;
    }
    const failure = await onSubmit(note.trim());
    if (failure) {
      setError(failure);
      setAttempt((n) => n + 1);
    }
  }

  return (
    <FormDialog
      title={
        declining
          ? t('activities.received.declineTitle', { alias })
          : t('activities.received.endTitle', { alias })
      }
      intro={
        <p className="field__hint">
          {declining ? t('activities.received.declineIntro') : t('activities.received.endIntro')}
        </p>
      }
      onClose={onClose}
    >
      {() => (
        <>
          <ErrorSummary
            title={t('activities.received.errorSummary')}
            errors={error ? [{ key: 'note', message: error, fieldId }] : []}
            attempt={attempt}
          />
          <form className="form" noValidate onSubmit={submit}>
            <TextAreaField
              id={fieldId}
              label={declining ? t('activities.received.declineReason') : t('activities.received.endNote')}
              hint={declining ? t('activities.received.declineReasonHint') : undefined}
              rows={3}
              required={declining}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              error={error}
            />
            <div className="dialog__actions">
              <button
                type="submit"
                className={declining ? 'button button--danger' : 'button button--primary'}
                disabled={busy}
              >
                {declining ? t('activities.received.declineConfirm') : t('activities.received.endConfirm')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('activities.received.close')}
              </button>
            </div>
          </form>
        </>
      )}
    </FormDialog>
  );
}
