import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type EnumValue, graphql } from '../../graphql.ts';
import { mutationFailure } from '../../ui/user-error.ts';

const AnswerLeadTransferMutation = graphql(`
  mutation AnswerLeadTransfer($transferId: ID!, $answer: CaseRequestAnswer!) {
    answerLeadTransfer(transferId: $transferId, answer: $answer) {
      __typename
      ... on AnswerLeadTransferSuccess {
        case {
          id
          viewerIsLead
          lead {
            id
            name
          }
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

const AnswerJoinRequestMutation = graphql(`
  mutation AnswerJoinRequest($requestId: ID!, $answer: CaseRequestAnswer!) {
    answerJoinRequest(requestId: $requestId, answer: $answer) {
      __typename
      ... on AnswerJoinRequestSuccess {
        request {
          id
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

type Answer = EnumValue<'CaseRequestAnswer'>;
type Kind = 'transfer' | 'withdrawTransfer' | 'join' | 'withdrawJoin';
type Choice =
  | 'acceptTransfer'
  | 'declineTransfer'
  | 'withdrawTransfer'
  | 'acceptJoin'
  | 'declineJoin'
  | 'withdrawJoin';

const CHOICES: Record<Kind, readonly Choice[]> = {
  transfer: ['acceptTransfer', 'declineTransfer'],
  withdrawTransfer: ['withdrawTransfer'],
  join: ['acceptJoin', 'declineJoin'],
  withdrawJoin: ['withdrawJoin'],
};

const ANSWER: Record<Choice, Answer> = {
  acceptTransfer: 'ACCEPT',
  declineTransfer: 'DECLINE',
  withdrawTransfer: 'WITHDRAW',
  acceptJoin: 'ACCEPT',
  declineJoin: 'DECLINE',
  withdrawJoin: 'WITHDRAW',
};

/**
 * The answers one may give to a lead transfer or a request to join: the organisation asked accepts
 * or declines, the one that asked may withdraw. Each button names the case, for screen readers too.
 */
export function AnswerButtons({
  kind,
  id,
  reference,
  organisation,
  onAnswered,
}: {
  kind: Kind;
  id: string;
  reference: string;
  /** The asking organisation, for a request to join. */
  organisation?: string;
  onAnswered: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [transferState, answerTransfer] = useMutation(AnswerLeadTransferMutation);
  const [joinState, answerJoin] = useMutation(AnswerJoinRequestMutation);
  const [error, setError] = useState<string | null>(null);
  const busy = transferState.fetching || joinState.fetching;
  const vars = { reference, organisation: organisation ?? '' };
  const isTransfer = kind === 'transfer' || kind === 'withdrawTransfer';

  async function answer(choice: Choice) {
    setError(null);
    let outcome: { __typename?: string; message?: string; field?: string | null } | undefined;
    let failed: Parameters<typeof mutationFailure>[1];
    if (isTransfer) {
      const result = await answerTransfer({ transferId: id, answer: ANSWER[choice] });
      outcome = result.data?.answerLeadTransfer;
      failed = result.error;
    } else {
      const result = await answerJoin({ requestId: id, answer: ANSWER[choice] });
      outcome = result.data?.answerJoinRequest;
      failed = result.error;
    }
    if (
      outcome?.__typename === 'AnswerLeadTransferSuccess' ||
      outcome?.__typename === 'AnswerJoinRequestSuccess'
    ) {
      onAnswered(t(`cases.answers.done.${choice}`, vars));
      return;
    }
    setError(mutationFailure(outcome, failed, t('state.networkError'))?.message ?? null);
  }

  return (
    <div className="answer-buttons">
      <div className="button-row">
        {CHOICES[kind].map((choice) => (
          <button
            key={choice}
            type="button"
            className={ANSWER[choice] === 'ACCEPT' ? 'button button--primary' : 'button'}
            disabled={busy}
            onClick={() => answer(choice)}
          >
            {t(`cases.answers.label.${choice}`)}
            <span className="visually-hidden"> {t(`cases.answers.about.${choice}`, vars)}</span>
          </button>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
