import type { ProtectedCount as Count, PulseFigure as Pulse } from '@samlad/domain/overview';
import { builder } from '../../schema/builder.ts';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { ForumLevel, ForumStatus, ForumTheme } from '../forums/forum.graphql.ts';
import { OrganisationKind } from '../organisations/organisation.graphql.ts';
import type {
  ActionFigures as Actions,
  ForumDelivery as Delivery,
  OverviewForum as OForum,
  OrganisationAttendance,
} from './delivery.service.ts';
import type { OrganisationLoad as Load, OverviewOrganisation as OOrg } from './load.service.ts';

export const round3 = (x: number) => Math.round(x * 1000) / 1000;
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
