import type { Database, schema } from '@samlad/db';
import type { EventHub } from './events.ts';
import type { Locale } from './i18n/messages.ts';

export type MembershipRole = (typeof schema.membershipRole.enumValues)[number];
export type OrganisationKind = (typeof schema.organisationKind.enumValues)[number];

/** The signed-in person, as loaded from their session at the start of a request. */
export interface Viewer {
  userId: string;
  sessionId: string;
  isPlatformAdmin: boolean;
  /**
   * The membership the person acts through now, with what the access rules ask of its
   * organisation (a county board never works cases; it oversees its own county); null if they
   * have no active membership.
   */
  membership: {
    id: string;
    organisationId: string;
    role: MembershipRole;
    organisationKind: OrganisationKind;
    organisationName: string;
    countyCode: string;
  } | null;
}

/** What every resolver gets. Kept small: modules own their own loading. */
export interface Context {
  /** Inside `execute`, the request's transaction (acting as the application role). */
  db: Database;
  /** The database outside any transaction; only the transaction plugin uses it. */
  rootDb: Database;
  locale: Locale;
  requestId: string;
  /** The request's notion of "now", so one request sees one consistent present. */
  now: Date;
  viewer: Viewer | null;
  /** The client's address, for sign-in rate limiting and its audit events. */
  clientAddress: string | null;
  /** Cookies the response should set (serialized Set-Cookie values). */
  responseCookies: string[];
  /** Whether the request came over https, so cookies get `Secure`. */
  secure: boolean;
  /** The session token from the request's cookie, if any. */
  sessionToken: string | null;
  /** Where live updates are heard (subscriptions). */
  events: EventHub;
}
