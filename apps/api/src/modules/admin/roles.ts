import type { schema } from '@samlad/db';
import type { MembershipRole } from '../../context.ts';

type OrganisationKind = (typeof schema.organisationKind.enumValues)[number];

/**
 * Which roles make sense in which kind of organisation: only county boards oversee, only
 * civil-society associations are partners (a separate trust boundary), and they are nothing else.
 */
export function grantableRoles(kind: OrganisationKind): MembershipRole[] {
  if (kind === 'civil_society') return ['admin', 'partner'];
  if (kind === 'county_board') return ['admin', 'coordinator', 'member', 'overseer'];
  return ['admin', 'coordinator', 'member'];
}
