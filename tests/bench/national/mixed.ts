// The mixed read/write workload: the joint view read, an RSVP, an action's status and a new
// meeting, in turn, by the coordinator who sits in many forums. Writes touch only rows this run
// restores (the invitation's answer, the action's status) or creates (meetings titled with the
// run's id, deleted afterwards with what hangs off them), so the data set stays as it was.
import { encodeGlobalId } from '../../../apps/api/src/schema/global-id.ts';
import { type Executor, queryRows } from '../../../packages/db/src/index.ts';
import { CREATE_MEETING, RESPOND, SET_ACTION_STATUS } from './documents.ts';
import type { Viewer } from './viewers.ts';

export interface Writes {
  bodies: Array<{ label: string; body: string }>;
  notes: string[];
  restore(): Promise<void>;
}

const q = (text: string) => `'${text.replace(/'/g, "''")}'`;

export async function prepareWrites(db: Executor, viewer: Viewer, runId: string): Promise<Writes> {
  const org = q(viewer.organisationId);
  const notes: string[] = [];
  const bodies: Writes['bodies'] = [];
  const restores: Array<() => Promise<void>> = [];

  const [invitation] = await queryRows<{
    id: string;
    meeting_id: string;
    rsvp: string;
    rsvp_at: string | null;
  }>(
    db,
    `select i.id, i.meeting_id, i.rsvp::text, i.rsvp_at::text from meeting_invitee i
     join meeting m on m.id = i.meeting_id and m.status = 'scheduled' and m.starts_at > now() + interval '7 days'
     where i.organisation_id = ${org} and i.user_id is null
     order by m.starts_at, m.id limit 1`,
  );
  if (invitation) {
    const meetingId = encodeGlobalId('Meeting', invitation.meeting_id);
    for (const answer of ['ACCEPTED', 'DECLINED'])
      bodies.push({
        label: `respondToMeeting ${answer}`,
        body: JSON.stringify({ query: RESPOND, variables: { meetingId, answer } }),
      });
    restores.push(async () => {
      await db.execute(
        `update meeting_invitee set rsvp = ${q(invitation.rsvp)}, rsvp_at = ${invitation.rsvp_at ? q(invitation.rsvp_at) : 'null'}, deputy_user_id = null where id = ${q(invitation.id)}`,
      );
    });
  } else notes.push('no coming invitation of the organisation: no RSVPs');

  const [action] = await queryRows<{
    id: string;
    status: string;
    completed_at: string | null;
    updated_at: string;
  }>(
    db,
    `select id, status::text, completed_at::text, updated_at::text from action_item
     where owner_organisation_id = ${org} and status = 'open' order by id limit 1`,
  );
  if (action) {
    const actionId = encodeGlobalId('ActionItem', action.id);
    for (const status of ['IN_PROGRESS', 'OPEN'])
      bodies.push({
        label: `setActionStatus ${status}`,
        body: JSON.stringify({ query: SET_ACTION_STATUS, variables: { actionId, status } }),
      });
    restores.push(async () => {
      await db.execute(
        `update action_item set status = ${q(action.status)}, completed_at = ${action.completed_at ? q(action.completed_at) : 'null'}, updated_at = ${q(action.updated_at)} where id = ${q(action.id)}`,
      );
    });
  } else notes.push('no open action of the organisation: no action updates');

  const [forum] = await queryRows<{ id: string }>(
    db,
    `select id from forum where host_organisation_id = ${org} and status = 'active' order by id limit 1`,
  );
  const title = `Benchmark ${runId}`;
  if (forum) {
    // Far ahead and spread over the day, so the new meetings stay out of the measured windows.
    const startsAt = new Date(Date.UTC(new Date().getUTCFullYear() + 2, 2, 2, 9));
    const input = {
      title,
      mode: 'DIGITAL',
      videoUrl: 'https://video.example/benchmark',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    };
    bodies.push({
      label: 'createMeeting',
      body: JSON.stringify({
        query: CREATE_MEETING,
        variables: { forumId: encodeGlobalId('Forum', forum.id), input },
      }),
    });
  } else notes.push('the organisation hosts no active forum: no new meetings');
  restores.push(async () => {
    await db.execute(
      `update action_item set origin_meeting_id = null where origin_meeting_id in (select id from meeting where title = ${q(title)})`,
    );
    await db.execute(`delete from meeting where title = ${q(title)}`);
  });

  return {
    bodies,
    notes,
    restore: async () => {
      for (const restore of restores) await restore();
    },
  };
}
