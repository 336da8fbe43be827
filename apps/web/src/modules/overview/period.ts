import type { EnumValue } from '../../graphql.ts';
import { addDays, parseIsoDate, toIsoDate } from '../../ui/datetime.ts';

export type OrganisationKind = EnumValue<'OrganisationKind'>;

export const ORGANISATION_KINDS = [
  'MUNICIPALITY',
  'REGION',
  'POLICE',
  'EMPLOYMENT_SERVICE',
  'COUNTY_BOARD',
  'SCHOOL',
  'CIVIL_SOCIETY',
  'OTHER',
] as const satisfies readonly OrganisationKind[];

/** The API's default, and the issue's: an organisation in eight forums or more is flagged. */
export const DEFAULT_FLAG_THRESHOLD = 8;

/** What the overview is asked for. Dates and threshold stay as typed, so the API can say what is wrong with them. */
export interface OverviewFilters {
  from: string;
  to: string;
  kind: OrganisationKind | '';
  threshold: string;
}

/**
 * The last twelve months up to and including `today` (a Stockholm date, YYYY-MM-DD): from the day
 * after the same date a year earlier. 29 February counts back from 28 February the year before.
 */
export function defaultPeriod(today: string): { from: string; to: string } {
  const date = parseIsoDate(today);
  if (!date) throw new RangeError(`Not a date: ${today}`);
  const day = date.month === 2 && date.day === 29 ? 28 : date.day;
  return { from: toIsoDate(addDays({ year: date.year - 1, month: date.month, day }, 1)), to: today };
}

export function isOrganisationKind(value: string | null): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly (string | null)[]).includes(value);
}

/** The filters in the address (?fran=&till=&typ=&grans=), with the defaults for what is not there. */
export function filtersFrom(params: URLSearchParams, today: string): OverviewFilters {
  const period = defaultPeriod(today);
  const kind = params.get('typ');
  return {
    from: params.get('fran') ?? period.from,
    to: params.get('till') ?? period.to,
    kind: isOrganisationKind(kind) ? kind : '',
    threshold: params.get('grans') ?? String(DEFAULT_FLAG_THRESHOLD),
  };
}

/** The address for the filters, leaving out what is the default, so the plain /oversikt is the usual view. */
export function searchFor(filters: OverviewFilters, today: string): URLSearchParams {
  const period = defaultPeriod(today);
  const params = new URLSearchParams();
  if (filters.from !== period.from) params.set('fran', filters.from);
  if (filters.to !== period.to) params.set('till', filters.to);
  if (filters.kind) params.set('typ', filters.kind);
  if (filters.threshold.trim() !== String(DEFAULT_FLAG_THRESHOLD))
    params.set('grans', filters.threshold.trim());
  return params;
}

/**
 * The threshold as the Int the API takes, or null when it is not a whole number (GraphQL would refuse
 * it with a message meant for developers). Whole numbers below 1 go to the API, which explains the limit.
 */
export function thresholdValue(raw: string): number | null {
  const trimmed = raw.trim();
  if (!/^-?\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}
