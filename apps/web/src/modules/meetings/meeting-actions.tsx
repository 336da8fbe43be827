import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { SelectField, TextField } from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import type { Viewer } from '../auth/viewer.ts';
import { ActionItemFragment, ActionItemRow } from './action-item.tsx';

const CreateActionMutation = graphql(
  `
  mutation CreateAction($meetingId: ID!, $title: String!, $ownerOrganisationId: ID!, $dueDate: String) {
    createAction(meetingId: $meetingId, title: $title, ownerOrganisationId: $ownerOrganisationId, dueDate: $dueDate) {
      __typename
      ... on CreateActionSuccess {
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

type Field = 'title' | 'owner' | 'dueDate';
const API_FIELDS: Record<string, Field> = {
  title: 'title',
  ownerOrganisationId: 'owner',
  dueDate: 'dueDate',
};

/** The actions decided at the meeting, with their status; hosts record new ones. */
export function MeetingActions({
  meetingId,
  actions,
  members,
  viewer,
  editable,
  onChanged,
}: {
  meetingId: string;
  actions: readonly FragmentOf<typeof ActionItemFragment>[];
  members: readonly { id: string; name: string }[];
  viewer: Viewer | null | undefined;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field | 'general', string>>>({});
  const [status, setStatus] = useState('');
  const [state, create] = useMutation(CreateActionMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!title.trim()) found.title = t('actions.errors.title');
    if (!owner) found.owner = t('actions.errors.owner');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      document.getElementById(found.title ? 'action-title' : 'action-owner')?.focus();
      return;
    }
    const result = await create({
      meetingId,
      title: title.trim(),
      ownerOrganisationId: owner,
      dueDate: dueDate || null,
    });
    const outcome = result.data?.createAction;
    if (outcome?.__typename === 'CreateActionSuccess') {
      setTitle('');
      setOwner('');
      setDueDate('');
      setErrors({});
      setStatus(t('actions.created'));
      onChanged();
      return;
    }
    const failure = mutationFailure(outcome, result.error, t('state.networkError'));
    const field = failure?.field ? API_FIELDS[failure.field] : undefined;
    setErrors(field ? { [field]: failure?.message } : { general: failure?.message });
  }

  return (
    <section aria-labelledby="actions-heading" className="section">
      <h2 id="actions-heading">{t('actions.meetingHeading')}</h2>
      {actions.length === 0 ? (
        <p className="muted">{t('actions.noneAtMeeting')}</p>
      ) : (
        <ul className="action-list">
          {actions.map((action) => (
            <li key={readFragment(ActionItemFragment, action).id}>
              <ActionItemRow action={action} viewer={viewer} variant="status" onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="form form--inline" onSubmit={submit} noValidate>
          <h3>{t('actions.addHeading')}</h3>
          <TextField
            id="action-title"
            label={t('actions.title')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={errors.title}
          />
          <SelectField
            id="action-owner"
            label={t('actions.owner')}
            value={owner}
            onChange={(event) => setOwner(event.target.value)}
            error={errors.owner}
          >
            <option value="">{t('actions.chooseOwner')}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </SelectField>
          <TextField
            id="action-due"
            label={t('actions.dueDate')}
            type="date"
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
            error={errors.dueDate}
          />
          {errors.general && (
            <p className="field__error" role="alert">
              {errors.general}
            </p>
          )}
          <button type="submit" className="button" disabled={state.fetching}>
            {t('actions.add')}
          </button>
          <p className="visually-hidden" role="status">
            {status}
          </p>
        </form>
      )}
    </section>
  );
}
