import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { SelectField } from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';

const MergeTargetsQuery = graphql(`
  query MergeTargets($countyCode: String!, $organisationId: ID!) {
    forums(countyCode: $countyCode, memberOrganisationId: $organisationId, first: 100) {
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
`);

const MergeForumMutation = graphql(`
  mutation MergeForum($forumId: ID!, $intoForumId: ID!) {
    mergeForum(forumId: $forumId, intoForumId: $intoForumId) {
      __typename
      ... on MergeForumSuccess {
        forum {
          id
          status
          mergedInto {
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

/** Merges the forum into another active one in the county that the organisation belongs to. Hosts only. */
export function ForumMergeControl({
  forumId,
  forumName,
  countyCode,
  organisationId,
  onMerged,
}: {
  forumId: string;
  forumName: string;
  countyCode: string;
  organisationId: string;
  onMerged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState('');
  const [choiceError, setChoiceError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [, merge] = useMutation(MergeForumMutation);
  const [targets] = useQuery({
    query: MergeTargetsQuery,
    variables: { countyCode, organisationId },
    pause: !open,
  });
  const choices =
    targets.data?.forums.edges
      .map((edge) => edge.node)
      .filter((forum) => forum.id !== forumId && forum.status === 'ACTIVE') ?? [];

  async function confirm() {
    if (targets.data && choices.length === 0) {
      setOpen(false);
      return;
    }
    if (!target) {
      setChoiceError(t('forumMerge.chooseError'));
      document.getElementById(selectId)?.focus();
      return;
    }
    const into = choices.find((forum) => forum.id === target);
    setOpen(false);
    setError(null);
    const result = await merge({ forumId, intoForumId: target });
    const outcome = result.data?.mergeForum;
    if (outcome?.__typename === 'MergeForumSuccess')
      onMerged(t('forumMerge.merged', { forum: forumName, into: into?.name ?? '' }));
    else setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <>
      <button
        type="button"
        className="button button--danger-outline"
        onClick={() => {
          setTarget('');
          setChoiceError(undefined);
          setOpen(true);
        }}
      >
        {t('forumMerge.open')}
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={open}
        title={t('forumMerge.title', { forum: forumName })}
        body={t('forumMerge.body')}
        confirmLabel={t('forumMerge.confirm')}
        cancelLabel={t('schedule.cancel')}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        {targets.data && choices.length === 0 ? (
          <p>{t('forumMerge.noTargets')}</p>
        ) : (
          <SelectField
            id={selectId}
            label={t('forumMerge.into')}
            error={choiceError}
            value={target}
            onChange={(event) => {
              setTarget(event.target.value);
              setChoiceError(undefined);
            }}
          >
            <option value="">{t('forumMerge.choose')}</option>
            {choices.map((forum) => (
              <option key={forum.id} value={forum.id}>
                {forum.name}
              </option>
            ))}
          </SelectField>
        )}
      </ConfirmDialog>
    </>
  );
}
