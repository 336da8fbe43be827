import type { GraphQLResponse } from '../test/harness.ts';

/**
 * What one call of an operation amounts to, access-wise:
 * - `ok`: the caller got data (a success result; a list or page with at least one item).
 * - `null`: a read that answers null, e.g. a forum the caller's organisation is not in.
 * - `empty`: a list or page with nothing in it (and a total count of 0).
 * - `denied`: a GraphQL error UNAUTHENTICATED (signed out) or FORBIDDEN (signed in), or a
 *   NotAllowedError result.
 * - `rejected`: the caller may call it, but the input was refused (InvalidInputError,
 *   ConflictError, SignInFailedError, or a BAD_USER_INPUT error).
 * `denied:role` or `rejected:token` also names the input field the refusal points at.
 */
export type OutcomeKind = 'ok' | 'null' | 'empty' | 'denied' | 'rejected';
export type Outcome = OutcomeKind | `denied:${string}` | `rejected:${string}`;

export interface Observed {
  kind: OutcomeKind | 'unexpected';
  field: string | null;
  /** The error code or result type it was read from. */
  via: string;
}

const REFUSALS: Record<string, OutcomeKind> = {
  NotAllowedError: 'denied',
  InvalidInputError: 'rejected',
  ConflictError: 'rejected',
  SignInFailedError: 'rejected',
};

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

/** Reads the outcome of a call from its response; `field` is the operation's root field. */
export function observe(res: GraphQLResponse, field: string): Observed {
  const value = res.data?.[field];
  const error = res.errors?.[0];
  if (error) {
    const code = String(error.extensions?.code ?? 'no code');
    const errorField = typeof error.extensions?.field === 'string' ? error.extensions.field : null;
    // An error must come instead of data, never beside it.
    if (value != null) return { kind: 'unexpected', field: null, via: `${code} beside data` };
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')
      return { kind: 'denied', field: errorField, via: code };
    if (code === 'BAD_USER_INPUT') return { kind: 'rejected', field: errorField, via: code };
    return { kind: 'unexpected', field: null, via: `${code}: ${error.message}` };
  }
  if (res.status !== 200) return { kind: 'unexpected', field: null, via: `HTTP ${res.status}` };
  if (value === null || value === undefined) return { kind: 'null', field: null, via: 'null' };
  if (Array.isArray(value)) return { kind: value.length ? 'ok' : 'empty', field: null, via: 'list' };
  const record = asRecord(value);
  if (!record) return { kind: 'ok', field: null, via: typeof value };
  const typename = record.__typename;
  if (typeof typename === 'string') {
    const refusal = REFUSALS[typename];
    if (refusal) {
      return { kind: refusal, field: typeof record.field === 'string' ? record.field : null, via: typename };
    }
    if (!typename.endsWith('Success')) return { kind: 'unexpected', field: null, via: typename };
  }
  if (Array.isArray(record.edges)) {
    // A page that shows nothing but counts something still tells something.
    const total = typeof record.totalCount === 'number' ? record.totalCount : 0;
    return { kind: record.edges.length || total ? 'ok' : 'empty', field: null, via: 'connection' };
  }
  return { kind: 'ok', field: null, via: typeof typename === 'string' ? typename : 'object' };
}

/**
 * The observed outcome written the way `expected` is (with a field only if it names one), so the
 * two compare as strings and a failure reads like the matrix. A denial must also say the right
 * thing: signed out, "sign in"; signed in, never that.
 */
export function describeObserved(observed: Observed, expected: Outcome, signedIn: boolean): string {
  if (observed.kind === 'unexpected') return `unexpected (${observed.via})`;
  if (observed.kind === 'denied' && signedIn === (observed.via === 'UNAUTHENTICATED')) {
    return `denied as ${observed.via} (${signedIn ? 'signed in' : 'signed out'})`;
  }
  return expected.includes(':') ? `${observed.kind}:${observed.field ?? '(no field)'}` : observed.kind;
}
