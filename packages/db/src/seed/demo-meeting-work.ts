/**
 * What happens around the demo meetings: invitations with some answers, agendas, minutes and
 * decisions for held meetings, and action items (a few overdue) — derived deterministically from
 * the meetings, so the joint view has invitations to answer and actions to close.
 */
import type { actionItem, agendaItem, decision, meeting, meetingInvitee } from '../schema/index.ts';
import { DEMO } from './demo-data.ts';
import { demoForums } from './demo-forums.ts';

type MeetingRow = typeof meeting.$inferInsert;
const o = DEMO.organisations;

const AGENDA = [
  'Föregående protokoll och öppna åtgärder',
  'Lägesbild från varje organisation',
  'Aktuella ärenden och insatser',
  'Övrigt och nästa möte',
];
const ACTIONS = [
  'Sammanställa lägesbild inför nästa möte',
  'Bjuda in föreningarna i området till dialog',
  'Ta fram gemensam rutin för orosanmälningar',
  'Kartlägga sommarens aktiviteter för unga',
  'Följa upp deltagarna i arbetsmarknadsinsatsen',
  'Uppdatera kontaktlistan för samverkan',
];

/** Stockholm date (YYYY-MM-DD) `days` after an instant. */
const dateAfter = (instant: Date, days: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
    new Date(instant.getTime() + days * 86_400_000),
  );

export function demoMeetingWork(meetings: readonly MeetingRow[], now: Date) {
  const membersOf = new Map(
    demoForums.map((f) => [f.id, [...new Set([f.hostOrganisationId, ...f.members])]]),
  );
  const invitees: Array<typeof meetingInvitee.$inferInsert> = [];
  const agenda: Array<typeof agendaItem.$inferInsert> = [];
  const decisions: Array<typeof decision.$inferInsert> = [];
  const actions: Array<typeof actionItem.$inferInsert> = [];
  const seenHeld = new Map<string, number>();

  for (const [index, m] of meetings.entries()) {
    const id = m.id as string;
    const members = membersOf.get(m.forumId) ?? [];
    const past = m.startsAt.getTime() < now.getTime();
    for (const [k, organisationId] of members.entries()) {
      // Past meetings: answered and mostly attended. Coming ones: every third still unanswered.
      const answered = past || (index + k) % 3 !== 0;
      invitees.push({
        meetingId: id,
        organisationId,
        required: true,
        rsvp: answered ? ((index + k) % 7 === 0 ? 'declined' : 'accepted') : 'pending',
        rsvpAt: answered ? new Date(m.startsAt.getTime() - 7 * 86_400_000) : null,
        attended: past && m.status === 'held' ? (index + k) % 5 !== 0 : null,
      });
    }
    if (past && m.status !== 'held') continue;
    const upcomingSoon = !past && m.startsAt.getTime() - now.getTime() < 45 * 86_400_000;
    if (past || upcomingSoon) {
      for (const [position, title] of AGENDA.entries()) {
        agenda.push({
          meetingId: id,
          position: position + 1,
          title,
          presenterOrganisationId: position === 1 ? (members[0] ?? null) : null,
        });
      }
    }
    if (past) {
      const n = seenHeld.get(m.forumId) ?? 0;
      seenHeld.set(m.forumId, n + 1);
      decisions.push({
        meetingId: id,
        text: 'Mötet godkände lägesbilden och fördelade åtgärderna nedan.',
        createdAt: m.endsAt,
      });
      // Two actions per held meeting: the older ones done, some recent ones overdue, some open.
      for (const [k, title] of [
        ACTIONS[(index + n) % ACTIONS.length],
        ACTIONS[(index + n + 3) % ACTIONS.length],
      ].entries()) {
        const owner = members[(n + k) % Math.max(members.length, 1)] ?? o.vaxjoSocial;
        const due = dateAfter(m.startsAt, 21 + k * 14);
        const done = n % 3 === 0 && k === 0;
        actions.push({
          forumId: m.forumId,
          originMeetingId: id,
          title: title ?? 'Åtgärd',
          ownerOrganisationId: owner,
          dueDate: due,
          status: done ? 'done' : k === 1 && n % 2 === 0 ? 'in_progress' : 'open',
          completedAt: done ? new Date(m.startsAt.getTime() + 14 * 86_400_000) : null,
          createdAt: m.endsAt,
          updatedAt: m.endsAt,
        });
      }
    }
  }
  return { invitees, agenda, decisions, actions };
}
