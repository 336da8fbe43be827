// Who each scenario signs in as, picked from the national data set so the same data gives the
// same person, and signed in over HTTP like the web.
import { encodeGlobalId } from '../../../apps/api/src/schema/global-id.ts';
import { DEMO_PASSWORD, type Executor, queryRows } from '../../../packages/db/src/index.ts';
import { signInOver } from '../support.ts';
import type { Identity } from './limit.ts';

export interface Viewer extends Identity {
  email: string;
  cookie: string;
}

const GENERATED = `'5eed0000-0000-0000-0000-000000000000' and '5eedffff-ffff-ffff-ffff-ffffffffffff'`;

/** The e-mail's user id and organisation (its active membership), then a session over HTTP. */
export async function signInAs(db: Executor, graphqlUrl: string, email: string): Promise<Viewer> {
  const [row] = await queryRows<{ user_id: string; organisation_id: string }>(
    db,
    `select u.id as user_id, m.organisation_id from user_account u
     join membership m on m.user_id = u.id and m.status = 'active'
     where u.email = '${email.replace(/'/g, "''")}' order by m.created_at limit 1`,
  );
  if (!row) throw new Error(`${email} has no active membership`);
  const cookie = await signInOver(graphqlUrl, email, DEMO_PASSWORD);
  return { email, userId: row.user_id, organisationId: row.organisation_id, cookie };
}

/** A generated member (or coordinator) of the generated organisation that takes part in the most open cases. */
export async function caseWorker(db: Executor): Promise<{ email: string; openCases: number }> {
  const [row] = await queryRows<{ email: string; n: number }>(
    db,
    `with busiest as (
       select p.organisation_id, count(*)::int as n from case_participant p
       join shared_case c on c.id = p.case_id and c.status <> 'closed'
       where p.organisation_id between ${GENERATED}
       group by p.organisation_id order by count(*) desc, p.organisation_id limit 1)
     select u.email, b.n from busiest b
     join membership m on m.organisation_id = b.organisation_id and m.status = 'active' and m.role in ('member', 'coordinator')
     join user_account u on u.id = m.user_id and u.deactivated_at is null
     order by (m.role = 'member') desc, u.email limit 1`,
  );
  if (!row) throw new Error('no generated member of an organisation with open cases');
  return { email: row.email, openCases: row.n };
}

/** Global ids of up to `n` open cases the organisation takes part in (spread over the list). */
export async function casesOf(db: Executor, organisationId: string, n: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    `select c.id from shared_case c join case_participant p on p.case_id = c.id and p.organisation_id = '${organisationId}'
     where c.status <> 'closed' order by md5(c.id::text) limit ${n}`,
  );
  return rows.map((r) => encodeGlobalId('SharedCase', r.id));
}

/** The e-mail of an active overseer of the county's board. */
export async function overseerOf(db: Executor, county: string): Promise<string> {
  const [row] = await queryRows<{ email: string }>(
    db,
    `select u.email from user_account u
     join membership m on m.user_id = u.id and m.role = 'overseer' and m.status = 'active'
     join organisation o on o.id = m.organisation_id and o.kind = 'county_board' and o.county_code = '${county}'
     order by u.email limit 1`,
  );
  if (!row) throw new Error(`county ${county} has no overseer`);
  return row.email;
}
