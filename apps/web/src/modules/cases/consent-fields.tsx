import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EnumValue, VariablesOf } from '../../graphql.ts';
import { addDays, parseIsoDate, startOfDayInZone } from '../../ui/datetime.ts';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../ui/form.tsx';
import { CASE_SCOPES, type CaseScope, type ConsentGivenBy } from './access-reasons.ts';
import type { RecordConsentMutation } from './consent-dialog.tsx';
import { type ConsentGiver, requiredConsentGiver } from './personal-identity-number.ts';

type ConsentForm = EnumValue<'ConsentForm'>;
export type ConsentInput = VariablesOf<typeof RecordConsentMutation>['input'];

export const CONSENT_GIVERS: readonly ConsentGivenBy[] = ['PERSON', 'GUARDIANS', 'GUARDIANS_AND_CHILD'];
const CONSENT_FORMS: readonly ConsentForm[] = ['WRITTEN', 'ORAL', 'DIGITAL'];

export interface ConsentDraft {
  givenBy: ConsentGivenBy | '';
  purpose: string;
  scopes: ReadonlySet<CaseScope>;
  organisationIds: ReadonlySet<string>;
  validFrom: string;
  validUntil: string;
  form: ConsentForm;
}

export function emptyConsent(today: string, giver: ConsentGiver | null): ConsentDraft {
  return {
    givenBy: giver ?? '',
    purpose: '',
    scopes: new Set(),
    organisationIds: new Set(),
    validFrom: today,
    validUntil: '',
    form: 'WRITTEN',
  };
}

type T = TFunction;

/** What the form can tell before asking the API. Keys are API paths under `prefix` (`consent`, `input`). */
export function consentErrors(
  draft: ConsentDraft,
  prefix: string,
  age: number | null,
  t: T,
): Record<string, string> {
  const found: Record<string, string> = {};
  const required = requiredConsentGiver(age);
  if (!draft.givenBy) found[`${prefix}.givenBy`] = t('consent.errors.givenBy');
  else if (required && age !== null && draft.givenBy !== required)
    found[`${prefix}.givenBy`] = t('consent.errors.giverForAge', {
      age,
      giver: t(`enums.ConsentGivenBy.${required}`).toLocaleLowerCase(),
    });
  if (!draft.purpose.trim()) found[`${prefix}.purpose`] = t('consent.errors.purpose');
  if (draft.scopes.size === 0) found[`${prefix}.scopes`] = t('consent.errors.scopes');
  if (draft.organisationIds.size === 0)
    found[`${prefix}.organisationIds`] = t('consent.errors.organisations');
  const from = parseIsoDate(draft.validFrom);
  if (!from) found[`${prefix}.validFrom`] = t('consent.errors.validFrom');
  if (draft.validUntil) {
    const until = parseIsoDate(draft.validUntil);
    if (!until) found[`${prefix}.validUntil`] = t('consent.errors.validUntilInvalid');
    else if (from && draft.validUntil < draft.validFrom)
      found[`${prefix}.validUntil`] = t('consent.errors.validUntilBeforeFrom');
  }
  return found;
}

/** The consent as the API takes it: from the start of the first day to the end of the last (Stockholm). */
export function consentInput(draft: ConsentDraft): ConsentInput {
  const from = parseIsoDate(draft.validFrom);
  const until = parseIsoDate(draft.validUntil);
  return {
    givenBy: draft.givenBy || 'PERSON',
    purpose: draft.purpose.trim(),
    scopes: CASE_SCOPES.filter((scope) => draft.scopes.has(scope)),
    organisationIds: [...draft.organisationIds],
    validFrom: (from ? startOfDayInZone(from) : new Date()).toISOString(),
    validUntil: until ? startOfDayInZone(addDays(until, 1)).toISOString() : null,
    form: draft.form,
  };
}

/**
 * Who gave the consent, for what, covering what, naming which of the participating organisations,
 * from when to when and in which form. Field ids follow the API paths under `prefix`.
 */
export function ConsentFields({
  draft,
  onChange,
  organisations,
  age,
  prefix,
  id,
  errors,
}: {
  draft: ConsentDraft;
  onChange: (draft: ConsentDraft) => void;
  /** The participating organisations the consent may name (not the lead, which sees all anyway). */
  organisations: readonly { id: string; name: string }[];
  age: number | null;
  prefix: string;
  id: (path: string) => string;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const path = (name: string) => `${prefix}.${name}`;
  const required = requiredConsentGiver(age);
  const set = <K extends keyof ConsentDraft>(key: K, value: ConsentDraft[K]) =>
    onChange({ ...draft, [key]: value });

  return (
    <>
      <SelectField
        id={id(path('givenBy'))}
        label={t('consent.givenBy')}
        hint={
          required && age !== null
            ? t('consent.givenByForAge', {
                age,
                giver: t(`enums.ConsentGivenBy.${required}`).toLocaleLowerCase(),
              })
            : t('consent.givenByHint')
        }
        error={errors[path('givenBy')]}
        value={draft.givenBy}
        onChange={(event) => set('givenBy', event.target.value as ConsentGivenBy | '')}
      >
        <option value="">{t('consent.chooseGiver')}</option>
        {CONSENT_GIVERS.map((giver) => (
          <option key={giver} value={giver}>
            {t(`enums.ConsentGivenBy.${giver}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={id(path('purpose'))}
        label={t('consent.purpose')}
        hint={t('consent.purposeHint')}
        rows={3}
        error={errors[path('purpose')]}
        value={draft.purpose}
        onChange={(event) => set('purpose', event.target.value)}
      />
      <CheckboxGroup
        id={id(path('scopes'))}
        legend={t('consent.scopes')}
        hint={t('consent.scopesHint')}
        error={errors[path('scopes')]}
        choices={CASE_SCOPES.map((scope) => ({
          value: scope,
          label: t(`sharing.scopes.${scope}`),
          hint: t(`sharing.scopeHints.${scope}`),
        }))}
        selected={draft.scopes}
        onChange={(scopes) => set('scopes', scopes)}
      />
      {organisations.length === 0 ? (
        <p className="notice notice--warning" id={id(path('organisationIds'))} tabIndex={-1}>
          {errors[path('organisationIds')] ?? t('consent.noOrganisations')}
        </p>
      ) : (
        <CheckboxGroup
          id={id(path('organisationIds'))}
          legend={t('consent.organisations')}
          hint={t('consent.organisationsHint')}
          error={errors[path('organisationIds')]}
          choices={organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
          }))}
          selected={draft.organisationIds}
          onChange={(ids) => set('organisationIds', ids)}
        />
      )}
      <div className="field-row">
        <TextField
          id={id(path('validFrom'))}
          label={t('consent.validFrom')}
          type="date"
          error={errors[path('validFrom')]}
          value={draft.validFrom}
          onChange={(event) => set('validFrom', event.target.value)}
        />
        <TextField
          id={id(path('validUntil'))}
          label={t('consent.validUntil')}
          hint={t('consent.validUntilHint')}
          type="date"
          error={errors[path('validUntil')]}
          value={draft.validUntil}
          onChange={(event) => set('validUntil', event.target.value)}
        />
      </div>
      <SelectField
        id={id(path('form'))}
        label={t('consent.form')}
        error={errors[path('form')]}
        value={draft.form}
        onChange={(event) => set('form', event.target.value as ConsentForm)}
      >
        {CONSENT_FORMS.map((form) => (
          <option key={form} value={form}>
            {t(`enums.ConsentForm.${form}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
