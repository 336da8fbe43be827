import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, SelectField, TextField } from '../../ui/form.tsx';
import type { FilterFailure } from './filter-failure.ts';
import { isOrganisationKind, ORGANISATION_KINDS, type OverviewFilters } from './period.ts';

/** The API's names for the arguments, and the filter fields they belong to. */
const FIELDS = { from: 'from', to: 'to', flagThreshold: 'threshold', organisationKind: 'kind' } as const;

/**
 * Period, kind and threshold. What the API refuses (a period turned around, too long, a threshold
 * below 1) is shown by the field it concerns, in the API's words, and in a summary above that takes
 * focus after the person sent the filters.
 */
export function OverviewFiltersForm({
  filters,
  showKind,
  failure,
  attempt,
  onApply,
  filtered,
}: {
  filters: OverviewFilters;
  showKind: boolean;
  failure: FilterFailure | null;
  /** Grows each time the person sends the filters; the summary takes focus when it does and a failure is shown. */
  attempt: number;
  onApply: (filters: OverviewFilters) => void;
  /** Whether anything differs from the defaults, so a way back to them is offered. */
  filtered: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(filters);
  const fieldId = (name: keyof OverviewFilters) => `${id}-${name}`;
  const failedField =
    failure?.field && failure.field in FIELDS ? FIELDS[failure.field as keyof typeof FIELDS] : null;
  const errorFor = (name: keyof OverviewFilters) =>
    failure && failedField === name ? failure.message : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };

  return (
    <>
      <ErrorSummary
        title={t('overview.filters.errorSummary')}
        errors={
          failure
            ? [
                {
                  key: 'filter',
                  message: failure.message,
                  fieldId: failedField ? fieldId(failedField) : undefined,
                },
              ]
            : []
        }
        attempt={failure ? attempt : 0}
      />
      <form
        className="filter-grid overview-filters"
        aria-label={t('overview.filters.label')}
        noValidate
        onSubmit={submit}
      >
        <TextField
          id={fieldId('from')}
          label={t('overview.filters.from')}
          type="date"
          error={errorFor('from')}
          value={values.from}
          onChange={(event) => setValues({ ...values, from: event.target.value })}
        />
        <TextField
          id={fieldId('to')}
          label={t('overview.filters.to')}
          type="date"
          error={errorFor('to')}
          value={values.to}
          onChange={(event) => setValues({ ...values, to: event.target.value })}
        />
        {showKind && (
          <SelectField
            id={fieldId('kind')}
            label={t('overview.filters.kind')}
            error={errorFor('kind')}
            value={values.kind}
            onChange={(event) =>
              setValues({ ...values, kind: isOrganisationKind(event.target.value) ? event.target.value : '' })
            }
          >
            <option value="">{t('overview.filters.allKinds')}</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`enums.OrganisationKind.${kind}`)}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          id={fieldId('threshold')}
          label={t('overview.filters.threshold')}
          hint={t('overview.filters.thresholdHint')}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          error={errorFor('threshold')}
          value={values.threshold}
          onChange={(event) => setValues({ ...values, threshold: event.target.value })}
        />
        <div className="filter-grid__actions">
          <button type="submit" className="button button--primary">
            {t('overview.filters.apply')}
          </button>
          {filtered && <Link to="/oversikt">{t('overview.filters.reset')}</Link>}
        </div>
      </form>
    </>
  );
}
