import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { onlyErrorCode } from '../modules/auth/graphql-errors.ts';

/**
 * Says that something is on its way. `deferred`: only once the wait has lasted a moment (see
 * .state--deferred), for waits that are usually over at once, so it neither flashes by nor is
 * pushed aside by what replaces it.
 */
export function Loading({ label, deferred = false }: { label?: string; deferred?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className={deferred ? 'state state--loading state--deferred' : 'state state--loading'} role="status">
      {label ?? t('state.loading')}
    </p>
  );
}

/** What failed, why in words a person can act on, and a way to try again. */
export function QueryError({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: CombinedError;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const messages = error.graphQLErrors.map((graphQLError) => graphQLError.message);
  if (onlyErrorCode(error, 'FORBIDDEN')) return <Forbidden message={messages[0]} />;
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      {error.networkError || messages.length === 0 ? (
        <p>{t('state.networkError')}</p>
      ) : (
        <>
          <p>{t('state.serverError', { message: messages.join(' ') })}</p>
          <p>{t('state.serverErrorHint')}</p>
        </>
      )}
      <button type="button" className="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state--empty">{children}</p>;
}

/**
 * The role the person acts in may not see this. Says so plainly, with the API's reason, and what
 * to do: act for another organisation, or ask an administrator. Trying again would not help.
 */
export function Forbidden({ message }: { message?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('state.forbiddenTitle')}</p>
      {message && <p>{message}</p>}
      <p>{t('state.forbiddenHint')}</p>
    </div>
  );
}
