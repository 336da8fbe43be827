import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { formatDate, formatDateTime } from '../../ui/datetime.ts';
import { Empty, Forbidden, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { hasErrorCode } from '../auth/graphql-errors.ts';
import { casePath } from './case-path.ts';
import './cases.css';

const CaseAccessLogQuery = graphql(`
  query CaseAccessLog($caseId: ID!) {
    caseAccessLog(caseId: $caseId) {
      reference
      entries {
        occurredAt
        action
        isRead
        organisationName
        actorName
      }
    }
  }
`);

/** The case audit actions the page has words for; others are shown as the API names them. */
export const caseLogActions = [
  'case.created',
  'case.updated',
  'case.identified',
  'case.identity_changed',
  'case.identity_read',
  'case.notes_read',
  'case.participant_added',
  'case.participant_removed',
  'case.consent_recorded',
  'case.consent_withdrawn',
  'case.disclosed',
  'case.disclosure_revoked',
  'case.plan_saved',
  'case.plan_action_changed',
  'case.note_added',
  'case.feedback_added',
  'case.lead_transfer_proposed',
  'case.lead_transfer_accepted',
  'case.lead_transfer_declined',
  'case.lead_transfer_withdrawn',
  'case.join_requested',
  'case.join_accepted',
  'case.join_declined',
  'case.join_withdrawn',
] as const;

type CaseLogAction = (typeof caseLogActions)[number];
type Underscored<S extends string> = S extends `case.${infer Rest}` ? Rest : never;

function isCaseLogAction(value: string): value is CaseLogAction {
  return (caseLogActions as readonly string[]).includes(value);
}

/** `case.identity_read` → `identity_read`, the key of its words. */
export function caseLogKey(action: CaseLogAction): Underscored<CaseLogAction> {
  return action.slice('case.'.length) as Underscored<CaseLogAction>;
}

/**
 * Who read or changed what in a case, when and for which organisation, for the lead's admins:
 * for audits, and printed as a report for a person who asks what was read about them.
 */
export function AccessLogPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const filterId = useId();
  const [onlyReads, setOnlyReads] = useState(false);
  const [result, reexecute] = useQuery({
    query: CaseAccessLogQuery,
    variables: { caseId: id },
    requestPolicy: 'network-only',
  });
  const log = result.data?.caseAccessLog;
  useDocumentTitle(log ? t('accessLog.documentTitle', { reference: log.reference }) : t('accessLog.title'));
  const back = (
    <p className="back-link no-print">
      <Link to={casePath({ id })}>{t('accessLog.back')}</Link>
    </p>
  );

  if (hasErrorCode(result.error, 'FORBIDDEN'))
    return (
      <div className="page">
        {back}
        <h1>{t('accessLog.title')}</h1>
        <Forbidden message={t('accessLog.notAllowed')} />
      </div>
    );
  if (result.error && !result.data)
    return (
      <div className="page">
        {back}
        <h1>{t('accessLog.title')}</h1>
        <QueryError
          title={t('accessLog.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  if (!result.data) return <Loading />;
  if (!log)
    return (
      <div className="page">
        {back}
        <h1>{t('accessLog.title')}</h1>
        <p>{t('accessLog.notAllowed')}</p>
      </div>
    );

  const entries = onlyReads ? log.entries.filter((entry) => entry.isRead) : log.entries;
  const readCount = log.entries.filter((entry) => entry.isRead).length;

  return (
    <div className="page print-page access-log">
      {back}
      <h1>{t('accessLog.heading', { reference: log.reference })}</h1>
      <p className="lead">{t('accessLog.intro')}</p>
      <p className="print-only">
        {t('accessLog.printedOn', { date: formatDate(new Date(), i18n.language) })}
      </p>
      <div className="access-log__tools no-print">
        <div className="checkbox">
          <input
            type="checkbox"
            id={filterId}
            checked={onlyReads}
            onChange={(event) => setOnlyReads(event.target.checked)}
          />
          <label htmlFor={filterId}>{t('accessLog.onlyReads')}</label>
        </div>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('accessLog.print')}
        </button>
      </div>
      <p className="list-status" aria-live="polite">
        {onlyReads
          ? t('accessLog.shownReads', { count: entries.length })
          : t('accessLog.shown', { count: entries.length, reads: readCount })}
      </p>
      {entries.length === 0 ? (
        <Empty>{t('accessLog.empty')}</Empty>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll
        <section className="table-scroll" aria-labelledby="access-log-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="access-log-caption" className="visually-hidden">
              {t('accessLog.caption', { reference: log.reference })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('accessLog.when')}</th>
                <th scope="col">{t('accessLog.what')}</th>
                <th scope="col">{t('accessLog.organisation')}</th>
                <th scope="col">{t('accessLog.person')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: log entries have no id and never change order
                <tr key={index} className={entry.isRead ? 'access-log__read' : undefined}>
                  <td className="data-table__nowrap">
                    <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, i18n.language)}</time>
                  </td>
                  <td>
                    {isCaseLogAction(entry.action)
                      ? t(`accessLog.actions.${caseLogKey(entry.action)}`)
                      : entry.action}
                  </td>
                  <td>{entry.organisationName ?? '–'}</td>
                  <td>{entry.actorName ?? t('accessLog.noActor')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
