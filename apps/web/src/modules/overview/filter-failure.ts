import type { CombinedError } from 'urql';

/** A filter the API refused, and its reason in the person's language (the API localises it). */
export interface FilterFailure {
  /** 'from', 'to', 'flagThreshold' or 'countyCode', when the API names one. */
  field: string | null;
  message: string;
}

/** Refusals a person can act on by changing the filters: bad input, and a county they may not see. */
const FILTER_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN']);

/**
 * Why the overview query was refused, when the filters are the reason; null for anything else
 * (network, server), which the page shows as a load error with a retry instead.
 */
export function filterFailure(
  error: Pick<CombinedError, 'graphQLErrors' | 'networkError'> | undefined,
): FilterFailure | null {
  if (!error || error.networkError || error.graphQLErrors.length === 0) return null;
  const refused = error.graphQLErrors.filter((e) => FILTER_CODES.has(String(e.extensions?.code ?? '')));
  if (refused.length !== error.graphQLErrors.length) return null;
  const first = refused[0];
  const field = first?.extensions?.field;
  return {
    field: typeof field === 'string' ? field : null,
    message: refused.map((e) => e.message).join(' '),
  };
}
