// The overview's merge candidates and proposals, and the network picture, as GraphQL types.
import { builder } from '../../schema/builder.ts';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { ForumTheme } from '../forums/forum.graphql.ts';
import type { OverviewForum as OForum } from './delivery.service.ts';
import type { OverviewOrganisation as OOrg } from './load.service.ts';
import type { MergeProposal as Proposal } from './merge-proposal.service.ts';
import type { RankedCandidate } from './overlap.service.ts';
import { OverviewForum, OverviewOrganisation, round3 } from './overview-types.graphql.ts';

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
