import { useTranslation } from 'react-i18next';
import { type EnumValue, type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { COLUMNS, svT } from './csv-swedish.ts';
import { useOverviewFormat } from './format.ts';
import { CsvButton, type OverviewScope, OverviewSection, ScrollTable } from './section.tsx';

export const ActivityFiguresFragment = graphql(`
  fragment MunicipalityActivities on MunicipalityActivityFigures {
    municipalityCode
    municipalityName
    activities
    places
    byAgeGroup {
      ageGroup
      activities
      places
    }
    bySeason {
      season
      activities
      places
    }
  }
`);

const AGE_GROUPS = [
  'AGE_6_12',
  'AGE_13_15',
  'AGE_16_18',
  'AGE_19_25',
] as const satisfies readonly EnumValue<'AgeGroup'>[];
const SEASONS = [
  'SPRING',
  'SUMMER',
  'AUTUMN',
  'WINTER',
  'YEAR_ROUND',
] as const satisfies readonly EnumValue<'ActivitySeason'>[];

interface Figure {
  activities: number;
  places: number;
}
const NONE: Figure = { activities: 0, places: 0 };

/** Published youth activities and their places per municipality, by age group and by season. */
export function ActivityFiguresSection({
  data,
  scope,
}: {
  data: readonly FragmentOf<typeof ActivityFiguresFragment>[];
  scope: OverviewScope;
}) {
  const { t } = useTranslation();
  const format = useOverviewFormat();
  const municipalities = readFragment(ActivityFiguresFragment, data);
  const ageOf = (m: (typeof municipalities)[number], group: (typeof AGE_GROUPS)[number]) =>
    m.byAgeGroup.find((f) => f.ageGroup === group) ?? NONE;
  const seasonOf = (m: (typeof municipalities)[number], season: (typeof SEASONS)[number]) =>
    m.bySeason.find((f) => f.season === season) ?? NONE;
  // Places only where some are given: an activity without a capacity has none to count.
  const cell = (f: Figure) =>
    f.places > 0
      ? t('overview.activities.cell', {
          activities: format.count(f.activities),
          places: format.count(f.places),
        })
      : t('overview.activities.cellNoPlaces', { activities: format.count(f.activities) });

  const csv = (dimension: 'age' | 'season') => () => {
    const sv = svT();
    return {
      columns: [
        COLUMNS.municipality,
        dimension === 'age' ? COLUMNS.ageGroup : COLUMNS.season,
        COLUMNS.activities,
        COLUMNS.places,
      ],
      rows: municipalities.flatMap((m) => [
        [m.municipalityName, sv('overview.activities.all'), m.activities, m.places],
        ...(dimension === 'age'
          ? AGE_GROUPS.map((g) => [
              m.municipalityName,
              sv(`enums.AgeGroup.${g}`),
              ageOf(m, g).activities,
              ageOf(m, g).places,
            ])
          : SEASONS.map((s) => [
              m.municipalityName,
              sv(`enums.ActivitySeason.${s}`),
              seasonOf(m, s).activities,
              seasonOf(m, s).places,
            ])),
      ]),
    };
  };

  return (
    <OverviewSection
      id="aktiviteter"
      title={t('overview.activities.title')}
      scope={scope}
      intro={<p>{t('overview.activities.intro')}</p>}
    >
      <ScrollTable
        captionId="overview-activities-age"
        caption={t('overview.activities.byAgeGroup')}
        tools={
          <CsvButton
            what={t('overview.activities.ageGroupShort')}
            showWhat
            name="aktiviteter-alder"
            scope={scope}
            table={csv('age')}
          />
        }
      >
        <thead>
          <tr>
            <th scope="col">{t('overview.activities.municipality')}</th>
            <th scope="col">{t('overview.activities.published')}</th>
            <th scope="col">{t('overview.activities.places')}</th>
            {AGE_GROUPS.map((g) => (
              <th scope="col" key={g}>
                {t(`enums.AgeGroup.${g}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {municipalities.map((m) => (
            <tr key={m.municipalityCode}>
              <th scope="row">{m.municipalityName}</th>
              <td className="overview-number">{format.count(m.activities)}</td>
              <td className="overview-number">{format.count(m.places)}</td>
              {AGE_GROUPS.map((g) => (
                <td key={g}>{cell(ageOf(m, g))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <ScrollTable
        captionId="overview-activities-season"
        caption={t('overview.activities.bySeason')}
        tools={
          <CsvButton
            what={t('overview.activities.seasonShort')}
            showWhat
            name="aktiviteter-sasong"
            scope={scope}
            table={csv('season')}
          />
        }
      >
        <thead>
          <tr>
            <th scope="col">{t('overview.activities.municipality')}</th>
            {SEASONS.map((s) => (
              <th scope="col" key={s}>
                {t(`enums.ActivitySeason.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {municipalities.map((m) => (
            <tr key={m.municipalityCode}>
              <th scope="row">{m.municipalityName}</th>
              {SEASONS.map((s) => (
                <td key={s}>{cell(seasonOf(m, s))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </OverviewSection>
  );
}
