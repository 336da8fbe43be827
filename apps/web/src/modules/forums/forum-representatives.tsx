import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../graphql.ts';
import { SelectField } from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import type { Viewer } from '../auth/viewer.ts';
import { mayChangeRepresentatives } from '../meetings/permissions.ts';

export const ForumRepresentativesFragment = graphql(`
  fragment ForumRepresentatives on Forum {
    id
    host {
      id
    }
    members {
      id
      name
    }
    representatives {
      organisation {
        id
        name
      }
      user {
        id
        displayName
      }
      deputy
    }
  }
`);

const SetForumRepresentativesMutation = graphql(
  `
  mutation SetForumRepresentatives(
    $forumId: ID!
    $organisationId: ID!
    $representatives: [RepresentativeInput!]!
  ) {
    setForumRepresentatives(forumId: $forumId, organisationId: $organisationId, representatives: $representatives) {
      __typename
      ... on SetForumRepresentativesSuccess {
        forum {
          id
          ...ForumRepresentatives
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`,
  [ForumRepresentativesFragment],
);

type Representative = ResultOf<typeof ForumRepresentativesFragment>['representatives'][number];
type Choice = 'NONE' | 'REPRESENTATIVE' | 'DEPUTY';

/** Who represents each member organisation, and for those allowed, a form to change it. */
export function ForumRepresentatives({
  forum: data,
  viewer,
  onSaved,
}: {
  forum: FragmentOf<typeof ForumRepresentativesFragment>;
  viewer: Viewer | null | undefined;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const forum = readFragment(ForumRepresentativesFragment, data);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <section aria-labelledby="representatives-heading">
      <h2 id="representatives-heading">{t('representatives.heading')}</h2>
      {forum.members.map((organisation) => {
        const people = forum.representatives.filter((r) => r.organisation.id === organisation.id);
        const editable = mayChangeRepresentatives(viewer, organisation.id, forum.host.id);
        return (
          <div key={organisation.id} className="section">
            <h3>{organisation.name}</h3>
            {people.length === 0 ? (
              <p>{t('representatives.none')}</p>
            ) : (
              <ul>
                {people.map((person) => (
                  <li key={person.user.id}>
                    {person.deputy
                      ? t('representatives.deputyName', { name: person.user.displayName })
                      : person.user.displayName}
                  </li>
                ))}
              </ul>
            )}
            {editable &&
              (editing === organisation.id ? (
                <RepresentativesForm
                  forumId={forum.id}
                  organisation={organisation}
                  current={people}
                  viewer={viewer}
                  onCancel={() => setEditing(null)}
                  onSaved={() => {
                    setEditing(null);
                    onSaved(t('representatives.saved', { organisation: organisation.name }));
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setEditing(organisation.id)}
                >
                  {t('representatives.edit', { organisation: organisation.name })}
                </button>
              ))}
          </div>
        );
      })}
    </section>
  );
}

function RepresentativesForm({
  forumId,
  organisation,
  current,
  viewer,
  onCancel,
  onSaved,
}: {
  forumId: string;
  organisation: { id: string; name: string };
  current: Representative[];
  viewer: Viewer | null | undefined;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [state, save] = useMutation(SetForumRepresentativesMutation);
  const [error, setError] = useState<string | null>(null);
  const self = viewer?.activeOrganisation?.id === organisation.id ? viewer.user : null;
  // Only the current representatives and the viewer (if they belong to the organisation) can be chosen.
  const people = [
    ...current.map((r) => r.user),
    ...(self && !current.some((r) => r.user.id === self.id) ? [self] : []),
  ];
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(current.map((r) => [r.user.id, r.deputy ? 'DEPUTY' : 'REPRESENTATIVE'])),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const representatives = people
      .filter((person) => (choices[person.id] ?? 'NONE') !== 'NONE')
      .map((person) => ({ userId: person.id, deputy: choices[person.id] === 'DEPUTY' }));
    const result = await save({ forumId, organisationId: organisation.id, representatives });
    const outcome = result.data?.setForumRepresentatives;
    if (outcome?.__typename === 'SetForumRepresentativesSuccess') onSaved();
    else setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="fieldset">
        <legend>{t('representatives.formLegend', { organisation: organisation.name })}</legend>
        <p className="field__hint">{t('representatives.hint')}</p>
        {people.map((person) => (
          <SelectField
            key={person.id}
            id={`${idPrefix}-${person.id}`}
            label={
              person.id === self?.id
                ? t('representatives.yourself', { name: person.displayName })
                : person.displayName
            }
            value={choices[person.id] ?? 'NONE'}
            onChange={(event) =>
              setChoices((previous) => ({ ...previous, [person.id]: event.target.value as Choice }))
            }
          >
            <option value="NONE">{t('representatives.choice.NONE')}</option>
            <option value="REPRESENTATIVE">{t('representatives.choice.REPRESENTATIVE')}</option>
            <option value="DEPUTY">{t('representatives.choice.DEPUTY')}</option>
          </SelectField>
        ))}
      </fieldset>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {t('representatives.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('schedule.cancel')}
        </button>
      </div>
    </form>
  );
}
