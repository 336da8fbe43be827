import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';
import { addDays, formatDateTime, parseIsoDate, startOfDayInZone } from '../../ui/datetime.ts';
import { ErrorSummary, SelectField, TextField } from '../../ui/form.tsx';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { auditActionKey, isKnownAuditAction, knownRecordTypes } from './roles.ts';
import { useAdminViewer } from './use-admin-viewer.ts';

const PAGE_SIZE = 50;

const AuditPeopleQuery = graphql(`
  query AuditPeople($organisationId: ID!) {
    members(organisationId: $organisationId, includeDeactivated: true, first: 200) {
      edges {
        node {
          id
          user {
            id
            displayName
          }
        }
      }
    }
  }
`);

const AuditEventsQuery = graphql(`
  query AuditEvents(
    $organisationId: ID!
    $first: Int!
    $after: String
    $userId: ID
    $recordType: String
    $recordId: String
    $from: DateTime
    $to: DateTime
  ) {
    auditEvents(
      organisationId: $organisationId
      first: $first
      after: $after
      userId: $userId
      recordType: $recordType
      recordId: $recordId
      from: $from
      to: $to
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          occurredAt
          action
          recordType
          recordId
          requestId
          details
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** The filters as they stand in the address (Swedish parameter names, like the rest of the app). */
interface Filters {
  person: string;
  recordType: string;
  recordId: string;
  from: string;
  to: string;
}

const PARAMS: Record<keyof Filters, string> = {
  person: 'person',
  recordType: 'posttyp',
  recordId: 'post',
  from: 'fran',
  to: 'till',
};

function filtersFrom(params: URLSearchParams): Filters {
  const read = (key: keyof Filters) => params.get(PARAMS[key]) ?? '';
  return {
    person: read('person'),
    recordType: read('recordType'),
    recordId: read('recordId'),
    from: read('from'),
    to: read('to'),
  };
}

function searchFor(filters: Partial<Filters>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof Filters)[]) {
    const value = filters[key]?.trim();
    if (value) params.set(PARAMS[key], value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The query's time window: from the start of `from` to the end of `to` (inclusive), Stockholm days. */
function windowOf(filters: Filters) {
  const from = parseIsoDate(filters.from);
  const to = parseIsoDate(filters.to);
  return {
    from: from ? startOfDayInZone(from).toISOString() : null,
    to: to ? startOfDayInZone(addDays(to, 1)).toISOString() : null,
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.audit.title'));
  const viewer = useAdminViewer();
  const organisationId = viewer.activeOrganisation?.id ?? '';
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const key = searchFor(filters);

  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p className="lead">
        {t('admin.audit.intro', { organisation: viewer.activeOrganisation?.name ?? '' })}
      </p>
      <AuditFilters
        key={`filters${key}`}
        organisationId={organisationId}
        filters={filters}
        onApply={(next) => setParams(new URLSearchParams(searchFor(next)))}
      />
      {/* New filters start again from the newest event. */}
      <AuditTable key={key} organisationId={organisationId} filters={filters} />
    </>
  );
}

function AuditFilters({
  organisationId,
  filters,
  onApply,
}: {
  organisationId: string;
  filters: Filters;
  onApply: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [people] = useQuery({
    query: AuditPeopleQuery,
    variables: { organisationId },
    pause: !organisationId,
  });
  const [values, setValues] = useState(filters);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const set = (field: keyof Filters) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [field]: event.target.value }));
  const users = new Map<string, string>();
  for (const edge of people.data?.members.edges ?? [])
    users.set(edge.node.user.id, edge.node.user.displayName);
  if (filters.person && !users.has(filters.person)) users.set(filters.person, t('admin.audit.otherPerson'));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (values.from && !parseIsoDate(values.from)) next.from = t('admin.audit.dateInvalid');
    if (values.to && !parseIsoDate(values.to)) next.to = t('admin.audit.dateInvalid');
    if (!next.from && !next.to && values.from && values.to && values.from > values.to)
      next.to = t('admin.audit.toBeforeFrom');
    setErrors(next);
    if (next.from || next.to) {
      setAttempt((count) => count + 1);
      return;
    }
    onApply(values);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="audit-filters">
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('admin.audit.filters')}
      </h2>
      <ErrorSummary
        title={t('admin.audit.filterErrors')}
        attempt={attempt}
        errors={(['from', 'to'] as const).flatMap((field) => {
          const message = errors[field];
          return message ? [{ key: field, message, fieldId: `${id}-${field}` }] : [];
        })}
      />
      <form className="filter-grid" noValidate onSubmit={onSubmit}>
        <SelectField
          id={`${id}-person`}
          label={t('admin.audit.person')}
          value={values.person}
          onChange={set('person')}
        >
          <option value="">{t('admin.audit.everyone')}</option>
          {[...users].map(([userId, name]) => (
            <option key={userId} value={userId}>
              {name}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${id}-recordType`}
          label={t('admin.audit.recordType')}
          list={`${id}-recordTypes`}
          autoComplete="off"
          value={values.recordType}
          onChange={set('recordType')}
        />
        <datalist id={`${id}-recordTypes`}>
          {knownRecordTypes.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
        <TextField
          id={`${id}-recordId`}
          label={t('admin.audit.recordId')}
          autoComplete="off"
          spellCheck={false}
          value={values.recordId}
          onChange={set('recordId')}
        />
        <TextField
          id={`${id}-from`}
          label={t('admin.audit.from')}
          type="date"
          error={errors.from}
          value={values.from}
          onChange={set('from')}
        />
        <TextField
          id={`${id}-to`}
          label={t('admin.audit.to')}
          type="date"
          error={errors.to}
          value={values.to}
          onChange={set('to')}
        />
        <div className="filter-grid__actions">
          <button type="submit" className="button button--primary">
            {t('admin.audit.apply')}
          </button>
          {searchFor(filters) && <Link to="/administration/logg">{t('admin.audit.clear')}</Link>}
        </div>
      </form>
    </section>
  );
}

type AuditEvent = ResultOf<typeof AuditEventsQuery>['auditEvents']['edges'][number]['node'];

function AuditTable({ organisationId, filters }: { organisationId: string; filters: Filters }) {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: AuditEventsQuery,
    variables: {
      organisationId,
      first: PAGE_SIZE,
      after,
      userId: filters.person || null,
      recordType: filters.recordType.trim() || null,
      recordId: filters.recordId.trim() || null,
      ...windowOf(filters),
    },
    pause: !organisationId,
  });
  const connection = result.data?.auditEvents;
  const edges = connection?.edges ?? [];
  const events = edges.map((edge) => edge.node);

  if (result.error && !connection) {
    return (
      <QueryError
        title={t('admin.audit.loadError')}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!connection) return <Loading />;
  if (events.length === 0) return <Empty>{t('admin.audit.empty')}</Empty>;

  return (
    <>
      <p className="list-status" aria-live="polite">
        {result.fetching ? t('forums.loadingMore') : t('admin.audit.shown', { count: events.length })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll */}
      <section className="table-scroll" aria-label={t('admin.audit.tableLabel')} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.what')}</th>
              <th scope="col">{t('admin.audit.record')}</th>
              <th scope="col">{t('admin.audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((edge) => (
              <AuditRow key={edge.cursor} event={edge.node} filters={filters} />
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
          {t('forums.loadMore')}
        </button>
      )}
    </>
  );
}

function AuditRow({ event, filters }: { event: AuditEvent; filters: Filters }) {
  const { t, i18n } = useTranslation();
  const action = isKnownAuditAction(event.action)
    ? t(`admin.audit.actions.${auditActionKey(event.action)}`)
    : event.action;
  return (
    <tr>
      <td className="data-table__nowrap">
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
      </td>
      <td>
        {event.actor ? (
          <Link to={`/administration/logg${searchFor({ ...filters, person: event.actor.id })}`}>
            <span className="visually-hidden">{t('admin.audit.onlyPerson')} </span>
            {event.actor.displayName}
          </Link>
        ) : (
          <span className="muted">{t('admin.audit.noActor')}</span>
        )}
      </td>
      <td>
        {action}
        {action !== event.action && <code className="audit__action">{event.action}</code>}
      </td>
      <td>
        {event.recordType && event.recordId ? (
          <Link
            className="audit__record"
            to={`/administration/logg${searchFor({ ...filters, recordType: event.recordType, recordId: event.recordId })}`}
          >
            <span className="visually-hidden">{t('admin.audit.onlyRecord')} </span>
            {event.recordType} <code className="audit__id">{event.recordId}</code>
          </Link>
        ) : (
          (event.recordType ?? '–')
        )}
      </td>
      <td>{event.details ? <code className="audit__details">{event.details}</code> : '–'}</td>
    </tr>
  );
}
