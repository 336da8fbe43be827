import type { schema } from '@samlad/db';
import { stockholmDate } from '@samlad/domain';
import { checkPeriod } from '@samlad/domain/overview';
import type { Context, MembershipRole } from '../../context.ts';
import { forbiddenError, userInputError } from '../../errors.ts';

export type OrganisationKind = (typeof schema.organisationKind.enumValues)[number];

/** The organisation the viewer acts for, with what the overview's rules turn on. */
export interface ActingOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  countyCode: string;
  role: MembershipRole;
}

/** What one overview request covers, already checked. Dates are inclusive Stockholm days. */
export interface OverviewPeriod {
  from: string;
  to: string;
  /** Today in Stockholm: what lies after it has not happened yet. */
  today: string;
}

export const DEFAULT_FLAG_THRESHOLD = 8;

/** Roles at a county board that oversee its county (access rule 5). Members there see their own load only. */
const OVERSEEING_ROLES = new Set<MembershipRole>(['overseer', 'coordinator', 'admin']);
/** Roles that host forums and so see their forums' figures. */
export const HOSTING_ROLES = new Set<MembershipRole>(['coordinator', 'admin']);

/**
 * The organisation the viewer acts for. Reads nothing: the session's statement brought it
 * (runAsSession). A FORBIDDEN error for someone with no active membership.
 */
export function actingOrganisation(ctx: Context): ActingOrganisation {
  const m = ctx.viewer?.membership;
  if (!m) throw forbiddenError(ctx);
  return {
    id: m.organisationId,
    name: m.organisationName,
    kind: m.organisationKind,
    countyCode: m.countyCode,
    role: m.role,
  };
}

/** Whether the acting organisation oversees this county: its county board, as overseer, coordinator or admin. */
export function oversees(actor: ActingOrganisation, countyCode: string): boolean {
  return actor.kind === 'county_board' && actor.countyCode === countyCode && OVERSEEING_ROLES.has(actor.role);
}

/** Checks a period: real dates, not turned around, at most five years. */
export function checkOverviewPeriod(ctx: Context, from: string, to: string): OverviewPeriod {
  const problem = checkPeriod(from, to);
  if (problem === 'badDate') {
    const field = checkPeriod(from, from) === 'badDate' ? 'from' : 'to';
    throw userInputError(ctx, 'overviewBadDate', { value: field === 'from' ? from : to }, field);
  }
  if (problem === 'reversed') throw userInputError(ctx, 'overviewPeriodReversed', {}, 'to');
  if (problem === 'tooLong') throw userInputError(ctx, 'overviewPeriodTooLong', {}, 'to');
  return { from, to, today: stockholmDate(ctx.now).iso };
}

export function checkFlagThreshold(ctx: Context, threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 1000) {
    throw userInputError(ctx, 'overviewThreshold', { value: threshold }, 'flagThreshold');
  }
  return threshold;
}
