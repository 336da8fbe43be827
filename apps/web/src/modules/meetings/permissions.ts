import type { Viewer } from '../auth/viewer.ts';

/** Coordinators and admins of a forum's host organisation plan its meetings, agendas, minutes and actions. */
export function managesForum(viewer: Viewer | null | undefined, hostOrganisationId: string): boolean {
  return (
    !!viewer &&
    viewer.activeOrganisation?.id === hostOrganisationId &&
    (viewer.role === 'COORDINATOR' || viewer.role === 'ADMIN')
  );
}

/** The responsible organisation moves its own actions along; the forum's hosts may too. */
export function mayChangeAction(
  viewer: Viewer | null | undefined,
  action: { owner: { id: string }; forum: { host: { id: string } } },
): boolean {
  if (!viewer || viewer.role === 'OVERSEER') return false;
  return viewer.activeOrganisation?.id === action.owner.id || managesForum(viewer, action.forum.host.id);
}
