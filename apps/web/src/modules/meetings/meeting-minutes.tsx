import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { formatDate } from '../../ui/datetime.ts';
import { mutationFailure } from '../../ui/user-error.ts';

const RecordMinutesMutation = graphql(`
  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $attendedOrganisationIds: [ID!], $decisions: [String!]) {
    recordMinutes(
      meetingId: $meetingId
      minutes: $minutes
      attendedOrganisationIds: $attendedOrganisationIds
      decisions: $decisions
    ) {
      __typename
      ... on RecordMinutesSuccess {
        meeting {
          id
          minutes
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

/** Minutes and decisions; hosts record minutes, attendance and new decisions (one a line). */
export function MeetingMinutes({
  meetingId,
  minutes,
  decisions,
  invitees,
  editable,
  onSaved,
}: {
  meetingId: string;
  minutes: string | null;
  decisions: readonly { text: string; createdAt: string }[];
  invitees: readonly {
    organisation: { id: string; name: string };
    attended: boolean | null;
    user: unknown;
  }[];
  editable: boolean;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const organisations = invitees.filter((invitee) => !invitee.user);
  const [text, setText] = useState(minutes ?? '');
  const [newDecisions, setNewDecisions] = useState('');
  const [attended, setAttended] = useState<ReadonlySet<string>>(
    () =>
      new Set(organisations.filter((invitee) => invitee.attended).map((invitee) => invitee.organisation.id)),
  );
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [state, record] = useMutation(RecordMinutesMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await record({
      meetingId,
      minutes: text,
      attendedOrganisationIds: [...attended],
      decisions: newDecisions
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    });
    const outcome = result.data?.recordMinutes;
    if (outcome?.__typename === 'RecordMinutesSuccess') {
      setNewDecisions('');
      setStatus(t('minutes.saved'));
      onSaved();
    } else setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <section aria-labelledby="minutes-heading" className="section">
      <h2 id="minutes-heading">{t('minutes.heading')}</h2>
      {minutes ? <p className="minutes">{minutes}</p> : <p className="muted">{t('minutes.none')}</p>}
      <h3>{t('minutes.decisions')}</h3>
      {decisions.length === 0 ? (
        <p className="muted">{t('minutes.noDecisions')}</p>
      ) : (
        <ul>
          {decisions.map((decision) => (
            <li key={`${decision.createdAt}-${decision.text}`}>
              {decision.text} <span className="muted">({formatDate(decision.createdAt, i18n.language)})</span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="form" onSubmit={submit} noValidate>
          <h3>{t('minutes.recordHeading')}</h3>
          <div className="field">
            <label htmlFor="minutes-text">{t('minutes.text')}</label>
            <textarea
              id="minutes-text"
              rows={5}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          <fieldset className="fieldset">
            <legend>{t('minutes.attendance')}</legend>
            {organisations.map((invitee, index) => (
              <div className="checkbox" key={invitee.organisation.id}>
                <input
                  type="checkbox"
                  id={`attended-${index}`}
                  checked={attended.has(invitee.organisation.id)}
                  onChange={(event) => {
                    const next = new Set(attended);
                    if (event.target.checked) next.add(invitee.organisation.id);
                    else next.delete(invitee.organisation.id);
                    setAttended(next);
                  }}
                />
                <label htmlFor={`attended-${index}`}>{invitee.organisation.name}</label>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="minutes-decisions">{t('minutes.newDecisions')}</label>
            <p className="field__hint" id="minutes-decisions-hint">
              {t('minutes.newDecisionsHint')}
            </p>
            <textarea
              id="minutes-decisions"
              rows={3}
              aria-describedby="minutes-decisions-hint"
              value={newDecisions}
              onChange={(event) => setNewDecisions(event.target.value)}
            />
          </div>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={state.fetching}>
            {t('minutes.save')}
          </button>
          <p className="visually-hidden" role="status">
            {status}
          </p>
        </form>
      )}
    </section>
  );
}
