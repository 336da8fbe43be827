import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type EnumValue, type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { formatDate, formatDateTime } from '../../ui/datetime.ts';
import { TextAreaField } from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import type { Viewer } from '../auth/viewer.ts';
import { CASE_SCOPES, type CaseScope, disclosureInForce } from './access-reasons.ts';
import { ConsentDialog } from './consent-dialog.tsx';
import { DisclosureDialog } from './disclosure-dialog.tsx';
import { mayDiscloseWithoutConsent } from './permissions.ts';

export const CaseSharingFragment = graphql(`
  fragment CaseSharing on SharedCase {
    id
    reference
    status
    viewerIsLead
    lead {
      id
    }
    participants {
      id
      name
      kind
    }
    subject {
      age
    }
    consents {
      id
      state
      givenBy
      purpose
      scopes
      form
      validFrom
      validUntil
      recordedAt
      withdrawnAt
      recordedBy {
        id
        name
      }
      organisations {
        id
        name
      }
    }
    disclosures {
      id
      scopes
      reason
      validUntil
      createdAt
      revokedAt
      basis {
        code
        name
        lawReference
      }
      organisation {
        id
        name
      }
      recordedBy {
        id
        name
      }
    }
  }
`);

const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($consentId: ID!, $note: String) {
    withdrawConsent(consentId: $consentId, note: $note) {
      __typename
      ... on WithdrawConsentSuccess {
        case {
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

const RevokeDisclosureMutation = graphql(`
  mutation RevokeDisclosure($disclosureId: ID!) {
    revokeDisclosure(disclosureId: $disclosureId) {
      __typename
      ... on RevokeDisclosureSuccess {
        case {
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

type ConsentState = EnumValue<'ConsentState'>;
const STATE_TONE: Record<ConsentState, 'ok' | 'neutral' | 'warning'> = {
  IN_FORCE: 'ok',
  NOT_YET_VALID: 'neutral',
  EXPIRED: 'warning',
  WITHDRAWN: 'warning',
};

/** The last day a validity that ends at `until` (exclusive) covers, as a date for people. */
export function lastDay(until: string, language: string): string {
  return formatDate(new Date(Date.parse(until) - 1), language);
}

const scopeList = (scopes: readonly CaseScope[], t: TFunction) =>
  CASE_SCOPES.filter((scope) => scopes.includes(scope))
    .map((scope) => t(`sharing.scopes.${scope}`))
    .join(', ');

/**
 * Consents and disclosures on a legal basis, each with where it stands. The lead records consents
 * and (coordinators and admins) discloses without consent; any participant can record that the
 * person withdrew a consent; the lead ends a disclosure.
 */
export function CaseSharing({
  data,
  viewer,
  consentLawReference,
  onChanged,
}: {
  data: FragmentOf<typeof CaseSharingFragment>;
  viewer: Viewer | null | undefined;
  consentLawReference: string | undefined;
  onChanged: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const sharedCase = readFragment(CaseSharingFragment, data);
  const [dialog, setDialog] = useState<'consent' | 'disclosure' | null>(null);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [withdrawNote, setWithdrawNote] = useState('');
  const [revoking, setRevoking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, withdraw] = useMutation(WithdrawConsentMutation);
  const [, revoke] = useMutation(RevokeDisclosureMutation);
  const open = sharedCase.status !== 'CLOSED';
  const others = sharedCase.participants.filter((organisation) => organisation.id !== sharedCase.lead.id);
  const now = new Date();
  const consentToWithdraw = sharedCase.consents.find((consent) => consent.id === withdrawing);
  const disclosureToRevoke = sharedCase.disclosures.find((disclosure) => disclosure.id === revoking);
  const until = (validUntil: string | null) =>
    validUntil
      ? t('sharing.through', { date: lastDay(validUntil, i18n.language) })
      : t('sharing.untilFurtherNotice');

  async function doWithdraw() {
    const consent = consentToWithdraw;
    setWithdrawing(null);
    setError(null);
    if (!consent) return;
    const result = await withdraw({ consentId: consent.id, note: withdrawNote.trim() || null });
    const outcome = result.data?.withdrawConsent;
    if (outcome?.__typename === 'WithdrawConsentSuccess')
      onChanged(
        t('consent.withdrawn', { organisations: consent.organisations.map((o) => o.name).join(', ') }),
      );
    else setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  async function doRevoke() {
    const disclosure = disclosureToRevoke;
    setRevoking(null);
    setError(null);
    if (!disclosure) return;
    const result = await revoke({ disclosureId: disclosure.id });
    const outcome = result.data?.revokeDisclosure;
    if (outcome?.__typename === 'RevokeDisclosureSuccess')
      onChanged(t('disclosure.revoked', { organisation: disclosure.organisation.name }));
    else setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <section aria-labelledby="case-sharing-heading" className="section case-section">
      <h2 id="case-sharing-heading">{t('sharingSection.heading')}</h2>
      <p>{t('sharingSection.intro')}</p>
      {sharedCase.viewerIsLead && open && (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => setDialog('consent')}>
            {t('consent.open')}
          </button>
          {mayDiscloseWithoutConsent(viewer, sharedCase) ? (
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => setDialog('disclosure')}
            >
              {t('disclosure.open')}
            </button>
          ) : (
            <p className="field__hint">{t('disclosure.onlyCoordinators')}</p>
          )}
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}

      <h3>{t('sharingSection.consents')}</h3>
      {sharedCase.consents.length === 0 ? (
        <p className="muted">{t('sharingSection.noConsents')}</p>
      ) : (
        <ul className="record-list">
          {sharedCase.consents.map((consent) => (
            <li key={consent.id} className="record" data-testid="consent">
              <p className="record__title">
                {t('sharingSection.consentFrom', {
                  giver: t(`enums.ConsentGivenBy.${consent.givenBy}`).toLocaleLowerCase(),
                })}
                <Badge tone={STATE_TONE[consent.state]}>{t(`enums.ConsentState.${consent.state}`)}</Badge>
              </p>
              <dl className="facts">
                <div>
                  <dt>{t('sharing.what')}</dt>
                  <dd>{scopeList(consent.scopes, t)}</dd>
                </div>
                <div>
                  <dt>{t('sharing.withWhom')}</dt>
                  <dd>{consent.organisations.map((organisation) => organisation.name).join(', ')}</dd>
                </div>
                <div>
                  <dt>{t('consent.purpose')}</dt>
                  <dd className="prewrap">{consent.purpose}</dd>
                </div>
                <div>
                  <dt>{t('sharing.howLong')}</dt>
                  <dd>
                    {t('sharing.fromTo', {
                      from: formatDate(consent.validFrom, i18n.language),
                      until: until(consent.validUntil),
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('consent.form')}</dt>
                  <dd>{t(`enums.ConsentForm.${consent.form}`)}</dd>
                </div>
                <div>
                  <dt>{t('sharingSection.recorded')}</dt>
                  <dd>
                    {consent.recordedBy.name}, {formatDateTime(consent.recordedAt, i18n.language)}
                  </dd>
                </div>
                {consent.withdrawnAt && (
                  <div>
                    <dt>{t('sharingSection.withdrawnAt')}</dt>
                    <dd>{formatDateTime(consent.withdrawnAt, i18n.language)}</dd>
                  </div>
                )}
              </dl>
              {(consent.state === 'IN_FORCE' || consent.state === 'NOT_YET_VALID') && open && (
                <button
                  type="button"
                  className="button button--danger-outline button--small"
                  onClick={() => {
                    setWithdrawNote('');
                    setWithdrawing(consent.id);
                  }}
                >
                  {t('consent.withdraw')}
                  <span className="visually-hidden">
                    {' '}
                    {t('consent.withdrawWhich', {
                      giver: t(`enums.ConsentGivenBy.${consent.givenBy}`).toLocaleLowerCase(),
                      date: formatDate(consent.recordedAt, i18n.language),
                    })}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('sharingSection.disclosures')}</h3>
      {sharedCase.disclosures.length === 0 ? (
        <p className="muted">{t('sharingSection.noDisclosures')}</p>
      ) : (
        <ul className="record-list">
          {sharedCase.disclosures.map((disclosure) => {
            const inForce = disclosureInForce(disclosure, now);
            return (
              <li key={disclosure.id} className="record">
                <p className="record__title">
                  {t('sharingSection.disclosureTo', { organisation: disclosure.organisation.name })}
                  <Badge tone={inForce ? 'ok' : 'warning'}>
                    {disclosure.revokedAt
                      ? t('sharingSection.revokedBadge')
                      : inForce
                        ? t('sharingSection.inForceBadge')
                        : t('sharingSection.endedBadge')}
                  </Badge>
                </p>
                <dl className="facts">
                  <div>
                    <dt>{t('sharing.what')}</dt>
                    <dd>{scopeList(disclosure.scopes, t)}</dd>
                  </div>
                  <div>
                    <dt>{t('sharing.ground')}</dt>
                    <dd>
                      {disclosure.basis.name} ({disclosure.basis.lawReference})
                    </dd>
                  </div>
                  <div>
                    <dt>{t('legalBasis.reason')}</dt>
                    <dd className="prewrap">{disclosure.reason}</dd>
                  </div>
                  <div>
                    <dt>{t('sharing.howLong')}</dt>
                    <dd>
                      {t('sharing.fromTo', {
                        from: formatDate(disclosure.createdAt, i18n.language),
                        until: until(disclosure.validUntil),
                      })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('sharingSection.recorded')}</dt>
                    <dd>
                      {disclosure.recordedBy.name}, {formatDateTime(disclosure.createdAt, i18n.language)}
                    </dd>
                  </div>
                  {disclosure.revokedAt && (
                    <div>
                      <dt>{t('sharingSection.revokedAt')}</dt>
                      <dd>{formatDateTime(disclosure.revokedAt, i18n.language)}</dd>
                    </div>
                  )}
                </dl>
                {sharedCase.viewerIsLead && inForce && (
                  <button
                    type="button"
                    className="button button--danger-outline button--small"
                    onClick={() => setRevoking(disclosure.id)}
                  >
                    {t('disclosure.revoke')}
                    <span className="visually-hidden">
                      {' '}
                      {t('disclosure.revokeWhich', { organisation: disclosure.organisation.name })}
                    </span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {dialog === 'consent' && (
        <ConsentDialog
          caseId={sharedCase.id}
          reference={sharedCase.reference}
          organisations={others}
          age={sharedCase.subject?.age ?? null}
          lawReference={consentLawReference}
          onClose={() => setDialog(null)}
          onRecorded={(notice) => {
            setDialog(null);
            onChanged(notice);
          }}
        />
      )}
      {dialog === 'disclosure' && (
        <DisclosureDialog
          caseId={sharedCase.id}
          reference={sharedCase.reference}
          organisations={others.filter((organisation) => organisation.kind !== 'CIVIL_SOCIETY')}
          onClose={() => setDialog(null)}
          onRecorded={(notice) => {
            setDialog(null);
            onChanged(notice);
          }}
        />
      )}
      <ConfirmDialog
        open={!!consentToWithdraw}
        title={t('consent.withdrawTitle')}
        body={
          consentToWithdraw
            ? t('consent.withdrawBody', {
                giver: t(`enums.ConsentGivenBy.${consentToWithdraw.givenBy}`).toLocaleLowerCase(),
                organisations: consentToWithdraw.organisations.map((o) => o.name).join(', '),
                scopes: scopeList(consentToWithdraw.scopes, t).toLocaleLowerCase(),
              })
            : ''
        }
        confirmLabel={t('consent.withdrawConfirm')}
        cancelLabel={t('consent.keep')}
        onConfirm={doWithdraw}
        onCancel={() => setWithdrawing(null)}
      >
        <TextAreaField
          id="withdraw-note"
          label={t('consent.withdrawNote')}
          hint={t('consent.withdrawNoteHint')}
          rows={2}
          value={withdrawNote}
          onChange={(event) => setWithdrawNote(event.target.value)}
        />
      </ConfirmDialog>
      <ConfirmDialog
        open={!!disclosureToRevoke}
        title={t('disclosure.revokeTitle')}
        body={
          disclosureToRevoke
            ? t('disclosure.revokeBody', {
                organisation: disclosureToRevoke.organisation.name,
                scopes: scopeList(disclosureToRevoke.scopes, t).toLocaleLowerCase(),
              })
            : ''
        }
        confirmLabel={t('disclosure.revokeConfirm')}
        cancelLabel={t('disclosure.keep')}
        onConfirm={doRevoke}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}
