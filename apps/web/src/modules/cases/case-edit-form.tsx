import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/form.tsx';
import { type ForumTheme, forumThemes } from '../forums/forum-themes.ts';
import { caseFailure, useFormErrors } from './case-errors.ts';
import { CASE_STATUSES, type CaseStatus } from './case-labels.tsx';

const UpdateCaseMutation = graphql(`
  mutation UpdateCase($caseId: ID!, $input: UpdateCaseInput!) {
    updateCase(caseId: $caseId, input: $input) {
      __typename
      ... on UpdateCaseSuccess {
        case {
          id
          status
          summary
          themes
          nextFollowUpOn
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

/** The lead changes the case's status, next follow-up, description and themes. */
export function CaseEditForm({
  sharedCase,
  onCancel,
  onSaved,
}: {
  sharedCase: {
    id: string;
    status: CaseStatus;
    summary: string;
    themes: readonly ForumTheme[];
    nextFollowUpOn: string | null;
  };
  onCancel: () => void;
  onSaved: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CaseStatus>(sharedCase.status);
  const [summary, setSummary] = useState(sharedCase.summary);
  const [themes, setThemes] = useState<ReadonlySet<ForumTheme>>(new Set(sharedCase.themes));
  const [followUp, setFollowUp] = useState(sharedCase.nextFollowUpOn ?? '');
  const form = useFormErrors('case-edit');
  const { errors, id } = form;
  const [state, update] = useMutation(UpdateCaseMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!summary.trim()) found.summary = t('newCase.errors.summary');
    if (themes.size === 0) found.themes = t('newCase.errors.themes');
    if (Object.keys(found).length > 0) {
      form.show(found);
      return;
    }
    const result = await update({
      caseId: sharedCase.id,
      input: {
        status,
        summary: summary.trim(),
        themes: forumThemes.filter((theme) => themes.has(theme)),
        nextFollowUpOn: followUp || null,
      },
    });
    const outcome = result.data?.updateCase;
    if (outcome?.__typename === 'UpdateCaseSuccess') {
      onSaved(t('caseView.saved'));
      return;
    }
    form.showFailure(caseFailure(outcome, result.error, t('state.networkError')));
  }

  return (
    <div className="case-edit">
      <ErrorSummary title={t('caseView.editErrors')} errors={form.summary} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={submit} aria-labelledby="case-edit-heading">
        <h2 id="case-edit-heading">{t('caseView.editHeading')}</h2>
        <div className="field-row">
          <SelectField
            id={id('status')}
            label={t('cases.status')}
            hint={status === 'CLOSED' ? t('caseView.closingHint') : undefined}
            error={errors.status}
            value={status}
            onChange={(event) => setStatus(event.target.value as CaseStatus)}
          >
            {CASE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`enums.CaseStatus.${value}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={id('nextFollowUpOn')}
            label={t('newCase.nextFollowUp')}
            type="date"
            error={errors.nextFollowUpOn}
            value={followUp}
            onChange={(event) => setFollowUp(event.target.value)}
          />
        </div>
        <TextAreaField
          id={id('summary')}
          label={t('newCase.summary')}
          hint={t('newCase.summaryHint')}
          rows={3}
          maxLength={500}
          error={errors.summary}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
        />
        <CheckboxGroup
          id={id('themes')}
          legend={t('newCase.themes')}
          error={errors.themes}
          choices={forumThemes.map((theme) => ({ value: theme, label: t(`enums.ForumTheme.${theme}`) }))}
          selected={themes}
          onChange={setThemes}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={state.fetching}>
            {t('caseView.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('caseView.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
