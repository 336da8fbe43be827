import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { ErrorSummary, TextField } from '../../ui/form.tsx';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';

const UnitsQuery = graphql(`
  query AdminUnits {
    viewer {
      activeOrganisation {
        id
        name
        units {
          id
          name
        }
      }
    }
  }
`);

const CreateUnitMutation = graphql(`
  mutation CreateOrganisationUnit($parentId: ID!, $name: String!) {
    createOrganisationUnit(parentId: $parentId, name: $name) {
      __typename
      ... on CreateOrganisationUnitSuccess {
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

export function UnitsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.units.title'));
  const id = useId();
  const [result, reexecute] = useQuery({ query: UnitsQuery });
  const [state, createUnit] = useMutation(CreateUnitMutation);
  const [name, setName] = useState('');
  const [error, setError] = useState<{ message: string; onField: boolean }>();
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const organisation = result.data?.viewer?.activeOrganisation;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.fetching || !organisation) return;
    setAnnouncement('');
    if (!name.trim()) {
      setError({ message: t('admin.units.nameMissing'), onField: true });
      setAttempt((count) => count + 1);
      return;
    }
    const response = await createUnit({ parentId: organisation.id, name: name.trim() });
    const outcome = response.data?.createOrganisationUnit;
    if (outcome?.__typename === 'CreateOrganisationUnitSuccess') {
      setError(undefined);
      setName('');
      setAnnouncement(t('admin.units.created', { name: outcome.organisation.name }));
      // The parent's list of units is not in the mutation's answer; ask again.
      reexecute({ requestPolicy: 'network-only' });
      return;
    }
    const failure = mutationFailure(outcome, response.error, t('state.networkError'));
    if (failure) {
      setError({ message: failure.message, onField: failure.field === 'name' });
      setAttempt((count) => count + 1);
    }
  };

  return (
    <>
      <h1>{t('admin.units.title')}</h1>
      <p className="lead">{t('admin.units.intro', { organisation: organisation?.name ?? '' })}</p>
      {result.error && !result.data ? (
        <QueryError
          title={t('admin.units.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !organisation ? (
        <Loading />
      ) : organisation.units.length === 0 ? (
        <Empty>{t('admin.units.empty')}</Empty>
      ) : (
        <ul className="unit-list">
          {organisation.units.map((unit) => (
            <li key={unit.id}>{unit.name}</li>
          ))}
        </ul>
      )}

      <section aria-labelledby={`${id}-heading`} className="admin-section">
        <h2 id={`${id}-heading`}>{t('admin.units.create')}</h2>
        <ErrorSummary
          title={t('admin.units.errorSummary')}
          attempt={attempt}
          errors={
            error
              ? [{ key: 'name', message: error.message, fieldId: error.onField ? `${id}-name` : undefined }]
              : []
          }
        />
        <form className="form form--inline" noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextField
            id={`${id}-name`}
            label={t('admin.units.name')}
            hint={t('admin.units.nameHint')}
            error={error?.onField ? error.message : undefined}
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <div>
            <button
              type="submit"
              className="button button--primary"
              aria-disabled={state.fetching || undefined}
            >
              {t('admin.units.submit')}
            </button>
          </div>
        </form>
        <p className="list-status" aria-live="polite">
          {announcement}
        </p>
      </section>
    </>
  );
}
