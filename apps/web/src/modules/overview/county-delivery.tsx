import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { ActionsChart, ModesChart } from './charts.tsx';
import { csvPercent } from './csv.ts';
import { COLUMNS, svT } from './csv-swedish.ts';
import type { ForumDelivery } from './delivery-section.tsx';
import { share, useOverviewFormat } from './format.ts';
import { PulseTable, pulseCsvRows } from './pulse-table.tsx';
import { CsvButton, type OverviewScope, OverviewSection, ScrollTable } from './section.tsx';

export const CountyDeliveryFragment = graphql(`
  fragment CountyDeliveryTotals on CountyDelivery {
    heldMeetings
    plannedToDate
    cancelledMeetings
    heldInPerson
    heldDigital
    heldHybrid
    actions {
      completedOnTime
      completedLate
      open
      overdue
    }
    pulse {
      period
      answers {
        value
        fewerThanFive
      }
      usefulness
      trust
    }
  }
`);

/** The county's forums together: meetings against cadence, how they were held, actions, pulse; with charts. */
export function CountyDeliverySection({
  data,
  forums,
  scope,
}: {
  data: FragmentOf<typeof CountyDeliveryFragment>;
  forums: readonly ForumDelivery[];
  scope: OverviewScope;
}) {
  const { t } = useTranslation();
  const format = useOverviewFormat();
  const delivery = readFragment(CountyDeliveryFragment, data);
  const held = delivery.heldMeetings;
  const measures: { key: string; label: string; count: number; share: number | null }[] = [
    { key: 'planned', label: t('overview.county.plannedToDate'), count: delivery.plannedToDate, share: null },
    {
      key: 'held',
      label: t('overview.county.held'),
      count: held,
      share: share(held, delivery.plannedToDate),
    },
    {
      key: 'cancelled',
      label: t('overview.county.cancelled'),
      count: delivery.cancelledMeetings,
      share: null,
    },
    {
      key: 'inPerson',
      label: t('overview.county.heldMode', { mode: t('enums.MeetingMode.IN_PERSON').toLowerCase() }),
      count: delivery.heldInPerson,
      share: share(delivery.heldInPerson, held),
    },
    {
      key: 'digital',
      label: t('overview.county.heldMode', { mode: t('enums.MeetingMode.DIGITAL').toLowerCase() }),
      count: delivery.heldDigital,
      share: share(delivery.heldDigital, held),
    },
    {
      key: 'hybrid',
      label: t('overview.county.heldMode', { mode: t('enums.MeetingMode.HYBRID').toLowerCase() }),
      count: delivery.heldHybrid,
      share: share(delivery.heldHybrid, held),
    },
    {
      key: 'onTime',
      label: t('overview.actions.onTimeLong'),
      count: delivery.actions.completedOnTime,
      share: null,
    },
    {
      key: 'late',
      label: t('overview.actions.lateLong'),
      count: delivery.actions.completedLate,
      share: null,
    },
    { key: 'open', label: t('overview.actions.openLong'), count: delivery.actions.open, share: null },
    {
      key: 'overdue',
      label: t('overview.actions.overdueLong'),
      count: delivery.actions.overdue,
      share: null,
    },
  ];

  const totalsCsv = () => {
    const sv = svT();
    // The same measures, named in Swedish whatever the page's language.
    const names: Record<string, string> = {
      planned: COLUMNS.plannedToDate,
      held: COLUMNS.heldMeetings,
      cancelled: COLUMNS.cancelledMeetings,
      inPerson: `${COLUMNS.heldMeetings}, ${sv('enums.MeetingMode.IN_PERSON').toLowerCase()}`,
      digital: `${COLUMNS.heldMeetings}, ${sv('enums.MeetingMode.DIGITAL').toLowerCase()}`,
      hybrid: `${COLUMNS.heldMeetings}, ${sv('enums.MeetingMode.HYBRID').toLowerCase()}`,
      onTime: COLUMNS.actionsOnTime,
      late: COLUMNS.actionsLate,
      open: COLUMNS.actionsOpen,
      overdue: COLUMNS.actionsOverdue,
    };
    return {
      columns: [COLUMNS.measure, COLUMNS.count, COLUMNS.sharePercent],
      rows: measures.map((m) => [names[m.key] ?? m.key, m.count, csvPercent(m.share)]),
    };
  };
  const pulseCsv = () => {
    const pulse = pulseCsvRows(svT());
    return { columns: pulse.columns, rows: pulse.rows(delivery.pulse) };
  };

  return (
    <OverviewSection
      id="lanet-totalt"
      title={t('overview.county.title')}
      scope={scope}
      intro={
        <p>
          {t('overview.county.intro', {
            held: format.count(held),
            planned: format.count(delivery.plannedToDate),
            share: format.percent(share(held, delivery.plannedToDate)),
          })}
        </p>
      }
    >
      <div className="overview-charts">
        {forums.length > 0 && <ModesChart forums={forums} totals={delivery} />}
        <ActionsChart actions={delivery.actions} />
      </div>
      <ScrollTable
        captionId="overview-county-caption"
        caption={t('overview.county.caption')}
        tools={
          <CsvButton what={t('overview.county.title')} name="leverans-lan" scope={scope} table={totalsCsv} />
        }
      >
        <thead>
          <tr>
            <th scope="col">{t('overview.county.measure')}</th>
            <th scope="col">{t('overview.county.count')}</th>
            <th scope="col">{t('overview.county.share')}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={m.key}>
              <th scope="row">{m.label}</th>
              <td className="overview-number">{format.count(m.count)}</td>
              <td className="overview-number">{m.share === null ? '' : format.percent(m.share)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h3>{t('overview.pulse.title')}</h3>
      <p>{t('overview.pulse.intro')}</p>
      <div className="overview-table__tools">
        <CsvButton
          what={t('overview.pulse.titleLower')}
          showWhat
          name="puls-lan"
          scope={scope}
          table={pulseCsv}
        />
      </div>
      <PulseTable
        pulse={delivery.pulse}
        caption={t('overview.pulse.countyCaption')}
        captionId="overview-county-pulse"
        scrollable
      />
    </OverviewSection>
  );
}
