import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { EditActivityPage, NewActivityPage } from './modules/activities/activity-form-page.tsx';
import { ActivityPage } from './modules/activities/activity-page.tsx';
import { ApprovalQueuePage } from './modules/activities/approval-queue-page.tsx';
import { CataloguePage } from './modules/activities/catalogue-page.tsx';
import { MyActivitiesPage } from './modules/activities/my-activities-page.tsx';
import { AdminIndex, AdminLayout } from './modules/admin/admin-layout.tsx';
import { AuditPage } from './modules/admin/audit-page.tsx';
import { InvitePage } from './modules/admin/invite-page.tsx';
import { MembersPage } from './modules/admin/members-page.tsx';
import { OrganisationsPage } from './modules/admin/organisations-page.tsx';
import { UnitsPage } from './modules/admin/units-page.tsx';
import { InvitationPage } from './modules/auth/invitation-page.tsx';
import { RequireSignIn } from './modules/auth/require-sign-in.tsx';
import { SIGN_IN_PATH } from './modules/auth/return-to.ts';
import { SignInPage } from './modules/auth/sign-in-page.tsx';
import { AccessLogPage } from './modules/cases/access-log-page.tsx';
import { CasePage } from './modules/cases/case-page.tsx';
import { CasesPage } from './modules/cases/cases-page.tsx';
import { NewCasePage } from './modules/cases/new-case-page.tsx';
import { PlanPrintPage } from './modules/cases/plan-print-page.tsx';
import { ForumEditPage } from './modules/forums/forum-edit-page.tsx';
import { ForumPage } from './modules/forums/forum-page.tsx';
import { ForumsPage } from './modules/forums/forums-page.tsx';
import { JointViewPage } from './modules/joint-view/joint-view-page.tsx';
import { MeetingPage } from './modules/meetings/meeting-page.tsx';
import { NewPollPage } from './modules/polls/new-poll-page.tsx';
import { PollPage } from './modules/polls/poll-page.tsx';
import { Layout } from './ui/layout.tsx';
import { NotFoundPage } from './ui/not-found-page.tsx';
import { Loading } from './ui/query-state.tsx';

// Lazy, so the overview's chart library loads only for those who open it.
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
          <Route
            path="oversikt"
            element={
              <Suspense fallback={<Loading />}>
                <OverviewPage />
              </Suspense>
            }
          />
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
