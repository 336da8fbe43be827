import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { todayInZone } from '../../ui/datetime.ts';
import { ErrorSummary } from '../../ui/form.tsx';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { caseFailure, useFormErrors } from './case-errors.ts';
import {
  type ConsentDraft,
  ConsentFields,
  consentErrors,
  consentInput,
  emptyConsent,
} from './consent-fields.tsx';
import { requiredConsentGiver } from './personal-identity-number.ts';
import { SharingSummary } from './sharing-summary.tsx';

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($caseId: ID!, $input: ConsentInput!) {
    recordConsent(caseId: $caseId, input: $input) {
      __typename
      ... on RecordConsentSuccess {
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
 * "Registrera samtycke": the lead writes down a consent the person (or guardians) gave. Above the
 * button that records it, the dialog says what will be shared, with whom, on what ground and for
 * how long, as chosen so far.
 */
export function ConsentDialog({
  caseId,
  reference,
  organisations,
  age,
  lawReference,
  onClose,
  onRecorded,
}: {
  caseId: string;
  reference: string;
  /** The participants the consent may name (not the lead). */
  organisations: readonly { id: string; name: string }[];
  age: number | null;
  lawReference: string | undefined;
  onClose: () => void;
  onRecorded: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ConsentDraft>(() =>
    emptyConsent(todayInZone(), requiredConsentGiver(age)),
  );
  const form = useFormErrors('consent-dialog');
  const [state, record] = useMutation(RecordConsentMutation);
  const names = organisations.filter((o) => draft.organisationIds.has(o.id)).map((o) => o.name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = consentErrors(draft, 'input', age, t);
    if (Object.keys(found).length > 0) {
      form.show(found);
      return;
    }
    const result = await record({ caseId, input: consentInput(draft) });
    const outcome = result.data?.recordConsent;
    if (outcome?.__typename === 'RecordConsentSuccess') {
      onRecorded(t('consent.recorded', { organisations: names.join(', ') }));
      return;
    }
    form.showFailure(caseFailure(outcome, result.error, t('state.networkError')));
  }

  return (
    <FormDialog
      title={t('consent.dialogTitle', { reference })}
      intro={<p className="field__hint">{t('consent.dialogIntro')}</p>}
      onClose={onClose}
    >
      {() => (
        <>
          <ErrorSummary title={t('consent.errorSummary')} errors={form.summary} attempt={form.attempt} />
          <form className="form" noValidate onSubmit={submit}>
            <ConsentFields
              draft={draft}
              onChange={setDraft}
              organisations={organisations}
              age={age}
              prefix="input"
              id={form.id}
              errors={form.errors}
            />
            <SharingSummary
              id="consent-dialog-summary"
              scopes={draft.scopes}
              organisations={names}
              ground={{ kind: 'consent', givenBy: draft.givenBy, lawReference }}
              validFrom={draft.validFrom}
              validUntil={draft.validUntil}
            />
            <div className="dialog__actions">
              <button type="submit" className="button button--primary" disabled={state.fetching}>
                {t('consent.confirm')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('caseView.cancel')}
              </button>
            </div>
          </form>
        </>
      )}
    </FormDialog>
  );
}
