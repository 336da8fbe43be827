/** Records the overview rows of the access matrix work on: a held meeting, a merge proposal. */
import { type Database, schema } from '@samlad/db';
import { eq } from 'drizzle-orm';
import { encodeGlobalId } from '../schema/global-id.ts';

const DAY = 86_400_000;
const idOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1] ?? '';

/** A meeting of the first forum that ended yesterday, inviting the organisation: its pulse is open. */
export async function makeHeldMeeting(
  db: Database,
  forums: { first: string },
  organisationId: string,
): Promise<string> {
  const startsAt = new Date(Date.now() - DAY - 3_600_000);
  const [made] = await db
    .insert(schema.meeting)
    .values({
      forumId: idOf(forums.first),
      title: 'Hållet matrismöte',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      mode: 'digital',
      videoUrl: 'https://meet.example.se/matris',
      status: 'held',
    })
    .returning({ id: schema.meeting.id });
  if (!made) throw new Error('meeting insert returned nothing');
  await db.insert(schema.meetingInvitee).values({ meetingId: made.id, organisationId });
  return encodeGlobalId('Meeting', made.id);
}

/** An open proposal to merge the two forums, made by `proposerId`. */
export async function makeMergeProposal(
  db: Database,
  forums: { first: string; second: string },
  proposerId: string,
): Promise<string> {
  const [a] = await db
    .select({ countyCode: schema.forum.countyCode })
    .from(schema.forum)
    .where(eq(schema.forum.id, idOf(forums.first)));
  if (!a) throw new Error('fresh forum missing');
  const [made] = await db
    .insert(schema.forumMergeProposal)
    .values({
      countyCode: a.countyCode,
      forumAId: idOf(forums.first),
      forumBId: idOf(forums.second),
      proposedByOrganisationId: proposerId,
      score: 0.85,
      sharedMemberCount: 1,
      hoursSavedPerYear: 8,
    })
    .returning({ id: schema.forumMergeProposal.id });
  if (!made) throw new Error('proposal insert returned nothing');
  return encodeGlobalId('ForumMergeProposal', made.id);
}
