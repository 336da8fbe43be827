// The GraphQL documents the scenarios send: the web's own, with its fragments written out.

/**
 * The joint view page (apps/web/src/modules/joint-view/joint-view-page.tsx) as it opens, in its
 * list view: the JointView query. (Its week view asks `meetings` for one week, only when chosen.)
 */
export const JOINT_VIEW = /* GraphQL */ `
  query JointView($weeks: Int!) {
    jointView(weeks: $weeks) {
      meetings { id startsAt ...MeetingItem }
      invitationsAwaitingAnswer { id title ...MeetingItem }
      pulsesToAnswer { id title startsAt forum { id name } }
      actions { id status ...ActionItem }
      forums { id name nextMeeting { id title startsAt endsAt forum { id } } }
    }
  }
  fragment MeetingItem on Meeting { id title startsAt endsAt mode place videoUrl status forum { id name } }
  fragment ActionItem on ActionItem {
    id title dueDate overdue status completedAt owner { id name } forum { id name host { id } }
  }`;

/** The case list page (apps/web/src/modules/cases/cases-page.tsx), first page. */
export const CASE_LIST = /* GraphQL */ `
  query Cases($first: Int!) {
    cases(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id reference status subjectKind nextFollowUpOn identified protectedIdentity lead { id name } } }
    }
  }`;

/** The case page's own fields and the lists it shows (apps/web/src/modules/cases/case-page.tsx). */
export const CASE_PAGE = /* GraphQL */ `
  query CasePage($id: ID!) {
    case(id: $id) {
      id reference status subjectKind summary themes nextFollowUpOn identified protectedIdentity viewerIsLead
      createdAt closedAt lead { id name } forum { id name } access { identity notes plan lead }
      participants { id name }
      notes { id }
      consents { id }
      followUps { id }
    }
  }`;

/** The public catalogue (apps/web/src/modules/activities), as tests/bench/activities.ts asks. */
export const CATALOGUE = /* GraphQL */ `
  query Catalogue($search: String, $municipalityCode: String, $age: Int, $from: String, $to: String,
                  $freeOfCharge: Boolean, $language: String) {
    activities(first: 20, search: $search, municipalityCode: $municipalityCode, age: $age, from: $from,
               to: $to, freeOfCharge: $freeOfCharge, language: $language) {
      totalCount
      edges { node { id title organisationName municipality { name } nextOccurrence { date startsAt } placesLeft } }
    }
  }`;

/** The county overview as a whole, as tests/bench/county-overview.ts sends it (kept in step by hand). */
export const COUNTY_OVERVIEW = /* GraphQL */ `
  query($county: String!, $from: String!, $to: String!) {
    countyOverview(countyCode: $county, from: $from, to: $to) {
      countyName
      organisationLoad { organisation { id name kind municipalityName } forumCount meetingsInvited meetingHours meetingsRecorded meetingsAttended attendanceRate flagged }
      forums { forum { id name host { name } } plannedToDate heldMeetings cancelledMeetings heldInPerson heldDigital heldHybrid attendance { organisation { name } meetingsInvited meetingsAttended attendanceRate } actions { completedOnTime completedLate open overdue } pulse { period answers { value fewerThanFive } usefulness trust } }
      delivery { heldMeetings plannedToDate actions { open } pulse { period usefulness trust } }
      forumPairCount mergeCandidates { forumA { id name } forumB { id name } score memberSimilarity themeSimilarity sharedMembers { name } sharedThemes savings { organisation { name } hoursPerYear } hoursSavedPerYear openProposal { id } }
      network { forums { id name memberCount } organisations { id name kind } links { forumId organisationId } }
      cases { total { value fewerThanFive } byStatus { status count { value fewerThanFive } } byTheme { theme count { value fewerThanFive } } followUpsOnTime { value } followUpsLate { value } followUpsOverdue { value } }
      activities { municipalityName activities places byAgeGroup { ageGroup activities places } bySeason { season activities places } }
    }
  }`;

export const RESPOND = /* GraphQL */ `
  mutation($meetingId: ID!, $answer: RsvpAnswer!) {
    respondToMeeting(meetingId: $meetingId, answer: $answer) { __typename ... on UserError { message } }
  }`;

export const SET_ACTION_STATUS = /* GraphQL */ `
  mutation($actionId: ID!, $status: ActionStatus!) {
    setActionStatus(actionId: $actionId, status: $status) { __typename ... on UserError { message } }
  }`;

export const CREATE_MEETING = /* GraphQL */ `
  mutation($forumId: ID!, $input: MeetingInput!) {
    createMeeting(forumId: $forumId, input: $input) { __typename ... on UserError { message } }
  }`;

/**
 * Just the rows the raw-SQL limit and the peer return (the peer's SAMLAD_DOCUMENTS hold the same):
 * the joint view's meetings with forum names, and the case list's 50 cases with lead names.
 */
export const COMPARABLE = {
  jointView: /* GraphQL */ `
    query JointViewMeetings($from: DateTime!, $to: DateTime!) {
      meetings(from: $from, to: $to, first: 200) {
        edges { node { id title startsAt endsAt mode place videoUrl status forum { id name } } }
      }
    }`,
  caseList: /* GraphQL */ `
    query CaseList {
      cases(first: 50) { edges { node { id reference status subjectKind nextFollowUpOn identified lead { id name } } } }
    }`,
} as const;
