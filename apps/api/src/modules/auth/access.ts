import { queryRows } from '@samlad/db';
import { sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';

/**
 * Whether the viewer acts as admin for `organisationId` or for an organisation above it in the
 * tree: an agency's admin manages its units too. One recursive query.
 */
export async function isOrgAdmin(ctx: Context, organisationId: string): Promise<boolean> {
  const m = ctx.viewer?.membership;
  if (m?.role !== 'admin') return false;
  if (m.organisationId === organisationId) return true;
  const rows = await queryRows<{ found: boolean }>(
    ctx.db,
    sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from organisation where id = ${organisationId}
      union all
      select o.id, o.parent_id from organisation o join up on o.id = up.parent_id
    )
    select exists(select 1 from up where id = ${m.organisationId}) as found`,
  );
  return rows[0]?.found === true;
}

/** The organisation the viewer acts for, or a value that matches nothing. */
export function activeOrganisationId(ctx: Context): string {
  return ctx.viewer?.membership?.organisationId ?? '00000000-0000-0000-0000-000000000000';
}
