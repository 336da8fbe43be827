import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { formatCalendarDate, formatDate } from '../../ui/datetime.ts';
import { Forbidden, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { hasErrorCode } from '../auth/graphql-errors.ts';
import { casePath } from './case-path.ts';
import './cases.css';

const PlanPrintQuery = graphql(`
  query PlanPrint($id: ID!) {
    case(id: $id) {
      id
      reference
      lead {
        id
        name
      }
      subject {
        fullName
      }
      plan {
        version
        updatedAt
        needs
        goals
        goalsInOwnWords
        followUpOn
        overallResponsible {
          id
          name
        }
        actions {
          id
          description
          dueOn
          status
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * The plan as the person gets it on paper (as a SIP): who it is for, the needs, the goals in their
 * own words, who does what by when, the follow-up and who holds overall responsibility. Only the
 * page itself is printed, without the app around it.
 */
export function PlanPrintPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({
    query: PlanPrintQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const sharedCase = result.data?.case;
  useDocumentTitle(
    sharedCase ? t('planPrint.documentTitle', { reference: sharedCase.reference }) : undefined,
  );

  if (hasErrorCode(result.error, 'FORBIDDEN'))
    return (
      <div className="page">
        <Forbidden message={t('cases.overseer')} />
      </div>
    );
  if (result.error && !result.data)
    return (
      <div className="page">
        <QueryError
          title={t('caseView.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  if (!result.data) return <Loading />;
  if (!sharedCase)
    return (
      <div className="page">
        <h1>{t('caseView.notFoundTitle')}</h1>
        <p>{t('caseView.notFound')}</p>
      </div>
    );
  const { plan } = sharedCase;
  const actions = [...(plan?.actions ?? [])]
    .filter((action) => action.status !== 'CANCELLED')
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));

  return (
    <div className="page print-page">
      <div className="print-page__tools no-print">
        <p className="back-link">
          <Link to={casePath(sharedCase)}>{t('planPrint.back', { reference: sharedCase.reference })}</Link>
        </p>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('planPrint.print')}
        </button>
      </div>
      <h1>{t('planPrint.title')}</h1>
      <dl className="facts print-page__facts">
        <div>
          <dt>{t('planPrint.reference')}</dt>
          <dd>{sharedCase.reference}</dd>
        </div>
        {sharedCase.subject && (
          <div>
            <dt>{t('planPrint.for')}</dt>
            <dd>{sharedCase.subject.fullName}</dd>
          </div>
        )}
        <div>
          <dt>{t('casePlan.overallResponsible')}</dt>
          <dd>{plan?.overallResponsible?.name ?? sharedCase.lead.name}</dd>
        </div>
        <div>
          <dt>{t('casePlan.followUp')}</dt>
          <dd>
            {plan?.followUpOn ? formatCalendarDate(plan.followUpOn, i18n.language) : t('casePlan.noneChosen')}
          </dd>
        </div>
        {plan && (
          <div>
            <dt>{t('planPrint.version')}</dt>
            <dd>
              {t('planPrint.versionOf', {
                version: plan.version,
                date: formatDate(plan.updatedAt, i18n.language),
              })}
            </dd>
          </div>
        )}
      </dl>
      {!plan ? (
        <p>{t('casePlan.notAllowed')}</p>
      ) : (
        <>
          <h2>{t('planPrint.needs')}</h2>
          <p className="prewrap">{plan.needs || '–'}</p>
          <h2>{t('planPrint.ownWords')}</h2>
          <p className="prewrap">{plan.goalsInOwnWords ? `”${plan.goalsInOwnWords}”` : '–'}</p>
          <h2>{t('casePlan.goals')}</h2>
          <p className="prewrap">{plan.goals || '–'}</p>
          <h2>{t('planPrint.whoDoesWhat')}</h2>
          {actions.length === 0 ? (
            <p>{t('casePlan.noActions')}</p>
          ) : (
            <table className="data-table print-table">
              <thead>
                <tr>
                  <th scope="col">{t('casePlan.who')}</th>
                  <th scope="col">{t('casePlan.what')}</th>
                  <th scope="col">{t('planPrint.byWhen')}</th>
                  <th scope="col">{t('casePlan.status')}</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((action) => (
                  <tr key={action.id}>
                    <td>{action.organisation.name}</td>
                    <td>{action.description}</td>
                    <td className="data-table__nowrap">
                      {action.dueOn ? formatCalendarDate(action.dueOn, i18n.language) : '–'}
                    </td>
                    <td>{t(`enums.PlanActionStatus.${action.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="print-page__footer">
            {t('planPrint.footer', {
              responsible: plan.overallResponsible?.name ?? sharedCase.lead.name,
              date: formatDate(new Date(), i18n.language),
            })}
          </p>
        </>
      )}
    </div>
  );
}
