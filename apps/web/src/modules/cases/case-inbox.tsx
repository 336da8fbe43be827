import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { formatDate } from '../../ui/datetime.ts';
import { Loading, QueryError } from '../../ui/query-state.tsx';
import { casePath } from './case-path.ts';
import { AnswerButtons } from './request-answers.tsx';

export const CaseInboxQuery = graphql(`
  query CaseInbox {
    caseInbox {
      transfersToAnswer {
        id
        reason
        createdAt
        case {
          id
          reference
        }
        from {
          id
          name
        }
      }
      joinRequestsToAnswer {
        id
        caseReference
        reason
        createdAt
        organisation {
          id
          name
        }
        case {
          id
        }
      }
      ownJoinRequests {
        id
        caseReference
        status
        createdAt
        decidedAt
        decisionNote
        case {
          id
        }
      }
    }
  }
`);

/** What waits for the organisation's answer in cases: lead transfers and requests to join. */
export function CaseInbox() {
  const { t, i18n } = useTranslation();
  const [result, reexecute] = useQuery({ query: CaseInboxQuery, requestPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  const inbox = result.data?.caseInbox;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const answered = (text: string) => {
    setNotice(text);
    refresh();
  };

  let body: ReactNode;
  if (result.error && !inbox)
    body = <QueryError title={t('cases.inbox.loadError')} error={result.error} onRetry={refresh} />;
  else if (!inbox) body = <Loading />;
  else {
    const own = inbox.ownJoinRequests;
    const nothing = inbox.transfersToAnswer.length === 0 && inbox.joinRequestsToAnswer.length === 0;
    body = (
      <>
        {nothing && <p className="muted">{t('cases.inbox.nothing')}</p>}
        {inbox.transfersToAnswer.length > 0 && (
          <>
            <h3>{t('cases.inbox.transfers')}</h3>
            <ul className="inbox-list">
              {inbox.transfersToAnswer.map((transfer) => (
                <li key={transfer.id} className="inbox-item">
                  <p className="inbox-item__what">
                    {t('cases.inbox.transferFrom', { organisation: transfer.from.name })}{' '}
                    <Link to={casePath(transfer.case)}>{transfer.case.reference}</Link>
                  </p>
                  <p className="muted">
                    {t('cases.inbox.asked', { date: formatDate(transfer.createdAt, i18n.language) })}
                    {transfer.reason && ` ${t('cases.inbox.reason', { reason: transfer.reason })}`}
                  </p>
                  <AnswerButtons
                    kind="transfer"
                    id={transfer.id}
                    reference={transfer.case.reference}
                    onAnswered={answered}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
        {inbox.joinRequestsToAnswer.length > 0 && (
          <>
            <h3>{t('cases.inbox.joinRequests')}</h3>
            <ul className="inbox-list">
              {inbox.joinRequestsToAnswer.map((request) => (
                <li key={request.id} className="inbox-item">
                  <p className="inbox-item__what">
                    {t('cases.inbox.joinFrom', { organisation: request.organisation.name })}{' '}
                    {request.case ? (
                      <Link to={casePath(request.case)}>{request.caseReference}</Link>
                    ) : (
                      request.caseReference
                    )}
                  </p>
                  <p className="muted">
                    {t('cases.inbox.asked', { date: formatDate(request.createdAt, i18n.language) })}{' '}
                    {t('cases.inbox.reason', { reason: request.reason })}
                  </p>
                  <AnswerButtons
                    kind="join"
                    id={request.id}
                    reference={request.caseReference}
                    organisation={request.organisation.name}
                    onAnswered={answered}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
        {own.length > 0 && (
          <>
            <h3>{t('cases.inbox.own')}</h3>
            <ul className="inbox-list">
              {own.map((request) => (
                <li key={request.id} className="inbox-item">
                  <p className="inbox-item__what">
                    {request.case ? (
                      <Link to={casePath(request.case)}>{request.caseReference}</Link>
                    ) : (
                      request.caseReference
                    )}
                    {': '}
                    {t(`enums.CaseRequestStatus.${request.status}`)}
                  </p>
                  <p className="muted">
                    {t('cases.inbox.asked', { date: formatDate(request.createdAt, i18n.language) })}
                    {request.decisionNote &&
                      ` ${t('cases.inbox.answerNote', { note: request.decisionNote })}`}
                  </p>
                  {request.status === 'PENDING' && (
                    <AnswerButtons
                      kind="withdrawJoin"
                      id={request.id}
                      reference={request.caseReference}
                      onAnswered={answered}
                    />
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="case-inbox-heading" className="section case-inbox">
      <h2 id="case-inbox-heading">{t('cases.inbox.heading')}</h2>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      {body}
    </section>
  );
}
