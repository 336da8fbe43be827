import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { formatDate } from '../../ui/datetime.ts';
import { ErrorSummary, TextField } from '../../ui/form.tsx';
import { Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import { signInPath } from './return-to.ts';
import { useSession } from './session.tsx';
import { useViewer } from './viewer.ts';

const MIN_PASSWORD_LENGTH = 12;

const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      organisationName
      role
      expiresAt
      needsPassword
    }
  }
`);

// Only the outcome's type: the session is reset after, and the fresh client asks for the viewer.
const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String) {
    acceptInvitation(token: $token, password: $password) {
      __typename
      ... on UserError {
        message
        field
      }
    }
  }
`);

/** `/inbjudan/:token`: the one-time link an admin passed on. Shows what it offers and accepts it. */
export function InvitationPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const [result, reexecute] = useQuery({ query: InvitationQuery, variables: { token } });
  const [viewerResult] = useViewer();
  const invitation = result.data?.invitation;
  const viewer = viewerResult.data?.viewer;

  return (
    <div className="page page--narrow">
      <h1>{t('invitation.title')}</h1>
      {result.error && !result.data ? (
        <QueryError
          title={t('invitation.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !result.data || !viewerResult.data ? (
        <Loading />
      ) : !invitation ? (
        <div className="state state--error">
          <p className="state__title">{t('invitation.invalidTitle')}</p>
          <p>{t('invitation.invalid')}</p>
        </div>
      ) : (
        <>
          <p className="lead">
            {t('invitation.offer', {
              organisation: invitation.organisationName,
              role: t(`enums.MembershipRole.${invitation.role}`),
            })}
          </p>
          <p>{t('invitation.expires', { date: formatDate(invitation.expiresAt, i18n.language) })}</p>
          {invitation.needsPassword ? (
            <AcceptForm token={token} needsPassword />
          ) : viewer ? (
            <AcceptForm token={token} needsPassword={false} signedInAs={viewer.user.displayName} />
          ) : (
            <>
              <p>{t('invitation.signInFirst')}</p>
              <Link className="button button--primary" to={signInPath(`/inbjudan/${token}`)}>
                {t('auth.signIn')}
              </Link>
            </>
          )}
        </>
      )}
    </div>
  );
}

function AcceptForm({
  token,
  needsPassword,
  signedInAs,
}: {
  token: string;
  needsPassword: boolean;
  signedInAs?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const session = useSession();
  const [state, accept] = useMutation(AcceptInvitationMutation);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string; form?: string }>({});
  const [attempt, setAttempt] = useState(0);

  const fail = (next: typeof errors) => {
    setErrors(next);
    setAttempt((count) => count + 1);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.fetching) return;
    if (needsPassword) {
      if (password.length < MIN_PASSWORD_LENGTH)
        return fail({ password: t('invitation.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) });
      if (password !== repeat) return fail({ repeat: t('invitation.passwordsDiffer') });
    }
    const response = await accept({ token, password: needsPassword ? password : null });
    if (response.data?.acceptInvitation.__typename === 'AcceptInvitationSuccess') {
      navigate('/', { replace: true });
      session.reset();
      return;
    }
    const failure = mutationFailure(response.data?.acceptInvitation, response.error, t('state.networkError'));
    if (failure)
      fail(failure.field === 'password' ? { password: failure.message } : { form: failure.message });
  };

  return (
    <>
      <ErrorSummary
        title={t('invitation.errorSummary')}
        attempt={attempt}
        errors={(['password', 'repeat', 'form'] as const).flatMap((key) => {
          const message = errors[key];
          return message ? [{ key, message, fieldId: key === 'form' ? undefined : `${id}-${key}` }] : [];
        })}
      />
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {needsPassword ? (
          <>
            <TextField
              id={`${id}-password`}
              label={t('invitation.password')}
              hint={t('invitation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              error={errors.password}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <TextField
              id={`${id}-repeat`}
              label={t('invitation.repeat')}
              error={errors.repeat}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
            />
          </>
        ) : (
          <p>{t('invitation.signedInAs', { name: signedInAs ?? '' })}</p>
        )}
        <div>
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={state.fetching || undefined}
          >
            {t('invitation.accept')}
          </button>
        </div>
      </form>
    </>
  );
}
