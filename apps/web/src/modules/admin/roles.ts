import type { EnumValue } from '../../graphql.ts';

export type MembershipRole = EnumValue<'MembershipRole'>;
export type OrganisationKind = EnumValue<'OrganisationKind'>;

/**
 * The roles an organisation of this kind can give, as the API allows them (apps/api
 * modules/admin/roles.ts): only county boards have overseers, and civil-society associations
 * have partners and admins only, being a separate trust boundary. The API still decides.
 */
export function grantableRoles(kind: OrganisationKind): MembershipRole[] {
  if (kind === 'CIVIL_SOCIETY') return ['ADMIN', 'PARTNER'];
  if (kind === 'COUNTY_BOARD') return ['ADMIN', 'COORDINATOR', 'MEMBER', 'OVERSEER'];
  return ['ADMIN', 'COORDINATOR', 'MEMBER'];
}

/** The audit actions the UI has words for; anything else is shown as the API names it. */
export const knownAuditActions = [
  'action.created',
  'action.status_changed',
  'auth.identity_linked',
  'auth.organisation_switched',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'forum.created',
  'forum.merged',
  'forum.status_changed',
  'forum.updated',
  'meeting.agenda_item_added',
  'meeting.agenda_reordered',
  'meeting.cancelled',
  'meeting.created',
  'meeting.minutes_recorded',
  'meeting.rsvp',
  'membership.deactivated',
  'membership.invited',
  'membership.joined',
  'membership.reactivated',
  'membership.role_changed',
  'organisation.created',
  'organisation.renamed',
  'organisation.unit_created',
] as const;

export type AuditAction = (typeof knownAuditActions)[number];

export function isKnownAuditAction(value: string): value is AuditAction {
  return (knownAuditActions as readonly string[]).includes(value);
}

/** i18next keys cannot contain dots inside a key; `membership.role_changed` → `membership_role_changed`. */
export function auditActionKey(action: AuditAction) {
  return action.replace('.', '_') as AuditActionKey;
}

type Underscored<S extends string> = S extends `${infer A}.${infer B}` ? `${A}_${B}` : S;
export type AuditActionKey = Underscored<AuditAction>;

/** Kinds of record the audit trail names, offered as suggestions in its filter. */
export const knownRecordTypes = [
  'action',
  'forum',
  'meeting',
  'membership',
  'organisation',
  'sign_in',
  'user',
] as const;
