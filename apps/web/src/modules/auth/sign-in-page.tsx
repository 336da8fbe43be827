import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { ErrorSummary, TextField } from '../../ui/form.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import { oidcStartHref, useAuthConfig } from './auth-config.ts';
import { safeReturnTo } from './return-to.ts';
import { signInNotice, useSession } from './session.tsx';
import { useViewer } from './viewer.ts';

// SignInSuccess.viewer is left out on purpose: the session is reset right after, and the fresh
// client asks for the viewer with the new cookie (the API also refuses nested viewer fields here).
const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      __typename
      ... on SignInFailedError {
        message
        field
        retryAfterSeconds
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

type Field = 'email' | 'password';
type FormErrors = Partial<Record<Field | 'form', string>>;

const FIELD_IDS: Record<Field, string> = { email: 'sign-in-email', password: 'sign-in-password' };

/** What the OIDC callback puts in `?fel=` when sign-in through the identity provider failed. */
const OIDC_ERRORS = {
  'okant-konto': 'auth.oidcError.unknownAccount',
  avstangt: 'auth.oidcError.deactivated',
  misslyckades: 'auth.oidcError.failed',
} as const;

function oidcErrorKey(value: string | null) {
  return value && Object.hasOwn(OIDC_ERRORS, value)
    ? OIDC_ERRORS[value as keyof typeof OIDC_ERRORS]
    : undefined;
}

function isField(value: string | null | undefined): value is Field {
  return value === 'email' || value === 'password';
}

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.title'));
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('tillbaka'));
  const notice = signInNotice(useLocation().state);
  const oidcError = oidcErrorKey(params.get('fel'));
  const authConfig = useAuthConfig();
  const [viewerResult] = useViewer();
  const navigate = useNavigate();
  const session = useSession();
  const [signInState, signIn] = useMutation(SignInMutation);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempt, setAttempt] = useState(0);

  if (viewerResult.data?.viewer && !signInState.fetching) return <Navigate to={returnTo} replace />;

  const fail = (next: FormErrors) => {
    setErrors(next);
    setAttempt((count) => count + 1);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signInState.fetching) return;
    const missing: FormErrors = {};
    if (!email.trim()) missing.email = t('auth.emailMissing');
    if (!password) missing.password = t('auth.passwordMissing');
    if (missing.email || missing.password) return fail(missing);

    const result = await signIn({ email: email.trim(), password });
    const outcome = result.data?.signIn;
    if (outcome?.__typename === 'SignInSuccess') {
      navigate(returnTo, { replace: true });
      session.reset();
      return;
    }
    setPassword('');
    // A rate-limited refusal's message already says how long to wait.
    const failure = mutationFailure(outcome, result.error, t('state.networkError'));
    if (!failure) return;
    fail(isField(failure.field) ? { [failure.field]: failure.message } : { form: failure.message });
  };

  return (
    <div className="page page--narrow">
      <h1>{t('auth.title')}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice === 'expired' ? t('auth.sessionExpired') : t('auth.signedOut')}
        </p>
      )}
      {oidcError && (
        <div className="state state--error" role="alert">
          <p className="state__title">{t('auth.oidcError.title')}</p>
          <p>{t(oidcError)}</p>
        </div>
      )}
      <p className="lead">{t('auth.intro')}</p>

      <ErrorSummary
        title={t('auth.errorSummary')}
        attempt={attempt}
        errors={(['email', 'password', 'form'] as const).flatMap((key) => {
          const message = errors[key];
          return message ? [{ key, message, fieldId: key === 'form' ? undefined : FIELD_IDS[key] }] : [];
        })}
      />

      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={FIELD_IDS.email}
          name="email"
          label={t('auth.email')}
          error={errors.email}
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id={FIELD_IDS.password}
          name="password"
          label={t('auth.password')}
          error={errors.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={signInState.fetching || undefined}
        >
          {signInState.fetching ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>

      {authConfig?.oidc && (
        <div className="sign-in-alternative">
          <p className="divider">
            <span>{t('auth.or')}</span>
          </p>
          <a
            className="button button--block"
            href={oidcStartHref(authConfig.oidc.startUrl, returnTo, window.location.origin)}
          >
            {authConfig.oidc.label ? t('auth.oidc', { label: authConfig.oidc.label }) : t('auth.oidcGeneric')}
          </a>
        </div>
      )}
    </div>
  );
}
