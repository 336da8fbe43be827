import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { SelectField, TextField } from '../../ui/form.tsx';
import { Empty, Forbidden, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useViewer } from '../auth/viewer.ts';
import { CaseInbox } from './case-inbox.tsx';
import { CASE_STATUSES, type CaseStatus, FollowUpDate, identificationKey } from './case-labels.tsx';
import { casePath, NEW_CASE_PATH } from './case-path.ts';
import { JoinRequestForm } from './join-request-form.tsx';
import { mayOpenCases, mayWorkCases } from './permissions.ts';
import './cases.css';

const PAGE_SIZE = 25;

const CasesQuery = graphql(`
  query Cases($first: Int!, $after: String, $status: CaseStatus, $includeClosed: Boolean, $reference: String) {
    cases(first: $first, after: $after, status: $status, includeClosed: $includeClosed, reference: $reference) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          reference
          status
          subjectKind
          nextFollowUpOn
          identified
          protectedIdentity
          lead {
            id
            name
          }
        }
      }
    }
  }
`);

interface Filters {
  status: CaseStatus | '';
  includeClosed: boolean;
  reference: string;
}

function isCaseStatus(value: string | null): value is CaseStatus {
  return (CASE_STATUSES as readonly (string | null)[]).includes(value);
}

function filtersFrom(params: URLSearchParams): Filters {
  const status = params.get('status');
  return {
    status: isCaseStatus(status) ? status : '',
    includeClosed: params.get('avslutade') === 'ja',
    reference: params.get('referens') ?? '',
  };
}

function searchFor(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.includeClosed) params.set('avslutade', 'ja');
  if (filters.reference.trim()) params.set('referens', filters.reference.trim());
  return params;
}

/** The cases the organisation takes part in, what waits for its answer, and a way to ask to join one. */
export function CasesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cases.title'));
  const [viewerResult] = useViewer();
  const viewer = viewerResult.data?.viewer;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const location = useLocation();
  const state: unknown = location.state;
  const notice =
    state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
      ? state.notice
      : null;

  if (viewer && !mayWorkCases(viewer)) {
    return (
      <div className="page">
        <h1>{t('cases.title')}</h1>
        <Forbidden message={t('cases.overseer')} />
      </div>
    );
  }

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('cases.title')}</h1>
        {mayOpenCases(viewer) && (
          <Link className="button button--primary" to={NEW_CASE_PATH}>
            {t('cases.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('cases.intro', { organisation: viewer?.activeOrganisation?.name ?? '' })}</p>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <CaseInbox />
      <section aria-labelledby="case-list-heading" className="section">
        <h2 id="case-list-heading">{t('cases.listHeading')}</h2>
        <CaseFilters
          key={searchFor(filters).toString()}
          filters={filters}
          onApply={(next) => setParams(searchFor(next))}
        />
        {/* New filters start again from the first page. */}
        <CaseTable key={searchFor(filters).toString()} filters={filters} />
      </section>
      <JoinRequestForm />
    </div>
  );
}

function CaseFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(filters);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const filtered = searchFor(filters).toString() !== '';
  return (
    <form className="filter-grid" aria-label={t('cases.filters')} noValidate onSubmit={submit}>
      <SelectField
        id={`${id}-status`}
        label={t('cases.status')}
        value={values.status}
        onChange={(event) =>
          setValues({ ...values, status: isCaseStatus(event.target.value) ? event.target.value : '' })
        }
      >
        <option value="">{t('cases.allStatuses')}</option>
        {CASE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`enums.CaseStatus.${status}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${id}-reference`}
        label={t('cases.referenceSearch')}
        hint={t('cases.referenceSearchHint')}
        autoComplete="off"
        spellCheck={false}
        value={values.reference}
        onChange={(event) => setValues({ ...values, reference: event.target.value })}
      />
      <div className="checkbox filter-grid__checkbox">
        <input
          type="checkbox"
          id={`${id}-closed`}
          checked={values.includeClosed || values.status === 'CLOSED'}
          disabled={values.status !== ''}
          aria-describedby={`${id}-closed-hint`}
          onChange={(event) => setValues({ ...values, includeClosed: event.target.checked })}
        />
        <label htmlFor={`${id}-closed`}>{t('cases.includeClosed')}</label>
        <span id={`${id}-closed-hint`} className="visually-hidden">
          {t('cases.includeClosedHint')}
        </span>
      </div>
      <div className="filter-grid__actions">
        <button type="submit" className="button button--primary">
          {t('cases.apply')}
        </button>
        {filtered && <Link to="/arenden">{t('cases.clearFilters')}</Link>}
      </div>
    </form>
  );
}

function CaseTable({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: CasesQuery,
    variables: {
      first: PAGE_SIZE,
      after,
      status: filters.status || null,
      includeClosed: filters.includeClosed,
      reference: filters.reference.trim() || null,
    },
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.cases;
  const edges = connection?.edges ?? [];

  if (result.error && !connection) {
    return (
      <QueryError
        title={t('cases.loadError')}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!connection) return <Loading />;
  if (edges.length === 0)
    return <Empty>{searchFor(filters).toString() ? t('cases.noneMatch') : t('cases.none')}</Empty>;

  return (
    <>
      <p className="list-status" aria-live="polite">
        {result.fetching
          ? t('state.loading')
          : t('cases.shown', { shown: edges.length, total: connection.totalCount })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll */}
      <section className="table-scroll" aria-labelledby="case-table-caption" tabIndex={0}>
        <table className="data-table case-table">
          <caption id="case-table-caption" className="visually-hidden">
            {t('cases.tableCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.reference')}</th>
              <th scope="col">{t('cases.status')}</th>
              <th scope="col">{t('cases.nextFollowUp')}</th>
              <th scope="col">{t('cases.lead')}</th>
              <th scope="col">{t('cases.identification')}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ cursor, node }) => (
              <tr key={cursor}>
                <th scope="row">
                  <Link to={casePath(node)} className="case-table__reference">
                    {node.reference}
                  </Link>
                </th>
                <td>{t(`enums.CaseStatus.${node.status}`)}</td>
                <td className="data-table__nowrap">
                  <FollowUpDate date={node.nextFollowUpOn} status={node.status} />
                </td>
                <td>{node.lead.name}</td>
                <td>
                  {t(identificationKey(node))}
                  {node.protectedIdentity && (
                    <>
                      {' '}
                      <Badge tone="neutral">{t('cases.protected')}</Badge>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <button
          type="button"
          className="button"
          aria-disabled={result.fetching || undefined}
          onClick={() => {
            if (!result.fetching) setAfter(connection.pageInfo.endCursor);
          }}
        >
          {t('cases.loadMore')}
        </button>
      )}
    </>
  );
}
