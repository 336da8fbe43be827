import { useOutletContext } from 'react-router';
import type { Viewer } from '../auth/viewer.ts';

/** The signed-in admin, as the administration layout checked them. */
export function useAdminViewer(): Viewer {
  return useOutletContext<Viewer>();
}
