import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatDateTime } from '../../ui/datetime.ts';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import { useViewer } from '../auth/viewer.ts';
import { activityPath } from './activity-paths.ts';
import { ReferralForm } from './referral-form.tsx';
import { MoveReferralMutation, StepDialog } from './referrals-received.tsx';
import './activities.css';

const CaseReferralsQuery = graphql(`
  query CaseReferrals($id: ID!) {
    case(id: $id) {
      id
      status
      participants {
        id
        name
      }
      referrals {
        id
        alias
        age
        contactPath
        status
        sentAt
        answeredAt
        startedAt
        endedAt
        declineReason
        endNote
        viewerReceives
        from {
          id
          name
        }
        to {
          id
          name
        }
        activity {
          id
          title
        }
      }
    }
  }
`);

type CaseReferral = NonNullable<ResultOf<typeof CaseReferralsQuery>['case']>['referrals'][number];

/**
 * "Remisser" on a case page: the referrals sent from the case with the time of each step of the
 * loop, and "Ny remiss" to refer the person to a published activity or an organisation. It reads
 * the case on its own, so the case page only places it.
 */
export function CaseReferrals({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [viewerResult] = useViewer();
  const organisationId = viewerResult.data?.viewer?.activeOrganisation?.id;
  const [result, reexecute] = useQuery({
    query: CaseReferralsQuery,
    variables: { id: caseId },
    requestPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const sharedCase = result.data?.case;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  let body: ReactNode;
  if (result.error && !sharedCase) {
    body = (
      <QueryError title={t('activities.caseReferrals.loadError')} error={result.error} onRetry={refresh} />
    );
  } else if (!sharedCase) {
    body = result.data ? null : <Loading />;
  } else {
    body = (
      <>
        {sharedCase.referrals.length === 0 ? (
          <Empty>{t('activities.caseReferrals.none')}</Empty>
        ) : (
          <ul className="card-list referral-list">
            {sharedCase.referrals.map((referral) => (
              <li key={referral.id}>
                <SentReferral
                  referral={referral}
                  onChanged={(text) => {
                    setNotice(text);
                    refresh();
                  }}
                />
              </li>
            ))}
          </ul>
        )}
        {sharedCase.status === 'CLOSED' ? (
          <p>{t('activities.caseReferrals.closedCase')}</p>
        ) : writing ? (
          <ReferralForm
            caseId={caseId}
            organisations={sharedCase.participants.filter((o) => o.id !== organisationId)}
            onCancel={() => {
              setWriting(false);
              requestAnimationFrame(() => newButton.current?.focus());
            }}
            onSent={(text) => {
              setWriting(false);
              setNotice(text);
              refresh();
              requestAnimationFrame(() => newButton.current?.focus());
            }}
          />
        ) : (
          <button type="button" className="button" ref={newButton} onClick={() => setWriting(true)}>
            {t('activities.caseReferrals.new')}
          </button>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="case-referrals-heading" className="section case-referrals">
      <h2 id="case-referrals-heading">{t('activities.caseReferrals.heading')}</h2>
      <p className="field__hint">{t('activities.caseReferrals.intro')}</p>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      {body}
    </section>
  );
}

function SentReferral({
  referral,
  onChanged,
}: {
  referral: CaseReferral;
  onChanged: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [state, move] = useMutation(MoveReferralMutation);
  const [ending, setEnding] = useState(false);
  const titleId = `case-referral-${referral.id}-title`;
  const time = (at: string | null) =>
    at ? <time dateTime={at}>{formatDateTime(at, i18n.language)}</time> : null;
  const answered = referral.status === 'DECLINED' ? 'stepDeclined' : 'stepAccepted';
  const steps: { key: string; label: string; at: string | null; detail?: string | null }[] = [
    { key: 'sent', label: t('activities.caseReferrals.stepSent'), at: referral.sentAt },
    {
      key: 'answered',
      label: t(`activities.caseReferrals.${answered}`),
      at: referral.answeredAt,
      detail: referral.declineReason
        ? `${t('activities.caseReferrals.declineReason')}: ${referral.declineReason}`
        : null,
    },
    { key: 'started', label: t('activities.caseReferrals.stepStarted'), at: referral.startedAt },
    {
      key: 'ended',
      label: t('activities.caseReferrals.stepEnded'),
      at: referral.endedAt,
      detail: referral.endNote ? `${t('activities.caseReferrals.endNote')}: ${referral.endNote}` : null,
    },
  ].filter((step) => step.at);
  const mayEnd = referral.status === 'ACCEPTED' || referral.status === 'STARTED';

  return (
    <article className="card referral" aria-labelledby={titleId} data-testid="case-referral">
      <h3 id={titleId} className="card__title">
        {referral.activity ? (
          <>
            <Link to={activityPath(referral.activity)}>{referral.activity.title}</Link>{' '}
            <span className="referral__to">({referral.to.name})</span>
          </>
        ) : (
          t('activities.caseReferrals.to', { organisation: referral.to.name })
        )}{' '}
        <Badge
          tone={referral.status === 'DECLINED' ? 'warning' : referral.status === 'SENT' ? 'neutral' : 'ok'}
        >
          {t(`enums.ReferralStatus.${referral.status}`)}
        </Badge>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('activities.caseReferrals.alias')}</dt>
          <dd>
            {referral.alias}
            {referral.age != null && `, ${t('activities.age', { age: referral.age })}`}
          </dd>
        </div>
        <div>
          <dt>{t('activities.caseReferrals.contactPath')}</dt>
          <dd className="prewrap">{referral.contactPath}</dd>
        </div>
      </dl>
      <h4 className="referral__steps-title">{t('activities.caseReferrals.steps')}</h4>
      <ol className="referral-steps">
        {steps.map((step) => (
          <li key={step.key}>
            <span className="referral-steps__label">{step.label}</span> {time(step.at)}
            {step.detail && <p className="prewrap referral-steps__detail">{step.detail}</p>}
          </li>
        ))}
      </ol>
      {mayEnd && (
        <button type="button" className="button button--small" onClick={() => setEnding(true)}>
          {t('activities.caseReferrals.end')}
        </button>
      )}
      {ending && (
        <StepDialog
          step="ENDED"
          alias={referral.alias}
          busy={state.fetching}
          onClose={() => setEnding(false)}
          onSubmit={async (note) => {
            const result = await move({ referralId: referral.id, step: 'ENDED', note: note || null });
            const outcome = result.data?.moveReferral;
            if (outcome?.__typename === 'MoveReferralSuccess') {
              setEnding(false);
              onChanged(t('activities.caseReferrals.ended'));
              return null;
            }
            return mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null;
          }}
        />
      )}
    </article>
  );
}
