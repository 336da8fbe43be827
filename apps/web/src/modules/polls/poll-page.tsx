import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type EnumValue, graphql, type ResultOf, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatTimeRange } from '../../ui/datetime.ts';
import { Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import { useViewer } from '../auth/viewer.ts';
import { meetingPath } from '../meetings/meeting-path.ts';
import { managesForum } from '../meetings/permissions.ts';

const PollFragment = graphql(`
  fragment PollDetails on SchedulingPoll {
    id
    title
    status
    durationMinutes
    mode
    place
    respondentCount
    forum {
      id
      name
      host {
        id
      }
    }
    candidates {
      id
      startsAt
      endsAt
      myAnswer
      preferCount
      yesCount
      noCount
      rank
    }
    winner {
      id
    }
    bookedMeeting {
      id
      title
      startsAt
      forum {
        id
      }
    }
  }
`);

const PollQuery = graphql(
  `
  query SchedulingPoll($id: ID!) {
    schedulingPoll(id: $id) {
      id
      ...PollDetails
    }
  }
`,
  [PollFragment],
);

const AnswerPollMutation = graphql(
  `
  mutation AnswerSchedulingPoll($pollId: ID!, $answers: [PollAnswerInput!]!) {
    answerSchedulingPoll(pollId: $pollId, answers: $answers) {
      __typename
      ... on AnswerSchedulingPollSuccess {
        poll {
          id
          ...PollDetails
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`,
  [PollFragment],
);

const BookPollMutation = graphql(
  `
  mutation BookSchedulingPoll($pollId: ID!, $candidateId: ID) {
    bookSchedulingPoll(pollId: $pollId, candidateId: $candidateId) {
      __typename
      ... on BookSchedulingPollSuccess {
        poll {
          id
          ...PollDetails
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`,
  [PollFragment],
);

type Answer = EnumValue<'PollAnswerValue'>;
type Poll = ResultOf<typeof PollFragment>;
const ANSWERS: readonly Answer[] = ['PREFER', 'YES', 'NO'];

/** A scheduling poll: members answer each candidate slot; the host's coordinators book one. */
export function PollPage() {
  const { t, i18n } = useTranslation();
  const { pollId = '' } = useParams();
  const [result, reexecute] = useQuery({ query: PollQuery, variables: { id: pollId } });
  const [viewerResult] = useViewer();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [answerState, answer] = useMutation(AnswerPollMutation);
  const [bookState, book] = useMutation(BookPollMutation);
  const pollData = result.data?.schedulingPoll;
  const poll: Poll | null | undefined = pollData ? readFragment(PollFragment, pollData) : pollData;
  useDocumentTitle(poll ? poll.title : result.data ? t('poll.notFoundTitle') : undefined);

  if (result.error && !result.data)
    return (
      <div className="page">
        <QueryError
          title={t('poll.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  if (!result.data) return <Loading />;
  if (!poll)
    return (
      <div className="page">
        <h1>{t('poll.notFoundTitle')}</h1>
        <p>{t('poll.notFound')}</p>
      </div>
    );

  const hosts = managesForum(viewerResult.data?.viewer, poll.forum.host.id);
  const open = poll.status === 'OPEN';
  const chosen = (candidate: Poll['candidates'][number]) =>
    answers[candidate.id] ?? candidate.myAnswer ?? undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!poll) return;
    setError(null);
    const list = poll.candidates.flatMap((candidate) => {
      const value = chosen(candidate);
      return value ? [{ candidateId: candidate.id, answer: value }] : [];
    });
    const outcome = await answer({ pollId: poll.id, answers: list });
    const data = outcome.data?.answerSchedulingPoll;
    if (data?.__typename === 'AnswerSchedulingPollSuccess') setStatus(t('poll.answered'));
    else setError(mutationFailure(data, outcome.error, t('state.networkError'))?.message ?? null);
  }

  async function doBook(candidateId: string | null) {
    if (!poll) return;
    setError(null);
    const outcome = await book({ pollId: poll.id, candidateId });
    const data = outcome.data?.bookSchedulingPoll;
    if (data?.__typename === 'BookSchedulingPollSuccess') setStatus(t('poll.booked'));
    else setError(mutationFailure(data, outcome.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <div className="page">
      <p className="back-link">
        <Link to={`/forum/${encodeURIComponent(poll.forum.id)}`}>
          {t('meetingPage.backToForum', { forum: poll.forum.name })}
        </Link>
      </p>
      <h1>
        {poll.title}
        <Badge tone="neutral">{t(`poll.status.${poll.status}`)}</Badge>
      </h1>
      <p className="lead">
        {t('poll.intro', { minutes: poll.durationMinutes, count: poll.respondentCount })}
      </p>
      <div role="status">{status && <p className="notice">{status}</p>}</div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {poll.bookedMeeting && (
        <p className="notice">
          {t('poll.bookedAs')} <Link to={meetingPath(poll.bookedMeeting)}>{poll.bookedMeeting.title}</Link>
        </p>
      )}
      <form onSubmit={submit}>
        <ul className="action-list">
          {poll.candidates.map((candidate) => (
            <li key={candidate.id} className="action">
              <fieldset className="poll-candidate">
                <legend>
                  <time dateTime={candidate.startsAt}>
                    {formatTimeRange(candidate.startsAt, candidate.endsAt, i18n.language)}
                  </time>
                  {poll.winner?.id === candidate.id && <Badge tone="neutral">{t('poll.leading')}</Badge>}
                </legend>
                <p className="muted">
                  {t('poll.counts', {
                    prefer: candidate.preferCount,
                    yes: candidate.yesCount,
                    no: candidate.noCount,
                  })}
                </p>
                {open && (
                  <div className="poll-candidate__answers">
                    {ANSWERS.map((value) => (
                      <label key={value} className="checkbox">
                        <input
                          type="radio"
                          name={`answer-${candidate.id}`}
                          value={value}
                          checked={chosen(candidate) === value}
                          onChange={() => setAnswers((previous) => ({ ...previous, [candidate.id]: value }))}
                        />
                        {t(`poll.answer.${value}`)}
                      </label>
                    ))}
                  </div>
                )}
                {open && hosts && (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={bookState.fetching}
                    onClick={() => doBook(candidate.id)}
                  >
                    {t('poll.bookThis')}
                  </button>
                )}
              </fieldset>
            </li>
          ))}
        </ul>
        {open && (
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={answerState.fetching}>
              {t('poll.saveAnswers')}
            </button>
            {hosts && poll.winner && (
              <button
                type="button"
                className="button"
                disabled={bookState.fetching}
                onClick={() => doBook(null)}
              >
                {t('poll.bookWinner')}
              </button>
            )}
          </div>
        )}
      </form>
    </div>
  );
}
