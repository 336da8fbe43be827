// The county's case and activity figures as GraphQL types: counts only, small ones withheld.
import { AGE_GROUPS } from '@samlad/domain/overview';
import { builder } from '../../schema/builder.ts';
import { ActivitySeason } from '../activities/activity.graphql.ts';
import { CaseStatus } from '../cases/case.graphql.ts';
import { ForumTheme } from '../forums/forum.graphql.ts';
import type { CaseFigures as Cases, MunicipalityActivities } from './figures.service.ts';
import { ProtectedCount } from './overview-types.graphql.ts';

const CaseStatusFigure = builder.objectRef<Cases['byStatus'][number]>('CaseStatusFigure').implement({
  description: 'Cases with a status.',
  fields: (t) => ({
    status: t.field({ type: CaseStatus, description: 'The status.', resolve: (f) => f.status }),
    count: t.field({ type: ProtectedCount, description: 'How many.', resolve: (f) => f.count }),
  }),
});

const CaseThemeFigure = builder.objectRef<Cases['byTheme'][number]>('CaseThemeFigure').implement({
  description: 'Cases concerning a theme (a case may have several).',
  fields: (t) => ({
    theme: t.field({ type: ForumTheme, description: 'The theme.', resolve: (f) => f.theme }),
    count: t.field({ type: ProtectedCount, description: 'How many.', resolve: (f) => f.count }),
  }),
});

export const CaseFigures = builder.objectRef<Cases>('CaseFigures').implement({
  description:
    'The county’s shared cases as counts only (cases led by an organisation in the county and open some time in the period). Counts below 5 are withheld.',
  fields: (t) => ({
    total: t.field({ type: ProtectedCount, description: 'All of them.', resolve: (c) => c.total }),
    byStatus: t.field({
      type: [CaseStatusFigure],
      description: 'By status now.',
      resolve: (c) => c.byStatus,
    }),
    byTheme: t.field({ type: [CaseThemeFigure], description: 'By theme.', resolve: (c) => c.byTheme }),
    followUpsOnTime: t.field({
      type: ProtectedCount,
      description: 'Follow-ups due in the period done by their date.',
      resolve: (c) => c.followUpsOnTime,
    }),
    followUpsLate: t.field({
      type: ProtectedCount,
      description: 'Follow-ups due in the period done after it.',
      resolve: (c) => c.followUpsLate,
    }),
    followUpsOverdue: t.field({
      type: ProtectedCount,
      description: 'Follow-ups due in the period, passed and not done.',
      resolve: (c) => c.followUpsOverdue,
    }),
  }),
});

export const AgeGroup = builder.enumType('AgeGroup', {
  description: 'Age groups for activity figures; an activity counts in every group its ages reach.',
  values: Object.fromEntries(
    AGE_GROUPS.map((g) => [g.key.toUpperCase(), { value: g.key, description: `Ages ${g.min}–${g.max}.` }]),
  ) as Record<
    Uppercase<(typeof AGE_GROUPS)[number]['key']>,
    { value: (typeof AGE_GROUPS)[number]['key']; description: string }
  >,
});

const AgeGroupFigure = builder
  .objectRef<MunicipalityActivities['byAgeGroup'][number]>('ActivityAgeGroupFigure')
  .implement({
    description: 'Published activities for an age group.',
    fields: (t) => ({
      ageGroup: t.field({ type: AgeGroup, description: 'The age group.', resolve: (f) => f.ageGroup }),
      activities: t.exposeInt('activities', { description: 'How many activities.' }),
      places: t.exposeInt('places', { description: 'Places they offer (where a capacity is given).' }),
    }),
  });

const SeasonFigure = builder
  .objectRef<MunicipalityActivities['bySeason'][number]>('ActivitySeasonFigure')
  .implement({
    description: 'Published activities in a season.',
    fields: (t) => ({
      season: t.field({ type: ActivitySeason, description: 'The season.', resolve: (f) => f.season }),
      activities: t.exposeInt('activities', { description: 'How many activities.' }),
      places: t.exposeInt('places', { description: 'Places they offer (where a capacity is given).' }),
    }),
  });

export const MunicipalityActivityFigures = builder
  .objectRef<MunicipalityActivities>('MunicipalityActivityFigures')
  .implement({
    description: 'Published youth activities running some time in the period in one municipality.',
    fields: (t) => ({
      municipalityCode: t.exposeString('municipalityCode', { description: 'SCB code.' }),
      municipalityName: t.exposeString('municipalityName', { description: 'Name.' }),
      activities: t.exposeInt('activities', { description: 'How many activities.' }),
      places: t.exposeInt('places', { description: 'Places they offer (where a capacity is given).' }),
      byAgeGroup: t.field({
        type: [AgeGroupFigure],
        description: 'By age group.',
        resolve: (m) => m.byAgeGroup,
      }),
      bySeason: t.field({ type: [SeasonFigure], description: 'By season.', resolve: (m) => m.bySeason }),
    }),
  });
