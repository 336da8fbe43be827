import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type EnumValue, graphql } from '../../graphql.ts';
import { SelectField } from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';

export const MeetingInviteesFragment = graphql(`
  fragment MeetingInvitees on Meeting {
    id
    invitees {
      organisation {
        id
        name
      }
      user {
        id
        displayName
      }
      required
      guest
      rsvp
      attended
      deputy {
        id
        displayName
      }
    }
  }
`);

const RespondToMeetingMutation = graphql(
  `
  mutation RespondToMeeting($meetingId: ID!, $answer: RsvpAnswer!, $deputyUserId: ID) {
    respondToMeeting(meetingId: $meetingId, answer: $answer, deputyUserId: $deputyUserId) {
      __typename
      ... on RespondToMeetingSuccess {
        meeting {
          id
          ...MeetingInvitees
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`,
  [MeetingInviteesFragment],
);

type Answer = Exclude<EnumValue<'RsvpAnswer'>, 'PENDING'>;
const ANSWERS: readonly Answer[] = ['ACCEPTED', 'TENTATIVE', 'DECLINED'];

/**
 * Accept, maybe, decline: one group of buttons, the chosen one pressed. With `deputies`, declining
 * first offers one of them to go instead (optional).
 */
export function RsvpButtons({
  meetingId,
  meetingTitle,
  current,
  deputies = [],
  onAnswered,
}: {
  meetingId: string;
  meetingTitle: string;
  current?: EnumValue<'RsvpAnswer'> | undefined;
  deputies?: readonly { id: string; displayName: string }[];
  onAnswered?: (answer: Answer) => void;
}) {
  const { t } = useTranslation();
  const deputyId = useId();
  const [state, respond] = useMutation(RespondToMeetingMutation);
  const [error, setError] = useState<string | null>(null);
  const [declining, setDeclining] = useState(false);
  const [deputy, setDeputy] = useState('');

  async function answer(value: Answer, deputyUserId?: string) {
    setError(null);
    if (value === 'DECLINED' && deputyUserId === undefined && deputies.length > 0) {
      setDeclining(true);
      return;
    }
    setDeclining(false);
    const result = await respond({ meetingId, answer: value, deputyUserId: deputyUserId || null });
    const outcome = result.data?.respondToMeeting;
    if (outcome?.__typename === 'RespondToMeetingSuccess') onAnswered?.(value);
    else setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <div className="rsvp">
      <fieldset className="rsvp__buttons">
        <legend className="visually-hidden">{t('rsvp.groupLabel', { title: meetingTitle })}</legend>
        {ANSWERS.map((value) => (
          <button
            key={value}
            type="button"
            className={current === value ? 'button button--small button--pressed' : 'button button--small'}
            aria-pressed={current === value}
            disabled={state.fetching}
            onClick={() => answer(value)}
          >
            {t(`rsvp.answer.${value}`)}
          </button>
        ))}
      </fieldset>
      {declining && (
        <form
          className="rsvp__deputy"
          onSubmit={(event) => {
            event.preventDefault();
            void answer('DECLINED', deputy);
          }}
        >
          <SelectField
            id={deputyId}
            label={t('rsvp.deputyLabel')}
            hint={t('rsvp.deputyHint')}
            value={deputy}
            onChange={(event) => setDeputy(event.target.value)}
            autoFocus
          >
            <option value="">{t('rsvp.noDeputy')}</option>
            {deputies.map((person) => (
              <option key={person.id} value={person.id}>
                {person.displayName}
              </option>
            ))}
          </SelectField>
          <div className="button-row">
            <button type="submit" className="button button--small button--primary" disabled={state.fetching}>
              {t('rsvp.sendDecline')}
            </button>
            <button type="button" className="button button--small" onClick={() => setDeclining(false)}>
              {t('schedule.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
