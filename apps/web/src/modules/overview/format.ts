import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDate, localeFor } from '../../ui/datetime.ts';

/**
 * Organisations and forums are named in Swedish, and are sorted as Swedish (å, ä, ö after z) in the
 * English interface too, as the API sorts them and as readers find them in other lists.
 */
export const NAME_ORDER = 'sv-SE';

/** A count about people, which the API withholds below 5 (`fewerThanFive`, no value). */
export interface ProtectedCount {
  value?: number | null;
  fewerThanFive: boolean;
}

/** The number, or the words for "fewer than 5": never a number when the count is withheld, even if one came. */
export function protectedCountText(
  count: ProtectedCount,
  fewerThanFive: string,
  format: (value: number) => string,
): string {
  return count.fewerThanFive || count.value === null || count.value === undefined
    ? fewerThanFive
    : format(count.value);
}

/** The share `part` is of `whole`, 0–1, or null when there is no whole. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = numberFormats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, found);
  }
  return found;
}

/** Numbers, rates, hours, dates and withheld counts in the active language. */
export function useOverviewFormat() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const count = (value: number) => numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  const decimal = (value: number, digits = 1) =>
    numberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return {
    count,
    decimal,
    /** "78 %", or "–" (said as "none recorded") when there is no rate. */
    percent: (rate: number | null | undefined) =>
      rate === null || rate === undefined
        ? t('overview.noRate')
        : numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate),
    protectedCount: (value: ProtectedCount) => protectedCountText(value, t('overview.fewerThanFive'), count),
    /** A 1–4 pulse average, or that it is withheld below 5 answers. */
    pulse: (value: number | null | undefined) =>
      value === null || value === undefined ? t('overview.pulse.withheld') : decimal(value, 2),
    /** A calendar date given as YYYY-MM-DD. */
    date: (isoDate: string) => formatCalendarDate(isoDate, i18n.language),
    /** The Stockholm day of an instant. */
    day: (instant: string) => formatDate(instant, i18n.language),
  };
}

export type OverviewFormat = ReturnType<typeof useOverviewFormat>;
