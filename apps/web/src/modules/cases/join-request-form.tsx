import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { TextAreaField, TextField } from '../../ui/form.tsx';
import { caseFailure } from './case-errors.ts';
import { CaseInboxQuery } from './case-inbox.tsx';

const RequestToJoinCaseMutation = graphql(`
  mutation RequestToJoinCase($reference: String!, $reason: String!) {
    requestToJoinCase(reference: $reference, reason: $reason) {
      __typename
      ... on RequestToJoinCaseSuccess {
        request {
          id
          caseReference
          status
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
 * Asks, by a case's reference, for the organisation to take part in it. The lead decides; nothing
 * of the case is shown until then, so the form says only whether the request was sent.
 */
export function JoinRequestForm() {
  const { t } = useTranslation();
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ reference?: string; reason?: string; general?: string }>({});
  const [sent, setSent] = useState<string | null>(null);
  const [state, request] = useMutation(RequestToJoinCaseMutation);
  const client = useClient();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    const found: typeof errors = {};
    if (!reference.trim()) found.reference = t('cases.join.referenceMissing');
    if (!reason.trim()) found.reason = t('cases.join.reasonMissing');
    if (found.reference || found.reason) {
      setErrors(found);
      document.getElementById(found.reference ? 'join-reference' : 'join-reason')?.focus();
      return;
    }
    const result = await request({ reference: reference.trim(), reason: reason.trim() });
    const outcome = result.data?.requestToJoinCase;
    if (outcome?.__typename === 'RequestToJoinCaseSuccess') {
      setErrors({});
      setReference('');
      setReason('');
      setSent(t('cases.join.sent', { reference: outcome.request.caseReference }));
      // The inbox above lists the organisation's own requests: fetch it again, and it shows this one.
      void client.query(CaseInboxQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      return;
    }
    const failure = caseFailure(outcome, result.error, t('state.networkError'));
    if (failure?.path === 'reference') setErrors({ reference: failure.message });
    else if (failure?.path === 'reason') setErrors({ reason: failure.message });
    else setErrors({ general: failure?.message });
    document.getElementById(failure?.path === 'reason' ? 'join-reason' : 'join-reference')?.focus();
  }

  return (
    <section aria-labelledby="join-heading" className="section">
      <h2 id="join-heading">{t('cases.join.heading')}</h2>
      <p>{t('cases.join.intro')}</p>
      <form className="form form--inline" noValidate onSubmit={submit}>
        <TextField
          id="join-reference"
          label={t('cases.join.reference')}
          hint={t('cases.join.referenceHint')}
          autoComplete="off"
          spellCheck={false}
          value={reference}
          error={errors.reference}
          onChange={(event) => setReference(event.target.value)}
        />
        <TextAreaField
          id="join-reason"
          label={t('cases.join.reason')}
          hint={t('cases.join.reasonHint')}
          rows={3}
          value={reason}
          error={errors.reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {errors.general && (
          <p className="field__error" role="alert">
            {errors.general}
          </p>
        )}
        <div>
          <button type="submit" className="button" disabled={state.fetching}>
            {t('cases.join.submit')}
          </button>
        </div>
        <div role="status">{sent && <p className="notice">{sent}</p>}</div>
      </form>
    </section>
  );
}
