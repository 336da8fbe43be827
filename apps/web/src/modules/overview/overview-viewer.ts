import { useQuery } from 'urql';
import { graphql } from '../../graphql.ts';

/**
 * What the overview turns on: the county the viewer oversees, if any (the API decides who does),
 * and the organisation acted for, named in the organisation overview.
 */
export const OverviewViewerQuery = graphql(`
  query OverviewViewer {
    viewer {
      overseenCounty {
        code
        name
      }
      activeOrganisation {
        id
        name
      }
    }
  }
`);

export function useOverviewViewer() {
  return useQuery({ query: OverviewViewerQuery });
}
