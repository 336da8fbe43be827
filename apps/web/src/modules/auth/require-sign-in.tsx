import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading, QueryError } from '../../ui/query-state.tsx';
import { signInPath } from './return-to.ts';
import { useViewer } from './viewer.ts';

/** Pages below this route need a signed-in person; others are sent to sign in and brought back. */
export function RequireSignIn() {
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  const [result, reexecute] = useViewer();

  if (result.error && !result.data) {
    return (
      <div className="page">
        <QueryError
          title={t('auth.viewerError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!result.data) {
    return (
      <div className="page">
        <Loading />
      </div>
    );
  }
  if (!result.data.viewer) return <Navigate to={signInPath(`${pathname}${search}${hash}`)} replace />;
  return <Outlet />;
}
