import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgEnum,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisation } from './organisations.ts';

export const membershipRole = pgEnum('membership_role', [
  'admin',
  'coordinator',
  'member',
  'overseer',
  'partner',
]);
export type MembershipRole = (typeof membershipRole.enumValues)[number];

export const membershipStatus = pgEnum('membership_status', ['active', 'deactivated']);

/**
 * A person who signs in. Work contact details only: there is deliberately no field for a home
 * address or a private phone, and a test keeps it that way.
 */
export const userAccount = snakeCase.table(
  'user_account',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Work e-mail; unique regardless of case. */
    email: text().notNull(),
    displayName: text().notNull(),
    jobTitle: text(),
    workPhone: text(),
    /** argon2id; null for people who only sign in through their organisation's identity provider. */
    passwordHash: text(),
    isPlatformAdmin: boolean().notNull().default(false),
    deactivatedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('user_account_email_lower').on(sql`lower(${t.email})`),
    check('user_account_email_shape', sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
  ],
);

/** A login at an OpenID Connect provider, linked to a user. */
export const userIdentity = snakeCase.table(
  'user_identity',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    issuer: text().notNull(),
    subject: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.issuer, t.subject), index().on(t.userId)],
);

/** A user's role in one organisation. */
export const membership = snakeCase.table(
  'membership',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    role: membershipRole().notNull(),
    status: membershipStatus().notNull().default('active'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.userId, t.organisationId), index().on(t.organisationId)],
);

/** A signed-in browser. Only a hash of the cookie's token is stored, so a database read cannot sign anyone in. */
export const session = snakeCase.table(
  'session',
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    activeMembershipId: uuid().references(() => membership.id, { onDelete: 'set null' }),
    /** How the person signed in: 'password' or 'oidc'. */
    method: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.tokenHash), index().on(t.userId)],
);

/**
 * An invitation to join an organisation with a role, sent as a one-time link. Nothing is granted
 * and nothing about the invited person is shown until they accept: a new person chooses a
 * password, an existing one signs in first. Only the token's hash is stored.
 */
export const invitation = snakeCase.table(
  'invitation',
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id),
    role: membershipRole().notNull(),
    invitedByUserId: uuid().references(() => userAccount.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.tokenHash), index().on(t.userId), index().on(t.organisationId)],
);
