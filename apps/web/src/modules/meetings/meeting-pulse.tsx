import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { formatDate, timeInZone } from '../../ui/datetime.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import './meeting-pulse.css';

export const MeetingPulseFragment = graphql(`
  fragment MeetingPulse on Meeting {
    id
    endsAt
    pulse {
      state
      closesAt
    }
  }
`);

const AnswerMeetingPulseMutation = graphql(`
  mutation AnswerMeetingPulse($meetingId: ID!, $usefulness: Int!, $trust: Int!) {
    answerMeetingPulse(meetingId: $meetingId, usefulness: $usefulness, trust: $trust) {
      __typename
      ... on AnswerMeetingPulseSuccess {
        pulse {
          state
          closesAt
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

type Question = 'usefulness' | 'trust';
const QUESTIONS: readonly Question[] = ['usefulness', 'trust'];
const SCALE = [1, 2, 3, 4] as const;

/**
 * The two-question pulse after a meeting, for those invited to it: how useful it was and how much
 * they trust the collaboration, each 1–4. Before the meeting ends and after the 30 days it is
 * open it says so in a line; to those not invited, and for a cancelled meeting, it shows nothing.
 */
export function MeetingPulseSection({
  data,
  onAnswered,
}: {
  data: FragmentOf<typeof MeetingPulseFragment>;
  onAnswered: () => void;
}) {
  const { t, i18n } = useTranslation();
  const meeting = readFragment(MeetingPulseFragment, data);
  const [justAnswered, setJustAnswered] = useState(false);
  const { state, closesAt } = meeting.pulse;
  if (state === 'NOT_INVITED' || state === 'CANCELLED') return null;

  const at = (instant: string) => ({
    date: formatDate(instant, i18n.language),
    time: timeInZone(instant),
  });
  let body: ReactNode;
  if (justAnswered || state === 'ANSWERED') body = <PulseThanks focus={justAnswered} />;
  else if (state === 'NOT_YET')
    body = <p className="muted">{t('meetingPulse.notYet', at(meeting.endsAt))}</p>;
  else if (state === 'CLOSED')
    body = <p className="muted">{t('meetingPulse.closed', { date: formatDate(closesAt, i18n.language) })}</p>;
  else
    body = (
      <>
        <p>{t('meetingPulse.intro', at(closesAt))}</p>
        <PulseForm
          meetingId={meeting.id}
          onAnswered={() => {
            setJustAnswered(true);
            onAnswered();
          }}
        />
      </>
    );

  return (
    <section aria-labelledby="pulse-heading" className="section pulse">
      <h2 id="pulse-heading">{t('meetingPulse.heading')}</h2>
      {body}
    </section>
  );
}

/** The thank-you; focused when it replaces the form, so keyboard and screen reader users hear it. */
function PulseThanks({ focus }: { focus: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <p className="notice pulse__thanks" ref={ref} tabIndex={-1}>
      {t('meetingPulse.thanks')}
    </p>
  );
}

function PulseForm({ meetingId, onAnswered }: { meetingId: string; onAnswered: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Partial<Record<Question, number>>>({});
  const [errors, setErrors] = useState<Partial<Record<Question | 'general', string>>>({});
  const [state, answer] = useMutation(AnswerMeetingPulseMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { usefulness, trust } = answers;
    if (usefulness === undefined || trust === undefined) {
      const missing = QUESTIONS.filter((question) => answers[question] === undefined);
      setErrors(Object.fromEntries(missing.map((question) => [question, t('meetingPulse.choose')])));
      document.getElementById(`pulse-${missing[0]}-1`)?.focus();
      return;
    }
    setErrors({});
    const result = await answer({ meetingId, usefulness, trust });
    const outcome = result.data?.answerMeetingPulse;
    if (outcome?.__typename === 'AnswerMeetingPulseSuccess') {
      onAnswered();
      return;
    }
    const failure = mutationFailure(outcome, result.error, t('state.networkError'));
    if (failure?.field === 'usefulness' || failure?.field === 'trust')
      setErrors({ [failure.field]: failure.message });
    else setErrors({ general: failure?.message });
  }

  return (
    <form className="form pulse__form" noValidate onSubmit={submit} aria-labelledby="pulse-heading">
      {QUESTIONS.map((question) => (
        <PulseScale
          key={question}
          question={question}
          value={answers[question]}
          error={errors[question]}
          onChange={(value) => {
            setAnswers((current) => ({ ...current, [question]: value }));
            setErrors((current) => ({ ...current, [question]: undefined }));
          }}
        />
      ))}
      <p className="field__hint" id="pulse-anonymous">
        {t('meetingPulse.anonymous')}
      </p>
      {errors.general && (
        <p className="field__error" role="alert">
          {errors.general}
        </p>
      )}
      <div>
        <button
          type="submit"
          className="button button--primary"
          aria-describedby="pulse-anonymous"
          disabled={state.fetching}
        >
          {t('meetingPulse.submit')}
        </button>
      </div>
    </form>
  );
}

/** One question as a fieldset of four radio buttons in a row, the ends named (1 = low, 4 = high). */
function PulseScale({
  question,
  value,
  error,
  onChange,
}: {
  question: Question;
  value: number | undefined;
  error: string | undefined;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation();
  const id = `pulse-${question}`;
  const ends: Record<number, string> = {
    1: t(`meetingPulse.${question}Low`),
    4: t(`meetingPulse.${question}High`),
  };
  return (
    <fieldset
      className={error ? 'fieldset pulse-scale field--error' : 'fieldset pulse-scale'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{t(`meetingPulse.${question}`)}</legend>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className="pulse-scale__options">
        {SCALE.map((n) => (
          <label key={n} className="pulse-scale__option" htmlFor={`${id}-${n}`}>
            <input
              type="radio"
              id={`${id}-${n}`}
              name={id}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span className="pulse-scale__number">{n}</span>
            {ends[n] && (
              // The space keeps "1 Inte alls" two words wherever the label is read as plain text.
              <span className="pulse-scale__end"> {ends[n]}</span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
