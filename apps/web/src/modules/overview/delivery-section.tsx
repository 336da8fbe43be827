import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../graphql.ts';
import { Empty } from '../../ui/query-state.tsx';
import { csvPercent } from './csv.ts';
import { COLUMNS, svT } from './csv-swedish.ts';
import { share, useOverviewFormat } from './format.ts';
import { PulseTable, pulseCsvRows } from './pulse-table.tsx';
import { CsvButton, type OverviewScope, OverviewSection, ScrollTable } from './section.tsx';

export const ForumDeliveryFragment = graphql(`
  fragment ForumDeliveryRow on ForumDelivery {
    forum {
      id
      name
      meetingsPerYear
      host {
        id
        name
      }
    }
    heldMeetings
    plannedMeetings
    plannedToDate
    upcomingMeetings
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
    attendance {
      organisation {
        id
        name
      }
      meetingsInvited
      meetingsRecorded
      meetingsAttended
      attendanceRate
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

export type ForumDelivery = ResultOf<typeof ForumDeliveryFragment>;

export function readDeliveries(
  data: readonly FragmentOf<typeof ForumDeliveryFragment>[],
): readonly ForumDelivery[] {
  return readFragment(ForumDeliveryFragment, data);
}

function deliveryCsv(rows: readonly ForumDelivery[]) {
  return {
    columns: [
      COLUMNS.forum,
      COLUMNS.host,
      COLUMNS.meetingsPerYear,
      COLUMNS.plannedMeetings,
      COLUMNS.plannedToDate,
      COLUMNS.heldMeetings,
      COLUMNS.upcomingMeetings,
      COLUMNS.cancelledMeetings,
      COLUMNS.heldInPerson,
      COLUMNS.heldDigital,
      COLUMNS.heldHybrid,
      COLUMNS.inPersonPercent,
      COLUMNS.digitalPercent,
      COLUMNS.hybridPercent,
      COLUMNS.actionsOnTime,
      COLUMNS.actionsLate,
      COLUMNS.actionsOpen,
      COLUMNS.actionsOverdue,
    ],
    rows: rows.map((row) => [
      row.forum.name,
      row.forum.host.name,
      row.forum.meetingsPerYear,
      row.plannedMeetings,
      row.plannedToDate,
      row.heldMeetings,
      row.upcomingMeetings,
      row.cancelledMeetings,
      row.heldInPerson,
      row.heldDigital,
      row.heldHybrid,
      csvPercent(share(row.heldInPerson, row.heldMeetings)),
      csvPercent(share(row.heldDigital, row.heldMeetings)),
      csvPercent(share(row.heldHybrid, row.heldMeetings)),
      row.actions.completedOnTime,
      row.actions.completedLate,
      row.actions.open,
      row.actions.overdue,
    ]),
  };
}

function attendanceCsv(rows: readonly ForumDelivery[]) {
  return {
    columns: [
      COLUMNS.forum,
      COLUMNS.organisation,
      COLUMNS.meetingsInvited,
      COLUMNS.meetingsRecorded,
      COLUMNS.meetingsAttended,
      COLUMNS.attendancePercent,
    ],
    rows: rows.flatMap((row) =>
      row.attendance.map((a) => [
        row.forum.name,
        a.organisation.name,
        a.meetingsInvited,
        a.meetingsRecorded,
        a.meetingsAttended,
        csvPercent(a.attendanceRate),
      ]),
    ),
  };
}

function pulseCsv(rows: readonly ForumDelivery[]) {
  const sv = svT();
  const pulse = pulseCsvRows(sv);
  return {
    columns: [COLUMNS.forum, ...pulse.columns],
    rows: rows.flatMap((row) => pulse.rows(row.pulse).map((cells) => [row.forum.name, ...cells])),
  };
}

/**
 * Does each forum deliver: meetings held against its cadence, how they were held, its actions; and,
 * in a row that opens below it, attendance by organisation and the pulse per quarter.
 */
export function DeliverySection({
  id,
  title,
  intro,
  data,
  scope,
}: {
  id: string;
  title: string;
  intro: string;
  data: readonly FragmentOf<typeof ForumDeliveryFragment>[];
  scope: OverviewScope;
}) {
  const { t } = useTranslation();
  const format = useOverviewFormat();
  const rows = readDeliveries(data);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (forumId: string) => {
    const next = new Set(open);
    if (next.has(forumId)) next.delete(forumId);
    else next.add(forumId);
    setOpen(next);
  };
  // With no meeting held there is no share to give, only the zero.
  const modeCell = (part: number, whole: number) =>
    whole > 0
      ? t('overview.delivery.modeShare', { n: format.count(part), share: format.percent(share(part, whole)) })
      : format.count(part);
  const columns = 11;

  return (
    <OverviewSection id={id} title={title} scope={scope} intro={<p>{intro}</p>}>
      {rows.length === 0 ? (
        <Empty>{t('overview.delivery.empty')}</Empty>
      ) : (
        <ScrollTable
          captionId={`${id}-caption`}
          caption={t('overview.delivery.caption')}
          className="overview-delivery-table"
          tools={
            <>
              <CsvButton what={title} name={`${id}`} scope={scope} table={() => deliveryCsv(rows)} />
              <CsvButton
                what={t('overview.delivery.attendanceTitle')}
                showWhat
                name={`${id}-narvaro`}
                scope={scope}
                table={() => attendanceCsv(rows)}
              />
              <CsvButton
                what={t('overview.pulse.titleLower')}
                showWhat
                name={`${id}-puls`}
                scope={scope}
                table={() => pulseCsv(rows)}
              />
            </>
          }
        >
          <thead>
            <tr>
              <th scope="col">{t('overview.delivery.forum')}</th>
              <th scope="col">{t('overview.delivery.held')}</th>
              <th scope="col">{t('overview.delivery.upcoming')}</th>
              <th scope="col">{t('overview.delivery.cancelled')}</th>
              <th scope="col">{t('enums.MeetingMode.IN_PERSON')}</th>
              <th scope="col">{t('overview.delivery.digital')}</th>
              <th scope="col">{t('overview.delivery.hybrid')}</th>
              <th scope="col">{t('overview.actions.onTime')}</th>
              <th scope="col">{t('overview.actions.late')}</th>
              <th scope="col">{t('overview.actions.open')}</th>
              <th scope="col">{t('overview.actions.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const expanded = open.has(row.forum.id);
              const detailId = `${id}-detail-${row.forum.id}`;
              const behind = row.heldMeetings < row.plannedToDate;
              return (
                <Fragment key={row.forum.id}>
                  <tr>
                    <th scope="row">
                      {row.forum.name}
                      <span className="overview-subtle">
                        {t('overview.delivery.hostAndCadence', {
                          host: row.forum.host.name,
                          count: row.forum.meetingsPerYear,
                        })}
                      </span>
                      {/* In the first column, so it is in view without scrolling the table sideways. */}
                      <button
                        type="button"
                        className="button button--small overview-expand"
                        aria-expanded={expanded}
                        aria-controls={detailId}
                        onClick={() => toggle(row.forum.id)}
                      >
                        {t(expanded ? 'overview.delivery.hideDetails' : 'overview.delivery.showDetails')}
                        <span className="visually-hidden"> {row.forum.name}</span>
                      </button>
                    </th>
                    <td>
                      {t('overview.delivery.heldOfPlanned', {
                        held: format.count(row.heldMeetings),
                        planned: format.count(row.plannedToDate),
                      })}
                      {behind && <span className="overview-subtle">{t('overview.delivery.behind')}</span>}
                    </td>
                    <td className="overview-number">{format.count(row.upcomingMeetings)}</td>
                    <td className="overview-number">{format.count(row.cancelledMeetings)}</td>
                    <td className="overview-count">{modeCell(row.heldInPerson, row.heldMeetings)}</td>
                    <td className="overview-count">{modeCell(row.heldDigital, row.heldMeetings)}</td>
                    <td className="overview-count">{modeCell(row.heldHybrid, row.heldMeetings)}</td>
                    <td className="overview-number">{format.count(row.actions.completedOnTime)}</td>
                    <td className="overview-number">{format.count(row.actions.completedLate)}</td>
                    <td className="overview-number">{format.count(row.actions.open)}</td>
                    <td className="overview-number">{format.count(row.actions.overdue)}</td>
                  </tr>
                  <tr id={detailId} hidden={!expanded} className="overview-detail-row">
                    <td colSpan={columns}>{expanded && <DeliveryDetails row={row} />}</td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
    </OverviewSection>
  );
}

function DeliveryDetails({ row }: { row: ForumDelivery }) {
  const { t } = useTranslation();
  const format = useOverviewFormat();
  return (
    <div className="overview-details">
      <div>
        {row.attendance.length === 0 ? (
          <p>{t('overview.delivery.noAttendance')}</p>
        ) : (
          <table className="data-table overview-subtable">
            <caption>{t('overview.delivery.attendanceCaption', { forum: row.forum.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.load.organisation')}</th>
                <th scope="col">{t('overview.delivery.invited')}</th>
                <th scope="col">{t('overview.delivery.recorded')}</th>
                <th scope="col">{t('overview.delivery.attended')}</th>
                <th scope="col">{t('overview.delivery.attendanceRate')}</th>
              </tr>
            </thead>
            <tbody>
              {row.attendance.map((a) => (
                <tr key={a.organisation.id}>
                  <th scope="row">{a.organisation.name}</th>
                  <td className="overview-number">{format.count(a.meetingsInvited)}</td>
                  <td className="overview-number">{format.count(a.meetingsRecorded)}</td>
                  <td className="overview-number">{format.count(a.meetingsAttended)}</td>
                  <td className="overview-number">{format.percent(a.attendanceRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <PulseTable
        pulse={row.pulse}
        caption={t('overview.pulse.forumCaption', { forum: row.forum.name })}
        captionId={`pulse-${row.forum.id}`}
      />
    </div>
  );
}
