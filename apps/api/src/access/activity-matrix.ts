/**
 * Access-matrix rows for youth activities (issue 6): the public catalogue for everyone, drafts for
 * their own organisation only, approval and unpublishing for the municipality's coordinators.
 */
import { encodeGlobalId } from '../schema/global-id.ts';
import { secondFor } from './case-fixtures.ts';
import { CASE_PARTICIPANTS } from './case-matrix.ts';
import type { ActorName, Cell } from './fixtures.ts';
import type { AccessMatrix, Expectation } from './matrix.ts';
import { byCaller, everyone, result } from './matrix-helpers.ts';

/** The organisation that offers the activity (associations and municipal units); elsewhere not theirs. */
const ACTIVITY_OWNERS = {
  anonymous: 'denied',
  admin: { own: 'ok', other: 'denied' },
  coordinator: { own: 'ok', other: 'denied' },
  member: { own: 'ok', other: 'denied' },
  overseer: 'denied',
  partner: { own: 'ok', other: 'denied' },
  platformAdmin: 'denied',
} as const satisfies Record<ActorName, Expectation>;

/** Coordinators and admins of the municipality the activity takes place in. */
const MUNICIPAL_COORDINATORS = {
  anonymous: 'denied',
  admin: { own: 'ok', other: 'denied' },
  coordinator: { own: 'ok', other: 'denied' },
  member: 'denied',
  overseer: 'denied',
  partner: 'denied',
  platformAdmin: 'denied',
} as const satisfies Record<ActorName, Expectation>;

const ACTIVITY = (success: string) => result(success, 'activity { id status }');
const year = new Date().getFullYear() + 1;
const INPUT = (cell: Cell) => ({
  title: `Matrisaktivitet ${cell.unique}`,
  description: 'Skapad av åtkomstmatrisen.',
  category: 'SPORT',
  minAge: 8,
  maxAge: 12,
  municipalityCode: cell.target.organisation.municipalityCode ?? '0780',
  place: 'Matrishallen',
  season: 'SUMMER',
  startsOn: `${year}-06-01`,
  endsOn: `${year}-06-30`,
  costKronor: 0,
  signUp: 'Kom dit.',
  languages: ['sv'],
});
/** Another organisation's drafts and submissions never show. */
const othersDrafts = async (cell: Cell) =>
  cell.scope === 'other'
    ? [(await cell.fresh.activity('draft')).title, (await cell.fresh.activity('pending_approval')).title]
    : [];

export const activityRows: AccessMatrix = {
  referralsReceived: [
    {
      document: `{ referralsReceived { id alias contactPath status } }`,
      variables: async (cell) => {
        await cell.fresh.referral({ ownOrganisation: true });
        return {};
      },
      expect: {
        anonymous: 'denied',
        admin: 'ok',
        coordinator: 'ok',
        member: 'ok',
        overseer: 'denied',
        partner: 'ok',
        platformAdmin: 'denied',
      },
      mustNotContain: async (cell) => (cell.scope === 'other' ? [(await cell.fresh.referral()).alias] : []),
    },
  ],
  referFromCase: [
    {
      variant: 'to an organisation the case’s consent names',
      document: `mutation($c: ID!, $i: ReferralInput!) { referFromCase(caseId: $c, input: $i) ${result('ReferFromCaseSuccess', 'referral { id status }')} }`,
      variables: async (cell) => ({
        c: (await cell.fresh.case()).globalId,
        i: {
          toOrganisationId: encodeGlobalId(
            'Organisation',
            secondFor({
              organisationId: cell.target.organisation.id,
              kind: cell.target.organisation.kind,
              scope: cell.scope,
            }),
          ),
          alias: 'Matris',
          contactPath: 'Via matrisen',
        },
      }),
      expect: CASE_PARTICIPANTS('caseId'),
      audit: byCaller('case.referral_sent'),
    },
  ],
  moveReferral: [
    {
      variant: 'accepting, as the receiver',
      document: `mutation($id: ID!) { moveReferral(referralId: $id, step: ACCEPTED) ${result('MoveReferralSuccess', 'referral { id status }')} }`,
      variables: async (cell) => ({ id: (await cell.fresh.referral()).globalId }),
      expect: CASE_PARTICIPANTS('referralId'),
      audit: byCaller('referral.accepted'),
    },
  ],
  activities: [
    {
      document: `query($s: String) { activities(first: 50, search: $s) { totalCount edges { node { id title organisationName } } } }`,
      variables: async (cell) => ({ s: (await cell.fresh.activity('published')).title }),
      expect: everyone('ok'),
      mustNotContain: othersDrafts,
    },
  ],
  activity: [
    {
      variant: 'a published activity',
      document: `query($id: ID!) { activity(id: $id) { id title status } }`,
      variables: async (cell) => ({ id: (await cell.fresh.activity('published')).globalId }),
      expect: everyone('ok'),
    },
    {
      variant: 'a draft of the target organisation',
      document: `query($id: ID!) { activity(id: $id) { id title status } }`,
      variables: async (cell) => ({ id: (await cell.fresh.activity('draft')).globalId }),
      expect: {
        anonymous: 'null',
        admin: { own: 'ok', other: 'null' },
        coordinator: { own: 'ok', other: 'null' },
        member: { own: 'ok', other: 'null' },
        overseer: 'null',
        partner: { own: 'ok', other: 'null' },
        platformAdmin: 'null',
      },
    },
  ],
  myActivities: [
    {
      document: `{ myActivities { id title status } }`,
      variables: async (cell) => {
        await cell.fresh.activity('draft', { ownOrganisation: true });
        return {};
      },
      expect: {
        anonymous: 'denied',
        admin: 'ok',
        coordinator: 'ok',
        member: 'ok',
        overseer: 'empty',
        partner: 'ok',
        platformAdmin: 'empty',
      },
      mustNotContain: othersDrafts,
    },
  ],
  activityApprovalQueue: [
    {
      document: `{ activityApprovalQueue { id title } }`,
      variables: async (cell) => {
        await cell.fresh.activity('pending_approval', { ownOrganisation: true });
        return {};
      },
      expect: {
        anonymous: 'denied',
        admin: 'ok',
        coordinator: 'ok',
        member: 'denied',
        overseer: 'denied',
        partner: 'denied',
        platformAdmin: 'denied',
      },
      mustNotContain: othersDrafts,
    },
  ],
  createActivity: [
    {
      document: `mutation($i: ActivityInput!) { createActivity(input: $i) ${ACTIVITY('CreateActivitySuccess')} }`,
      variables: (cell) => ({ i: INPUT(cell) }),
      expect: {
        anonymous: 'denied',
        admin: 'ok',
        coordinator: 'ok',
        member: 'ok',
        overseer: 'denied',
        partner: 'ok',
        platformAdmin: 'denied',
      },
      audit: byCaller('activity.created'),
    },
  ],
  updateActivity: [
    {
      document: `mutation($id: ID!, $i: ActivityInput!) { updateActivity(activityId: $id, input: $i) ${ACTIVITY('UpdateActivitySuccess')} }`,
      variables: async (cell) => ({ id: (await cell.fresh.activity('draft')).globalId, i: INPUT(cell) }),
      expect: ACTIVITY_OWNERS,
      audit: byCaller('activity.updated'),
    },
  ],
  publishActivity: [
    {
      variant: 'a first publication in a municipality where no one has approved the organisation',
      document: `mutation($id: ID!) { publishActivity(activityId: $id) ${ACTIVITY('PublishActivitySuccess')} }`,
      variables: async (cell) => ({
        id: (await cell.fresh.activity('draft', { municipalityCode: cell.scope === 'own' ? '0781' : '1781' }))
          .globalId,
      }),
      expect: ACTIVITY_OWNERS,
      audit: byCaller('activity.submitted'),
    },
  ],
  cancelActivity: [
    {
      document: `mutation($id: ID!) { cancelActivity(activityId: $id) ${ACTIVITY('CancelActivitySuccess')} }`,
      variables: async (cell) => ({ id: (await cell.fresh.activity('published')).globalId }),
      expect: ACTIVITY_OWNERS,
      audit: byCaller('activity.cancelled'),
    },
  ],
  copyActivity: [
    {
      document: `mutation($id: ID!) { copyActivity(activityId: $id) ${ACTIVITY('CopyActivitySuccess')} }`,
      variables: async (cell) => ({ id: (await cell.fresh.activity('published')).globalId }),
      expect: ACTIVITY_OWNERS,
      audit: byCaller('activity.copied'),
    },
  ],
  approveActivity: [
    {
      document: `mutation($id: ID!) { approveActivity(activityId: $id) ${ACTIVITY('ApproveActivitySuccess')} }`,
      variables: async (cell) => ({ id: (await cell.fresh.activity('pending_approval')).globalId }),
      expect: MUNICIPAL_COORDINATORS,
      audit: byCaller('activity.approved'),
    },
  ],
  unpublishActivity: [
    {
      document: `mutation($id: ID!) { unpublishActivity(activityId: $id, reason: "Matrisen tar ner den") ${ACTIVITY('UnpublishActivitySuccess')} }`,
      variables: async (cell) => ({ id: (await cell.fresh.activity('published')).globalId }),
      expect: MUNICIPAL_COORDINATORS,
      audit: byCaller('activity.unpublished'),
    },
  ],
};
