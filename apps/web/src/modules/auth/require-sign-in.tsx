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
    // The viewer usually answers within a moment, and the header then grows by the signed-in
    // menu: the main area stays hidden meanwhile (app.css), so nothing in it is pushed down, and
    // the status shows only if the wait lasts.
    return (
      <div className="page page--awaiting-viewer">
        <Loading deferred />
      </div>
    );
  }
  if (!result.data.viewer) return <Navigate to={signInPath(`${pathname}${search}${hash}`)} replace />;
  return <Outlet />;
}
