import { type ComponentType, lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { CataloguePage } from './modules/activities/catalogue-page.tsx';
import { RequireSignIn } from './modules/auth/require-sign-in.tsx';
import { SIGN_IN_PATH } from './modules/auth/return-to.ts';
import { SignInPage } from './modules/auth/sign-in-page.tsx';
import { JointViewPage } from './modules/joint-view/joint-view-page.tsx';
import { Layout } from './ui/layout.tsx';
import { NotFoundPage } from './ui/not-found-page.tsx';

/** A page from a module that exports it by name, loaded when its route is first shown. */
function lazyPage<M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

// The first screens stay in the initial bundle: the joint view (the start page once signed in),
// the public activity catalogue and sign-in. Every other page loads with its route, so a first
// visit does not download cases, forms, administration or the overview's chart library.
// Layout's Suspense boundary shows the loading state while a page's code arrives.
const ActivityPage = lazyPage(() => import('./modules/activities/activity-page.tsx'), 'ActivityPage');
const ApprovalQueuePage = lazyPage(
  () => import('./modules/activities/approval-queue-page.tsx'),
  'ApprovalQueuePage',
);
const EditActivityPage = lazyPage(
  () => import('./modules/activities/activity-form-page.tsx'),
  'EditActivityPage',
);
const NewActivityPage = lazyPage(
  () => import('./modules/activities/activity-form-page.tsx'),
  'NewActivityPage',
);
const MyActivitiesPage = lazyPage(
  () => import('./modules/activities/my-activities-page.tsx'),
  'MyActivitiesPage',
);
const loadAdmin = () => import('./modules/admin/pages.ts');
const AdminIndex = lazyPage(loadAdmin, 'AdminIndex');
const AdminLayout = lazyPage(loadAdmin, 'AdminLayout');
const AuditPage = lazyPage(loadAdmin, 'AuditPage');
const InvitePage = lazyPage(loadAdmin, 'InvitePage');
const MembersPage = lazyPage(loadAdmin, 'MembersPage');
const OrganisationsPage = lazyPage(loadAdmin, 'OrganisationsPage');
const UnitsPage = lazyPage(loadAdmin, 'UnitsPage');
const InvitationPage = lazyPage(() => import('./modules/auth/invitation-page.tsx'), 'InvitationPage');
const AccessLogPage = lazyPage(() => import('./modules/cases/access-log-page.tsx'), 'AccessLogPage');
const CasePage = lazyPage(() => import('./modules/cases/case-page.tsx'), 'CasePage');
const CasesPage = lazyPage(() => import('./modules/cases/cases-page.tsx'), 'CasesPage');
const NewCasePage = lazyPage(() => import('./modules/cases/new-case-page.tsx'), 'NewCasePage');
const PlanPrintPage = lazyPage(() => import('./modules/cases/plan-print-page.tsx'), 'PlanPrintPage');
const ForumEditPage = lazyPage(() => import('./modules/forums/forum-edit-page.tsx'), 'ForumEditPage');
const ForumPage = lazyPage(() => import('./modules/forums/forum-page.tsx'), 'ForumPage');
const ForumsPage = lazyPage(() => import('./modules/forums/forums-page.tsx'), 'ForumsPage');
const MeetingPage = lazyPage(() => import('./modules/meetings/meeting-page.tsx'), 'MeetingPage');
const NewPollPage = lazyPage(() => import('./modules/polls/new-poll-page.tsx'), 'NewPollPage');
const PollPage = lazyPage(() => import('./modules/polls/poll-page.tsx'), 'PollPage');
const OverviewPage = lazy(() => import('./modules/overview/overview-page.tsx'));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="logga-in" element={<SignInPage />} />
        <Route path="sign-in" element={<SignInAlias />} />
        {/* The activity catalogue and activity pages are public: young people and parents need no account. */}
        <Route path="aktiviteter" element={<CataloguePage />} />
        <Route path="aktiviteter/:id" element={<ActivityPage />} />
        <Route element={<RequireSignIn />}>
          <Route index element={<JointViewPage />} />
          <Route path="forum" element={<ForumsPage />} />
          <Route path="forum/:id" element={<ForumPage />} />
          <Route path="forum/:id/andra" element={<ForumEditPage />} />
          <Route path="moten/:meetingId" element={<MeetingPage />} />
          <Route path="forum/:id/omrostningar/ny" element={<NewPollPage />} />
          <Route path="forum/:forumId/omrostningar/:pollId" element={<PollPage />} />
          <Route path="arenden" element={<CasesPage />} />
          <Route path="arenden/nytt" element={<NewCasePage />} />
          <Route path="arenden/:id" element={<CasePage />} />
          <Route path="arenden/:id/plan/utskrift" element={<PlanPrintPage />} />
          <Route path="arenden/:id/atkomstlogg" element={<AccessLogPage />} />
          <Route path="aktiviteter/godkann" element={<ApprovalQueuePage />} />
          <Route path="aktiviteter/:id/andra" element={<EditActivityPage />} />
          <Route path="mina-aktiviteter" element={<MyActivitiesPage />} />
          <Route path="mina-aktiviteter/ny" element={<NewActivityPage />} />
          <Route path="oversikt" element={<OverviewPage />} />
          <Route path="administration" element={<AdminLayout />}>
            <Route index element={<AdminIndex />} />
            <Route path="medlemmar" element={<MembersPage />} />
            <Route path="medlemmar/bjud-in" element={<InvitePage />} />
            <Route path="enheter" element={<UnitsPage />} />
            <Route path="logg" element={<AuditPage />} />
            <Route path="organisationer" element={<OrganisationsPage />} />
          </Route>
        </Route>
        <Route path="inbjudan/:token" element={<InvitationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** The English address of the sign-in page, kept for links and habits; the query comes along. */
function SignInAlias() {
  const { search, state } = useLocation();
  return <Navigate to={`${SIGN_IN_PATH}${search}`} state={state} replace />;
}
