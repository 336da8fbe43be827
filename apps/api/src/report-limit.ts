import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import pLimit, { type LimitFunction } from 'p-limit';
import { selectedFieldNames } from './schema/selections.ts';

/**
 * Marks a root query field that computes a report, in its `extensions`. One report can hold tens
 * of megabytes while it runs (the largest county's overview answers with 2.5 MB of JSON), so ten
 * at once would need ten times that: the process computes a few at a time and the rest wait.
 */
export const REPORT = { samladReport: true } as const;

/**
 * Reports one API process computes at once. Two keep both the process and the database busy
 * (one report's statement runs while the other's answer is built); a report that waits holds no
 * transaction and no connection.
 */
export const REPORTS_AT_ONCE = 2;

export type ReportLimit = LimitFunction;

export function createReportLimit(reportsAtOnce = REPORTS_AT_ONCE): ReportLimit {
  return pLimit(reportsAtOnce);
}

/** Whether the operation asks for a report at its root, through fragments too. */
export function asksForReport(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
): boolean {
  if (operation?.operation !== 'query') return false;
  const fragment = (name: string) =>
    document.definitions.find(
      (definition): definition is FragmentDefinitionNode =>
        definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
    )?.selectionSet;
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const field of selectedFieldNames([operation.selectionSet], fragment)) {
    if (fields[field]?.extensions.samladReport === REPORT.samladReport) return true;
  }
  return false;
}
