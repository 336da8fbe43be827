import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { formatDate } from '../../ui/datetime.ts';
import { SelectField, TextAreaField } from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import { caseFailure } from './case-errors.ts';
import { AnswerButtons } from './request-answers.tsx';

export const CaseParticipantsFragment = graphql(`
  fragment CaseParticipants on SharedCase {
    id
    reference
    status
    viewerIsLead
    lead {
      id
      name
      county {
        code
      }
    }
    participants {
      id
      name
      kind
    }
    pendingTransfer {
      id
      reason
      createdAt
      from {
        id
        name
      }
      to {
        id
        name
      }
    }
    joinRequests {
      id
      status
      reason
      createdAt
      caseReference
      organisation {
        id
        name
      }
    }
  }
`);

const CaseCandidatesQuery = graphql(`
  query CaseCandidates($countyCode: String!) {
    organisations(countyCode: $countyCode, first: 200) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

const AddCaseParticipantMutation = graphql(`
  mutation AddCaseParticipant($caseId: ID!, $organisationId: ID!) {
    addCaseParticipant(caseId: $caseId, organisationId: $organisationId) {
      __typename
      ... on AddCaseParticipantSuccess {
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

const RemoveCaseParticipantMutation = graphql(`
  mutation RemoveCaseParticipant($caseId: ID!, $organisationId: ID!) {
    removeCaseParticipant(caseId: $caseId, organisationId: $organisationId) {
      __typename
      ... on RemoveCaseParticipantSuccess {
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

const ProposeLeadTransferMutation = graphql(`
  mutation ProposeLeadTransfer($caseId: ID!, $toOrganisationId: ID!, $reason: String) {
    proposeLeadTransfer(caseId: $caseId, toOrganisationId: $toOrganisationId, reason: $reason) {
      __typename
      ... on ProposeLeadTransferSuccess {
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

/**
 * The organisations in the case. The lead adds and removes them, proposes to hand over the lead,
 * and answers requests to join; the organisation offered the lead answers the offer here too.
 */
export function CaseParticipants({
  data,
  organisationId,
  onChanged,
}: {
  data: FragmentOf<typeof CaseParticipantsFragment>;
  organisationId: string | undefined;
  onChanged: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const sharedCase = readFragment(CaseParticipantsFragment, data);
  const lead = sharedCase.viewerIsLead && sharedCase.status !== 'CLOSED';
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, remove] = useMutation(RemoveCaseParticipantMutation);
  const transfer = sharedCase.pendingTransfer;
  const pendingRequests = sharedCase.joinRequests.filter((request) => request.status === 'PENDING');

  async function doRemove() {
    const organisation = removing;
    setRemoving(null);
    setError(null);
    if (!organisation) return;
    const result = await remove({ caseId: sharedCase.id, organisationId: organisation.id });
    const outcome = result.data?.removeCaseParticipant;
    if (outcome?.__typename === 'RemoveCaseParticipantSuccess')
      onChanged(t('caseParticipants.removed', { organisation: organisation.name }));
    else setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <section aria-labelledby="case-participants-heading" className="section case-section">
      <h2 id="case-participants-heading">{t('caseParticipants.heading')}</h2>
      <ul className="participant-list">
        {sharedCase.participants.map((organisation) => (
          <li key={organisation.id}>
            <span className="participant-list__name">{organisation.name}</span>{' '}
            <span className="muted">({t(`enums.OrganisationKind.${organisation.kind}`)})</span>
            {organisation.id === sharedCase.lead.id && (
              <Badge tone="neutral">{t('caseParticipants.lead')}</Badge>
            )}
            {organisation.id === organisationId && <Badge tone="neutral">{t('caseParticipants.you')}</Badge>}
            {lead && organisation.id !== sharedCase.lead.id && (
              <button
                type="button"
                className="button button--small button--danger-outline participant-list__remove"
                onClick={() => setRemoving(organisation)}
              >
                {t('caseParticipants.remove')}
                <span className="visually-hidden"> {organisation.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}

      {transfer && (
        <div className="notice" data-testid="pending-transfer">
          <p className="notice__title">
            {t('caseParticipants.transferPending', { from: transfer.from.name, to: transfer.to.name })}
          </p>
          <p>
            {t('cases.inbox.asked', { date: formatDate(transfer.createdAt, i18n.language) })}
            {transfer.reason && ` ${t('cases.inbox.reason', { reason: transfer.reason })}`}
          </p>
          {transfer.to.id === organisationId && (
            <AnswerButtons
              kind="transfer"
              id={transfer.id}
              reference={sharedCase.reference}
              onAnswered={onChanged}
            />
          )}
          {transfer.from.id === organisationId && (
            <AnswerButtons
              kind="withdrawTransfer"
              id={transfer.id}
              reference={sharedCase.reference}
              onAnswered={onChanged}
            />
          )}
        </div>
      )}

      {sharedCase.viewerIsLead && pendingRequests.length > 0 && (
        <>
          <h3>{t('caseParticipants.joinRequests')}</h3>
          <ul className="inbox-list">
            {pendingRequests.map((request) => (
              <li key={request.id} className="inbox-item">
                <p className="inbox-item__what">
                  {t('cases.inbox.joinFrom', { organisation: request.organisation.name })}{' '}
                  {sharedCase.reference}
                </p>
                <p className="muted">
                  {t('cases.inbox.asked', { date: formatDate(request.createdAt, i18n.language) })}{' '}
                  {t('cases.inbox.reason', { reason: request.reason })}
                </p>
                <AnswerButtons
                  kind="join"
                  id={request.id}
                  reference={sharedCase.reference}
                  organisation={request.organisation.name}
                  onAnswered={onChanged}
                />
              </li>
            ))}
          </ul>
        </>
      )}

      {lead && (
        <div className="participant-forms">
          <AddParticipantForm
            caseId={sharedCase.id}
            countyCode={sharedCase.lead.county.code}
            present={new Set(sharedCase.participants.map((organisation) => organisation.id))}
            onAdded={onChanged}
          />
          {!transfer && (
            <TransferForm
              caseId={sharedCase.id}
              candidates={sharedCase.participants.filter(
                (organisation) =>
                  organisation.id !== sharedCase.lead.id && organisation.kind !== 'CIVIL_SOCIETY',
              )}
              onProposed={onChanged}
            />
          )}
        </div>
      )}

      <ConfirmDialog
        open={!!removing}
        title={t('caseParticipants.removeTitle', { organisation: removing?.name ?? '' })}
        body={t('caseParticipants.removeBody', { organisation: removing?.name ?? '' })}
        confirmLabel={t('caseParticipants.removeConfirm')}
        cancelLabel={t('caseParticipants.keep')}
        onConfirm={doRemove}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}

function AddParticipantForm({
  caseId,
  countyCode,
  present,
  onAdded,
}: {
  caseId: string;
  countyCode: string;
  present: ReadonlySet<string>;
  onAdded: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [organisations] = useQuery({ query: CaseCandidatesQuery, variables: { countyCode } });
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [state, add] = useMutation(AddCaseParticipantMutation);
  const candidates = (organisations.data?.organisations.edges ?? [])
    .map((edge) => edge.node)
    .filter((organisation) => !present.has(organisation.id) && organisation.kind !== 'COUNTY_BOARD');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setError(t('caseParticipants.chooseError'));
      document.getElementById('participant-add')?.focus();
      return;
    }
    const name = candidates.find((organisation) => organisation.id === chosen)?.name ?? '';
    const result = await add({ caseId, organisationId: chosen });
    const outcome = result.data?.addCaseParticipant;
    if (outcome?.__typename === 'AddCaseParticipantSuccess') {
      setChosen('');
      setError(undefined);
      onAdded(t('caseParticipants.added', { organisation: name }));
      return;
    }
    setError(caseFailure(outcome, result.error, t('state.networkError'))?.message);
    document.getElementById('participant-add')?.focus();
  }

  return (
    <form
      className="form form--inline"
      noValidate
      onSubmit={submit}
      aria-labelledby="participant-add-heading"
    >
      <h3 id="participant-add-heading">{t('caseParticipants.addHeading')}</h3>
      <SelectField
        id="participant-add"
        label={t('caseParticipants.organisation')}
        hint={t('caseParticipants.addHint')}
        error={error}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      >
        <option value="">{t('caseParticipants.choose')}</option>
        {candidates.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <div>
        <button type="submit" className="button" disabled={state.fetching}>
          {t('caseParticipants.add')}
        </button>
      </div>
    </form>
  );
}

function TransferForm({
  caseId,
  candidates,
  onProposed,
}: {
  caseId: string;
  candidates: readonly { id: string; name: string }[];
  onProposed: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ to?: string; reason?: string }>({});
  const [state, propose] = useMutation(ProposeLeadTransferMutation);
  if (candidates.length === 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!to) {
      setErrors({ to: t('caseParticipants.chooseError') });
      document.getElementById('transfer-to')?.focus();
      return;
    }
    const name = candidates.find((organisation) => organisation.id === to)?.name ?? '';
    const result = await propose({ caseId, toOrganisationId: to, reason: reason.trim() || null });
    const outcome = result.data?.proposeLeadTransfer;
    if (outcome?.__typename === 'ProposeLeadTransferSuccess') {
      setTo('');
      setReason('');
      setErrors({});
      onProposed(t('caseParticipants.transferProposed', { organisation: name }));
      return;
    }
    const failure = caseFailure(outcome, result.error, t('state.networkError'));
    setErrors(failure?.path === 'reason' ? { reason: failure.message } : { to: failure?.message });
  }

  return (
    <form className="form form--inline" noValidate onSubmit={submit} aria-labelledby="transfer-heading">
      <h3 id="transfer-heading">{t('caseParticipants.transferHeading')}</h3>
      <p className="field__hint">{t('caseParticipants.transferIntro')}</p>
      <SelectField
        id="transfer-to"
        label={t('caseParticipants.transferTo')}
        error={errors.to}
        value={to}
        onChange={(event) => setTo(event.target.value)}
      >
        <option value="">{t('caseParticipants.choose')}</option>
        {candidates.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="transfer-reason"
        label={t('caseParticipants.transferReason')}
        rows={2}
        error={errors.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div>
        <button type="submit" className="button" disabled={state.fetching}>
          {t('caseParticipants.transferSubmit')}
        </button>
      </div>
    </form>
  );
}
