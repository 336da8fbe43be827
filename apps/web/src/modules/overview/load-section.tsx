import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../graphql.ts';
import { Empty } from '../../ui/query-state.tsx';
import { ForumLoadChart } from './charts.tsx';
import { csvNumber, csvPercent } from './csv.ts';
import { COLUMNS, NO, svT, YES } from './csv-swedish.ts';
import { NAME_ORDER, useOverviewFormat } from './format.ts';
import { defaultDirection, type LoadSortKey, type SortDirection, sortLoads } from './load-sort.ts';
import type { OrganisationKind } from './period.ts';
import { CsvButton, FlagBadge, type OverviewScope, OverviewSection, ScrollTable } from './section.tsx';

export const OrganisationLoadFragment = graphql(`
  fragment OrganisationLoadRow on OrganisationLoad {
    organisation {
      id
      name
      kind
      municipalityName
    }
    forumCount
    meetingsInvited
    meetingHours
    meetingsAttended
    meetingsRecorded
    attendanceRate
    flagged
  }
`);

type Load = ResultOf<typeof OrganisationLoadFragment>;

function loadCsv(rows: readonly Load[]) {
  const sv = svT();
  return {
    columns: [
      COLUMNS.organisation,
      COLUMNS.kind,
      COLUMNS.municipality,
      COLUMNS.forumCount,
      COLUMNS.meetingsInvited,
      COLUMNS.meetingHours,
      COLUMNS.meetingsRecorded,
      COLUMNS.meetingsAttended,
      COLUMNS.attendancePercent,
      COLUMNS.flagged,
    ],
    rows: rows.map((row) => [
      row.organisation.name,
      sv(`enums.OrganisationKind.${row.organisation.kind}`),
      row.organisation.municipalityName,
      row.forumCount,
      row.meetingsInvited,
      csvNumber(row.meetingHours),
      row.meetingsRecorded,
      row.meetingsAttended,
      csvPercent(row.attendanceRate),
      row.flagged ? YES : NO,
    ]),
  };
}

/**
 * How much collaboration each organisation is called to: forums, meetings invited to, their hours and
 * attendance. Flagged organisations say so in words and with an icon. The county's version sorts by
 * any column and shows a bar chart of forums against the threshold.
 */
export function LoadSection({
  data,
  threshold,
  scope,
  kind,
  county,
}: {
  data: readonly FragmentOf<typeof OrganisationLoadFragment>[];
  threshold: number;
  scope: OverviewScope;
  /** The kind the county's list is filtered to, if one. */
  kind?: OrganisationKind | '';
  /** The whole county: sortable, with a chart. Otherwise the viewer's own organisation. */
  county: boolean;
}) {
  const { t } = useTranslation();
  const format = useOverviewFormat();
  const rows = readFragment(OrganisationLoadFragment, data);
  const [sort, setSort] = useState<{ key: LoadSortKey; direction: SortDirection }>({
    key: 'forumCount',
    direction: 'descending',
  });
  const sorted = sortLoads(rows, sort.key, sort.direction, NAME_ORDER);
  const flagged = rows.filter((row) => row.flagged);

  const header = (key: LoadSortKey, label: string) => {
    if (!county) return <th scope="col">{label}</th>;
    const active = sort.key === key;
    const next = active
      ? sort.direction === 'ascending'
        ? 'descending'
        : 'ascending'
      : defaultDirection(key);
    return (
      <th scope="col" aria-sort={active ? sort.direction : undefined}>
        <button
          type="button"
          className="overview-sort"
          onClick={() => setSort({ key, direction: next })}
          aria-describedby="overview-load-sort-hint"
        >
          {label}
          <span aria-hidden="true" className="overview-sort__arrow">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <OverviewSection
      id="forumbelastning"
      title={t('overview.load.title')}
      scope={scope}
      intro={
        <>
          <p>{t(county ? 'overview.load.introCounty' : 'overview.load.introOwn', { threshold })}</p>
          {kind && (
            <p className="notice">
              {t('overview.load.kindShown', { kind: t(`enums.OrganisationKind.${kind}`) })}
            </p>
          )}
          {county && (
            <p className={flagged.length > 0 ? 'notice notice--warning' : 'notice'}>
              {flagged.length > 0
                ? t('overview.load.flaggedSummary', {
                    count: flagged.length,
                    threshold,
                    names: flagged.map((row) => row.organisation.name).join(', '),
                  })
                : t('overview.load.noneFlagged', { threshold })}
            </p>
          )}
        </>
      }
    >
      {rows.length === 0 ? (
        <Empty>{t('overview.load.empty')}</Empty>
      ) : (
        <>
          {county && <ForumLoadChart rows={rows} threshold={threshold} />}
          <span id="overview-load-sort-hint" className="visually-hidden">
            {t('overview.load.sortHint')}
          </span>
          <ScrollTable
            captionId="overview-load-caption"
            caption={t('overview.load.caption', { threshold })}
            className="overview-load-table"
            tools={
              <CsvButton
                what={t('overview.load.title')}
                name="forumbelastning"
                scope={scope}
                table={() => loadCsv(sorted)}
              />
            }
          >
            <thead>
              <tr>
                {header('name', t('overview.load.organisation'))}
                <th scope="col">{t('overview.load.kind')}</th>
                {header('forumCount', t('overview.load.forums'))}
                {header('meetingsInvited', t('overview.load.meetingsInvited'))}
                {header('meetingHours', t('overview.load.hours'))}
                {header('attendanceRate', t('overview.load.attendance'))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={row.organisation.id} className={row.flagged ? 'overview-row--flagged' : undefined}>
                  <th scope="row">
                    {row.organisation.name}
                    {row.flagged && (
                      <>
                        {' '}
                        <FlagBadge label={t('overview.load.flagged')} />
                      </>
                    )}
                  </th>
                  <td>{t(`enums.OrganisationKind.${row.organisation.kind}`)}</td>
                  <td className="overview-number">{format.count(row.forumCount)}</td>
                  <td className="overview-number">{format.count(row.meetingsInvited)}</td>
                  <td className="overview-number">{format.decimal(row.meetingHours)}</td>
                  <td>
                    {row.attendanceRate === null
                      ? t('overview.load.noAttendance')
                      : t('overview.load.attended', {
                          attended: format.count(row.meetingsAttended),
                          recorded: format.count(row.meetingsRecorded),
                          rate: format.percent(row.attendanceRate),
                        })}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </OverviewSection>
  );
}
