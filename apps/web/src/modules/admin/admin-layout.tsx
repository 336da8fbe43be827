import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet } from 'react-router';
import { Forbidden, Loading } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { canAdminister, useViewer, type Viewer } from '../auth/viewer.ts';

/**
 * The administration area: members, units and audit log of the organisation the person acts
 * for, and (for platform admins) all organisations. Only for admins; others get a clear refusal.
 */
export function AdminLayout() {
  const { t } = useTranslation();
  const [result] = useViewer();
  const viewer = result.data?.viewer;
  if (!result.data) return <Loading />;
  if (!viewer || !canAdminister(viewer)) return <AdminForbidden />;

  const orgAdmin = !!viewer.activeOrganisation;
  return (
    <div className="page admin">
      <p className="admin__eyebrow">
        {t('admin.title')}
        {viewer.activeOrganisation && ` · ${viewer.activeOrganisation.name}`}
      </p>
      <nav aria-label={t('admin.nav')} className="sub-nav">
        <ul>
          {orgAdmin && (
            <>
              <li>
                <NavLink to="/administration/medlemmar">{t('admin.members.title')}</NavLink>
              </li>
              <li>
                <NavLink to="/administration/enheter">{t('admin.units.title')}</NavLink>
              </li>
              <li>
                <NavLink to="/administration/logg">{t('admin.audit.title')}</NavLink>
              </li>
            </>
          )}
          {viewer.isPlatformAdmin && (
            <li>
              <NavLink to="/administration/organisationer">{t('admin.organisations.title')}</NavLink>
            </li>
          )}
        </ul>
      </nav>
      <Outlet context={viewer satisfies Viewer} />
    </div>
  );
}

/** `/administration` opens the first page the person may use. */
export function AdminIndex() {
  const [result] = useViewer();
  const viewer = result.data?.viewer;
  if (!viewer) return null;
  return (
    <Navigate
      to={viewer.activeOrganisation ? '/administration/medlemmar' : '/administration/organisationer'}
      replace
    />
  );
}

function AdminForbidden() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  return (
    <div className="page">
      <h1>{t('admin.title')}</h1>
      <Forbidden message={t('admin.forbidden')} />
    </div>
  );
}
