// The administration area's pages, as one lazily loaded chunk (app.tsx): moving between its
// tabs then never waits for code, and the area's navigation stays in place.
export { AdminIndex, AdminLayout } from './admin-layout.tsx';
export { AuditPage } from './audit-page.tsx';
export { InvitePage } from './invite-page.tsx';
export { MembersPage } from './members-page.tsx';
export { OrganisationsPage } from './organisations-page.tsx';
export { UnitsPage } from './units-page.tsx';
