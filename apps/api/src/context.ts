import type { Database } from '@samlad/db';
import type { Locale } from './i18n/messages.ts';

/** What every resolver gets. Kept small: modules own their own loading. */
export interface Context {
  db: Database;
  locale: Locale;
  requestId: string;
  /** The request's notion of "now", so one request sees one consistent present. */
  now: Date;
}
