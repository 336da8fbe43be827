import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';
import { formatDate } from '../../ui/datetime.ts';
import { ErrorSummary, SelectField, TextField } from '../../ui/form.tsx';
import { Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import { grantableRoles, type MembershipRole } from './roles.ts';

const InviteTargetsQuery = graphql(`
  query InviteTargets {
    viewer {
      activeOrganisation {
        id
        name
        kind
        units {
          id
          name
          kind
        }
      }
    }
  }
`);

const InviteMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      __typename
      ... on InviteMemberSuccess {
        invitation {
          email
          role
          expiresAt
          invitationPath
          organisation {
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

type Invitation = Extract<
  NonNullable<ResultOf<typeof InviteMutation>['inviteMember']>,
  { __typename: 'InviteMemberSuccess' }
>['invitation'];

const FIELDS = ['displayName', 'email', 'jobTitle', 'role', 'organisationId'] as const;
type Field = (typeof FIELDS)[number];
type FormErrors = Partial<Record<Field | 'form', string>>;

function isField(value: string | null): value is Field {
  return (FIELDS as readonly (string | null)[]).includes(value);
}

export function InvitePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.invite.title'));
  const [result, reexecute] = useQuery({ query: InviteTargetsQuery });
  const [invitation, setInvitation] = useState<Invitation>();
  const organisation = result.data?.viewer?.activeOrganisation;

  return (
    <>
      <p className="back-link">
        <Link to="/administration/medlemmar">{t('admin.invite.back')}</Link>
      </p>
      <h1>{t('admin.invite.title')}</h1>
      {result.error && !result.data ? (
        <QueryError
          title={t('admin.members.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !organisation ? (
        <Loading />
      ) : invitation ? (
        <InvitationCreated invitation={invitation} onAnother={() => setInvitation(undefined)} />
      ) : (
        <InviteForm organisation={organisation} onInvited={setInvitation} />
      )}
    </>
  );
}

type Organisation = NonNullable<
  NonNullable<ResultOf<typeof InviteTargetsQuery>['viewer']>['activeOrganisation']
>;

function InviteForm({
  organisation,
  onInvited,
}: {
  organisation: Organisation;
  onInvited: (invitation: Invitation) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ids = Object.fromEntries(FIELDS.map((field) => [field, `${id}-${field}`])) as Record<Field, string>;
  const targets = [organisation, ...organisation.units];
  const [values, setValues] = useState({
    displayName: '',
    email: '',
    jobTitle: '',
    role: 'MEMBER' as MembershipRole,
    organisationId: organisation.id,
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [state, invite] = useMutation(InviteMutation);
  const target = targets.find((candidate) => candidate.id === values.organisationId) ?? organisation;
  const roles = grantableRoles(target.kind);
  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [field]: event.target.value }));

  const fail = (next: FormErrors) => {
    setErrors(next);
    setAttempt((count) => count + 1);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.fetching) return;
    const missing: FormErrors = {};
    if (!values.displayName.trim()) missing.displayName = t('admin.invite.nameMissing');
    if (!values.email.trim()) missing.email = t('admin.invite.emailMissing');
    if (Object.keys(missing).length) return fail(missing);
    const role = roles.includes(values.role) ? values.role : 'MEMBER';
    const response = await invite({
      input: {
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        jobTitle: values.jobTitle.trim() || null,
        role,
        organisationId: values.organisationId,
      },
    });
    const outcome = response.data?.inviteMember;
    if (outcome?.__typename === 'InviteMemberSuccess') return onInvited(outcome.invitation);
    const failure = mutationFailure(outcome, response.error, t('state.networkError'));
    if (failure)
      fail(isField(failure.field) ? { [failure.field]: failure.message } : { form: failure.message });
  };

  return (
    <>
      <p className="lead">{t('admin.invite.intro')}</p>
      <ErrorSummary
        title={t('admin.invite.errorSummary')}
        attempt={attempt}
        errors={([...FIELDS, 'form'] as const).flatMap((key) => {
          const message = errors[key];
          return message ? [{ key, message, fieldId: key === 'form' ? undefined : ids[key] }] : [];
        })}
      />
      <form className="form form--narrow" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={ids.displayName}
          label={t('admin.invite.name')}
          error={errors.displayName}
          autoComplete="off"
          value={values.displayName}
          onChange={set('displayName')}
        />
        <TextField
          id={ids.email}
          label={t('admin.invite.email')}
          hint={t('admin.invite.emailHint')}
          error={errors.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          onChange={set('email')}
        />
        <TextField
          id={ids.jobTitle}
          label={t('admin.invite.jobTitle')}
          error={errors.jobTitle}
          autoComplete="off"
          value={values.jobTitle}
          onChange={set('jobTitle')}
        />
        {targets.length > 1 && (
          <SelectField
            id={ids.organisationId}
            label={t('admin.invite.organisation')}
            error={errors.organisationId}
            value={values.organisationId}
            onChange={set('organisationId')}
          >
            {targets.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          id={ids.role}
          label={t('admin.invite.role')}
          error={errors.role}
          value={roles.includes(values.role) ? values.role : 'MEMBER'}
          onChange={set('role')}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`enums.MembershipRole.${role}`)}
            </option>
          ))}
        </SelectField>
        <div>
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={state.fetching || undefined}
          >
            {state.fetching ? t('admin.invite.sending') : t('admin.invite.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

/** The one-time link, shown once: the admin passes it on (the API sends no e-mail). */
function InvitationCreated({ invitation, onAnother }: { invitation: Invitation; onAnother: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState('');
  const link = new URL(invitation.invitationPath, window.location.origin).href;
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="card invitation-created" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('admin.invite.created')}
      </h2>
      <p>
        {t('admin.invite.createdBody', {
          email: invitation.email,
          organisation: invitation.organisation.name,
          role: t(`enums.MembershipRole.${invitation.role}`),
        })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-link`}>{t('admin.invite.link')}</label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('admin.invite.linkHint', { date: formatDate(invitation.expiresAt, i18n.language) })}
        </p>
        <input
          id={`${id}-link`}
          aria-describedby={`${id}-hint`}
          readOnly
          value={link}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            // Clipboard access needs a secure context and permission; the field can always be copied by hand.
            if (!navigator.clipboard) return setCopied(t('admin.invite.copyFailed'));
            navigator.clipboard
              .writeText(link)
              .then(() => setCopied(t('admin.invite.copied')))
              .catch(() => setCopied(t('admin.invite.copyFailed')));
          }}
        >
          {t('admin.invite.copy')}
        </button>
        <button type="button" className="button" onClick={onAnother}>
          {t('admin.invite.another')}
        </button>
      </div>
      <p aria-live="polite" className="list-status">
        {copied}
      </p>
    </section>
  );
}
