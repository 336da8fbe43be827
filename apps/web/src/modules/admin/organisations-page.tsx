import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type EnumValue, graphql } from '../../graphql.ts';
import { ErrorSummary, SelectField, TextField } from '../../ui/form.tsx';
import { Empty, Forbidden, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import { useAdminViewer } from './use-admin-viewer.ts';

const PAGE_SIZE = 100;

type OrganisationKind = EnumValue<'OrganisationKind'>;
const KINDS: OrganisationKind[] = [
  'MUNICIPALITY',
  'REGION',
  'POLICE',
  'EMPLOYMENT_SERVICE',
  'COUNTY_BOARD',
  'SCHOOL',
  'CIVIL_SOCIETY',
  'OTHER',
];

const OrganisationsQuery = graphql(`
  query AdminOrganisations($first: Int!, $after: String) {
    organisations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          kind
          county {
            code
            shortName
          }
          municipality {
            code
            name
          }
          parent {
            id
            name
          }
        }
      }
    }
  }
`);

const PlacesQuery = graphql(`
  query Places($countyCode: String) {
    counties {
      code
      name
    }
    municipalities(countyCode: $countyCode) {
      code
      name
    }
  }
`);

const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      __typename
      ... on CreateOrganisationSuccess {
        organisation {
          id
          name
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

/** All organisations on the platform, and a form to add one. Platform admins only. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.organisations.title'));
  const viewer = useAdminViewer();
  const [generation, setGeneration] = useState(0);
  if (!viewer.isPlatformAdmin) {
    return (
      <>
        <h1>{t('admin.organisations.title')}</h1>
        <Forbidden message={t('admin.organisations.forbidden')} />
      </>
    );
  }
  return (
    <>
      <h1>{t('admin.organisations.title')}</h1>
      <p className="lead">{t('admin.organisations.intro')}</p>
      <CreateOrganisation onCreated={() => setGeneration((count) => count + 1)} />
      {/* After adding one, the list starts again from the top (it is in alphabetical order). */}
      <OrganisationList key={generation} />
    </>
  );
}

function OrganisationList() {
  const { t } = useTranslation();
  const id = useId();
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: OrganisationsQuery,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.organisations;
  const organisations = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    // Not a section of its own: the table's scroll region is the landmark named by this heading.
    <div className="admin-section">
      <h2 id={`${id}-heading`}>{t('admin.organisations.listHeading')}</h2>
      {result.error && !connection ? (
        <QueryError
          title={t('admin.organisations.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !connection ? (
        <Loading />
      ) : organisations.length === 0 ? (
        <Empty>{t('admin.organisations.empty')}</Empty>
      ) : (
        <>
          <p className="list-status" aria-live="polite">
            {t('admin.organisations.shown', { shown: organisations.length, total: connection.totalCount })}
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll */}
          <section className="table-scroll" aria-labelledby={`${id}-heading`} tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.organisations.name')}</th>
                  <th scope="col">{t('admin.organisations.kind')}</th>
                  <th scope="col">{t('admin.organisations.area')}</th>
                  <th scope="col">{t('admin.organisations.parent')}</th>
                </tr>
              </thead>
              <tbody>
                {organisations.map((organisation) => (
                  <tr key={organisation.id}>
                    <th scope="row">{organisation.name}</th>
                    <td>{t(`enums.OrganisationKind.${organisation.kind}`)}</td>
                    <td>
                      {[organisation.municipality?.name, organisation.county.shortName]
                        .filter(Boolean)
                        .join(', ')}
                    </td>
                    <td>{organisation.parent?.name ?? '–'}</td>
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
              {t('forums.loadMore')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

const FIELDS = ['name', 'kind', 'countyCode', 'municipalityCode'] as const;
type Field = (typeof FIELDS)[number];

function CreateOrganisation({ onCreated }: { onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [values, setValues] = useState({
    name: '',
    kind: 'MUNICIPALITY' as OrganisationKind,
    countyCode: '',
    municipalityCode: '',
  });
  const [places] = useQuery({ query: PlacesQuery, variables: { countyCode: values.countyCode || null } });
  const [state, create] = useMutation(CreateOrganisationMutation);
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const collator = new Intl.Collator(i18n.language);
  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((previous) => ({
      ...previous,
      [field]: event.target.value,
      // Another county's municipalities are not on offer any more.
      ...(field === 'countyCode' ? { municipalityCode: '' } : {}),
    }));

  const fail = (next: typeof errors) => {
    setErrors(next);
    setAttempt((count) => count + 1);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.fetching) return;
    setAnnouncement('');
    const missing: typeof errors = {};
    if (!values.name.trim()) missing.name = t('admin.organisations.nameMissing');
    if (!values.countyCode) missing.countyCode = t('admin.organisations.countyMissing');
    if (Object.keys(missing).length) return fail(missing);
    const response = await create({
      input: {
        name: values.name.trim(),
        kind: values.kind,
        countyCode: values.countyCode,
        municipalityCode: values.municipalityCode || null,
      },
    });
    const outcome = response.data?.createOrganisation;
    if (outcome?.__typename === 'CreateOrganisationSuccess') {
      setErrors({});
      setValues((previous) => ({ ...previous, name: '' }));
      setAnnouncement(t('admin.organisations.created', { name: outcome.organisation.name }));
      onCreated();
      return;
    }
    const failure = mutationFailure(outcome, response.error, t('state.networkError'));
    if (!failure) return;
    const field = FIELDS.find((candidate) => candidate === failure.field);
    fail(field ? { [field]: failure.message } : { form: failure.message });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="admin-section">
      <h2 id={`${id}-heading`}>{t('admin.organisations.create')}</h2>
      <ErrorSummary
        title={t('admin.organisations.errorSummary')}
        attempt={attempt}
        errors={([...FIELDS, 'form'] as const).flatMap((key) => {
          const message = errors[key];
          return message ? [{ key, message, fieldId: key === 'form' ? undefined : `${id}-${key}` }] : [];
        })}
      />
      <form className="form form--narrow" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={`${id}-name`}
          label={t('admin.organisations.name')}
          error={errors.name}
          autoComplete="off"
          value={values.name}
          onChange={set('name')}
        />
        <SelectField
          id={`${id}-kind`}
          label={t('admin.organisations.kind')}
          error={errors.kind}
          value={values.kind}
          onChange={set('kind')}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`enums.OrganisationKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-countyCode`}
          label={t('admin.organisations.county')}
          error={errors.countyCode}
          value={values.countyCode}
          onChange={set('countyCode')}
        >
          <option value="">{t('admin.organisations.chooseCounty')}</option>
          {(places.data?.counties ?? []).map((county) => (
            <option key={county.code} value={county.code}>
              {county.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-municipalityCode`}
          label={t('admin.organisations.municipality')}
          hint={t('admin.organisations.municipalityHint')}
          error={errors.municipalityCode}
          value={values.municipalityCode}
          disabled={!values.countyCode}
          onChange={set('municipalityCode')}
        >
          <option value="">{t('admin.organisations.noMunicipality')}</option>
          {values.countyCode &&
            [...(places.data?.municipalities ?? [])]
              .sort((a, b) => collator.compare(a.name, b.name))
              .map((municipality) => (
                <option key={municipality.code} value={municipality.code}>
                  {municipality.name}
                </option>
              ))}
        </SelectField>
        <div>
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={state.fetching || undefined}
          >
            {t('admin.organisations.submit')}
          </button>
        </div>
      </form>
      <p className="list-status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
