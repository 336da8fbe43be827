import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      user {
        id
        displayName
        email
        jobTitle
      }
      isPlatformAdmin
      role
      activeOrganisation {
        id
        name
        # What the activity pages and menu items depend on (activities/permissions.ts).
        kind
        municipality {
          code
          name
        }
      }
      memberships {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['viewer']>;

/** The signed-in person (data.viewer), or null in data when signed out. One request per client. */
export function useViewer() {
  return useQuery({ query: ViewerQuery });
}

/** Whether the viewer may open the administration pages. */
export function canAdminister(viewer: Viewer | null | undefined): boolean {
  return !!viewer && (viewer.isPlatformAdmin || viewer.role === 'ADMIN');
}
