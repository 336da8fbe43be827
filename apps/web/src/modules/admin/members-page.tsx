import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import { grantableRoles, type MembershipRole } from './roles.ts';
import { useAdminViewer } from './use-admin-viewer.ts';

const MAX_MEMBERS = 200;

const MembersQuery = graphql(`
  query AdminMembers($organisationId: ID!, $first: Int!) {
    viewer {
      activeOrganisation {
        id
        name
        kind
      }
    }
    members(organisationId: $organisationId, includeDeactivated: true, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          role
          status
          user {
            id
            displayName
            email
            jobTitle
          }
        }
      }
    }
  }
`);

const ChangeRoleMutation = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      __typename
      ... on ChangeMemberRoleSuccess {
        membership {
          id
          role
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

const DeactivateMutation = graphql(`
  mutation DeactivateMember($membershipId: ID!) {
    deactivateMember(membershipId: $membershipId) {
      __typename
      ... on DeactivateMemberSuccess {
        membership {
          id
          role
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

const ReactivateMutation = graphql(`
  mutation ReactivateMember($membershipId: ID!) {
    reactivateMember(membershipId: $membershipId) {
      __typename
      ... on ReactivateMemberSuccess {
        membership {
          id
          role
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

type Member = ResultOf<typeof MembersQuery>['members']['edges'][number]['node'];

/** What happened to whom, for the live region and the row it concerns. */
interface Outcome {
  membershipId: string;
  message: string;
  ok: boolean;
}

export function MembersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.members.title'));
  const viewer = useAdminViewer();
  const organisationId = viewer.activeOrganisation?.id ?? '';
  const [result, reexecute] = useQuery({
    query: MembersQuery,
    variables: { organisationId, first: MAX_MEMBERS },
    pause: !organisationId,
  });
  const [outcome, setOutcome] = useState<Outcome>();
  const [confirming, setConfirming] = useState<Member>();
  const [, deactivate] = useMutation(DeactivateMutation);
  const organisation = result.data?.viewer?.activeOrganisation;
  const members = result.data?.members.edges.map((edge) => edge.node) ?? [];

  const onDeactivate = async (member: Member) => {
    setConfirming(undefined);
    const response = await deactivate({ membershipId: member.id });
    const data = response.data?.deactivateMember;
    const failure = mutationFailure(data, response.error, t('state.networkError'));
    setOutcome(
      failure
        ? { membershipId: member.id, message: failure.message, ok: false }
        : {
            membershipId: member.id,
            message: t('admin.members.deactivated', { name: member.user.displayName }),
            ok: true,
          },
    );
    // The button that opened the dialog now offers "Aktivera igen"; keep the person there.
    document.getElementById(actionButtonId(member.id))?.focus();
  };

  return (
    <>
      <h1>{t('admin.members.title')}</h1>
      <p className="lead">{t('admin.members.intro', { organisation: organisation?.name ?? '' })}</p>
      <p>
        <Link className="button" to="/administration/medlemmar/bjud-in">
          {t('admin.invite.title')}
        </Link>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {outcome?.ok ? outcome.message : ''}
      </p>
      {result.error && !result.data ? (
        <QueryError
          title={t('admin.members.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !organisation ? (
        <Loading />
      ) : members.length === 0 ? (
        <Empty>{t('admin.members.empty')}</Empty>
      ) : (
        <>
          <ul className="admin-list">
            {members.map((member) => (
              <li key={member.id}>
                <MemberCard
                  member={member}
                  roles={grantableRoles(organisation.kind)}
                  isSelf={member.user.id === viewer.user.id && !viewer.isPlatformAdmin}
                  outcome={outcome?.membershipId === member.id ? outcome : undefined}
                  onOutcome={setOutcome}
                  onDeactivate={() => setConfirming(member)}
                />
              </li>
            ))}
          </ul>
          {result.data?.members.pageInfo.hasNextPage && (
            <p className="list-status">{t('admin.members.truncated', { count: members.length })}</p>
          )}
        </>
      )}
      <ConfirmDialog
        open={!!confirming}
        title={t('admin.members.confirmTitle', { name: confirming?.user.displayName ?? '' })}
        body={t('admin.members.confirmBody', {
          name: confirming?.user.displayName ?? '',
          organisation: organisation?.name ?? '',
        })}
        confirmLabel={t('admin.members.deactivate')}
        cancelLabel={t('admin.cancel')}
        onConfirm={() => confirming && void onDeactivate(confirming)}
        onCancel={() => setConfirming(undefined)}
      />
    </>
  );
}

function actionButtonId(membershipId: string) {
  return `member-action-${membershipId}`;
}

function MemberCard({
  member,
  roles,
  isSelf,
  outcome,
  onOutcome,
  onDeactivate,
}: {
  member: Member;
  roles: MembershipRole[];
  isSelf: boolean;
  outcome: Outcome | undefined;
  onOutcome: (outcome: Outcome) => void;
  onDeactivate: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [role, setRole] = useState<MembershipRole>(member.role);
  const [roleState, changeRole] = useMutation(ChangeRoleMutation);
  const [reactivateState, reactivate] = useMutation(ReactivateMutation);
  const busy = useRef(false);
  const active = member.status === 'ACTIVE';
  const name = member.user.displayName;
  // A role the organisation's kind does not offer (set before a rule changed) stays visible.
  const options = roles.includes(member.role) ? roles : [member.role, ...roles];

  const report = (failure: ReturnType<typeof mutationFailure>, success: string) =>
    onOutcome(
      failure
        ? { membershipId: member.id, message: failure.message, ok: false }
        : { membershipId: member.id, message: success, ok: true },
    );

  const onChangeRole = async () => {
    if (busy.current || role === member.role) return;
    busy.current = true;
    const response = await changeRole({ membershipId: member.id, role });
    busy.current = false;
    const failure = mutationFailure(response.data?.changeMemberRole, response.error, t('state.networkError'));
    if (failure) setRole(member.role);
    report(failure, t('admin.members.roleChanged', { name, role: t(`enums.MembershipRole.${role}`) }));
  };

  const onReactivate = async () => {
    if (busy.current) return;
    busy.current = true;
    const response = await reactivate({ membershipId: member.id });
    busy.current = false;
    report(
      mutationFailure(response.data?.reactivateMember, response.error, t('state.networkError')),
      t('admin.members.reactivated', { name }),
    );
  };

  return (
    <article
      className={active ? 'card member-card' : 'card member-card member-card--inactive'}
      aria-labelledby={`${id}-name`}
    >
      <div className="member-card__who">
        <h2 className="member-card__name" id={`${id}-name`}>
          {name}
          {!active && <Badge tone="warning">{t('enums.MembershipStatus.DEACTIVATED')}</Badge>}
        </h2>
        {member.user.jobTitle && <p className="member-card__title">{member.user.jobTitle}</p>}
        <p className="member-card__email">{member.user.email}</p>
      </div>
      {isSelf ? (
        <p className="member-card__self">
          {t(`enums.MembershipRole.${member.role}`)} · {t('admin.members.self')}
        </p>
      ) : (
        <div className="member-card__actions">
          <div className="member-card__role">
            <label htmlFor={`${id}-role`}>
              {t('admin.members.role')}
              <span className="visually-hidden"> {t('admin.members.roleFor', { name })}</span>
            </label>
            <select
              id={`${id}-role`}
              value={role}
              disabled={!active}
              onChange={(event) => setRole(event.target.value as MembershipRole)}
            >
              {options.map((option) => (
                <option key={option} value={option}>
                  {t(`enums.MembershipRole.${option}`)}
                </option>
              ))}
            </select>
            {active && (
              <button
                type="button"
                className="button"
                aria-disabled={role === member.role || roleState.fetching || undefined}
                onClick={() => void onChangeRole()}
              >
                {t('admin.members.changeRole')}
                <span className="visually-hidden"> {t('admin.members.roleFor', { name })}</span>
              </button>
            )}
          </div>
          {/* One button for both, so focus stays on it when it turns from one into the other. */}
          <button
            type="button"
            id={actionButtonId(member.id)}
            className={active ? 'button button--danger-outline' : 'button'}
            aria-disabled={reactivateState.fetching || undefined}
            onClick={() => (active ? onDeactivate() : void onReactivate())}
          >
            {active ? t('admin.members.deactivate') : t('admin.members.reactivate')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </div>
      )}
      {outcome && (
        <p
          className={outcome.ok ? 'member-card__outcome' : 'field__error'}
          role={outcome.ok ? undefined : 'alert'}
        >
          {outcome.message}
        </p>
      )}
    </article>
  );
}
