import { bigint, index, jsonb, snakeCase, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Who did what to which record, when, acting for which organisation, from which request.
 * Append-only: the application's role may INSERT and SELECT, never UPDATE or DELETE (see the
 * grants migration). No foreign keys, so an event outlives what it describes.
 */
export const auditEvent = snakeCase.table(
  'audit_event',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid(),
    organisationId: uuid(),
    /** Dotted verb, e.g. `auth.sign_in`, `membership.role_changed`. */
    action: text().notNull(),
    recordType: text(),
    recordId: text(),
    requestId: text(),
    /** The client address, kept only on sign-in events, where rate limiting needs it. */
    clientAddress: text(),
    /** What changed; never a case's identity or notes. */
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index().on(t.organisationId, t.occurredAt),
    index().on(t.actorUserId, t.occurredAt),
    index().on(t.recordType, t.recordId),
    index().on(t.action, t.occurredAt),
  ],
);
