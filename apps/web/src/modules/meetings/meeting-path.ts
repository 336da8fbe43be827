/** The meeting page's address (calendar feeds link to the same one). */
export function meetingPath(meeting: { id: string }): string {
  return `/moten/${encodeURIComponent(meeting.id)}`;
}
