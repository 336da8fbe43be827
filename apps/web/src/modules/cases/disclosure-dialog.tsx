import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { addDays, parseIsoDate, startOfDayInZone, todayInZone } from '../../ui/datetime.ts';
import { CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/form.tsx';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { Loading } from '../../ui/query-state.tsx';
import { CASE_SCOPES, type CaseScope } from './access-reasons.ts';
import { caseFailure, useFormErrors } from './case-errors.ts';
import { SharingSummary } from './sharing-summary.tsx';

export const DisclosureBasesQuery = graphql(`
  query DisclosureBases {
    disclosureBases {
      code
      name
      lawReference
      description
      isConsent
    }
  }
`);

const RecordDisclosureMutation = graphql(`
  mutation RecordDisclosure($caseId: ID!, $input: DisclosureInput!) {
    recordDisclosure(caseId: $caseId, input: $input) {
      __typename
      ... on RecordDisclosureSuccess {
        case {
          id
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
 * "Lämna ut utan samtycke": the lead's coordinators and admins share with one participant on a
 * legal basis from the catalogue, with a reason that is kept in the log. Never to an association.
 * Above the button it says what, with whom, on what ground and for how long.
 */
export function DisclosureDialog({
  caseId,
  reference,
  organisations,
  onClose,
  onRecorded,
}: {
  caseId: string;
  reference: string;
  /** Participants that may receive a disclosure (not the lead, not associations). */
  organisations: readonly { id: string; name: string }[];
  onClose: () => void;
  onRecorded: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [bases] = useQuery({ query: DisclosureBasesQuery });
  const [organisationId, setOrganisationId] = useState('');
  const [basisCode, setBasisCode] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<CaseScope>>(new Set());
  const [reason, setReason] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const form = useFormErrors('disclosure-dialog');
  const { errors, id } = form;
  const [state, record] = useMutation(RecordDisclosureMutation);
  const choices = (bases.data?.disclosureBases ?? []).filter((basis) => !basis.isConsent);
  const basis = choices.find((candidate) => candidate.code === basisCode);
  const recipient = organisations.find((organisation) => organisation.id === organisationId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!organisationId) found['input.organisationId'] = t('disclosure.errors.organisation');
    if (!basisCode) found['input.basisCode'] = t('disclosure.errors.basis');
    if (scopes.size === 0) found['input.scopes'] = t('consent.errors.scopes');
    if (!reason.trim()) found['input.reason'] = t('disclosure.errors.reason');
    const until = parseIsoDate(validUntil);
    if (validUntil && !until) found['input.validUntil'] = t('consent.errors.validUntilInvalid');
    else if (until && validUntil < todayInZone())
      found['input.validUntil'] = t('disclosure.errors.untilPast');
    if (Object.keys(found).length > 0) {
      form.show(found);
      return;
    }
    const result = await record({
      caseId,
      input: {
        organisationId,
        basisCode,
        scopes: CASE_SCOPES.filter((scope) => scopes.has(scope)),
        reason: reason.trim(),
        validUntil: until ? startOfDayInZone(addDays(until, 1)).toISOString() : null,
      },
    });
    const outcome = result.data?.recordDisclosure;
    if (outcome?.__typename === 'RecordDisclosureSuccess') {
      onRecorded(t('disclosure.recorded', { organisation: recipient?.name ?? '' }));
      return;
    }
    form.showFailure(caseFailure(outcome, result.error, t('state.networkError')));
  }

  return (
    <FormDialog
      title={t('disclosure.dialogTitle', { reference })}
      intro={<p className="field__hint">{t('disclosure.dialogIntro')}</p>}
      onClose={onClose}
    >
      {() =>
        !bases.data ? (
          <Loading />
        ) : (
          <>
            <ErrorSummary title={t('disclosure.errorSummary')} errors={form.summary} attempt={form.attempt} />
            <form className="form" noValidate onSubmit={submit}>
              {organisations.length === 0 ? (
                <p className="notice notice--warning">{t('disclosure.noRecipients')}</p>
              ) : (
                <SelectField
                  id={id('input.organisationId')}
                  label={t('disclosure.organisation')}
                  hint={t('disclosure.organisationHint')}
                  error={errors['input.organisationId']}
                  value={organisationId}
                  onChange={(event) => setOrganisationId(event.target.value)}
                >
                  <option value="">{t('disclosure.chooseOrganisation')}</option>
                  {organisations.map((organisation) => (
                    <option key={organisation.id} value={organisation.id}>
                      {organisation.name}
                    </option>
                  ))}
                </SelectField>
              )}
              <SelectField
                id={id('input.basisCode')}
                label={t('legalBasis.basis')}
                hint={basis?.description ?? t('disclosure.basisHint')}
                error={errors['input.basisCode']}
                value={basisCode}
                onChange={(event) => setBasisCode(event.target.value)}
              >
                <option value="">{t('legalBasis.choose')}</option>
                {choices.map((candidate) => (
                  <option key={candidate.code} value={candidate.code}>
                    {t('legalBasis.option', { name: candidate.name, law: candidate.lawReference })}
                  </option>
                ))}
              </SelectField>
              <CheckboxGroup
                id={id('input.scopes')}
                legend={t('disclosure.scopes')}
                error={errors['input.scopes']}
                choices={CASE_SCOPES.map((scope) => ({
                  value: scope,
                  label: t(`sharing.scopes.${scope}`),
                  hint: t(`sharing.scopeHints.${scope}`),
                }))}
                selected={scopes}
                onChange={setScopes}
              />
              <TextAreaField
                id={id('input.reason')}
                label={t('legalBasis.reason')}
                hint={t('legalBasis.reasonHint')}
                rows={3}
                error={errors['input.reason']}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
              <TextField
                id={id('input.validUntil')}
                label={t('consent.validUntil')}
                hint={t('disclosure.validUntilHint')}
                type="date"
                error={errors['input.validUntil']}
                value={validUntil}
                onChange={(event) => setValidUntil(event.target.value)}
              />
              <SharingSummary
                id="disclosure-dialog-summary"
                scopes={scopes}
                organisations={recipient ? [recipient.name] : []}
                ground={{ kind: 'basis', name: basis?.name, lawReference: basis?.lawReference, reason }}
                validFrom=""
                validUntil={validUntil}
              />
              <div className="dialog__actions">
                <button
                  type="submit"
                  className="button button--danger"
                  disabled={state.fetching || organisations.length === 0}
                >
                  {t('disclosure.confirm')}
                </button>
                <button type="button" className="button" onClick={onClose}>
                  {t('caseView.cancel')}
                </button>
              </div>
            </form>
          </>
        )
      }
    </FormDialog>
  );
}
