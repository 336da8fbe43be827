import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { SelectField, TextField } from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import type { Viewer } from '../auth/viewer.ts';
import { casePath } from '../cases/case-path.ts';
import { ActionItemFragment, ActionItemRow } from './action-item.tsx';

const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($meetingId: ID!, $title: String!, $presenterOrganisationId: ID) {
    addAgendaItem(meetingId: $meetingId, title: $title, presenterOrganisationId: $presenterOrganisationId) {
      __typename
      ... on AddAgendaItemSuccess {
        meeting {
          id
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

const ReorderAgendaMutation = graphql(`
  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {
    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {
      __typename
      ... on ReorderAgendaSuccess {
        meeting {
          id
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

const BuildCaseAgendaMutation = graphql(`
  mutation BuildCaseAgenda($meetingId: ID!) {
    buildCaseAgenda(meetingId: $meetingId) {
      __typename
      ... on BuildCaseAgendaSuccess {
        meeting {
          id
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

interface AgendaItem {
  id: string;
  position: number;
  title: string;
  presenter: { id: string; name: string } | null;
  /** The case taken up, if the viewer's organisation takes part in it (others see only the reference). */
  case?: { id: string; reference: string } | null;
}

/** Open actions from earlier meetings first (labelled), then the agenda; hosts add and reorder items. */
export function MeetingAgenda({
  meetingId,
  items,
  carriedOver,
  members,
  viewer,
  editable,
  onChanged,
}: {
  meetingId: string;
  items: readonly AgendaItem[];
  carriedOver: readonly FragmentOf<typeof ActionItemFragment>[];
  members: readonly { id: string; name: string }[];
  viewer: Viewer | null | undefined;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [presenter, setPresenter] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [addState, add] = useMutation(AddAgendaItemMutation);
  const [reorderState, reorder] = useMutation(ReorderAgendaMutation);
  const [buildState, build] = useMutation(BuildCaseAgendaMutation);
  const sorted = [...items].sort((a, b) => a.position - b.position);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('agenda.titleRequired'));
      return;
    }
    const result = await add({ meetingId, title: title.trim(), presenterOrganisationId: presenter || null });
    const outcome = result.data?.addAgendaItem;
    if (outcome?.__typename === 'AddAgendaItemSuccess') {
      setTitle('');
      setPresenter('');
      setError(undefined);
      setStatus(t('agenda.added'));
      onChanged();
    } else setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message);
  }

  async function buildFromCases() {
    const result = await build({ meetingId });
    const outcome = result.data?.buildCaseAgenda;
    if (outcome?.__typename === 'BuildCaseAgendaSuccess') {
      setStatus(t('agenda.built'));
      onChanged();
    } else setStatus(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? '');
  }

  async function move(index: number, by: -1 | 1) {
    const order = sorted.map((item) => item.id);
    const [moved] = order.splice(index, 1);
    if (!moved) return;
    order.splice(index + by, 0, moved);
    const result = await reorder({ meetingId, itemIds: order });
    const outcome = result.data?.reorderAgenda;
    if (outcome?.__typename === 'ReorderAgendaSuccess') {
      setStatus(t('agenda.moved', { title: sorted[index]?.title }));
      onChanged();
    } else setStatus(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? '');
  }

  return (
    <section aria-labelledby="agenda-heading" className="section">
      <h2 id="agenda-heading">{t('agenda.heading')}</h2>
      {carriedOver.length > 0 && (
        <section aria-labelledby="carried-heading" className="carried-over">
          <h3 id="carried-heading">{t('agenda.carriedOver')}</h3>
          <ul className="action-list">
            {carriedOver.map((action) => (
              <li key={readFragment(ActionItemFragment, action).id}>
                <ActionItemRow
                  action={action}
                  viewer={viewer}
                  variant="status"
                  showForum={false}
                  onChanged={onChanged}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {sorted.length === 0 ? (
        <p className="muted">{t('agenda.empty')}</p>
      ) : (
        <ol className="agenda">
          {sorted.map((item, index) => (
            <li key={item.id} className="agenda__item">
              <span className="agenda__title">
                {item.title}
                {item.presenter && <span className="muted"> – {item.presenter.name}</span>}
                {item.case && (
                  <>
                    {' '}
                    <Link to={casePath(item.case)}>
                      {t('agenda.openCase', { reference: item.case.reference })}
                    </Link>
                  </>
                )}
              </span>
              {editable && (
                <span className="agenda__controls">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={index === 0 || reorderState.fetching}
                    onClick={() => move(index, -1)}
                  >
                    {t('agenda.up')}
                    <span className="visually-hidden">: {item.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={index === sorted.length - 1 || reorderState.fetching}
                    onClick={() => move(index, 1)}
                  >
                    {t('agenda.down')}
                    <span className="visually-hidden">: {item.title}</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {editable && (
        <div className="agenda__build">
          <button type="button" className="button" disabled={buildState.fetching} onClick={buildFromCases}>
            {t('agenda.buildFromCases')}
          </button>
          <p className="field__hint">{t('agenda.buildHint')}</p>
        </div>
      )}
      {editable && (
        <form className="form form--inline" onSubmit={submit} noValidate>
          <h3>{t('agenda.addHeading')}</h3>
          <TextField
            id="agenda-title"
            label={t('agenda.itemTitle')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={error}
          />
          <SelectField
            id="agenda-presenter"
            label={t('agenda.presenter')}
            value={presenter}
            onChange={(event) => setPresenter(event.target.value)}
          >
            <option value="">{t('agenda.noPresenter')}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button" disabled={addState.fetching}>
            {t('agenda.add')}
          </button>
        </form>
      )}
    </section>
  );
}
