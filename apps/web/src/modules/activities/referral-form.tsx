import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import {
  ErrorSummary,
  RadioGroup,
  SelectField,
  type SummaryError,
  TextAreaField,
  TextField,
} from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import { formatOccurrence } from './activity-format.ts';

const ReferralActivitySearchQuery = graphql(`
  query ReferralActivitySearch($search: String) {
    activities(search: $search, first: 10) {
      totalCount
      edges {
        node {
          id
          title
          organisationName
          minAge
          maxAge
          municipality {
            code
            name
          }
          nextOccurrence {
            date
            startsAt
            endsAt
          }
        }
      }
    }
  }
`);

const ReferFromCaseMutation = graphql(`
  mutation ReferFromCase($caseId: ID!, $input: ReferralInput!) {
    referFromCase(caseId: $caseId, input: $input) {
      __typename
      ... on ReferFromCaseSuccess {
        referral {
          id
          status
          to {
            id
            name
          }
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

type Target = 'ACTIVITY' | 'ORGANISATION';
type Field = 'activityId' | 'toOrganisationId' | 'alias' | 'age' | 'contactPath' | 'message';
const FIELDS: readonly Field[] = ['activityId', 'toOrganisationId', 'alias', 'age', 'contactPath', 'message'];
const fieldId = (field: Field) => `referral-${field}`;
const SEARCH_ID = 'referral-activitySearch';

/**
 * "Ny remiss": to a published activity (found by searching the catalogue) or to an organisation
 * taking part in the case, with only what the receiver needs: a first name or alias, an age, a
 * contact path that reveals no more than needed, and a message. The API refuses a receiver that
 * no consent or recorded basis covers, and its message is shown at the receiver field.
 */
export function ReferralForm({
  caseId,
  organisations,
  onCancel,
  onSent,
}: {
  caseId: string;
  organisations: readonly { id: string; name: string }[];
  onCancel: () => void;
  onSent: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState<Target>('ACTIVITY');
  const [searchText, setSearchText] = useState('');
  const [term, setTerm] = useState<string | null>(null);
  const [activityId, setActivityId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [alias, setAlias] = useState('');
  const [age, setAge] = useState('');
  const [contactPath, setContactPath] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [search] = useQuery({
    query: ReferralActivitySearchQuery,
    variables: { search: term || null },
    pause: term === null,
  });
  const [state, refer] = useMutation(ReferFromCaseMutation);
  const results = search.data?.activities.edges.map((edge) => edge.node) ?? [];
  const e = 'activities.caseReferrals.errors';

  // The activity error points at the choices when there are some, else at the search box.
  const idFor = (field: Field) =>
    field === 'activityId' && results.length === 0 ? SEARCH_ID : fieldId(field);

  function show(found: Partial<Record<Field, string>>, general?: string) {
    setErrors(found);
    const list: SummaryError[] = Object.entries(found).map(([field, text]) => ({
      key: field,
      message: text ?? '',
      fieldId: idFor(field as Field),
    }));
    if (general) list.push({ key: 'general', message: general });
    setSummary(list);
    setAttempt((n) => n + 1);
  }

  function runSearch() {
    setActivityId('');
    setTerm(searchText.trim());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (target === 'ACTIVITY' && !activityId) found.activityId = t(`${e}.activity`);
    if (target === 'ORGANISATION' && !organisationId) found.toOrganisationId = t(`${e}.organisation`);
    if (!alias.trim()) found.alias = t(`${e}.alias`);
    if (age.trim() && !/^\d{1,3}$/.test(age.trim())) found.age = t(`${e}.age`);
    if (!contactPath.trim()) found.contactPath = t(`${e}.contactPath`);
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    const result = await refer({
      caseId,
      input: {
        activityId: target === 'ACTIVITY' ? activityId : null,
        toOrganisationId: target === 'ORGANISATION' ? organisationId : null,
        alias: alias.trim(),
        age: age.trim() ? Number(age.trim()) : null,
        contactPath: contactPath.trim(),
        message: message.trim() || null,
      },
    });
    const outcome = result.data?.referFromCase;
    if (outcome?.__typename === 'ReferFromCaseSuccess') {
      onSent(t('activities.caseReferrals.sent', { organisation: outcome.referral.to.name }));
      return;
    }
    const failure = mutationFailure(outcome, result.error, t('state.networkError'));
    if (!failure) return;
    const field = FIELDS.find((name) => name === failure.field);
    if (field) show({ [field]: failure.message });
    else show({}, failure.message);
  }

  return (
    <div className="referral-form">
      <h3>{t('activities.caseReferrals.newHeading')}</h3>
      <ErrorSummary title={t('activities.caseReferrals.errorSummary')} errors={summary} attempt={attempt} />
      <form className="form" noValidate onSubmit={submit}>
        <RadioGroup<Target>
          id="referral-target"
          name="referral-target"
          legend={t('activities.caseReferrals.target')}
          hint={t('activities.caseReferrals.coverHint')}
          value={target}
          onChange={(value) => {
            setTarget(value);
            setErrors({});
            setSummary([]);
          }}
          choices={[
            { value: 'ACTIVITY', label: t('activities.caseReferrals.targetActivity') },
            { value: 'ORGANISATION', label: t('activities.caseReferrals.targetOrganisation') },
          ]}
        />
        {target === 'ACTIVITY' ? (
          <div className="referral-form__search">
            <div className="referral-form__search-row">
              <TextField
                id={SEARCH_ID}
                label={t('activities.caseReferrals.activitySearch')}
                hint={t('activities.caseReferrals.activitySearchHint')}
                type="search"
                autoComplete="off"
                value={searchText}
                error={results.length === 0 ? errors.activityId : undefined}
                onChange={(event) => setSearchText(event.target.value)}
                onKeyDown={(event) => {
                  // Enter searches here; the referral itself is sent with its own button.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    runSearch();
                  }
                }}
              />
              <button type="button" className="button" onClick={runSearch}>
                {t('activities.caseReferrals.searchButton')}
              </button>
            </div>
            <div aria-live="polite">
              {term !== null &&
                (search.fetching ? (
                  <p className="list-status">{t('activities.caseReferrals.searching')}</p>
                ) : search.data && results.length === 0 ? (
                  <p className="list-status">{t('activities.caseReferrals.noActivities')}</p>
                ) : null)}
            </div>
            {results.length > 0 && (
              <RadioGroup<string>
                id={fieldId('activityId')}
                name="referral-activity"
                legend={t('activities.caseReferrals.activityResults')}
                error={errors.activityId}
                value={activityId}
                onChange={setActivityId}
                choices={results.map((activity) => ({
                  value: activity.id,
                  label: activity.title,
                  hint: [
                    activity.organisationName,
                    activity.municipality.name,
                    t('activities.ages', { min: activity.minAge, max: activity.maxAge }),
                    activity.nextOccurrence ? formatOccurrence(activity.nextOccurrence, i18n.language) : null,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                }))}
              />
            )}
          </div>
        ) : (
          <SelectField
            id={fieldId('toOrganisationId')}
            label={t('activities.caseReferrals.organisation')}
            hint={t('activities.caseReferrals.organisationHint')}
            value={organisationId}
            onChange={(event) => setOrganisationId(event.target.value)}
            error={errors.toOrganisationId}
          >
            <option value="">{t('activities.caseReferrals.chooseOrganisation')}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          id={fieldId('alias')}
          label={t('activities.caseReferrals.aliasLabel')}
          hint={t('activities.caseReferrals.aliasHint')}
          autoComplete="off"
          value={alias}
          onChange={(event) => setAlias(event.target.value)}
          error={errors.alias}
        />
        <TextField
          id={fieldId('age')}
          label={t('activities.caseReferrals.age')}
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          value={age}
          onChange={(event) => setAge(event.target.value)}
          error={errors.age}
        />
        <TextField
          id={fieldId('contactPath')}
          label={t('activities.caseReferrals.contactPathLabel')}
          hint={t('activities.caseReferrals.contactPathHint')}
          autoComplete="off"
          value={contactPath}
          onChange={(event) => setContactPath(event.target.value)}
          error={errors.contactPath}
        />
        <TextAreaField
          id={fieldId('message')}
          label={t('activities.caseReferrals.message')}
          hint={t('activities.caseReferrals.messageHint')}
          rows={3}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          error={errors.message}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={state.fetching}>
            {t('activities.caseReferrals.send')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('activities.caseReferrals.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
