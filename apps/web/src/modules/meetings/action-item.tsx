import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { type EnumValue, type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatDayMonth, parseIsoDate } from '../../ui/datetime.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import type { Viewer } from '../auth/viewer.ts';
import { mayChangeAction } from './permissions.ts';

export const ActionItemFragment = graphql(`
  fragment ActionItem on ActionItem {
    id
    title
    dueDate
    overdue
    status
    completedAt
    owner {
      id
      name
    }
    forum {
      id
      name
      host {
        id
      }
    }
  }
`);

const SetActionStatusMutation = graphql(
  `
  mutation SetActionStatus($actionId: ID!, $status: ActionStatus!) {
    setActionStatus(actionId: $actionId, status: $status) {
      __typename
      ... on SetActionStatusSuccess {
        action {
          id
          ...ActionItem
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`,
  [ActionItemFragment],
);

type ActionStatus = EnumValue<'ActionStatus'>;
const STATUSES: readonly ActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

export function isOpenAction(status: ActionStatus): boolean {
  return status === 'OPEN' || status === 'IN_PROGRESS';
}

function useSetActionStatus() {
  const { t } = useTranslation();
  const [state, setStatus] = useMutation(SetActionStatusMutation);
  const [error, setError] = useState<string | null>(null);
  async function change(actionId: string, status: ActionStatus): Promise<boolean> {
    setError(null);
    const result = await setStatus({ actionId, status });
    const outcome = result.data?.setActionStatus;
    if (outcome?.__typename === 'SetActionStatusSuccess') return true;
    setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
    return false;
  }
  return { fetching: state.fetching, error, change };
}

/**
 * One action: what, who, by when, and for those who may, a way to move it along. `variant`
 * "close" offers one button (the joint view); "status" a choice of every status (the meeting page).
 */
export function ActionItemRow({
  action: data,
  viewer,
  variant,
  showForum = false,
  onChanged,
}: {
  action: FragmentOf<typeof ActionItemFragment>;
  viewer: Viewer | null | undefined;
  variant: 'close' | 'status';
  showForum?: boolean;
  onChanged?: (status: ActionStatus) => void;
}) {
  const { t, i18n } = useTranslation();
  const action = readFragment(ActionItemFragment, data);
  const { fetching, error, change } = useSetActionStatus();
  const [chosen, setChosen] = useState<ActionStatus>(action.status);
  const allowed = mayChangeAction(viewer, action);
  const due = parseIsoDate(action.dueDate);
  const titleId = `action-${action.id}-title`;
  const selectId = `action-${action.id}-status`;

  return (
    <article className={action.overdue ? 'action action--overdue' : 'action'} aria-labelledby={titleId}>
      <p className="action__title" id={titleId}>
        {action.title}
        {action.overdue && <Badge tone="warning">{t('actions.overdue')}</Badge>}
      </p>
      <dl className="action__facts">
        <div>
          <dt>{t('actions.owner')}</dt>
          <dd>{action.owner.name}</dd>
        </div>
        <div>
          <dt>{t('actions.due')}</dt>
          <dd>{due ? `${formatDayMonth(due, i18n.language)} ${due.year}` : t('actions.noDueDate')}</dd>
        </div>
        {variant === 'status' || !allowed ? (
          <div>
            <dt>{t('actions.status')}</dt>
            <dd>{t(`actions.statusLabel.${action.status}`)}</dd>
          </div>
        ) : null}
        {showForum && (
          <div>
            <dt>{t('meeting.forum')}</dt>
            <dd>
              <Link to={`/forum/${encodeURIComponent(action.forum.id)}`}>{action.forum.name}</Link>
            </dd>
          </div>
        )}
      </dl>
      {allowed && variant === 'close' && isOpenAction(action.status) && (
        <button
          type="button"
          className="button button--small"
          disabled={fetching}
          onClick={async () => {
            if (await change(action.id, 'DONE')) onChanged?.('DONE');
          }}
        >
          {t('actions.markDone')}
          <span className="visually-hidden">: {action.title}</span>
        </button>
      )}
      {allowed && variant === 'status' && (
        <form
          className="action__status-form"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await change(action.id, chosen)) onChanged?.(chosen);
          }}
        >
          <label htmlFor={selectId}>
            {t('actions.status')}
            <span className="visually-hidden">: {action.title}</span>
          </label>
          <select
            id={selectId}
            value={chosen}
            onChange={(event) => setChosen(event.target.value as ActionStatus)}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`actions.statusLabel.${status}`)}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button button--small"
            disabled={fetching || chosen === action.status}
          >
            {t('actions.saveStatus')}
          </button>
        </form>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
