/** Addresses of the activity pages (Swedish, like the rest of the app). */
export const CATALOGUE_PATH = '/aktiviteter';
export const APPROVAL_QUEUE_PATH = '/aktiviteter/godkann';
export const MY_ACTIVITIES_PATH = '/mina-aktiviteter';
export const NEW_ACTIVITY_PATH = '/mina-aktiviteter/ny';

export function activityPath(activity: { id: string }): string {
  return `${CATALOGUE_PATH}/${encodeURIComponent(activity.id)}`;
}

export function editActivityPath(activity: { id: string }): string {
  return `${activityPath(activity)}/andra`;
}

/** The open iCalendar feed of published activities, of one municipality if given (served by the API). */
export function calendarFeedUrl(municipalityCode?: string | null): string {
  return municipalityCode
    ? `/feeds/activities.ics?${new URLSearchParams({ municipality: municipalityCode })}`
    : '/feeds/activities.ics';
}

/** The open HSDS-shaped JSON feed, of one municipality if given. */
export function openDataUrl(municipalityCode?: string | null): string {
  return municipalityCode
    ? `/feeds/activities.json?${new URLSearchParams({ municipality: municipalityCode })}`
    : '/feeds/activities.json';
}
