import { useQuery } from 'urql';
import { type EnumValue, graphql } from '../../graphql.ts';
import type { Viewer } from '../auth/viewer.ts';

/** The kind of the organisation the viewer acts for: who may post or approve activities depends on it. */
const ActivityActorQuery = graphql(`
  query ActivityActor {
    viewer {
      role
      activeOrganisation {
        id
        kind
        municipality {
          code
          name
        }
      }
    }
  }
`);

export interface ActivityActor {
  role: EnumValue<'MembershipRole'> | null;
  kind: EnumValue<'OrganisationKind'> | null;
  municipality: { code: string; name: string } | null;
}

/** What the signed-in viewer acts as for activities, or null while unknown or signed out. */
export function useActivityActor(viewer: Viewer | null | undefined): ActivityActor | null {
  const [result] = useQuery({ query: ActivityActorQuery, pause: !viewer });
  const found = result.data?.viewer;
  if (!viewer || !found) return null;
  return {
    role: found.role ?? null,
    kind: found.activeOrganisation?.kind ?? null,
    municipality: found.activeOrganisation?.municipality ?? null,
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
