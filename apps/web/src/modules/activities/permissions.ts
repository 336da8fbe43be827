import type { EnumValue } from '../../graphql.ts';
import type { Viewer } from '../auth/viewer.ts';

export interface ActivityActor {
  role: EnumValue<'MembershipRole'> | null;
  kind: EnumValue<'OrganisationKind'> | null;
  municipality: { code: string; name: string } | null;
}

/**
 * What the signed-in viewer acts as for activities, or null while unknown or signed out. Read
 * from the viewer query itself (it asks for the organisation's kind and municipality), so the
 * menu items that depend on it come with the rest of the menu instead of a request later.
 */
export function activityActorOf(viewer: Viewer | null | undefined): ActivityActor | null {
  if (!viewer) return null;
  return {
    role: viewer.role ?? null,
    kind: viewer.activeOrganisation?.kind ?? null,
    municipality: viewer.activeOrganisation?.municipality ?? null,
  };
}

/** Associations and municipal units post activities; county board overseers do not. */
export function mayPostActivities(actor: ActivityActor | null): boolean {
  return (
    !!actor?.role &&
    actor.role !== 'OVERSEER' &&
    (actor.kind === 'CIVIL_SOCIETY' || actor.kind === 'MUNICIPALITY')
  );
}

/** A municipality's coordinators and admins approve and unpublish the activities posted there. */
export function mayApproveActivities(actor: ActivityActor | null): boolean {
  return (
    (actor?.role === 'COORDINATOR' || actor?.role === 'ADMIN') &&
    actor.kind === 'MUNICIPALITY' &&
    !!actor.municipality
  );
}
