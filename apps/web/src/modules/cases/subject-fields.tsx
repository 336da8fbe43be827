import type { TFunction } from 'i18next';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql, type VariablesOf } from '../../graphql.ts';
import { calendarDateInZone } from '../../ui/datetime.ts';
import { SelectField, TextField } from '../../ui/form.tsx';
import { casePath } from './case-path.ts';
import type { CreateCaseMutation } from './new-case-page.tsx';
import { ageOn, parsePersonalIdentityNumber } from './personal-identity-number.ts';

export type SubjectInput = NonNullable<VariablesOf<typeof CreateCaseMutation>['input']['subject']>;

const CaseDuplicatesQuery = graphql(`
  query CaseDuplicates($personalIdentityNumber: String!) {
    caseDuplicates(personalIdentityNumber: $personalIdentityNumber) {
      id
      reference
      status
    }
  }
`);

export interface GuardianDraft {
  key: number;
  fullName: string;
  personalIdentityNumber: string;
  phone: string;
  email: string;
}

export interface SubjectDraft {
  fullName: string;
  personalIdentityNumber: string;
  phone: string;
  email: string;
  address: string;
  municipalityCode: string;
  protectedIdentity: boolean;
  guardians: readonly GuardianDraft[];
}

export const emptySubject: SubjectDraft = {
  fullName: '',
  personalIdentityNumber: '',
  phone: '',
  email: '',
  address: '',
  municipalityCode: '',
  protectedIdentity: false,
  guardians: [],
};

/** The person's age from a complete personal identity number, or null. */
export function subjectAge(draft: SubjectDraft, now = new Date()): number | null {
  const today = calendarDateInZone(now);
  const parsed = parsePersonalIdentityNumber(draft.personalIdentityNumber);
  return parsed ? ageOn(parsed.birthDate, today) : null;
}

type T = TFunction;

/** What the form can tell before asking the API, keyed by API path (`subject.…`). */
export function subjectErrors(draft: SubjectDraft, t: T): Record<string, string> {
  const found: Record<string, string> = {};
  if (!draft.fullName.trim()) found['subject.fullName'] = t('caseSubject.errors.fullName');
  if (draft.personalIdentityNumber.trim() && !parsePersonalIdentityNumber(draft.personalIdentityNumber))
    found['subject.personalIdentityNumber'] = t('caseSubject.errors.personalIdentityNumber');
  const age = subjectAge(draft);
  if (age !== null && age < 18 && draft.guardians.length === 0)
    found['subject.guardians'] = t('caseSubject.errors.guardiansForChild', { age });
  draft.guardians.forEach((guardian, index) => {
    if (!guardian.fullName.trim())
      found[`subject.guardians.${index}.fullName`] = t('caseSubject.errors.guardianName', { n: index + 1 });
    if (
      guardian.personalIdentityNumber.trim() &&
      !parsePersonalIdentityNumber(guardian.personalIdentityNumber)
    )
      found[`subject.guardians.${index}.personalIdentityNumber`] = t(
        'caseSubject.errors.personalIdentityNumber',
      );
  });
  return found;
}

const orNull = (value: string) => value.trim() || null;

/** The identity as the API takes it; nothing of where a protected person lives is sent at all. */
export function subjectInput(draft: SubjectDraft): SubjectInput {
  return {
    fullName: draft.fullName.trim(),
    personalIdentityNumber: orNull(draft.personalIdentityNumber),
    phone: orNull(draft.phone),
    email: orNull(draft.email),
    address: draft.protectedIdentity ? null : orNull(draft.address),
    municipalityOfResidenceCode: draft.protectedIdentity ? null : draft.municipalityCode || null,
    protectedIdentity: draft.protectedIdentity,
    guardians: draft.guardians.map((guardian) => ({
      fullName: guardian.fullName.trim(),
      personalIdentityNumber: orNull(guardian.personalIdentityNumber),
      phone: orNull(guardian.phone),
      email: orNull(guardian.email),
    })),
  };
}

/**
 * Who the case is about: name, personal identity number (checked against the organisation's open
 * cases as soon as it is complete), contact, address and municipality unless the person has
 * protected personal data, and guardians (required under 18). Field ids follow the API paths.
 */
export function SubjectFields({
  draft,
  onChange,
  municipalities,
  id,
  errors,
  exceptCaseId,
}: {
  draft: SubjectDraft;
  onChange: (draft: SubjectDraft) => void;
  municipalities: readonly { code: string; name: string }[];
  id: (path: string) => string;
  errors: Record<string, string>;
  /** The case being corrected, which is no duplicate of itself. */
  exceptCaseId?: string;
}) {
  const { t } = useTranslation();
  const nextKey = useRef(draft.guardians.reduce((max, guardian) => Math.max(max, guardian.key), 0) + 1);
  const addButton = useRef<HTMLButtonElement>(null);
  const today = calendarDateInZone(new Date());
  const parsed = parsePersonalIdentityNumber(draft.personalIdentityNumber);
  const age = parsed ? ageOn(parsed.birthDate, today) : null;
  const [duplicates] = useQuery({
    query: CaseDuplicatesQuery,
    variables: { personalIdentityNumber: parsed?.display ?? '' },
    pause: !parsed,
    requestPolicy: 'network-only',
  });
  const found = parsed
    ? (duplicates.data?.caseDuplicates ?? []).filter((sharedCase) => sharedCase.id !== exceptCaseId)
    : [];
  const set = <K extends keyof SubjectDraft>(key: K, value: SubjectDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const setGuardian = (index: number, change: Partial<GuardianDraft>) =>
    set(
      'guardians',
      draft.guardians.map((guardian, at) => (at === index ? { ...guardian, ...change } : guardian)),
    );

  return (
    <>
      <TextField
        id={id('subject.fullName')}
        label={t('caseSubject.fullName')}
        autoComplete="off"
        error={errors['subject.fullName']}
        value={draft.fullName}
        onChange={(event) => set('fullName', event.target.value)}
      />
      <TextField
        id={id('subject.personalIdentityNumber')}
        label={t('caseSubject.personalIdentityNumber')}
        hint={t('caseSubject.personalIdentityNumberHint')}
        autoComplete="off"
        inputMode="numeric"
        spellCheck={false}
        error={errors['subject.personalIdentityNumber']}
        value={draft.personalIdentityNumber}
        onChange={(event) => set('personalIdentityNumber', event.target.value)}
      />
      <div aria-live="polite">
        {parsed && age !== null && (
          <p className="field__hint">{t('caseSubject.age', { number: parsed.display, age })}</p>
        )}
        {found.length > 0 && (
          <div className="notice notice--warning" data-testid="case-duplicates">
            <p className="notice__title">{t('caseSubject.duplicatesTitle', { count: found.length })}</p>
            <ul>
              {found.map((sharedCase) => (
                <li key={sharedCase.id}>
                  <Link to={casePath(sharedCase)}>{sharedCase.reference}</Link> (
                  {t(`enums.CaseStatus.${sharedCase.status}`)})
                </li>
              ))}
            </ul>
            <p>{t('caseSubject.duplicatesHint')}</p>
          </div>
        )}
      </div>
      <div className="field-row">
        <TextField
          id={id('subject.phone')}
          label={t('caseSubject.phone')}
          type="tel"
          autoComplete="off"
          error={errors['subject.phone']}
          value={draft.phone}
          onChange={(event) => set('phone', event.target.value)}
        />
        <TextField
          id={id('subject.email')}
          label={t('caseSubject.email')}
          type="email"
          autoComplete="off"
          error={errors['subject.email']}
          value={draft.email}
          onChange={(event) => set('email', event.target.value)}
        />
      </div>
      <div className="checkbox checkbox--hinted">
        <input
          type="checkbox"
          id={id('subject.protectedIdentity')}
          checked={draft.protectedIdentity}
          aria-describedby={`${id('subject.protectedIdentity')}-hint`}
          onChange={(event) =>
            onChange({
              ...draft,
              protectedIdentity: event.target.checked,
              // Nothing of where the person lives is kept, not even in the form.
              ...(event.target.checked ? { address: '', municipalityCode: '' } : {}),
            })
          }
        />
        <div>
          <label htmlFor={id('subject.protectedIdentity')}>{t('caseSubject.protectedIdentity')}</label>
          <p className="field__hint" id={`${id('subject.protectedIdentity')}-hint`}>
            {t('caseSubject.protectedIdentityHint')}
          </p>
        </div>
      </div>
      {draft.protectedIdentity ? (
        <p className="notice" role="note">
          {t('caseSubject.protectedNotice')}
        </p>
      ) : (
        <>
          <TextField
            id={id('subject.address')}
            label={t('caseSubject.address')}
            autoComplete="off"
            error={errors['subject.address']}
            value={draft.address}
            onChange={(event) => set('address', event.target.value)}
          />
          <SelectField
            id={id('subject.municipalityOfResidenceCode')}
            label={t('caseSubject.municipality')}
            error={errors['subject.municipalityOfResidenceCode']}
            value={draft.municipalityCode}
            onChange={(event) => set('municipalityCode', event.target.value)}
          >
            <option value="">{t('caseSubject.noMunicipality')}</option>
            {municipalities.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.name}
              </option>
            ))}
          </SelectField>
        </>
      )}

      <fieldset
        className={errors['subject.guardians'] ? 'fieldset field--error' : 'fieldset'}
        aria-describedby={`${id('subject.guardians')}-hint`}
      >
        <legend>{t('caseSubject.guardians')}</legend>
        <p className="field__hint" id={`${id('subject.guardians')}-hint`}>
          {age !== null && age < 18
            ? t('caseSubject.guardiansRequired', { age })
            : t('caseSubject.guardiansHint')}
        </p>
        {errors['subject.guardians'] && (
          <p className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {errors['subject.guardians']}
          </p>
        )}
        {draft.guardians.map((guardian, index) => (
          <fieldset key={guardian.key} className="fieldset guardian">
            <legend>{t('caseSubject.guardian', { n: index + 1 })}</legend>
            <TextField
              id={id(`subject.guardians.${index}.fullName`)}
              label={t('caseSubject.guardianName')}
              autoComplete="off"
              error={errors[`subject.guardians.${index}.fullName`]}
              value={guardian.fullName}
              onChange={(event) => setGuardian(index, { fullName: event.target.value })}
            />
            <TextField
              id={id(`subject.guardians.${index}.personalIdentityNumber`)}
              label={t('caseSubject.personalIdentityNumber')}
              hint={t('caseSubject.guardianNumberHint')}
              autoComplete="off"
              inputMode="numeric"
              error={errors[`subject.guardians.${index}.personalIdentityNumber`]}
              value={guardian.personalIdentityNumber}
              onChange={(event) => setGuardian(index, { personalIdentityNumber: event.target.value })}
            />
            <div className="field-row">
              <TextField
                id={id(`subject.guardians.${index}.phone`)}
                label={t('caseSubject.phone')}
                type="tel"
                autoComplete="off"
                error={errors[`subject.guardians.${index}.phone`]}
                value={guardian.phone}
                onChange={(event) => setGuardian(index, { phone: event.target.value })}
              />
              <TextField
                id={id(`subject.guardians.${index}.email`)}
                label={t('caseSubject.email')}
                type="email"
                autoComplete="off"
                error={errors[`subject.guardians.${index}.email`]}
                value={guardian.email}
                onChange={(event) => setGuardian(index, { email: event.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                set(
                  'guardians',
                  draft.guardians.filter((_, at) => at !== index),
                );
                addButton.current?.focus();
              }}
            >
              {t('caseSubject.removeGuardian', { n: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button"
          id={id('subject.guardians')}
          ref={addButton}
          onClick={() => {
            const index = draft.guardians.length;
            set('guardians', [
              ...draft.guardians,
              { key: nextKey.current++, fullName: '', personalIdentityNumber: '', phone: '', email: '' },
            ]);
            // Once the row is there, start in its first field.
            requestAnimationFrame(() =>
              document.getElementById(id(`subject.guardians.${index}.fullName`))?.focus(),
            );
          }}
        >
          {t('caseSubject.addGuardian')}
        </button>
      </fieldset>
    </>
  );
}
