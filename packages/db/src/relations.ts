import { defineRelations } from 'drizzle-orm';
import * as schema from './schema/index.ts';

/** All relations in one place: relational queries v2 must see every table at once. */
export const relations = defineRelations(schema, (r) => ({
  county: {
    municipalities: r.many.municipality(),
    organisations: r.many.organisation(),
    forums: r.many.forum(),
  },
  municipality: {
    county: r.one.county({ from: r.municipality.countyCode, to: r.county.code, optional: false }),
    organisations: r.many.organisation(),
  },
  organisation: {
    parent: r.one.organisation({ from: r.organisation.parentId, to: r.organisation.id, alias: 'units' }),
    units: r.many.organisation({ alias: 'units' }),
    county: r.one.county({ from: r.organisation.countyCode, to: r.county.code, optional: false }),
    municipality: r.one.municipality({ from: r.organisation.municipalityCode, to: r.municipality.code }),
    forums: r.many.forum({
      from: r.organisation.id.through(r.forumMember.organisationId),
      to: r.forum.id.through(r.forumMember.forumId),
    }),
    hostedForums: r.many.forum({ alias: 'host' }),
    memberships: r.many.membership(),
  },
  forum: {
    county: r.one.county({ from: r.forum.countyCode, to: r.county.code, optional: false }),
    municipality: r.one.municipality({ from: r.forum.municipalityCode, to: r.municipality.code }),
    host: r.one.organisation({
      from: r.forum.hostOrganisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'host',
    }),
    members: r.many.organisation({
      from: r.forum.id.through(r.forumMember.forumId),
      to: r.organisation.id.through(r.forumMember.organisationId),
    }),
    memberships: r.many.forumMember(),
    meetings: r.many.meeting(),
    mergedInto: r.one.forum({ from: r.forum.mergedIntoId, to: r.forum.id, alias: 'merged' }),
  },
  forumMember: {
    forum: r.one.forum({ from: r.forumMember.forumId, to: r.forum.id, optional: false }),
    organisation: r.one.organisation({
      from: r.forumMember.organisationId,
      to: r.organisation.id,
      optional: false,
    }),
  },
  meeting: {
    forum: r.one.forum({ from: r.meeting.forumId, to: r.forum.id, optional: false }),
  },
  userAccount: {
    memberships: r.many.membership(),
    identities: r.many.userIdentity(),
  },
  userIdentity: {
    user: r.one.userAccount({ from: r.userIdentity.userId, to: r.userAccount.id, optional: false }),
  },
  membership: {
    user: r.one.userAccount({ from: r.membership.userId, to: r.userAccount.id, optional: false }),
    organisation: r.one.organisation({
      from: r.membership.organisationId,
      to: r.organisation.id,
      optional: false,
    }),
  },
  session: {
    user: r.one.userAccount({ from: r.session.userId, to: r.userAccount.id, optional: false }),
    activeMembership: r.one.membership({ from: r.session.activeMembershipId, to: r.membership.id }),
  },
  invitation: {
    user: r.one.userAccount({ from: r.invitation.userId, to: r.userAccount.id, optional: false }),
    organisation: r.one.organisation({
      from: r.invitation.organisationId,
      to: r.organisation.id,
      optional: false,
    }),
  },
  auditEvent: {
    actor: r.one.userAccount({ from: r.auditEvent.actorUserId, to: r.userAccount.id }),
    organisation: r.one.organisation({ from: r.auditEvent.organisationId, to: r.organisation.id }),
  },
}));
