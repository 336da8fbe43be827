/**
 * The API refuses requests without this header unless they are JSON POSTs (CSRF protection:
 * a cross-site form cannot send it). Every request sends it, so no request depends on the rule.
 */
export const CSRF_HEADERS = { 'x-samlad-csrf': '1' } as const;
