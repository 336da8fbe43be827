import type { ProtectedCount as Count, PulseFigure as Pulse } from '@samlad/domain/overview';
import { AGE_GROUPS } from '@samlad/domain/overview';
import { builder } from '../../schema/builder.ts';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { ActivitySeason } from '../activities/activity.graphql.ts';
import { CaseStatus } from '../cases/case.graphql.ts';
import { ForumLevel, ForumStatus, ForumTheme } from '../forums/forum.graphql.ts';
import { OrganisationKind } from '../organisations/organisation.graphql.ts';
import type {
  ActionFigures as Actions,
  ForumDelivery as Delivery,
  OverviewForum as OForum,
  OrganisationAttendance,
} from './delivery.service.ts';
import type { CaseFigures as Cases, MunicipalityActivities } from './figures.service.ts';
import type { OrganisationLoad as Load, OverviewOrganisation as OOrg } from './load.service.ts';
import type { MergeProposal as Proposal } from './merge-proposal.service.ts';
import type { RankedCandidate } from './overlap.service.ts';

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

export const ProtectedCount = builder.objectRef<Count>('ProtectedCount').implement({
  description:
    'A count of people or of cases about people. Counts below 5 are not shown, so nobody can be singled out: value is then null and fewerThanFive true.',
  fields: (t) => ({
    value: t.int({
      nullable: true,
      description: 'The count, or null when fewer than 5.',
      resolve: (c) => c.value,
    }),
    fewerThanFive: t.exposeBoolean('fewerThanFive', {
      description: 'True when the count is below 5 and withheld.',
    }),
  }),
});

export const OverviewOrganisation = builder.objectRef<OOrg>('OverviewOrganisation').implement({
  description: 'An organisation as the county overview shows it: the organisation only, never its people.',
  fields: (t) => ({
    id: t.id({ description: 'The Organisation’s id.', resolve: (o) => encodeGlobalId('Organisation', o.id) }),
    name: t.exposeString('name', { description: 'Its name.' }),
    kind: t.field({
      type: OrganisationKind,
      description: 'What kind of body it is.',
      resolve: (o) => o.kind,
    }),
    municipalityName: t.exposeString('municipalityName', {
      nullable: true,
      description: 'Its municipality, if any.',
    }),
  }),
});

export const OverviewForum = builder.objectRef<OForum>('OverviewForum').implement({
  description: 'A forum as the county overview shows it: what it is and who hosts it, never its people.',
  fields: (t) => ({
    id: t.id({ description: 'The Forum’s id.', resolve: (f) => encodeGlobalId('Forum', f.id) }),
    name: t.exposeString('name', { description: 'Its name.' }),
    themes: t.field({ type: [ForumTheme], description: 'What it works on.', resolve: (f) => f.themes }),
    level: t.field({ type: ForumLevel, description: 'The level it works at.', resolve: (f) => f.level }),
    status: t.field({ type: ForumStatus, description: 'Whether it meets.', resolve: (f) => f.status }),
    meetingsPerYear: t.exposeInt('meetingsPerYear', { description: 'Planned cadence: meetings a year.' }),
    host: t.field({
      type: OverviewOrganisation,
      description: 'The host organisation.',
      resolve: (f) => f.host,
    }),
    municipalityName: t.exposeString('municipalityName', {
      nullable: true,
      description: 'Its municipality, if local.',
    }),
    memberCount: t.exposeInt('memberCount', { description: 'How many member organisations it has.' }),
  }),
});

export const OrganisationLoad = builder.objectRef<Load>('OrganisationLoad').implement({
  description: 'How much collaboration an organisation is called to in a period.',
  fields: (t) => ({
    organisation: t.field({
      type: OverviewOrganisation,
      description: 'The organisation.',
      resolve: (l) => l.organisation,
    }),
    forumCount: t.exposeInt('forumCount', {
      description: 'Active and paused forums it is a member of, in any county.',
    }),
    meetingsInvited: t.exposeInt('meetingsInvited', {
      description:
        'Meetings in the period (not cancelled) it was invited to, as an organisation or through its people.',
    }),
    meetingHours: t.exposeFloat('meetingHours', {
      description: 'The hours those meetings took, one decimal.',
    }),
    meetingsRecorded: t.exposeInt('meetingsRecorded', {
      description: 'Of them, meetings with attendance recorded.',
    }),
    meetingsAttended: t.exposeInt('meetingsAttended', { description: 'Of them, meetings it attended.' }),
    attendanceRate: t.float({
      nullable: true,
      description: 'Attended ÷ recorded, 0–1; null when nothing is recorded.',
      resolve: (l) => rate(l.meetingsAttended, l.meetingsRecorded),
    }),
    flagged: t.exposeBoolean('flagged', { description: 'Whether it sits in at least flagThreshold forums.' }),
  }),
});

const ActionFigures = builder.objectRef<Actions>('ActionFigures').implement({
  description:
    'Action items due in the period (or made in it, when they have no due date), cancelled ones left out.',
  fields: (t) => ({
    completedOnTime: t.exposeInt('completedOnTime', {
      description: 'Done by their due date (or done, with none).',
    }),
    completedLate: t.exposeInt('completedLate', { description: 'Done after their due date.' }),
    open: t.exposeInt('open', { description: 'Not done yet.' }),
    overdue: t.exposeInt('overdue', { description: 'Of the open ones, those past their due date.' }),
  }),
});

const Attendance = builder.objectRef<OrganisationAttendance>('OrganisationAttendance').implement({
  description: 'How an invited organisation attended a forum’s held meetings in the period.',
  fields: (t) => ({
    organisation: t.field({
      type: OverviewOrganisation,
      description: 'The organisation.',
      resolve: (a) => a.organisation,
    }),
    meetingsInvited: t.exposeInt('meetingsInvited', { description: 'Held meetings it was invited to.' }),
    meetingsRecorded: t.exposeInt('meetingsRecorded', {
      description: 'Of them, meetings with attendance recorded.',
    }),
    meetingsAttended: t.exposeInt('meetingsAttended', { description: 'Of them, meetings it attended.' }),
    attendanceRate: t.float({
      nullable: true,
      description: 'Attended ÷ recorded, 0–1; null when nothing is recorded.',
      resolve: (a) => rate(a.meetingsAttended, a.meetingsRecorded),
    }),
  }),
});

export const PulseFigure = builder.objectRef<Pulse>('PulseFigure').implement({
  description:
    'The meeting pulse of a quarter (by the meetings’ dates): averages on the 1–4 scale, shown only with at least 5 answers.',
  fields: (t) => ({
    period: t.exposeString('period', { description: 'The quarter, e.g. 2026-Q3.' }),
    answers: t.field({ type: ProtectedCount, description: 'How many answered.', resolve: (p) => p.answers }),
    usefulness: t.float({
      nullable: true,
      description: 'How useful the meetings were, 1–4; null below 5 answers.',
      resolve: (p) => p.usefulness,
    }),
    trust: t.float({
      nullable: true,
      description: 'Trust in the collaboration, 1–4; null below 5 answers.',
      resolve: (p) => p.trust,
    }),
  }),
});

export const ForumDelivery = builder.objectRef<Delivery>('ForumDelivery').implement({
  description:
    'Whether a forum delivers in a period: meetings against its cadence, how they were held, attendance, actions and pulse.',
  fields: (t) => ({
    forum: t.field({ type: OverviewForum, description: 'The forum.', resolve: (d) => d.forum }),
    plannedMeetings: t.exposeInt('plannedMeetings', {
      description: 'Meetings its cadence plans over the whole period.',
    }),
    plannedToDate: t.exposeInt('plannedToDate', { description: 'Meetings its cadence plans up to today.' }),
    heldMeetings: t.exposeInt('heldMeetings', { description: 'Meetings held (not cancelled, over).' }),
    cancelledMeetings: t.exposeInt('cancelledMeetings', { description: 'Meetings cancelled.' }),
    upcomingMeetings: t.exposeInt('upcomingMeetings', {
      description: 'Meetings still to come in the period.',
    }),
    heldInPerson: t.exposeInt('heldInPerson', { description: 'Held meetings in person.' }),
    heldDigital: t.exposeInt('heldDigital', { description: 'Held meetings online.' }),
    heldHybrid: t.exposeInt('heldHybrid', { description: 'Held meetings hybrid.' }),
    attendance: t.field({
      type: [Attendance],
      description: 'Per invited organisation, by name.',
      resolve: (d) => d.attendance,
    }),
    actions: t.field({ type: ActionFigures, description: 'Its action items.', resolve: (d) => d.actions }),
    pulse: t.field({ type: [PulseFigure], description: 'Its pulse per quarter.', resolve: (d) => d.pulse }),
  }),
});

export interface CountyDeliveryValue {
  plannedToDate: number;
  heldMeetings: number;
  heldInPerson: number;
  heldDigital: number;
  heldHybrid: number;
  cancelledMeetings: number;
  actions: Actions;
  pulse: Pulse[];
}

export const CountyDelivery = builder.objectRef<CountyDeliveryValue>('CountyDelivery').implement({
  description: 'The county’s forums together: meetings, how they were held, actions, pulse.',
  fields: (t) => ({
    plannedToDate: t.exposeInt('plannedToDate', { description: 'Meetings the cadences plan up to today.' }),
    heldMeetings: t.exposeInt('heldMeetings', { description: 'Meetings held.' }),
    heldInPerson: t.exposeInt('heldInPerson', { description: 'Held in person.' }),
    heldDigital: t.exposeInt('heldDigital', { description: 'Held online.' }),
    heldHybrid: t.exposeInt('heldHybrid', { description: 'Held hybrid.' }),
    cancelledMeetings: t.exposeInt('cancelledMeetings', { description: 'Cancelled.' }),
    actions: t.field({
      type: ActionFigures,
      description: 'All their action items.',
      resolve: (d) => d.actions,
    }),
    pulse: t.field({
      type: [PulseFigure],
      description: 'The pooled pulse per quarter.',
      resolve: (d) => d.pulse,
    }),
  }),
});

const MergeSaving = builder.objectRef<{ organisation: OOrg; hoursPerYear: number }>('MergeSaving').implement({
  description: 'What merging two forums would save one member organisation.',
  fields: (t) => ({
    organisation: t.field({
      type: OverviewOrganisation,
      description: 'The member organisation.',
      resolve: (s) => s.organisation,
    }),
    hoursPerYear: t.exposeFloat('hoursPerYear', {
      description: 'Meeting hours a year saved; negative when the merged forum would cost it more.',
    }),
  }),
});

export const MergeProposalStatus = builder.enumType('MergeProposalStatus', {
  description: 'Where a merge proposal stands.',
  values: {
    OPEN: { value: 'open', description: 'Waiting for the hosts’ answers.' },
    AGREED: { value: 'agreed', description: 'Both hosts agree; a host can now merge the forums.' },
    DECLINED: { value: 'declined', description: 'A host declined.' },
    WITHDRAWN: { value: 'withdrawn', description: 'The proposer took it back.' },
  } as const,
});

const MergeAnswer = builder.objectRef<Proposal['answers'][number]>('MergeProposalAnswer').implement({
  description: 'A host’s answer to a merge proposal.',
  fields: (t) => ({
    organisation: t.field({
      type: OverviewOrganisation,
      description: 'The host.',
      resolve: (a) => a.organisation,
    }),
    agrees: t.exposeBoolean('agrees', { description: 'Whether it agrees.' }),
    comment: t.exposeString('comment', { nullable: true, description: 'Why, in its words.' }),
    answeredAt: t.field({ type: 'DateTime', description: 'When.', resolve: (a) => a.answeredAt }),
  }),
});

export const MergeProposal = builder.objectRef<Proposal>('ForumMergeProposal').implement({
  description: 'A proposal to merge two forums of a county, which both hosts see and answer.',
  fields: (t) => ({
    id: t.id({ description: 'Its id.', resolve: (p) => encodeGlobalId('ForumMergeProposal', p.id) }),
    status: t.field({ type: MergeProposalStatus, description: 'Where it stands.', resolve: (p) => p.status }),
    forumA: t.field({ type: OverviewForum, description: 'One forum.', resolve: (p) => p.forumA }),
    forumB: t.field({ type: OverviewForum, description: 'The other forum.', resolve: (p) => p.forumB }),
    message: t.exposeString('message', { nullable: true, description: 'The proposer’s reasons.' }),
    score: t.exposeFloat('score', { description: 'Similarity 0–1 when proposed.' }),
    sharedMemberCount: t.exposeInt('sharedMemberCount', {
      description: 'Member organisations in both, when proposed.',
    }),
    hoursSavedPerYear: t.exposeFloat('hoursSavedPerYear', {
      description: 'Meeting hours a year saved in all, when proposed.',
    }),
    proposedBy: t.field({
      type: OverviewOrganisation,
      description: 'The organisation that proposed it.',
      resolve: (p) => p.proposedBy,
    }),
    proposedAt: t.field({ type: 'DateTime', description: 'When.', resolve: (p) => p.createdAt }),
    decidedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was agreed, declined or withdrawn.',
      resolve: (p) => p.decidedAt,
    }),
    answers: t.field({ type: [MergeAnswer], description: 'The hosts’ answers.', resolve: (p) => p.answers }),
    viewerMayAnswer: t.exposeBoolean('viewerMayAnswer', {
      description: 'Whether the viewer answers for a host now.',
    }),
    viewerMayWithdraw: t.exposeBoolean('viewerMayWithdraw', {
      description: 'Whether the viewer may withdraw it.',
    }),
    viewerAnswer: t.field({
      type: MergeAnswer,
      nullable: true,
      description:
        'The answer of the organisation the viewer acts for, if it has answered (a host may change it while open).',
      resolve: (p) => p.viewerAnswer,
    }),
    hostsAwaitingAnswer: t.field({
      type: [OverviewOrganisation],
      description: 'Hosts still to answer while it is open. A host that proposed it agreed by proposing.',
      resolve: (p) => p.hostsAwaitingAnswer,
    }),
  }),
});

export const MergeCandidate = builder
  .objectRef<RankedCandidate & { organisations: Map<string, OOrg>; openProposal: Proposal | null }>(
    'MergeCandidate',
  )
  .implement({
    description:
      'Two forums of a county that could merge, and why: a similarity of 0.7 × the Jaccard index of their member organisations plus 0.3 × that of their themes.',
    fields: (t) => {
      const org = (c: { organisations: Map<string, OOrg> }, id: string): OOrg =>
        c.organisations.get(id) ?? { id, name: '', kind: 'other', municipalityName: null };
      return {
        forumA: t.field({ type: OverviewForum, description: 'One forum.', resolve: (c) => c.forumA }),
        forumB: t.field({ type: OverviewForum, description: 'The other.', resolve: (c) => c.forumB }),
        score: t.float({ description: 'Similarity, 0–1, three decimals.', resolve: (c) => round3(c.score) }),
        memberSimilarity: t.float({
          description: 'Jaccard index of the member organisations, three decimals.',
          resolve: (c) => round3(c.memberSimilarity),
        }),
        themeSimilarity: t.float({
          description: 'Jaccard index of the themes, three decimals.',
          resolve: (c) => round3(c.themeSimilarity),
        }),
        sharedMembers: t.field({
          type: [OverviewOrganisation],
          description: 'Organisations in both.',
          resolve: (c) => c.sharedMembers.map((id) => org(c, id)),
        }),
        sharedThemes: t.field({
          type: [ForumTheme],
          description: 'Themes of both.',
          resolve: (c) => c.sharedThemes as OForum['themes'],
        }),
        savings: t.field({
          type: [MergeSaving],
          description:
            'Per member organisation of either forum, the meeting hours a year merging would save.',
          resolve: (c) =>
            c.savings.map((s) => ({ organisation: org(c, s.organisationId), hoursPerYear: s.hoursPerYear })),
        }),
        hoursSavedPerYear: t.exposeFloat('hoursSavedPerYear', { description: 'The savings together.' }),
        openProposal: t.field({
          type: MergeProposal,
          nullable: true,
          description: 'An open proposal to merge these two, if one has been made.',
          resolve: (c) => c.openProposal,
        }),
      };
    },
  });

export interface NetworkValue {
  organisations: OOrg[];
  forums: OForum[];
  links: { forumId: string; organisationId: string }[];
}

const NetworkLink = builder.objectRef<NetworkValue['links'][number]>('ForumNetworkLink').implement({
  description: 'An organisation sits in a forum.',
  fields: (t) => ({
    forumId: t.id({ description: 'The Forum’s id.', resolve: (l) => encodeGlobalId('Forum', l.forumId) }),
    organisationId: t.id({
      description: 'The Organisation’s id.',
      resolve: (l) => encodeGlobalId('Organisation', l.organisationId),
    }),
  }),
});

export const ForumNetwork = builder.objectRef<NetworkValue>('ForumNetwork').implement({
  description:
    'Who sits where: the county’s active and paused forums, their member organisations, and the links.',
  fields: (t) => ({
    forums: t.field({ type: [OverviewForum], description: 'The forums.', resolve: (n) => n.forums }),
    organisations: t.field({
      type: [OverviewOrganisation],
      description:
        'Their member organisations, wherever they are (a national agency may sit in a county’s forum).',
      resolve: (n) => n.organisations,
    }),
    links: t.field({ type: [NetworkLink], description: 'Memberships.', resolve: (n) => n.links }),
  }),
});

const CaseStatusFigure = builder.objectRef<Cases['byStatus'][number]>('CaseStatusFigure').implement({
  description: 'Cases with a status.',
  fields: (t) => ({
    status: t.field({ type: CaseStatus, description: 'The status.', resolve: (f) => f.status }),
    count: t.field({ type: ProtectedCount, description: 'How many.', resolve: (f) => f.count }),
  }),
});

const CaseThemeFigure = builder.objectRef<Cases['byTheme'][number]>('CaseThemeFigure').implement({
  description: 'Cases concerning a theme (a case may have several).',
  fields: (t) => ({
    theme: t.field({ type: ForumTheme, description: 'The theme.', resolve: (f) => f.theme }),
    count: t.field({ type: ProtectedCount, description: 'How many.', resolve: (f) => f.count }),
  }),
});

export const CaseFigures = builder.objectRef<Cases>('CaseFigures').implement({
  description:
    'The county’s shared cases as counts only (cases led by an organisation in the county and open some time in the period). Counts below 5 are withheld.',
  fields: (t) => ({
    total: t.field({ type: ProtectedCount, description: 'All of them.', resolve: (c) => c.total }),
    byStatus: t.field({
      type: [CaseStatusFigure],
      description: 'By status now.',
      resolve: (c) => c.byStatus,
    }),
    byTheme: t.field({ type: [CaseThemeFigure], description: 'By theme.', resolve: (c) => c.byTheme }),
    followUpsOnTime: t.field({
      type: ProtectedCount,
      description: 'Follow-ups due in the period done by their date.',
      resolve: (c) => c.followUpsOnTime,
    }),
    followUpsLate: t.field({
      type: ProtectedCount,
      description: 'Follow-ups due in the period done after it.',
      resolve: (c) => c.followUpsLate,
    }),
    followUpsOverdue: t.field({
      type: ProtectedCount,
      description: 'Follow-ups due in the period, passed and not done.',
      resolve: (c) => c.followUpsOverdue,
    }),
  }),
});

export const AgeGroup = builder.enumType('AgeGroup', {
  description: 'Age groups for activity figures; an activity counts in every group its ages reach.',
  values: Object.fromEntries(
    AGE_GROUPS.map((g) => [g.key.toUpperCase(), { value: g.key, description: `Ages ${g.min}–${g.max}.` }]),
  ) as Record<
    Uppercase<(typeof AGE_GROUPS)[number]['key']>,
    { value: (typeof AGE_GROUPS)[number]['key']; description: string }
  >,
});

const AgeGroupFigure = builder
  .objectRef<MunicipalityActivities['byAgeGroup'][number]>('ActivityAgeGroupFigure')
  .implement({
    description: 'Published activities for an age group.',
    fields: (t) => ({
      ageGroup: t.field({ type: AgeGroup, description: 'The age group.', resolve: (f) => f.ageGroup }),
      activities: t.exposeInt('activities', { description: 'How many activities.' }),
      places: t.exposeInt('places', { description: 'Places they offer (where a capacity is given).' }),
    }),
  });

const SeasonFigure = builder
  .objectRef<MunicipalityActivities['bySeason'][number]>('ActivitySeasonFigure')
  .implement({
    description: 'Published activities in a season.',
    fields: (t) => ({
      season: t.field({ type: ActivitySeason, description: 'The season.', resolve: (f) => f.season }),
      activities: t.exposeInt('activities', { description: 'How many activities.' }),
      places: t.exposeInt('places', { description: 'Places they offer (where a capacity is given).' }),
    }),
  });

export const MunicipalityActivityFigures = builder
  .objectRef<MunicipalityActivities>('MunicipalityActivityFigures')
  .implement({
    description: 'Published youth activities running some time in the period in one municipality.',
    fields: (t) => ({
      municipalityCode: t.exposeString('municipalityCode', { description: 'SCB code.' }),
      municipalityName: t.exposeString('municipalityName', { description: 'Name.' }),
      activities: t.exposeInt('activities', { description: 'How many activities.' }),
      places: t.exposeInt('places', { description: 'Places they offer (where a capacity is given).' }),
      byAgeGroup: t.field({
        type: [AgeGroupFigure],
        description: 'By age group.',
        resolve: (m) => m.byAgeGroup,
      }),
      bySeason: t.field({ type: [SeasonFigure], description: 'By season.', resolve: (m) => m.bySeason }),
    }),
  });
