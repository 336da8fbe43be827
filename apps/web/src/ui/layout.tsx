import { type RefObject, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { ActivityNavItems } from '../modules/activities/activity-nav.tsx';
import { OrganisationSwitcher } from '../modules/auth/organisation-switcher.tsx';
import { SIGN_IN_ALIASES, signInPath } from '../modules/auth/return-to.ts';
import { useSession } from '../modules/auth/session.tsx';
import { UserMenu } from '../modules/auth/user-menu.tsx';
import { canAdminister, useViewer } from '../modules/auth/viewer.ts';
import { mayWorkCases } from '../modules/cases/permissions.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { Loading } from './query-state.tsx';

export function Layout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname, search, hash } = useLocation();
  const focusedPath = useRef(pathname);
  const { generation } = useSession();
  const [viewerResult] = useViewer();
  const viewer = viewerResult.data?.viewer;
  const signedOut = viewerResult.data !== undefined && !viewer;
  // Until the API has said who this is: keep the sign-in link's place (the public pages are
  // mostly visited signed out), so the header does not grow and push the page down when it comes.
  const viewerPending = viewerResult.data === undefined && !viewerResult.error;
  const onSignInPage = (SIGN_IN_ALIASES as readonly string[]).includes(pathname);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </NavLink>
          {viewer && (
            <nav aria-label={t('app.mainNav')} className="main-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('nav.jointView')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/forum">{t('nav.forums')}</NavLink>
                </li>
                {/* County board overseers see aggregate figures only; the API refuses them every case. */}
                {mayWorkCases(viewer) && (
                  <li>
                    <NavLink to="/arenden">{t('nav.cases')}</NavLink>
                  </li>
                )}
                <ActivityNavItems viewer={viewer} />
                <li>
                  <NavLink to="/oversikt">{t('overview.nav')}</NavLink>
                </li>
                {/* Administration sits apart from the everyday pages, and only for those who may use it. */}
                {canAdminister(viewer) && (
                  <li className="main-nav__admin">
                    <NavLink to="/administration">{t('nav.administration')}</NavLink>
                  </li>
                )}
              </ul>
            </nav>
          )}
          {/* Signed out (or not yet known), the public pages: the activity catalogue. */}
          {!viewer && (
            <nav aria-label={t('app.mainNav')} className="main-nav">
              <ul>
                <ActivityNavItems viewer={null} />
              </ul>
            </nav>
          )}
          <div className="session-bar">
            {viewer && <OrganisationSwitcher viewer={viewer} />}
            {viewer && <UserMenu viewer={viewer} />}
            {signedOut && !onSignInPage && (
              <Link className="button sign-in-link" to={signInPath(`${pathname}${search}${hash}`)}>
                {t('auth.signIn')}
              </Link>
            )}
            {viewerPending && !onSignInPage && (
              <span className="button sign-in-link sign-in-link--pending" aria-hidden="true">
                {t('auth.signIn')}
              </span>
            )}
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {/* A new identity or organisation starts every page afresh (no state from before). */}
        {/* Most pages load their code on first visit (app.tsx); meanwhile a status says so. A new
            boundary per address, so the previous page never lingers under the new address while
            the next one's code loads (a navigation is a transition, which would keep it). */}
        <Suspense key={pathname} fallback={<Loading />}>
          <Outlet key={generation} />
          {/* Inside the boundary, so it runs once the new page (and its code) is in place. */}
          <FocusOnArrival mainRef={mainRef} pathname={pathname} focusedPath={focusedPath} />
        </Suspense>
      </main>
    </>
  );
}

/**
 * After a client-side navigation, move focus to the new page's heading (or the main element),
 * as a full page load would, so screen reader and keyboard users start at the new content.
 */
function FocusOnArrival({
  mainRef,
  pathname,
  focusedPath: previous,
}: {
  mainRef: RefObject<HTMLElement | null>;
  pathname: string;
  focusedPath: RefObject<string>;
}) {
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = mainRef.current;
    if (!main) return;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      main.focus();
    }
  }, [pathname, mainRef, previous]);
  return null;
}
