/** Which invitees are already busy when a meeting is proposed. */
import { type Interval, overlaps } from './interval.ts';

export interface BusyItem extends Interval {
  inviteeId: string;
  /** What the invitee is busy with, e.g. the other forum's meeting title. */
  label: string;
}

export interface InviteeClashes<T extends BusyItem = BusyItem> {
  inviteeId: string;
  /** The invitee's busy items that overlap the proposal, in start order. */
  items: T[];
}

/**
 * The busy items overlapping `proposed`, grouped per invitee; invitees without a clash are left
 * out. Invitees come in the order they first appear in `busy`; extra fields on the items (meeting
 * or forum ids) are kept.
 */
export function findClashes<T extends BusyItem>(proposed: Interval, busy: readonly T[]): InviteeClashes<T>[] {
  const byInvitee = new Map<string, T[]>();
  for (const item of busy) {
    if (!overlaps(proposed, item)) continue;
    const items = byInvitee.get(item.inviteeId);
    if (items) items.push(item);
    else byInvitee.set(item.inviteeId, [item]);
  }
  return [...byInvitee].map(([inviteeId, items]) => ({
    inviteeId,
    items: items.sort((a, b) => a.start.getTime() - b.start.getTime()),
  }));
}
