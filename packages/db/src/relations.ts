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
    /** Meetings of the forums the organisation is a member of (what its people may see). */
    forumMeetings: r.many.meeting({
      from: r.organisation.id.through(r.forumMember.organisationId),
      to: r.meeting.forumId.through(r.forumMember.forumId),
    }),
    /** Action items the organisation owns, in any forum. */
    ownedActions: r.many.actionItem({ from: r.organisation.id, to: r.actionItem.ownerOrganisationId }),
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
    case: r.one.sharedCase({ from: r.meeting.caseId, to: r.sharedCase.id }),
    invitees: r.many.meetingInvitee(),
    agendaItems: r.many.agendaItem(),
    decisions: r.many.decision(),
    originatedActions: r.many.actionItem(),
    pulseResponses: r.many.meetingPulseResponse(),
  },
  caseFollowUp: {
    case: r.one.sharedCase({ from: r.caseFollowUp.caseId, to: r.sharedCase.id, optional: false }),
    recordedBy: r.one.organisation({
      from: r.caseFollowUp.recordedByOrganisationId,
      to: r.organisation.id,
      optional: false,
    }),
  },
  meetingPulseResponse: {
    meeting: r.one.meeting({ from: r.meetingPulseResponse.meetingId, to: r.meeting.id, optional: false }),
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
    case: r.one.sharedCase({ from: r.agendaItem.caseId, to: r.sharedCase.id }),
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
  sharedCase: {
    lead: r.one.organisation({
      from: r.sharedCase.leadOrganisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'ledCases',
    }),
    participants: r.many.organisation({
      from: r.sharedCase.id.through(r.caseParticipant.caseId),
      to: r.organisation.id.through(r.caseParticipant.organisationId),
      alias: 'caseParticipations',
    }),
    participations: r.many.caseParticipant(),
    forum: r.one.forum({ from: r.sharedCase.forumId, to: r.forum.id }),
    subject: r.one.caseSubject({ from: r.sharedCase.id, to: r.caseSubject.caseId }),
    guardians: r.many.caseGuardian(),
    consents: r.many.consent(),
    disclosures: r.many.disclosure(),
    plan: r.one.casePlan({ from: r.sharedCase.id, to: r.casePlan.caseId }),
    planActions: r.many.casePlanAction(),
    planVersions: r.many.casePlanVersion(),
    notes: r.many.caseNote(),
    feedback: r.many.caseFeedback(),
    transfers: r.many.caseLeadTransfer(),
    joinRequests: r.many.caseJoinRequest(),
    meetings: r.many.meeting(),
    referrals: r.many.referral(),
    identificationBasis: r.one.disclosureBasis({
      from: r.sharedCase.identificationBasisCode,
      to: r.disclosureBasis.code,
    }),
    followUps: r.many.caseFollowUp(),
  },
  caseParticipant: {
    case: r.one.sharedCase({ from: r.caseParticipant.caseId, to: r.sharedCase.id, optional: false }),
    organisation: r.one.organisation({
      from: r.caseParticipant.organisationId,
      to: r.organisation.id,
      optional: false,
    }),
  },
  caseSubject: {
    case: r.one.sharedCase({ from: r.caseSubject.caseId, to: r.sharedCase.id, optional: false }),
    municipalityOfResidence: r.one.municipality({
      from: r.caseSubject.municipalityOfResidenceCode,
      to: r.municipality.code,
    }),
  },
  caseGuardian: {
    case: r.one.sharedCase({ from: r.caseGuardian.caseId, to: r.sharedCase.id, optional: false }),
  },
  consent: {
    case: r.one.sharedCase({ from: r.consent.caseId, to: r.sharedCase.id, optional: false }),
    organisations: r.many.organisation({
      from: r.consent.id.through(r.consentOrganisation.consentId),
      to: r.organisation.id.through(r.consentOrganisation.organisationId),
      alias: 'consentsNaming',
    }),
    recordedBy: r.one.organisation({
      from: r.consent.recordedByOrganisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'consentsRecorded',
    }),
  },
  consentOrganisation: {
    consent: r.one.consent({ from: r.consentOrganisation.consentId, to: r.consent.id, optional: false }),
  },
  disclosure: {
    case: r.one.sharedCase({ from: r.disclosure.caseId, to: r.sharedCase.id, optional: false }),
    organisation: r.one.organisation({
      from: r.disclosure.organisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'disclosuresTo',
    }),
    recordedBy: r.one.organisation({
      from: r.disclosure.recordedByOrganisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'disclosuresRecorded',
    }),
    basis: r.one.disclosureBasis({
      from: r.disclosure.basisCode,
      to: r.disclosureBasis.code,
      optional: false,
    }),
  },
  casePlan: {
    case: r.one.sharedCase({ from: r.casePlan.caseId, to: r.sharedCase.id, optional: false }),
    overallResponsible: r.one.organisation({
      from: r.casePlan.overallResponsibleOrganisationId,
      to: r.organisation.id,
      alias: 'plansResponsibleFor',
    }),
    actions: r.many.casePlanAction({ from: r.casePlan.caseId, to: r.casePlanAction.caseId }),
    versions: r.many.casePlanVersion({ from: r.casePlan.caseId, to: r.casePlanVersion.caseId }),
  },
  casePlanAction: {
    case: r.one.sharedCase({ from: r.casePlanAction.caseId, to: r.sharedCase.id, optional: false }),
    organisation: r.one.organisation({
      from: r.casePlanAction.organisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'casePlanActions',
    }),
  },
  casePlanVersion: {
    case: r.one.sharedCase({ from: r.casePlanVersion.caseId, to: r.sharedCase.id, optional: false }),
  },
  caseNote: {
    case: r.one.sharedCase({ from: r.caseNote.caseId, to: r.sharedCase.id, optional: false }),
    author: r.one.organisation({
      from: r.caseNote.authorOrganisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'caseNotesWritten',
    }),
    authorUser: r.one.userAccount({ from: r.caseNote.authorUserId, to: r.userAccount.id }),
    visibleTo: r.many.organisation({
      from: r.caseNote.id.through(r.caseNoteVisibility.noteId),
      to: r.organisation.id.through(r.caseNoteVisibility.organisationId),
      alias: 'caseNotesShown',
    }),
  },
  caseFeedback: {
    case: r.one.sharedCase({ from: r.caseFeedback.caseId, to: r.sharedCase.id, optional: false }),
    meeting: r.one.meeting({ from: r.caseFeedback.meetingId, to: r.meeting.id }),
    recordedBy: r.one.organisation({
      from: r.caseFeedback.recordedByOrganisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'caseFeedbackRecorded',
    }),
  },
  caseLeadTransfer: {
    case: r.one.sharedCase({ from: r.caseLeadTransfer.caseId, to: r.sharedCase.id, optional: false }),
    from: r.one.organisation({
      from: r.caseLeadTransfer.fromOrganisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'leadTransfersFrom',
    }),
    to: r.one.organisation({
      from: r.caseLeadTransfer.toOrganisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'leadTransfersTo',
    }),
  },
  caseJoinRequest: {
    case: r.one.sharedCase({ from: r.caseJoinRequest.caseId, to: r.sharedCase.id, optional: false }),
    organisation: r.one.organisation({
      from: r.caseJoinRequest.organisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'caseJoinRequests',
    }),
  },
  activity: {
    organisation: r.one.organisation({
      from: r.activity.organisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'activities',
    }),
    municipality: r.one.municipality({
      from: r.activity.municipalityCode,
      to: r.municipality.code,
      optional: false,
    }),
    copiedFrom: r.one.activity({ from: r.activity.copiedFromId, to: r.activity.id, alias: 'copies' }),
  },
  referral: {
    case: r.one.sharedCase({ from: r.referral.caseId, to: r.sharedCase.id }),
    activity: r.one.activity({ from: r.referral.activityId, to: r.activity.id }),
    from: r.one.organisation({
      from: r.referral.fromOrganisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'referralsSent',
    }),
    to: r.one.organisation({
      from: r.referral.toOrganisationId,
      to: r.organisation.id,
      optional: false,
      alias: 'referralsReceived',
    }),
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
