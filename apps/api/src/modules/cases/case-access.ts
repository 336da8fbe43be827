import { queryRows, schema } from '@samlad/db';
import { eq, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { forbiddenError } from '../../errors.ts';
import { InvalidInputError, NotAllowedError } from '../common/user-errors.ts';

type SharedCase = typeof schema.sharedCase.$inferSelect;
export type CaseScope = (typeof schema.caseScope.enumValues)[number];

/** Roles that work cases. Overseers (the county board) see only aggregates, never a case. */
const CASE_ROLES = new Set(['admin', 'coordinator', 'member', 'partner']);

export interface CaseActor {
  userId: string;
  organisationId: string;
  role: string;
  kind: (typeof schema.organisationKind.enumValues)[number];
}

/**
 * The person acting on cases now, or a NotAllowedError. County boards never work cases. Reads
 * nothing: the organisation's kind came with the session.
 */
export async function caseActor(ctx: Context): Promise<CaseActor> {
  const m = ctx.viewer?.membership;
  if (!ctx.viewer || !m || !CASE_ROLES.has(m.role) || m.organisationKind === 'county_board')
    throw new NotAllowedError(ctx, 'notCaseWorker');
  return {
    userId: ctx.viewer.userId,
    organisationId: m.organisationId,
    role: m.role,
    kind: m.organisationKind,
  };
}

/**
 * Reads of cases are for case workers only: never the signed-out, overseers, or anyone acting for
 * a county board (which sees aggregates only). A FORBIDDEN error otherwise.
 */
export async function requireCaseReader(ctx: Context): Promise<void> {
  try {
    await caseActor(ctx);
  } catch (error) {
    if (error instanceof NotAllowedError) throw forbiddenError(ctx);
    throw error;
  }
}

/**
 * A case the acting organisation participates in. Row-level security already hides the others;
 * this turns "not there" into an error that names the field.
 */
export async function loadParticipatingCase(
  ctx: Context,
  caseId: string,
  field = 'caseId',
): Promise<{ actor: CaseActor; found: SharedCase }> {
  const actor = await caseActor(ctx);
  const [found] = await ctx.db
    .select()
    .from(schema.sharedCase)
    .where(
      sql`${schema.sharedCase.id} = ${caseId} and exists (select 1 from case_participant p where p.case_id = ${schema.sharedCase.id} and p.organisation_id = ${actor.organisationId})`,
    );
  if (!found) throw new InvalidInputError(ctx, 'caseNotFound', {}, field);
  return { actor, found };
}

/** A case the acting organisation leads, still open for changes. */
export async function loadLedCase(
  ctx: Context,
  caseId: string,
  field = 'caseId',
  options: { allowClosed?: boolean } = {},
): Promise<{ actor: CaseActor; found: SharedCase }> {
  const loaded = await loadParticipatingCase(ctx, caseId, field);
  if (loaded.found.leadOrganisationId !== loaded.actor.organisationId) {
    const [lead] = await ctx.db
      .select({ name: schema.organisation.name })
      .from(schema.organisation)
      .where(eq(schema.organisation.id, loaded.found.leadOrganisationId));
    throw new NotAllowedError(ctx, 'notCaseLead', { lead: lead?.name ?? '' }, field);
  }
  if (loaded.found.status === 'closed' && !options.allowClosed) {
    throw new InvalidInputError(ctx, 'caseClosed', {}, field);
  }
  return loaded;
}

/** What the acting organisation may read of these cases now, as the database decides it (one statement). */
export async function caseAccess(
  ctx: Context,
  caseIds: readonly string[],
): Promise<Map<string, Record<CaseScope, boolean>>> {
  const result = new Map<string, Record<CaseScope, boolean>>();
  if (caseIds.length === 0) return result;
  const rows = await queryRows<{ id: string; identity: boolean; notes: boolean; plan: boolean }>(
    ctx.db,
    sql`select c.id, samlad_case_may(c.id, 'identity') as identity, samlad_case_may(c.id, 'notes') as notes,
          samlad_case_may(c.id, 'plan') as plan
        from (values ${sql.join(
          caseIds.map((id) => sql`(${id}::uuid)`),
          sql`, `,
        )}) as c(id)`,
  );
  for (const row of rows) result.set(row.id, { identity: row.identity, notes: row.notes, plan: row.plan });
  return result;
}

/** The participating organisations of a case, by id. */
export async function participantIds(ctx: Context, caseId: string): Promise<Set<string>> {
  const rows = await ctx.db
    .select({ id: schema.caseParticipant.organisationId })
    .from(schema.caseParticipant)
    .where(eq(schema.caseParticipant.caseId, caseId));
  return new Set(rows.map((r) => r.id));
}
