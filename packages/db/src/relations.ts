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
    series: r.many.meetingSeries(),
    actions: r.many.actionItem(),
    polls: r.many.schedulingPoll(),
    representatives: r.many.forumRepresentative(),
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
    series: r.one.meetingSeries({ from: r.meeting.seriesId, to: r.meetingSeries.id }),
    invitees: r.many.meetingInvitee(),
    agendaItems: r.many.agendaItem(),
    decisions: r.many.decision(),
    originatedActions: r.many.actionItem(),
  },
  meetingSeries: {
    forum: r.one.forum({ from: r.meetingSeries.forumId, to: r.forum.id, optional: false }),
    occurrences: r.many.meeting(),
  },
  meetingInvitee: {
    meeting: r.one.meeting({ from: r.meetingInvitee.meetingId, to: r.meeting.id, optional: false }),
    organisation: r.one.organisation({
      from: r.meetingInvitee.organisationId,
      to: r.organisation.id,
      optional: false,
    }),
    user: r.one.userAccount({ from: r.meetingInvitee.userId, to: r.userAccount.id, alias: 'invitedPerson' }),
    deputy: r.one.userAccount({
      from: r.meetingInvitee.deputyUserId,
      to: r.userAccount.id,
      alias: 'deputyFor',
    }),
  },
  agendaItem: {
    meeting: r.one.meeting({ from: r.agendaItem.meetingId, to: r.meeting.id, optional: false }),
    presenter: r.one.organisation({ from: r.agendaItem.presenterOrganisationId, to: r.organisation.id }),
    decisions: r.many.decision(),
  },
  decision: {
    meeting: r.one.meeting({ from: r.decision.meetingId, to: r.meeting.id, optional: false }),
    agendaItem: r.one.agendaItem({ from: r.decision.agendaItemId, to: r.agendaItem.id }),
  },
  actionItem: {
    forum: r.one.forum({ from: r.actionItem.forumId, to: r.forum.id, optional: false }),
    originMeeting: r.one.meeting({ from: r.actionItem.originMeetingId, to: r.meeting.id }),
    owner: r.one.organisation({
      from: r.actionItem.ownerOrganisationId,
      to: r.organisation.id,
      optional: false,
    }),
    assignee: r.one.userAccount({ from: r.actionItem.assigneeUserId, to: r.userAccount.id }),
  },
  schedulingPoll: {
    forum: r.one.forum({ from: r.schedulingPoll.forumId, to: r.forum.id, optional: false }),
    candidates: r.many.pollCandidate(),
    bookedMeeting: r.one.meeting({ from: r.schedulingPoll.bookedMeetingId, to: r.meeting.id }),
  },
  pollCandidate: {
    poll: r.one.schedulingPoll({ from: r.pollCandidate.pollId, to: r.schedulingPoll.id, optional: false }),
    answers: r.many.pollAnswer(),
  },
  pollAnswer: {
    candidate: r.one.pollCandidate({
      from: r.pollAnswer.candidateId,
      to: r.pollCandidate.id,
      optional: false,
    }),
    user: r.one.userAccount({ from: r.pollAnswer.userId, to: r.userAccount.id, optional: false }),
  },
  forumRepresentative: {
    forum: r.one.forum({ from: r.forumRepresentative.forumId, to: r.forum.id, optional: false }),
    organisation: r.one.organisation({
      from: r.forumRepresentative.organisationId,
      to: r.organisation.id,
      optional: false,
    }),
    user: r.one.userAccount({ from: r.forumRepresentative.userId, to: r.userAccount.id, optional: false }),
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
