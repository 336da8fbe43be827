import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import type { Viewer } from '../auth/viewer.ts';
import { APPROVAL_QUEUE_PATH, CATALOGUE_PATH, MY_ACTIVITIES_PATH } from './activity-paths.ts';
import { activityActorOf, mayApproveActivities, mayPostActivities } from './permissions.ts';

/**
 * The activity pages in the main menu: the public catalogue for everyone, signed in or not; the
 * organisation's own activities for those who post them; the approval queue for a municipality's
 * coordinators and admins.
 */
export function ActivityNavItems({ viewer }: { viewer: Viewer | null | undefined }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const actor = activityActorOf(viewer);
  // The catalogue and its activity pages, but not the approval queue below the same address.
  const inCatalogue =
    (pathname === CATALOGUE_PATH || pathname.startsWith(`${CATALOGUE_PATH}/`)) &&
    !pathname.startsWith(APPROVAL_QUEUE_PATH);
  return (
    <>
      <li>
        <Link to={CATALOGUE_PATH} aria-current={inCatalogue ? 'page' : undefined}>
          {t('activities.nav.catalogue')}
        </Link>
      </li>
      {mayPostActivities(actor) && (
        <li>
          <NavLink to={MY_ACTIVITIES_PATH}>{t('activities.nav.mine')}</NavLink>
        </li>
      )}
      {mayApproveActivities(actor) && (
        <li>
          <NavLink to={APPROVAL_QUEUE_PATH}>{t('activities.nav.queue')}</NavLink>
        </li>
      )}
    </>
  );
}
