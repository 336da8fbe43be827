import type { EnumValue } from '../../graphql.ts';

/** A saved version of a plan as the API gives it (JSON; organisations by GraphQL id). */
export interface PlanSnapshot {
  needs: string;
  goals: string;
  goalsInOwnWords: string;
  followUpOn: string | null;
  overallResponsibleOrganisationId: string | null;
  actions: {
    organisationId: string;
    description: string;
    dueOn: string | null;
    status: EnumValue<'PlanActionStatus'>;
  }[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown) => (typeof value === 'string' && value ? value : null);
const STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;

/** Reads a snapshot, tolerating missing parts (an early version has no actions), or null if it is not JSON. */
export function parsePlanSnapshot(json: string): PlanSnapshot | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const value = raw as Record<string, unknown>;
  const actions = Array.isArray(value.actions) ? value.actions : [];
  return {
    needs: text(value.needs),
    goals: text(value.goals),
    goalsInOwnWords: text(value.goalsInOwnWords),
    followUpOn: textOrNull(value.followUpOn),
    overallResponsibleOrganisationId: textOrNull(value.overallResponsibleOrganisationId),
    actions: actions.flatMap((action: unknown) => {
      if (!action || typeof action !== 'object') return [];
      const a = action as Record<string, unknown>;
      const status = STATUSES.find((candidate) => candidate === String(a.status).toUpperCase()) ?? 'OPEN';
      return [
        {
          organisationId: text(a.organisationId),
          description: text(a.description),
          dueOn: textOrNull(a.dueOn),
          status,
        },
      ];
    }),
  };
}

/**
 * The database id inside a GraphQL global id (`base64("Organisation:<uuid>")`). Versions saved
 * before the API named organisations by GraphQL id hold database ids; this still matches those.
 */
export function databaseIdOf(globalId: string): string {
  try {
    const decoded = atob(globalId);
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : globalId;
  } catch {
    return globalId;
  }
}

/** Names of the organisations the page knows, by GraphQL id and by the database id inside it. */
export function organisationNames(
  organisations: readonly { id: string; name: string }[],
): Map<string, string> {
  return new Map(
    organisations.flatMap((organisation) => [
      [organisation.id, organisation.name],
      [databaseIdOf(organisation.id), organisation.name],
    ]),
  );
}
