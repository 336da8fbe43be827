import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { csvNumber } from './csv.ts';
import { COLUMNS } from './csv-swedish.ts';
import { protectedCountText, useOverviewFormat } from './format.ts';

export interface Pulse {
  period: string;
  answers: { value: number | null; fewerThanFive: boolean };
  usefulness: number | null;
  trust: number | null;
}

/** The pulse per quarter for a CSV, in Swedish: withheld counts and averages say so in words. */
export function pulseCsvRows(sv: TFunction) {
  const withheld = sv('overview.pulse.withheld');
  return {
    columns: [COLUMNS.quarter, COLUMNS.pulseAnswers, COLUMNS.usefulness, COLUMNS.trust],
    rows: (pulse: readonly Pulse[]) =>
      pulse.map((p) => [
        p.period,
        protectedCountText(p.answers, sv('overview.fewerThanFive'), String),
        p.usefulness === null ? withheld : csvNumber(p.usefulness, 2),
        p.trust === null ? withheld : csvNumber(p.trust, 2),
      ]),
  };
}

/**
 * Meeting pulse per quarter: how useful the meetings were and how much people trust the
 * collaboration, 1–4. Below 5 answers neither the count nor the averages are shown.
 */
export function PulseTable({
  pulse,
  caption,
  captionId,
  scrollable = false,
}: {
  pulse: readonly Pulse[];
  caption: string;
  captionId: string;
  /** Scrolls sideways on its own on a narrow screen (not needed inside a table that already does). */
  scrollable?: boolean;
}) {
  const { t } = useTranslation();
  const format = useOverviewFormat();
  if (pulse.length === 0) return <p>{t('overview.pulse.none')}</p>;
  const table = (
    <table className="data-table overview-subtable">
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('overview.pulse.quarter')}</th>
          <th scope="col">{t('overview.pulse.answers')}</th>
          <th scope="col">{t('overview.pulse.usefulness')}</th>
          <th scope="col">{t('overview.pulse.trust')}</th>
        </tr>
      </thead>
      <tbody>
        {pulse.map((p) => (
          <tr key={p.period}>
            <th scope="row">{p.period}</th>
            <td>{format.protectedCount(p.answers)}</td>
            <td>{format.pulse(p.usefulness)}</td>
            <td>{format.pulse(p.trust)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scrollable ? (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll
    <section className="table-scroll overview-subtable-scroll" aria-labelledby={captionId} tabIndex={0}>
      {table}
    </section>
  ) : (
    table
  );
}
