/**
 * Demo data for the county overview: pulse answers after the held meetings of two Kronoberg
 * forums (enough per quarter that the aggregates show), and done follow-ups of two Växjö cases
 * (one on time, one late), so the overview has something to show from the first start.
 */
import type { Executor } from '../client.ts';
import { caseFollowUp, meetingPulseAnswer } from '../schema/index.ts';
import { DEMO } from './demo-data.ts';

const DAY = 86_400_000;
const USEFULNESS = [3, 4, 3, 2, 4, 3] as const;
const TRUST = [3, 3, 4, 2, 3, 4] as const;
/** Forums whose held meetings get six anonymous pulse answers each. */
const PULSE_FORUMS: readonly string[] = [DEMO.forums.vaxjoChildren, DEMO.forums.kronobergBarnahus];

const isoDay = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(instant);

export async function seedDemoOverview(
  db: Executor,
  options: { now: Date; meetings: readonly { id?: string; forumId: string; status?: string | null }[] },
): Promise<void> {
  const { now } = options;
  const answers = options.meetings
    .filter((m) => m.id && m.status === 'held' && PULSE_FORUMS.includes(m.forumId))
    .flatMap((m, i) =>
      USEFULNESS.map((usefulness, j) => ({
        meetingId: m.id as string,
        usefulness: (j === 0 && i % 2 === 1 ? 4 : usefulness) as number,
        trust: TRUST[j] ?? 3,
      })),
    );
  if (answers.length) await db.insert(meetingPulseAnswer).values(answers);
  const at = (days: number) => isoDay(new Date(now.getTime() + days * DAY));
  await db.insert(caseFollowUp).values([
    {
      caseId: DEMO.cases.vaxjoYoungPerson,
      dueOn: at(-20),
      doneOn: at(-21),
      recordedByOrganisationId: DEMO.organisations.vaxjoSocial,
    },
    {
      caseId: DEMO.cases.vaxjoExpiredConsent,
      dueOn: at(-30),
      doneOn: at(-26),
      recordedByOrganisationId: DEMO.organisations.vaxjoSocial,
    },
  ]);
}
