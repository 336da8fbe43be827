/** Addresses of the case pages (Swedish, like the rest of the app). */
export const CASES_PATH = '/arenden';
export const NEW_CASE_PATH = '/arenden/nytt';

export function casePath(sharedCase: { id: string }): string {
  return `${CASES_PATH}/${encodeURIComponent(sharedCase.id)}`;
}

export function planPrintPath(sharedCase: { id: string }): string {
  return `${casePath(sharedCase)}/plan/utskrift`;
}

export function accessLogPath(sharedCase: { id: string }): string {
  return `${casePath(sharedCase)}/atkomstlogg`;
}
