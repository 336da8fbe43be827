import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { COLUMNS, svT } from './csv-swedish.ts';
import { protectedCountText, useOverviewFormat } from './format.ts';
import { CsvButton, type OverviewScope, OverviewSection, ScrollTable } from './section.tsx';

export const CaseFiguresFragment = graphql(`
  fragment CaseFiguresSection on CaseFigures {
    total {
      value
      fewerThanFive
    }
    byStatus {
      status
      count {
        value
        fewerThanFive
      }
    }
    byTheme {
      theme
      count {
        value
        fewerThanFive
      }
    }
    followUpsOnTime {
      value
      fewerThanFive
    }
    followUpsLate {
      value
      fewerThanFive
    }
    followUpsOverdue {
      value
      fewerThanFive
    }
  }
`);

/** The county's shared cases as counts only; below 5 a count is "fewer than 5", never a number. */
export function CaseFiguresSection({
  data,
  scope,
}: {
  data: FragmentOf<typeof CaseFiguresFragment>;
  scope: OverviewScope;
}) {
  const { t } = useTranslation();
  const format = useOverviewFormat();
  const cases = readFragment(CaseFiguresFragment, data);
  const followUps = [
    { key: 'onTime', label: t('overview.cases.followUpsOnTime'), count: cases.followUpsOnTime },
    { key: 'late', label: t('overview.cases.followUpsLate'), count: cases.followUpsLate },
    { key: 'overdue', label: t('overview.cases.followUpsOverdue'), count: cases.followUpsOverdue },
  ];

  const csv = () => {
    const sv = svT();
    const text = (count: { value: number | null; fewerThanFive: boolean }) =>
      protectedCountText(count, sv('overview.fewerThanFive'), String);
    return {
      columns: [COLUMNS.group, COLUMNS.value, COLUMNS.count],
      rows: [
        [sv('overview.cases.total'), '', text(cases.total)],
        ...cases.byStatus.map((s) => [COLUMNS.status, sv(`enums.CaseStatus.${s.status}`), text(s.count)]),
        ...cases.byTheme.map((s) => [
          sv('overview.cases.theme'),
          sv(`enums.ForumTheme.${s.theme}`),
          text(s.count),
        ]),
        [sv('overview.cases.followUps'), sv('overview.cases.followUpsOnTime'), text(cases.followUpsOnTime)],
        [sv('overview.cases.followUps'), sv('overview.cases.followUpsLate'), text(cases.followUpsLate)],
        [sv('overview.cases.followUps'), sv('overview.cases.followUpsOverdue'), text(cases.followUpsOverdue)],
      ],
    };
  };

  return (
    <OverviewSection
      id="arenden"
      title={t('overview.cases.title')}
      scope={scope}
      intro={
        <>
          <p>{t('overview.cases.intro')}</p>
          <p className="overview-key-figure">
            {t('overview.cases.totalText', { total: format.protectedCount(cases.total) })}
          </p>
        </>
      }
    >
      <div className="overview-table__tools">
        <CsvButton what={t('overview.cases.title')} name="arenden" scope={scope} table={csv} />
      </div>
      <div className="overview-columns">
        <ScrollTable captionId="overview-cases-status" caption={t('overview.cases.byStatus')}>
          <thead>
            <tr>
              <th scope="col">{t('overview.cases.status')}</th>
              <th scope="col">{t('overview.cases.count')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.byStatus.map((s) => (
              <tr key={s.status}>
                <th scope="row">{t(`enums.CaseStatus.${s.status}`)}</th>
                <td className="overview-count">{format.protectedCount(s.count)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
        <ScrollTable captionId="overview-cases-theme" caption={t('overview.cases.byTheme')}>
          <thead>
            <tr>
              <th scope="col">{t('overview.cases.theme')}</th>
              <th scope="col">{t('overview.cases.count')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.byTheme.length === 0 ? (
              <tr>
                <td colSpan={2}>{t('overview.cases.noThemes')}</td>
              </tr>
            ) : (
              cases.byTheme.map((s) => (
                <tr key={s.theme}>
                  <th scope="row">{t(`enums.ForumTheme.${s.theme}`)}</th>
                  <td className="overview-count">{format.protectedCount(s.count)}</td>
                </tr>
              ))
            )}
          </tbody>
        </ScrollTable>
        <ScrollTable captionId="overview-cases-followups" caption={t('overview.cases.followUpsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('overview.cases.followUps')}</th>
              <th scope="col">{t('overview.cases.count')}</th>
            </tr>
          </thead>
          <tbody>
            {followUps.map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.label}</th>
                <td className="overview-count">{format.protectedCount(f.count)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </div>
    </OverviewSection>
  );
}
