import { queryRows, schema } from '@samlad/db';
import { stockholmDate } from '@samlad/domain';
import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { translate } from '../../i18n/messages.ts';
import { audit } from '../audit/audit.service.ts';
import { InvalidInputError } from '../common/user-errors.ts';
import { loadManagedForum } from '../forums/forum.service.ts';
import { loadParticipatingCase } from './case-access.ts';

/**
 * Builds a forum meeting's case agenda as a MARAC does: first the forum's actions not yet done,
 * then the cases due for follow-up by the meeting's day, those with carried-over plan actions
 * first, then by follow-up date. Items carry only the case's reference. Cases already on the
 * agenda are not added twice. Returns how many items were added.
 */
export async function buildCaseAgenda(ctx: Context, meetingId: string): Promise<number> {
  const [meeting] = await ctx.db.select().from(schema.meeting).where(eq(schema.meeting.id, meetingId));
  if (!meeting) throw new InvalidInputError(ctx, 'notFound', { what: 'meeting' }, 'meetingId');
  await loadManagedForum(ctx, meeting.forumId);
  if (meeting.status !== 'scheduled') throw new InvalidInputError(ctx, 'meetingNotEditable', {}, 'meetingId');
  const day = stockholmDate(meeting.startsAt).iso;
  const due = await queryRows<{
    case_id: string;
    reference: string;
    next_follow_up_on: string;
    carried_over: boolean;
  }>(
    ctx.db,
    sql`select case_id, reference, next_follow_up_on::text, carried_over from samlad_cases_due_in_forum(${meeting.forumId}, ${day}::date)
        order by carried_over desc, next_follow_up_on, reference`,
  );
  const items = await ctx.db
    .select({ caseId: schema.agendaItem.caseId, title: schema.agendaItem.title })
    .from(schema.agendaItem)
    .where(eq(schema.agendaItem.meetingId, meetingId));
  const onAgenda = new Set(items.map((i) => i.caseId).filter(Boolean));
  const [last] = await ctx.db
    .select({ position: max(schema.agendaItem.position) })
    .from(schema.agendaItem)
    .where(eq(schema.agendaItem.meetingId, meetingId));
  let position = last?.position ?? 0;
  const rows: Array<typeof schema.agendaItem.$inferInsert> = [];
  const carriedTitle = translate(ctx.locale, 'agendaCarriedOverActions');
  const [openActions] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.actionItem)
    .where(
      and(
        eq(schema.actionItem.forumId, meeting.forumId),
        inArray(schema.actionItem.status, ['open', 'in_progress']),
      ),
    );
  if ((openActions?.n ?? 0) > 0 && !items.some((i) => i.title === carriedTitle)) {
    position += 1;
    rows.push({ meetingId, position, title: carriedTitle });
  }
  for (const c of due) {
    if (onAgenda.has(c.case_id)) continue;
    position += 1;
    rows.push({
      meetingId,
      position,
      caseId: c.case_id,
      title: translate(ctx.locale, c.carried_over ? 'agendaCaseCarriedOver' : 'agendaCaseFollowUp', {
        reference: c.reference,
      }),
    });
  }
  if (rows.length) await ctx.db.insert(schema.agendaItem).values(rows);
  await audit(ctx, {
    action: 'meeting.case_agenda_built',
    recordType: 'meeting',
    recordId: meetingId,
    details: { added: rows.length },
  });
  return rows.length;
}

/**
 * For a meeting about a case: the planner's organisation must take part in it, and a protected
 * person's meeting gets no place at all. Returns the case id to store.
 */
export async function checkCaseMeeting(
  ctx: Context,
  caseId: string | null | undefined,
  place: string | null,
): Promise<string | null> {
  if (!caseId) return null;
  const { found } = await loadParticipatingCase(ctx, caseId, 'caseId');
  if (found.protectedIdentity && place)
    throw new InvalidInputError(ctx, 'protectedCaseMeetingPlace', {}, 'place');
  return found.id;
}
