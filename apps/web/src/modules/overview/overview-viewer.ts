import { useQuery } from 'urql';
import { type EnumValue, graphql, type ResultOf } from '../../graphql.ts';

/** What the overview turns on: the role, and the kind and county of the organisation acted for. */
export const OverviewViewerQuery = graphql(`
  query OverviewViewer {
    viewer {
      role
      activeOrganisation {
        id
        name
        kind
        county {
          code
          name
        }
      }
    }
  }
`);

export type OverviewViewer = NonNullable<ResultOf<typeof OverviewViewerQuery>['viewer']>;

export function useOverviewViewer() {
  return useQuery({ query: OverviewViewerQuery });
}

type Role = EnumValue<'MembershipRole'>;

/** The county board's roles that oversee its county (the API's rule); a board's members see their own load. */
const OVERSEEING_ROLES: readonly Role[] = ['OVERSEER', 'COORDINATOR', 'ADMIN'];

/** The county the viewer oversees, or null: only its own county board's overseers, coordinators and admins do. */
export function overseenCounty(viewer: OverviewViewer): { code: string; name: string } | null {
  const organisation = viewer.activeOrganisation;
  if (organisation?.kind !== 'COUNTY_BOARD') return null;
  return viewer.role && OVERSEEING_ROLES.includes(viewer.role) ? organisation.county : null;
}
