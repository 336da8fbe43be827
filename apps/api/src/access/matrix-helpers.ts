/** Small builders the access-matrix row files share. */
import type { ActorName, Cell } from './fixtures.ts';
import type { AuditExpectation, Expectation } from './matrix.ts';
import type { Outcome } from './outcomes.ts';

/** The same outcome for every actor. */
export const everyone = (outcome: Outcome): Record<ActorName, Expectation> => ({
  anonymous: outcome,
  admin: outcome,
  coordinator: outcome,
  member: outcome,
  overseer: outcome,
  partner: outcome,
  platformAdmin: outcome,
});

/** The audit event an allowed call writes, done by the caller. */
export const byCaller =
  (action: string) =>
  (cell: Cell): AuditExpectation | null =>
    cell.actor.userId ? { action, actorUserId: cell.actor.userId } : null;

/** Selects a mutation's result union: the refusal, or what the success carries. */
export const result = (success: string, fields: string) =>
  `{ __typename ... on UserError { field message } ... on ${success} { ${fields} } }`;
