import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { ErrorSummary, SelectField, TextAreaField } from '../../ui/form.tsx';
import { Loading } from '../../ui/query-state.tsx';
import { caseFailure, useFormErrors } from './case-errors.ts';
import { type SubjectDraft, SubjectFields, subjectErrors, subjectInput } from './subject-fields.tsx';

const SubjectFormOptionsQuery = graphql(`
  query SubjectFormOptions {
    municipalities {
      code
      name
    }
    disclosureBases {
      code
      name
      lawReference
      description
      isConsent
    }
  }
`);

const SetCaseSubjectMutation = graphql(`
  mutation SetCaseSubject($caseId: ID!, $subject: CaseSubjectInput!, $basis: IdentificationBasisInput) {
    setCaseSubject(caseId: $caseId, subject: $subject, basis: $basis) {
      __typename
      ... on SetCaseSubjectSuccess {
        case {
          id
          identified
          protectedIdentity
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

/**
 * The lead records who an anonymous consultation is about, or corrects the identity. The first
 * identity needs a consent in force or a legal basis with a reason; a correction needs neither.
 */
export function CaseSubjectForm({
  caseId,
  initial,
  needsBasis,
  onCancel,
  onSaved,
}: {
  caseId: string;
  initial: SubjectDraft;
  /** No identity yet and no consent in force: a basis and a reason are needed. */
  needsBasis: boolean;
  onCancel: () => void;
  onSaved: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [options] = useQuery({ query: SubjectFormOptionsQuery });
  const [subject, setSubject] = useState(initial);
  const [basisCode, setBasisCode] = useState('');
  const [reason, setReason] = useState('');
  const form = useFormErrors('subject-form', { basis: 'basis.basisCode' });
  const { errors, id } = form;
  const [state, save] = useMutation(SetCaseSubjectMutation);
  const bases = (options.data?.disclosureBases ?? []).filter((basis) => !basis.isConsent);
  const basis = bases.find((candidate) => candidate.code === basisCode);
  const correcting = initial.fullName !== '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = subjectErrors(subject, t);
    if (needsBasis) {
      if (!basisCode) found['basis.basisCode'] = t('newCase.errors.basis');
      if (!reason.trim()) found['basis.reason'] = t('newCase.errors.reason');
    }
    if (Object.keys(found).length > 0) {
      form.show(found);
      return;
    }
    const result = await save({
      caseId,
      subject: subjectInput(subject),
      basis: needsBasis ? { basisCode, reason: reason.trim() } : null,
    });
    const outcome = result.data?.setCaseSubject;
    if (outcome?.__typename === 'SetCaseSubjectSuccess') {
      onSaved(correcting ? t('caseIdentity.corrected') : t('caseIdentity.recorded'));
      return;
    }
    form.showFailure(caseFailure(outcome, result.error, t('state.networkError')));
  }

  if (!options.data) return <Loading />;
  return (
    <div className="case-edit">
      <ErrorSummary title={t('caseIdentity.errorSummary')} errors={form.summary} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={submit} aria-labelledby="subject-form-heading">
        <h3 id="subject-form-heading">{correcting ? t('caseIdentity.correct') : t('caseIdentity.record')}</h3>
        <p className="field__hint">
          {needsBasis
            ? t('caseIdentity.recordNeedsBasis')
            : correcting
              ? t('caseIdentity.correctHint')
              : t('caseIdentity.recordOnConsent')}
        </p>
        <SubjectFields
          draft={subject}
          onChange={setSubject}
          municipalities={options.data.municipalities}
          id={id}
          errors={errors}
          exceptCaseId={caseId}
        />
        {needsBasis && (
          <fieldset className="fieldset">
            <legend>{t('newCase.basisHeading')}</legend>
            <SelectField
              id={id('basis.basisCode')}
              label={t('legalBasis.basis')}
              hint={basis?.description}
              error={errors['basis.basisCode']}
              value={basisCode}
              onChange={(event) => setBasisCode(event.target.value)}
            >
              <option value="">{t('legalBasis.choose')}</option>
              {bases.map((candidate) => (
                <option key={candidate.code} value={candidate.code}>
                  {t('legalBasis.option', { name: candidate.name, law: candidate.lawReference })}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              id={id('basis.reason')}
              label={t('legalBasis.reason')}
              hint={t('legalBasis.reasonHint')}
              rows={3}
              error={errors['basis.reason']}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </fieldset>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={state.fetching}>
            {t('caseIdentity.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('caseView.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
