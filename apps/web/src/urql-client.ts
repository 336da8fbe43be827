import { cacheExchange, type Data, type KeyingConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { Client, fetchExchange, mapExchange } from 'urql';
import { CSRF_HEADERS } from './api-headers.ts';
import { currentLanguage } from './i18n/index.ts';
import { hasErrorCode } from './modules/auth/graphql-errors.ts';

const byCode = (data: Data) => (typeof data.code === 'string' ? data.code : null);
// Types without an id are embedded in their parent instead of normalised on their own.
const embedded = () => null;

export const keys: KeyingConfig = {
  County: byCode,
  Municipality: byCode,
  PageInfo: embedded,
  ForumConnection: embedded,
  ForumEdge: embedded,
  MeetingConnection: embedded,
  MeetingEdge: embedded,
  OrganisationConnection: embedded,
  OrganisationEdge: embedded,
  Viewer: embedded,
  SignInSuccess: embedded,
  SignInFailedError: embedded,
  InvalidInputError: embedded,
  SwitchOrganisationSuccess: embedded,
  NotAllowedError: embedded,
  ConflictError: embedded,
  MembershipConnection: embedded,
  MembershipEdge: embedded,
  AuditEvent: embedded,
  AuditEventConnection: embedded,
  AuditEventEdge: embedded,
  Invitation: embedded,
  InvitationDetails: embedded,
  InviteMemberSuccess: embedded,
  AcceptInvitationSuccess: embedded,
  ChangeMemberRoleSuccess: embedded,
  DeactivateMemberSuccess: embedded,
  ReactivateMemberSuccess: embedded,
  CreateOrganisationSuccess: embedded,
  CreateOrganisationUnitSuccess: embedded,
  JointView: embedded,
  MeetingInvitee: embedded,
  Decision: embedded,
  MeetingClash: embedded,
  TimeSlot: embedded,
  MeetingChange: embedded,
  CreateMeetingSuccess: embedded,
  UpdateMeetingSuccess: embedded,
  CancelMeetingSuccess: embedded,
  RespondToMeetingSuccess: embedded,
  AddAgendaItemSuccess: embedded,
  ReorderAgendaSuccess: embedded,
  RecordMinutesSuccess: embedded,
  CreateActionSuccess: embedded,
  SetActionStatusSuccess: embedded,
  SetForumStatusSuccess: embedded,
  UpdateForumSuccess: embedded,
  CalendarFeeds: embedded,
  CreateSchedulingPollSuccess: embedded,
  AnswerSchedulingPollSuccess: embedded,
  BookSchedulingPollSuccess: embedded,
  CalendarFeed: embedded,
  ResetCalendarFeedSuccess: embedded,
  // Shared cases: the case, its consents, disclosures, notes, plan actions and requests have ids;
  // these parts live inside their case.
  DisclosureBasis: byCode,
  SharedCaseConnection: embedded,
  SharedCaseEdge: embedded,
  CaseAccess: embedded,
  CaseSubject: embedded,
  CaseGuardian: embedded,
  CasePlan: embedded,
  CasePlanVersion: embedded,
  CaseFeedback: embedded,
  CaseInbox: embedded,
  CaseAccessLog: embedded,
  CaseAccessLogEntry: embedded,
  CreateCaseSuccess: embedded,
  UpdateCaseSuccess: embedded,
  SetCaseSubjectSuccess: embedded,
  AddCaseParticipantSuccess: embedded,
  RemoveCaseParticipantSuccess: embedded,
  RecordConsentSuccess: embedded,
  WithdrawConsentSuccess: embedded,
  RecordDisclosureSuccess: embedded,
  RevokeDisclosureSuccess: embedded,
  SaveCasePlanSuccess: embedded,
  SetCasePlanActionStatusSuccess: embedded,
  AddCaseNoteSuccess: embedded,
  AddCaseFeedbackSuccess: embedded,
  ProposeLeadTransferSuccess: embedded,
  AnswerLeadTransferSuccess: embedded,
  RequestToJoinCaseSuccess: embedded,
  AnswerJoinRequestSuccess: embedded,
  BuildCaseAgendaSuccess: embedded,
  // Activities and referrals have ids; their pages, times and mutation results live inside them.
  ActivityConnection: embedded,
  ActivityEdge: embedded,
  ActivityOccurrence: embedded,
  CreateActivitySuccess: embedded,
  UpdateActivitySuccess: embedded,
  PublishActivitySuccess: embedded,
  CancelActivitySuccess: embedded,
  CopyActivitySuccess: embedded,
  ApproveActivitySuccess: embedded,
  UnpublishActivitySuccess: embedded,
  ReferFromCaseSuccess: embedded,
  MoveReferralSuccess: embedded,
  // Forum representatives and merging forums: the forum and its people have ids.
  ForumRepresentative: embedded,
  SetForumRepresentativesSuccess: embedded,
  MergeForumSuccess: embedded,
  // The overview: figures of one county or organisation for one period and filter, kept inside the
  // query that asked for them. Merge proposals and case follow-ups have ids.
  CountyOverview: embedded,
  OrganisationOverview: embedded,
  OrganisationLoad: embedded,
  ForumDelivery: embedded,
  CountyDelivery: embedded,
  OrganisationAttendance: embedded,
  ActionFigures: embedded,
  MergeCandidate: embedded,
  MergeSaving: embedded,
  MergeProposalAnswer: embedded,
  ForumNetwork: embedded,
  ForumNetworkLink: embedded,
  CaseFigures: embedded,
  CaseStatusFigure: embedded,
  CaseThemeFigure: embedded,
  ProtectedCount: embedded,
  PulseFigure: embedded,
  MunicipalityActivityFigures: embedded,
  ActivityAgeGroupFigure: embedded,
  ActivitySeasonFigure: embedded,
  // The overview's view of an organisation or forum: the real one's global id, other fields.
  // Embedded, so it stays with the figures it came with and can never share a record with the real
  // one (as it would if the cache keyed by global id alone, graphcache's `globalIDs`).
  OverviewOrganisation: embedded,
  OverviewForum: embedded,
  ProposeForumMergeSuccess: embedded,
  AnswerForumMergeProposalSuccess: embedded,
  WithdrawForumMergeProposalSuccess: embedded,
  // The meeting pulse and case follow-ups.
  MeetingPulse: embedded,
  AnswerMeetingPulseSuccess: embedded,
  RecordCaseFollowUpSuccess: embedded,
};

export interface ClientOptions {
  url?: string;
  /** Called when the API says the request needs a signed-in user (the session ended or was revoked). */
  onUnauthenticated?: () => void;
}

/**
 * One client per identity: the session resets it after signing in, signing out and switching
 * organisation, so nothing cached for one person or organisation is shown to the next.
 */
export function createClient({ url = '/graphql', onUnauthenticated }: ClientOptions = {}): Client {
  return new Client({
    url,
    exchanges: [
      mapExchange({
        onError(error) {
          if (hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated?.();
        },
      }),
      cacheExchange({
        keys,
        // Mutations select `... on UserError`; without this the cache cannot tell which types implement it.
        possibleTypes: {
          UserError: ['ConflictError', 'InvalidInputError', 'NotAllowedError', 'SignInFailedError'],
        },
        resolvers: {
          // "Visa fler" asks for the page after the last cursor; the cache appends it to the list.
          Query: {
            forums: relayPagination(),
            organisations: relayPagination(),
            auditEvents: relayPagination(),
            cases: relayPagination(),
            activities: relayPagination(),
          },
        },
      }),
      fetchExchange,
    ],
    // The joint view's live updates come over server-sent events, through the same fetch.
    fetchSubscriptions: true,
    // Queries go as JSON POST like mutations, keeping variables out of URLs and server logs.
    preferGetMethod: false,
    // A function, so each request says the language chosen at that moment (the API localises messages).
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { 'accept-language': currentLanguage(), ...CSRF_HEADERS },
    }),
  });
}
