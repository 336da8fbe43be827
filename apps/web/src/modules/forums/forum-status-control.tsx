import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type EnumValue, graphql } from '../../graphql.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { mutationFailure } from '../../ui/user-error.ts';

const SetForumStatusMutation = graphql(`
  mutation SetForumStatus($forumId: ID!, $status: EditableForumStatus!) {
    setForumStatus(forumId: $forumId, status: $status) {
      __typename
      ... on SetForumStatusSuccess {
        forum {
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

type Target = EnumValue<'EditableForumStatus'>;

/** Pause, resume or close the forum, each after a confirmation. Hosts only (the caller decides). */
export function ForumStatusControl({
  forumId,
  forumName,
  status,
  onChanged,
}: {
  forumId: string;
  forumName: string;
  status: EnumValue<'ForumStatus'>;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<Target | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setStatus] = useMutation(SetForumStatusMutation);
  if (status === 'CLOSED' || status === 'MERGED') return null;
  const choices: Target[] = status === 'PAUSED' ? ['ACTIVE', 'CLOSED'] : ['PAUSED', 'CLOSED'];

  async function confirm() {
    const chosen = target;
    setTarget(null);
    if (!chosen) return;
    setError(null);
    const result = await setStatus({ forumId, status: chosen });
    const outcome = result.data?.setForumStatus;
    if (outcome?.__typename === 'SetForumStatusSuccess') onChanged(t(`forumAdmin.statusChanged.${chosen}`));
    else setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <>
      {choices.map((choice) => (
        <button
          key={choice}
          type="button"
          className={choice === 'CLOSED' ? 'button button--danger-outline' : 'button'}
          onClick={() => setTarget(choice)}
        >
          {t(`forumAdmin.setStatus.${choice}`)}
        </button>
      ))}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={target !== null}
        title={target ? t(`forumAdmin.confirmTitle.${target}`) : ''}
        body={target ? t(`forumAdmin.confirmBody.${target}`, { forum: forumName }) : ''}
        confirmLabel={target ? t(`forumAdmin.setStatus.${target}`) : ''}
        cancelLabel={t('schedule.cancel')}
        onConfirm={confirm}
        onCancel={() => setTarget(null)}
      />
    </>
  );
}
