import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { mutationFailure } from '../../ui/user-error.ts';

const CalendarFeedsQuery = graphql(`
  query CalendarFeeds {
    calendarFeeds {
      hasPersonalFeed
      personalUrlPath
    }
  }
`);

const ResetCalendarFeedMutation = graphql(`
  mutation ResetCalendarFeed {
    resetCalendarFeed {
      __typename
      ... on ResetCalendarFeedSuccess {
        feed {
          urlPath
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
 * The person's calendar subscription. The secret address can be shown only when it is made, so
 * it is fetched on request (the first time makes it); later, a new one replaces the old.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const client = useClient();
  const [url, setUrl] = useState<string | null>(null);
  const [known, setKnown] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [resetState, reset] = useMutation(ResetCalendarFeedMutation);

  async function show() {
    setError(null);
    const result = await client.query(CalendarFeedsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (!result.data) {
      setError(mutationFailure(undefined, result.error, t('state.networkError'))?.message ?? null);
      return;
    }
    const path = result.data.calendarFeeds.personalUrlPath;
    setKnown(true);
    setUrl(path ? new URL(path, window.location.origin).href : null);
  }

  async function renew() {
    setConfirming(false);
    setError(null);
    const result = await reset({});
    const outcome = result.data?.resetCalendarFeed;
    if (outcome?.__typename === 'ResetCalendarFeedSuccess') {
      setKnown(true);
      setUrl(new URL(outcome.feed.urlPath, window.location.origin).href);
    } else setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <section aria-labelledby="calendar-heading" className="section">
      <h2 id="calendar-heading">{t('calendar.heading')}</h2>
      <p>{t('calendar.intro')}</p>
      <div aria-live="polite">
        {url && (
          <div className="field">
            <label htmlFor="calendar-url">{t('calendar.url')}</label>
            <p className="field__hint" id="calendar-url-hint">
              {t('calendar.urlHint')}
            </p>
            <input id="calendar-url" readOnly value={url} aria-describedby="calendar-url-hint" />
          </div>
        )}
        {known && !url && <p>{t('calendar.alreadyMade')}</p>}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="button-row">
        {!known && (
          <button type="button" className="button" onClick={show}>
            {t('calendar.show')}
          </button>
        )}
        {known && (
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(true)}
            disabled={resetState.fetching}
          >
            {t('calendar.reset')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('calendar.resetTitle')}
        body={t('calendar.resetBody')}
        confirmLabel={t('calendar.reset')}
        cancelLabel={t('schedule.cancel')}
        onConfirm={renew}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
