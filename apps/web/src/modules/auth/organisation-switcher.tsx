import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { useSession } from './session.tsx';
import type { Viewer } from './viewer.ts';

const SwitchOrganisationMutation = graphql(`
  mutation SwitchOrganisation($organisationId: ID!) {
    switchOrganisation(organisationId: $organisationId) {
      __typename
      ... on SwitchOrganisationSuccess {
        viewer {
          activeOrganisation {
            id
            name
          }
        }
      }
      ... on NotAllowedError {
        message
      }
    }
  }
`);

/**
 * "Företräder": the organisation the person acts for. With several memberships it is a select;
 * switching resets the client, so every page refetches as the new organisation.
 */
export function OrganisationSwitcher({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const [state, switchOrganisation] = useMutation(SwitchOrganisationMutation);
  const [pending, setPending] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState('');
  const active = viewer.activeOrganisation;

  const onChange = async (organisationId: string) => {
    if (!organisationId || organisationId === active?.id) return;
    setPending(organisationId);
    setFailure('');
    const result = await switchOrganisation({ organisationId });
    const outcome = result.data?.switchOrganisation;
    setPending(undefined);
    if (outcome?.__typename === 'SwitchOrganisationSuccess') {
      const name = outcome.viewer.activeOrganisation?.name ?? '';
      setAnnouncement(t('auth.switched', { organisation: name }));
      session.reset();
      return;
    }
    setFailure(
      outcome?.__typename === 'NotAllowedError'
        ? outcome.message
        : result.error?.networkError
          ? t('state.networkError')
          : t('auth.switchFailed'),
    );
  };

  const memberships = viewer.memberships;
  return (
    <div className="org-switcher">
      {memberships.length > 1 ? (
        <>
          <label htmlFor={id}>{t('auth.actingFor')}</label>
          <select
            id={id}
            value={pending ?? active?.id ?? ''}
            aria-busy={state.fetching || undefined}
            aria-describedby={failure ? `${id}-error` : undefined}
            onChange={(event) => void onChange(event.target.value)}
          >
            {!active && <option value="">{t('auth.noOrganisation')}</option>}
            {memberships.map((membership) => (
              <option key={membership.id} value={membership.organisation.id}>
                {membership.organisation.name}
              </option>
            ))}
          </select>
        </>
      ) : (
        <p className="org-switcher__single">
          <span className="org-switcher__label">{t('auth.actingFor')}</span>{' '}
          <span className="org-switcher__name">{active?.name ?? t('auth.noOrganisation')}</span>
        </p>
      )}
      {failure && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {failure}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
