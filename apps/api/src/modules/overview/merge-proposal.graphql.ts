import type { Context } from '../../context.ts';
import { atomically } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import {
  answerForumMergeProposal,
  listMergeProposals,
  type MergeProposal as Proposal,
  proposeForumMerge,
  withdrawForumMergeProposal,
} from './merge-proposal.service.ts';
import { MergeProposal } from './merge-types.graphql.ts';

const proposalErrors = (name: string, verb: string) => ({
  types: COMMON_ERRORS,
  result: { name: `${name}Success`, description: `${verb}.` },
  union: { name: `${name}Result`, description: `${verb}, or why not.` },
  dataField: { name: 'proposal', description: 'The proposal as it now stands.' },
});

/** Reads back one proposal as the viewer now sees it. */
async function readBack(ctx: Context, id: string): Promise<Proposal> {
  const [found] = await listMergeProposals(ctx, { id });
  if (!found) throw new Error('merge proposal vanished between writing and reading it back');
  return found;
}

builder.mutationFields((t) => ({
  proposeForumMerge: t.field({
    type: MergeProposal,
    description:
      'Turns a merge candidate into a proposal that both forums’ hosts see and answer. For coordinators and admins of either host, and the county board.',
    authScopes: { signedIn: true },
    args: {
      forumAId: t.arg.id({ required: true, description: 'One forum.' }),
      forumBId: t.arg.id({ required: true, description: 'The other forum, in the same county.' }),
      message: t.arg.string({
        required: false,
        description: 'Why, in a few sentences (at most 2,000 characters).',
      }),
    },
    errors: proposalErrors('ProposeForumMerge', 'Proposed'),
    resolve: (_root, args, ctx) =>
      atomically(ctx, async () => {
        const id = await proposeForumMerge(
          ctx,
          parseId(ctx, args.forumAId, 'Forum', 'forumAId'),
          parseId(ctx, args.forumBId, 'Forum', 'forumBId'),
          args.message,
        );
        return readBack(ctx, id);
      }),
  }),
  answerForumMergeProposal: t.field({
    type: MergeProposal,
    description:
      'A host’s coordinator or admin agrees or declines. All hosts agreeing agrees it (a host then merges with mergeForum); one declining declines it.',
    authScopes: { signedIn: true },
    args: {
      proposalId: t.arg.id({ required: true, description: 'The proposal.' }),
      agrees: t.arg.boolean({ required: true, description: 'Whether the host agrees.' }),
      comment: t.arg.string({ required: false, description: 'Why (at most 2,000 characters).' }),
    },
    errors: proposalErrors('AnswerForumMergeProposal', 'Answered'),
    resolve: (_root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.proposalId, 'ForumMergeProposal', 'proposalId');
        await answerForumMergeProposal(ctx, id, args.agrees, args.comment);
        return readBack(ctx, id);
      }),
  }),
  withdrawForumMergeProposal: t.field({
    type: MergeProposal,
    description: 'The organisation that proposed a merge takes it back while it is open.',
    authScopes: { signedIn: true },
    args: { proposalId: t.arg.id({ required: true, description: 'The proposal.' }) },
    errors: proposalErrors('WithdrawForumMergeProposal', 'Withdrawn'),
    resolve: (_root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.proposalId, 'ForumMergeProposal', 'proposalId');
        await withdrawForumMergeProposal(ctx, id);
        return readBack(ctx, id);
      }),
  }),
}));
