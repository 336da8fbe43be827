import { type FormEvent, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { type EnumValue, graphql } from '../../graphql.ts';
import { SelectField, TextField } from '../../ui/form.tsx';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ActivityCard, ActivityCardFragment, activityLinkId } from './activity-card.tsx';
import { COMMON_LANGUAGES, capitalise, languageName } from './activity-format.ts';
import { CATALOGUE_PATH, calendarFeedUrl, openDataUrl } from './activity-paths.ts';
import { ACTIVITY_CATEGORIES, isActivityCategory, useMunicipalities } from './reference.ts';
import './activities.css';

const PAGE_SIZE = 20;

const CatalogueQuery = graphql(
  `
  query ActivityCatalogue(
    $first: Int!
    $after: String
    $search: String
    $municipalityCode: String
    $age: Int
    $from: String
    $to: String
    $category: ActivityCategory
    $freeOfCharge: Boolean
    $language: String
  ) {
    activities(
      first: $first
      after: $after
      search: $search
      municipalityCode: $municipalityCode
      age: $age
      from: $from
      to: $to
      category: $category
      freeOfCharge: $freeOfCharge
      language: $language
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...ActivityCard
        }
      }
    }
  }
`,
  [ActivityCardFragment],
);

type Cost = '' | 'gratis' | 'avgift';

interface Filters {
  search: string;
  municipality: string;
  age: string;
  from: string;
  to: string;
  category: EnumValue<'ActivityCategory'> | '';
  cost: Cost;
  language: string;
}

// The address says what was asked for, in Swedish like the paths, so a search can be shared.
const PARAMS: Record<keyof Filters, string> = {
  search: 'sok',
  municipality: 'kommun',
  age: 'alder',
  from: 'fran',
  to: 'till',
  category: 'typ',
  cost: 'kostnad',
  language: 'sprak',
};

function filtersFrom(params: URLSearchParams): Filters {
  const get = (key: keyof Filters) => params.get(PARAMS[key])?.trim() ?? '';
  const category = get('category');
  const cost = get('cost');
  const age = get('age');
  const date = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');
  return {
    search: get('search'),
    municipality: /^\d{4}$/.test(get('municipality')) ? get('municipality') : '',
    age: /^\d{1,3}$/.test(age) ? age : '',
    from: date(get('from')),
    to: date(get('to')),
    category: isActivityCategory(category) ? category : '',
    cost: cost === 'gratis' || cost === 'avgift' ? cost : '',
    language: /^[a-z]{2}$/.test(get('language')) ? get('language') : '',
  };
}

function searchFor(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof Filters)[]) {
    const value = filters[key].trim();
    if (value) params.set(PARAMS[key], value);
  }
  return params;
}

/**
 * The public catalogue of youth activities: search and filters, results in date order as cards,
 * "Visa fler" for the next page, and the open feeds. Works signed out and signed in.
 */
export function CataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('activities.catalogue.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const key = searchFor(filters).toString();
  const municipalities = useMunicipalities();
  const municipalityName = municipalities.list.find((m) => m.code === filters.municipality)?.name;

  return (
    <div className="page activities-page">
      <h1>{t('activities.catalogue.title')}</h1>
      <p className="lead">{t('activities.catalogue.intro')}</p>
      <CatalogueFilters
        key={key}
        filters={filters}
        municipalities={municipalities.list}
        onApply={(next) => setParams(searchFor(next))}
      />
      <section aria-labelledby="catalogue-results-heading" className="section">
        <h2 id="catalogue-results-heading">{t('activities.catalogue.results')}</h2>
        {/* New filters start again from the first page. */}
        <CatalogueResults key={key} filters={filters} />
      </section>
      <section aria-labelledby="catalogue-feeds-heading" className="section activity-feeds">
        <h2 id="catalogue-feeds-heading">{t('activities.catalogue.feeds')}</h2>
        <p>{t('activities.catalogue.feedsIntro')}</p>
        {municipalityName && (
          <p>{t('activities.catalogue.feedsMunicipality', { municipality: municipalityName })}</p>
        )}
        <ul className="link-list">
          <li>
            <a href={calendarFeedUrl(filters.municipality)}>{t('activities.catalogue.subscribe')}</a>
          </li>
          <li>
            <a href={openDataUrl(filters.municipality)} type="application/json">
              {t('activities.catalogue.openData')}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}

function CatalogueFilters({
  filters,
  municipalities,
  onApply,
}: {
  filters: Filters;
  municipalities: readonly { code: string; name: string }[];
  onApply: (filters: Filters) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(filters);
  const set = <Key extends keyof Filters>(name: Key, value: Filters[Key]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const filtered = searchFor(filters).toString() !== '';
  const collator = new Intl.Collator(i18n.language);
  const categories = ACTIVITY_CATEGORIES.map((category) => ({
    category,
    label: t(`enums.ActivityCategory.${category}`),
  })).sort((a, b) => collator.compare(a.label, b.label));

  return (
    <search aria-label={t('activities.catalogue.filters')}>
      <form className="filter-grid activity-filters" noValidate onSubmit={submit}>
        <div className="activity-filters__search">
          <TextField
            id={`${id}-search`}
            label={t('activities.catalogue.search')}
            hint={t('activities.catalogue.searchHint')}
            type="search"
            autoComplete="off"
            value={values.search}
            onChange={(event) => set('search', event.target.value)}
          />
        </div>
        <SelectField
          id={`${id}-municipality`}
          label={t('activities.catalogue.municipality')}
          value={values.municipality}
          onChange={(event) => set('municipality', event.target.value)}
        >
          <option value="">{t('activities.catalogue.allMunicipalities')}</option>
          {/* The one asked for in the address is offered even before the list has come. */}
          {values.municipality && !municipalities.some((m) => m.code === values.municipality) && (
            <option value={values.municipality}>{values.municipality}</option>
          )}
          {municipalities.map((municipality) => (
            <option key={municipality.code} value={municipality.code}>
              {municipality.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${id}-age`}
          label={t('activities.catalogue.age')}
          hint={t('activities.catalogue.ageHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={30}
          value={values.age}
          onChange={(event) => set('age', event.target.value)}
        />
        <TextField
          id={`${id}-from`}
          label={t('activities.catalogue.from')}
          type="date"
          value={values.from}
          onChange={(event) => set('from', event.target.value)}
        />
        <TextField
          id={`${id}-to`}
          label={t('activities.catalogue.to')}
          type="date"
          min={values.from || undefined}
          value={values.to}
          onChange={(event) => set('to', event.target.value)}
        />
        <SelectField
          id={`${id}-category`}
          label={t('activities.catalogue.category')}
          value={values.category}
          onChange={(event) =>
            set('category', isActivityCategory(event.target.value) ? event.target.value : '')
          }
        >
          <option value="">{t('activities.catalogue.allCategories')}</option>
          {categories.map(({ category, label }) => (
            <option key={category} value={category}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-cost`}
          label={t('activities.catalogue.cost')}
          value={values.cost}
          onChange={(event) => {
            const value = event.target.value;
            set('cost', value === 'gratis' || value === 'avgift' ? value : '');
          }}
        >
          <option value="">{t('activities.catalogue.anyCost')}</option>
          <option value="gratis">{t('activities.catalogue.freeOnly')}</option>
          <option value="avgift">{t('activities.catalogue.paidOnly')}</option>
        </SelectField>
        <SelectField
          id={`${id}-language`}
          label={t('activities.catalogue.language')}
          value={values.language}
          onChange={(event) => set('language', event.target.value)}
        >
          <option value="">{t('activities.catalogue.anyLanguage')}</option>
          {values.language && !(COMMON_LANGUAGES as readonly string[]).includes(values.language) && (
            <option value={values.language}>
              {capitalise(languageName(values.language, i18n.language))}
            </option>
          )}
          {COMMON_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {capitalise(languageName(code, i18n.language))}
            </option>
          ))}
        </SelectField>
        <div className="filter-grid__actions">
          <button type="submit" className="button button--primary">
            {t('activities.catalogue.apply')}
          </button>
          {filtered && <Link to={CATALOGUE_PATH}>{t('activities.catalogue.clear')}</Link>}
        </div>
      </form>
    </search>
  );
}

function CatalogueResults({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: CatalogueQuery,
    variables: {
      first: PAGE_SIZE,
      after,
      search: filters.search || null,
      municipalityCode: filters.municipality || null,
      age: filters.age ? Number(filters.age) : null,
      from: filters.from || null,
      to: filters.to || null,
      category: filters.category || null,
      freeOfCharge: filters.cost === 'gratis' ? true : filters.cost === 'avgift' ? false : null,
      language: filters.language || null,
    },
  });
  // Rendered at low priority, in slices, so typing in the filters never waits for the cards.
  const connection = useDeferredValue(result.data?.activities);
  const activities = connection?.edges.map((edge) => edge.node) ?? [];
  const focusFirstNew = useFocusFirstNew(activities);
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  if (result.error && !connection) {
    return <QueryError title={t('activities.catalogue.loadError')} error={result.error} onRetry={retry} />;
  }
  if (!connection) return <Loading />;
  if (activities.length === 0) {
    return (
      <Empty>
        {searchFor(filters).toString() ? t('activities.catalogue.noneMatch') : t('activities.catalogue.none')}
      </Empty>
    );
  }

  return (
    <>
      <p className="list-status" aria-live="polite">
        {result.fetching
          ? t('activities.catalogue.loadingMore')
          : t('activities.catalogue.shown', { shown: activities.length, count: connection.totalCount })}
      </p>
      <ul className="card-list activity-list">
        {activities.map((activity) => (
          <li key={activity.id}>
            <ActivityCard activity={activity} />
          </li>
        ))}
      </ul>
      {result.error && (
        <QueryError title={t('activities.catalogue.loadError')} error={result.error} onRetry={retry} />
      )}
      {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <button
          type="button"
          className="button"
          aria-disabled={result.fetching || undefined}
          onClick={() => {
            if (result.fetching) return;
            focusFirstNew();
            setAfter(connection.pageInfo.endCursor);
          }}
        >
          {t('activities.catalogue.loadMore')}
        </button>
      )}
    </>
  );
}

/**
 * After "Visa fler", move focus to the first activity that was added, so keyboard users continue
 * where the new ones begin instead of on a button that moved or went away.
 */
function useFocusFirstNew(activities: readonly { id: string }[]) {
  const pendingFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = pendingFrom.current;
    if (from === null || activities.length <= from) return;
    pendingFrom.current = null;
    const first = activities[from];
    if (first) document.getElementById(activityLinkId(first.id))?.focus();
  }, [activities]);
  return () => {
    pendingFrom.current = activities.length;
  };
}
