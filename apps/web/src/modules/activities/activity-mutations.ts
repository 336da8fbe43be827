import { graphql } from '../../graphql.ts';

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: ActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on CreateActivitySuccess {
        activity {
          id
          status
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($activityId: ID!, $input: ActivityInput!) {
    updateActivity(activityId: $activityId, input: $input) {
      __typename
      ... on UpdateActivitySuccess {
        activity {
          id
          status
          updatedAt
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);
