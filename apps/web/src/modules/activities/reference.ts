import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { type EnumValue, graphql } from '../../graphql.ts';

export type ActivityCategory = EnumValue<'ActivityCategory'>;
export type ActivitySeason = EnumValue<'ActivitySeason'>;
export type ActivityStatus = EnumValue<'ActivityStatus'>;

export const ACTIVITY_CATEGORIES: readonly ActivityCategory[] = [
  'SUMMER_ACTIVITY',
  'SUMMER_JOB',
  'HOMEWORK_HELP',
  'SPORT',
  'CULTURE',
  'OPEN_YOUTH_CENTRE',
  'OTHER',
];

export const ACTIVITY_SEASONS: readonly ActivitySeason[] = [
  'SPRING',
  'SUMMER',
  'AUTUMN',
  'WINTER',
  'YEAR_ROUND',
];

/** The order the organisation's own list shows them in: what needs doing first. */
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = [
  'DRAFT',
  'UNPUBLISHED',
  'PENDING_APPROVAL',
  'PUBLISHED',
  'CANCELLED',
];

export function isActivityCategory(value: string | null | undefined): value is ActivityCategory {
  return (ACTIVITY_CATEGORIES as readonly (string | null | undefined)[]).includes(value);
}

export function isActivitySeason(value: string | null | undefined): value is ActivitySeason {
  return (ACTIVITY_SEASONS as readonly (string | null | undefined)[]).includes(value);
}

const MunicipalitiesQuery = graphql(`
  query ActivityMunicipalities {
    municipalities {
      code
      name
    }
  }
`);

/** Sweden's municipalities (public reference data), in the alphabetical order of the interface language. */
export function useMunicipalities() {
  const { i18n } = useTranslation();
  const [result] = useQuery({ query: MunicipalitiesQuery });
  const collator = new Intl.Collator(i18n.language);
  const list = [...(result.data?.municipalities ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  return { list, fetching: result.fetching, error: result.error };
}
