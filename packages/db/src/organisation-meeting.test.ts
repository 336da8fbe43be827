/**
 * organisation_meeting, the county overview's precomputed invitations, follows meeting and
 * meeting_invitee through its triggers: whatever the application does to those two, the table
 * says what a join of them would, one row per organisation and meeting.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryRows } from './client.ts';
import { DEMO } from './seed/demo-data.ts';
import { openTestDatabase, type TestDatabase } from './testing.ts';

const o = DEMO.organisations;
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase(inject('dbTemplate'));
});
afterAll(() => database?.destroy());

/** The rows the table has, against what the join of the source tables says. */
async function compare() {
  const kept = await queryRows<{ row: string }>(
    database.db,
    sql`select concat_ws('|', organisation_id, meeting_id, forum_id, starts_at, ends_at, cancelled, attended) as row
        from organisation_meeting order by 1`,
  );
  const joined = await queryRows<{ row: string }>(
    database.db,
    sql`select concat_ws('|', i.organisation_id, i.meeting_id, m.forum_id, m.starts_at, m.ends_at, m.status = 'cancelled', bool_or(i.attended)) as row
        from meeting_invitee i join meeting m on m.id = i.meeting_id
        group by i.organisation_id, i.meeting_id, m.forum_id, m.starts_at, m.ends_at, m.status order by 1`,
  );
  return { kept: kept.map((r) => r.row), joined: joined.map((r) => r.row) };
}

const rowOf = async (meetingId: string, organisationId: string) =>
  (
    await queryRows<{
      starts_at: Date | string;
      cancelled: boolean;
      attended: boolean | null;
      forum_id: string;
    }>(
      database.db,
      sql`select starts_at, cancelled, attended, forum_id from organisation_meeting
          where meeting_id = ${meetingId} and organisation_id = ${organisationId}`,
    )
  )[0];

describe('organisation_meeting', () => {
  it('holds the demo data as the join of meetings and invitations does', async () => {
    const { kept, joined } = await compare();
    expect(kept.length).toBeGreaterThan(100);
    expect(kept).toEqual(joined);
  });

  it('follows invitations, attendance, moves, cancellations, merges and deletions', async () => {
    const db = database.db;
    const [m] = await queryRows<{ id: string }>(
      db,
      sql`insert into meeting (forum_id, title, starts_at, ends_at, mode, video_url)
          values (${DEMO.forums.vaxjoAndt}, 'Följs', now() + interval '3 days', now() + interval '3 days 1 hour', 'digital', 'https://meet.example.se/f')
          returning id`,
    );
    const id = m?.id ?? '';
    // Two people of one organisation and the organisation itself: still one row.
    await db.execute(
      sql`insert into meeting_invitee (meeting_id, organisation_id) values (${id}, ${o.vaxjoSocial}), (${id}, ${o.polisVaxjo})`,
    );
    const people = await queryRows<{ id: string }>(
      db,
      sql`select id from user_account order by email limit 2`,
    );
    for (const p of people) {
      await db.execute(
        sql`insert into meeting_invitee (meeting_id, organisation_id, user_id) values (${id}, ${o.vaxjoSocial}, ${p.id})`,
      );
    }
    expect((await rowOf(id, o.vaxjoSocial))?.attended).toBeNull();
    await db.execute(
      sql`update meeting_invitee set attended = false where meeting_id = ${id} and organisation_id = ${o.vaxjoSocial}`,
    );
    expect((await rowOf(id, o.vaxjoSocial))?.attended).toBe(false);
    await db.execute(
      sql`update meeting_invitee set attended = true where meeting_id = ${id} and user_id = ${people[0]?.id ?? ''}`,
    );
    expect((await rowOf(id, o.vaxjoSocial))?.attended).toBe(true);
    await db.execute(
      sql`update meeting set starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day', status = 'cancelled' where id = ${id}`,
    );
    expect((await rowOf(id, o.polisVaxjo))?.cancelled).toBe(true);
    await db.execute(sql`update meeting set forum_id = ${DEMO.forums.vaxjoChildren} where id = ${id}`);
    expect((await rowOf(id, o.polisVaxjo))?.forum_id).toBe(DEMO.forums.vaxjoChildren);
    await db.execute(
      sql`delete from meeting_invitee where meeting_id = ${id} and organisation_id = ${o.polisVaxjo}`,
    );
    expect(await rowOf(id, o.polisVaxjo)).toBeUndefined();
    expect((await compare()).kept).toEqual((await compare()).joined);
    await db.execute(sql`delete from meeting where id = ${id}`);
    expect(await rowOf(id, o.vaxjoSocial)).toBeUndefined();
    const { kept, joined } = await compare();
    expect(kept).toEqual(joined);
  });

  it('may not be written by the application', async () => {
    const state = await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'samlad_app', true)`);
        await tx.execute(sql`delete from organisation_meeting`);
        return 'ok';
      })
      .catch((error: { cause?: { code?: string }; code?: string }) => error.cause?.code ?? error.code);
    expect(state).toBe('42501');
  });
});
