import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { addDays, formatCalendarDate, parseIsoDate, todayInZone, toIsoDate } from '../../ui/datetime.ts';
import { ErrorSummary, TextField } from '../../ui/form.tsx';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { caseFailure, useFormErrors } from './case-errors.ts';

export const CaseFollowUpsFragment = graphql(`
  fragment CaseFollowUps on SharedCase {
    id
    reference
    status
    viewerIsLead
    nextFollowUpOn
    followUps {
      dueOn
      doneOn
      onTime
      recordedBy {
        id
        name
      }
    }
  }
`);

const RecordCaseFollowUpMutation = graphql(`
  mutation RecordCaseFollowUp($caseId: ID!, $doneOn: String, $nextFollowUpOn: String) {
    recordCaseFollowUp(caseId: $caseId, doneOn: $doneOn, nextFollowUpOn: $nextFollowUpOn) {
      __typename
      ... on RecordCaseFollowUpSuccess {
        case {
          id
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

/** Days from one calendar day (`YYYY-MM-DD`) to a later one; 0 if either is not a date. */
function daysBetween(from: string, to: string): number {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start || !end) return 0;
  return Math.round(
    (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) /
      86_400_000,
  );
}

/**
 * "Registrera uppföljning", beside the next follow-up date: for the lead of an ongoing case that
 * has a follow-up planned (the API has nothing to record otherwise).
 */
export function RecordFollowUpButton({
  data,
  onChanged,
}: {
  data: FragmentOf<typeof CaseFollowUpsFragment>;
  onChanged: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const sharedCase = readFragment(CaseFollowUpsFragment, data);
  const [open, setOpen] = useState(false);
  const due = sharedCase.nextFollowUpOn;
  if (!sharedCase.viewerIsLead || sharedCase.status === 'CLOSED' || !due) return null;
  return (
    <>
      {' '}
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        {t('caseFollowUps.record')}
      </button>
      {open && (
        <RecordFollowUpDialog
          caseId={sharedCase.id}
          reference={sharedCase.reference}
          due={due}
          onClose={() => setOpen(false)}
          onRecorded={(notice) => {
            setOpen(false);
            onChanged(notice);
          }}
        />
      )}
    </>
  );
}

function RecordFollowUpDialog({
  caseId,
  reference,
  due,
  onClose,
  onRecorded,
}: {
  caseId: string;
  reference: string;
  due: string;
  onClose: () => void;
  onRecorded: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [today] = useState(() => todayInZone());
  const [doneOn, setDoneOn] = useState(today);
  const [next, setNext] = useState('');
  const form = useFormErrors('follow-up');
  const { errors, id } = form;
  const [state, record] = useMutation(RecordCaseFollowUpMutation);
  const dueText = formatCalendarDate(due, i18n.language);
  const done = parseIsoDate(doneOn);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!doneOn) {
      form.show({ doneOn: t('caseFollowUps.missingDoneOn') });
      return;
    }
    // Whether the dates are real and in order is the API's to say, in the same words everywhere.
    const result = await record({ caseId, doneOn, nextFollowUpOn: next || null });
    const outcome = result.data?.recordCaseFollowUp;
    if (outcome?.__typename === 'RecordCaseFollowUpSuccess') {
      const date = outcome.case.nextFollowUpOn;
      onRecorded(
        date
          ? t('caseFollowUps.recorded', { date: formatCalendarDate(date, i18n.language) })
          : t('caseFollowUps.recordedWithoutNext'),
      );
      return;
    }
    form.showFailure(caseFailure(outcome, result.error, t('state.networkError')));
  }

  return (
    <FormDialog
      title={t('caseFollowUps.dialogTitle', { reference })}
      intro={<p className="field__hint">{t('caseFollowUps.dialogIntro', { due: dueText })}</p>}
      onClose={onClose}
    >
      {() => (
        <>
          <ErrorSummary
            title={t('caseFollowUps.errorSummary')}
            errors={form.summary}
            attempt={form.attempt}
          />
          <form className="form" noValidate onSubmit={submit}>
            <div className="field-row">
              <TextField
                id={id('doneOn')}
                label={t('caseFollowUps.doneOn')}
                hint={t('caseFollowUps.doneOnHint', { due: dueText })}
                type="date"
                required
                max={today}
                error={errors.doneOn}
                value={doneOn}
                onChange={(event) => setDoneOn(event.target.value)}
              />
              <TextField
                id={id('nextFollowUpOn')}
                label={t('caseFollowUps.nextFollowUpOn')}
                hint={t('caseFollowUps.nextFollowUpOnHint')}
                type="date"
                min={done ? toIsoDate(addDays(done, 1)) : undefined}
                error={errors.nextFollowUpOn}
                value={next}
                onChange={(event) => setNext(event.target.value)}
              />
            </div>
            <div className="dialog__actions">
              <button type="submit" className="button button--primary" disabled={state.fetching}>
                {t('caseFollowUps.confirm')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('caseFollowUps.cancel')}
              </button>
            </div>
          </form>
        </>
      )}
    </FormDialog>
  );
}

/** The follow-ups done, latest first: when each was due, when it was done, and whether in time. */
export function CaseFollowUpHistory({ data }: { data: FragmentOf<typeof CaseFollowUpsFragment> }) {
  const { t, i18n } = useTranslation();
  const { followUps } = readFragment(CaseFollowUpsFragment, data);
  const day = (date: string) => <time dateTime={date}>{formatCalendarDate(date, i18n.language)}</time>;
  return (
    <section aria-labelledby="case-follow-ups-heading" className="section case-section">
      <h2 id="case-follow-ups-heading">{t('caseFollowUps.heading')}</h2>
      {followUps.length === 0 ? (
        <p className="muted">{t('caseFollowUps.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('caseFollowUps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseFollowUps.due')}</th>
                <th scope="col">{t('caseFollowUps.done')}</th>
                <th scope="col">{t('caseFollowUps.outcome')}</th>
                <th scope="col">{t('caseFollowUps.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {followUps.map((followUp) => (
                <tr key={`${followUp.dueOn}-${followUp.doneOn}`}>
                  <td>{day(followUp.dueOn)}</td>
                  <td>{day(followUp.doneOn)}</td>
                  <td>
                    {followUp.onTime ? (
                      <Badge tone="ok">{t('caseFollowUps.onTime')}</Badge>
                    ) : (
                      <Badge tone="warning">
                        {t('caseFollowUps.late', { count: daysBetween(followUp.dueOn, followUp.doneOn) })}
                      </Badge>
                    )}
                  </td>
                  <td>{followUp.recordedBy.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
