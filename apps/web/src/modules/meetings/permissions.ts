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

/** A member organisation's coordinators and admins name its representatives in a forum; so may the forum's hosts. */
export function mayChangeRepresentatives(
  viewer: Viewer | null | undefined,
  organisationId: string,
  hostOrganisationId: string,
): boolean {
  if (!viewer) return false;
  if (managesForum(viewer, hostOrganisationId)) return true;
  return (
    viewer.activeOrganisation?.id === organisationId &&
    (viewer.role === 'COORDINATOR' || viewer.role === 'ADMIN')
  );
}
