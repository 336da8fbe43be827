import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type EnumValue, graphql } from '../../graphql.ts';
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
    }
  }
`);

const RespondToMeetingMutation = graphql(
  `
  mutation RespondToMeeting($meetingId: ID!, $answer: RsvpAnswer!) {
    respondToMeeting(meetingId: $meetingId, answer: $answer) {
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

/** Accept, maybe, decline: one group of buttons, the chosen one pressed. */
export function RsvpButtons({
  meetingId,
  meetingTitle,
  current,
  onAnswered,
}: {
  meetingId: string;
  meetingTitle: string;
  current?: EnumValue<'RsvpAnswer'> | undefined;
  onAnswered?: (answer: Answer) => void;
}) {
  const { t } = useTranslation();
  const [state, respond] = useMutation(RespondToMeetingMutation);
  const [error, setError] = useState<string | null>(null);

  async function answer(value: Answer) {
    setError(null);
    const result = await respond({ meetingId, answer: value });
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
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
