import type { Viewer } from '../auth/viewer.ts';

/** County board overseers see aggregate figures only: the API refuses them every case. */
export function mayWorkCases(viewer: Viewer | null | undefined): boolean {
  return !!viewer?.role && viewer.role !== 'OVERSEER';
}

/** Associations take part in cases but cannot lead one, so they open none. */
export function mayOpenCases(viewer: Viewer | null | undefined): boolean {
  return mayWorkCases(viewer) && viewer?.role !== 'PARTNER';
}

/** Sharing without consent is an override for the lead's coordinators and admins only. */
export function mayDiscloseWithoutConsent(
  viewer: Viewer | null | undefined,
  sharedCase: { viewerIsLead: boolean },
): boolean {
  return sharedCase.viewerIsLead && (viewer?.role === 'COORDINATOR' || viewer?.role === 'ADMIN');
}

/** The access log is for the lead organisation's admins. */
export function mayReadAccessLog(
  viewer: Viewer | null | undefined,
  sharedCase: { viewerIsLead: boolean },
): boolean {
  return sharedCase.viewerIsLead && viewer?.role === 'ADMIN';
}
