import { useState } from 'react';
import type { CombinedError } from 'urql';
import type { SummaryError } from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';

/** Why a case mutation failed: the message, and the API's full path of the field to correct. */
export interface CaseFailure {
  /** E.g. `subject.guardians.0.fullName`; the case forms name their fields by the same paths. */
  path: string | null;
  message: string;
}

/**
 * Like `mutationFailure`, but keeps the whole field path: a case form has a guardian's name and the
 * person's name, which the last segment alone (`fullName`) cannot tell apart.
 */
export function caseFailure(
  outcome: { __typename?: string; message?: string; field?: string | null } | null | undefined,
  error: Pick<CombinedError, 'graphQLErrors' | 'networkError'> | undefined,
  networkMessage: string,
): CaseFailure | null {
  const failure = mutationFailure(outcome, error, networkMessage);
  if (!failure) return null;
  const raw =
    outcome && typeof outcome.message === 'string'
      ? outcome.field
      : error?.graphQLErrors[0]?.extensions?.field;
  return { path: typeof raw === 'string' && raw ? raw : null, message: failure.message };
}

/** The DOM id of the form field for an API path: `case` + `subject.fullName` → `case-subject-fullName`. */
export function fieldIdFor(prefix: string, path: string): string {
  return `${prefix}-${path.replaceAll('.', '-')}`;
}

/**
 * Errors of one case form, keyed by API path, with the error summary above the form: each summary
 * item links to its field when the form shows one. `aliases` maps paths the API uses for a whole
 * group (e.g. `consent` for "consent or a basis") to the field that stands for it.
 */
export function useFormErrors(prefix: string, aliases: Record<string, string> = {}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const id = (path: string) => fieldIdFor(prefix, path);

  function show(found: Record<string, string>, general?: string) {
    setErrors(found);
    const list: SummaryError[] = Object.entries(found).map(([path, message]) => ({
      key: path,
      message,
      fieldId: document.getElementById(id(path)) ? id(path) : undefined,
    }));
    if (general) list.push({ key: 'general', message: general });
    setSummary(list);
    setAttempt((count) => count + 1);
  }

  function showFailure(failure: CaseFailure | null) {
    if (!failure) return;
    const path = failure.path ? (aliases[failure.path] ?? failure.path) : null;
    if (path) show({ [path]: failure.message });
    else show({}, failure.message);
  }

  function clear() {
    setErrors({});
    setSummary([]);
  }

  return { errors, summary, attempt, id, show, showFailure, clear };
}
