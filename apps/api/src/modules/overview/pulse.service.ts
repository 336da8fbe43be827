import { queryRows, schema } from '@samlad/db';
import { isPulseValue } from '@samlad/domain/overview';
import { sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { activeOrganisationId } from '../auth/access.ts';
import { ConflictError, InvalidInputError, NotAllowedError } from '../common/user-errors.ts';

/** How long after a meeting its pulse can be answered. */
export const PULSE_WINDOW_DAYS = 30;

export type PulseState = 'not_invited' | 'not_yet' | 'open' | 'answered' | 'closed' | 'cancelled';

/** Until when a meeting that ended at `endsAt` can be answered. */
export function pulseClosesAt(endsAt: Date): Date {
  return new Date(endsAt.getTime() + PULSE_WINDOW_DAYS * 24 * 3600 * 1000);
}

/** Where the viewer stands with a meeting's pulse. */
export function pulseState(
  ctx: Context,
  meeting: { status: string; endsAt: Date },
  invited: boolean,
  answered: boolean,
): PulseState {
  if (!invited) return 'not_invited';
  if (answered) return 'answered';
  if (meeting.status === 'cancelled') return 'cancelled';
  if (meeting.endsAt > ctx.now) return 'not_yet';
  if (pulseClosesAt(meeting.endsAt) < ctx.now) return 'closed';
  return 'open';
}

/** The invitations that make the viewer a participant: by name, as deputy, or for their organisation. */
export function invitesViewer(ctx: Context) {
  const userId = ctx.viewer?.userId ?? '00000000-0000-0000-0000-000000000000';
  return {
    OR: [{ userId }, { deputyUserId: userId }, { organisationId: activeOrganisationId(ctx) }],
  };
}

/**
 * A participant answers a meeting's two-question pulse, once, within 30 days after it. Who answered
 * and what is answered go to separate tables with nothing in common but the meeting, so an answer
 * cannot be traced to a person through the application. The audit event says that the person
 * answered, never what.
 */
export async function answerMeetingPulse(
  ctx: Context,
  meetingId: string,
  usefulness: number,
  trust: number,
): Promise<Date> {
  if (!isPulseValue(usefulness)) throw new InvalidInputError(ctx, 'pulseScale', {}, 'usefulness');
  if (!isPulseValue(trust)) throw new InvalidInputError(ctx, 'pulseScale', {}, 'trust');
  const userId = ctx.viewer?.userId;
  if (!userId) throw new NotAllowedError(ctx, 'pulseNotParticipant');
  const [found] = await queryRows<{
    status: string;
    ends_at: Date | string;
    invited: boolean;
    answered: boolean;
  }>(
    ctx.db,
    sql`
    select m.status, m.ends_at,
           exists (select 1 from meeting_invitee i where i.meeting_id = m.id
                   and (i.user_id = ${userId} or i.deputy_user_id = ${userId}
                        or i.organisation_id = ${activeOrganisationId(ctx)})) as invited,
           exists (select 1 from meeting_pulse_response r where r.meeting_id = m.id and r.user_id = ${userId}) as answered
    from meeting m where m.id = ${meetingId}`,
  );
  if (!found) throw new InvalidInputError(ctx, 'pulseMeetingUnknown', {}, 'meetingId');
  const endsAt = found.ends_at instanceof Date ? found.ends_at : new Date(found.ends_at);
  const state = pulseState(ctx, { status: found.status, endsAt }, found.invited, found.answered);
  if (state === 'not_invited') throw new NotAllowedError(ctx, 'pulseNotParticipant');
  if (state === 'answered') throw new ConflictError(ctx, 'pulseAlreadyAnswered', {}, 'meetingId');
  if (state === 'cancelled') throw new InvalidInputError(ctx, 'pulseCancelled', {}, 'meetingId');
  if (state === 'not_yet') throw new InvalidInputError(ctx, 'pulseNotYet', {}, 'meetingId');
  if (state === 'closed') {
    throw new InvalidInputError(ctx, 'pulseClosed', { days: PULSE_WINDOW_DAYS }, 'meetingId');
  }
  await ctx.db.insert(schema.meetingPulseResponse).values({ meetingId, userId });
  await ctx.db.insert(schema.meetingPulseAnswer).values({ meetingId, usefulness, trust });
  await audit(ctx, {
    action: 'meeting.pulse_answered',
    recordType: 'meeting',
    recordId: meetingId,
    details: {},
  });
  return endsAt;
}
