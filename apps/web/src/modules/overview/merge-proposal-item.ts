import { graphql, type ResultOf } from '../../graphql.ts';

export const MergeProposalFragment = graphql(`
  fragment MergeProposalItem on ForumMergeProposal {
    id
    status
    proposedAt
    decidedAt
    message
    score
    sharedMemberCount
    hoursSavedPerYear
    viewerMayAnswer
    viewerMayWithdraw
    forumA {
      id
      name
      host {
        id
        name
      }
    }
    forumB {
      id
      name
      host {
        id
        name
      }
    }
    proposedBy {
      id
      name
    }
    answers {
      organisation {
        id
        name
      }
      agrees
      comment
      answeredAt
    }
    hostsAwaitingAnswer {
      id
      name
    }
    viewerAnswer {
      agrees
    }
  }
`);

export type MergeProposal = ResultOf<typeof MergeProposalFragment>;

export const ProposeForumMergeMutation = graphql(
  `
    mutation ProposeForumMerge($forumAId: ID!, $forumBId: ID!, $message: String) {
      proposeForumMerge(forumAId: $forumAId, forumBId: $forumBId, message: $message) {
        __typename
        ... on ProposeForumMergeSuccess {
          proposal {
            ...MergeProposalItem
          }
        }
        ... on UserError {
          message
          field
        }
      }
    }
  `,
  [MergeProposalFragment],
);

export const AnswerForumMergeProposalMutation = graphql(
  `
    mutation AnswerForumMergeProposal($proposalId: ID!, $agrees: Boolean!, $comment: String) {
      answerForumMergeProposal(proposalId: $proposalId, agrees: $agrees, comment: $comment) {
        __typename
        ... on AnswerForumMergeProposalSuccess {
          proposal {
            ...MergeProposalItem
          }
        }
        ... on UserError {
          message
          field
        }
      }
    }
  `,
  [MergeProposalFragment],
);

export const WithdrawForumMergeProposalMutation = graphql(
  `
    mutation WithdrawForumMergeProposal($proposalId: ID!) {
      withdrawForumMergeProposal(proposalId: $proposalId) {
        __typename
        ... on WithdrawForumMergeProposalSuccess {
          proposal {
            ...MergeProposalItem
          }
        }
        ... on UserError {
          message
          field
        }
      }
    }
  `,
  [MergeProposalFragment],
);

/** "Saves 24 hours a year" or, when negative, "costs 40 hours more a year": the sign in words. */
export function hoursKey(hours: number): 'saves' | 'costs' | 'even' {
  if (hours > 0) return 'saves';
  if (hours < 0) return 'costs';
  return 'even';
}
