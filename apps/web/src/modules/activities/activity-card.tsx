import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatKronor, formatOccurrence } from './activity-format.ts';
import { activityPath } from './activity-paths.ts';

export const ActivityCardFragment = graphql(`
  fragment ActivityCard on Activity {
    id
    title
    organisationName
    place
    category
    status
    minAge
    maxAge
    costKronor
    costNote
    capacity
    placesLeft
    municipality {
      code
      name
    }
    nextOccurrence {
      date
      startsAt
      endsAt
    }
  }
`);

export function activityLinkId(activityId: string): string {
  return `activity-link-${activityId}`;
}

/** "8–12 år", or "10 år" when it is for one age. */
export function agesText(t: TFunction, activity: { minAge: number; maxAge: number }): string {
  return activity.minAge === activity.maxAge
    ? t('activities.age', { age: activity.minAge })
    : t('activities.ages', { min: activity.minAge, max: activity.maxAge });
}

/** "Gratis", or "100 kr (Inklusive lunch)". */
export function costText(
  t: TFunction,
  language: string,
  activity: { costKronor: number; costNote?: string | null },
): string {
  const cost = activity.costKronor === 0 ? t('activities.free') : formatKronor(activity.costKronor, language);
  return activity.costNote ? `${cost} (${activity.costNote})` : cost;
}

/** "14 av 40 kvar", "Fullt", "40 platser", or null when places are not counted. */
export function placesText(
  t: TFunction,
  activity: { capacity?: number | null; placesLeft?: number | null },
): string | null {
  const { capacity, placesLeft } = activity;
  if (placesLeft === 0) return t('activities.full');
  if (placesLeft != null && capacity != null)
    return t('activities.placesLeftOf', { left: placesLeft, capacity });
  if (placesLeft != null) return t('activities.placesLeft', { count: placesLeft });
  if (capacity != null) return t('activities.capacityOnly', { capacity });
  return null;
}

/**
 * One activity in a list: its name (a link to its page), who offers it, where, for which ages,
 * when it happens next in Stockholm time, what it costs and how many places are left.
 */
export function ActivityCard({
  activity: data,
  showStatus = false,
  children,
}: {
  activity: FragmentOf<typeof ActivityCardFragment>;
  /** For the organisation's own lists, where drafts and published ones sit side by side. */
  showStatus?: boolean;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const activity = readFragment(ActivityCardFragment, data);
  const titleId = `activity-${activity.id}-title`;
  const places = placesText(t, activity);
  const next = activity.nextOccurrence;

  return (
    <article className="card activity-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        <Link id={activityLinkId(activity.id)} to={activityPath(activity)}>
          {activity.title}
        </Link>
        {showStatus && activity.status !== 'PUBLISHED' && (
          <>
            {' '}
            <Badge tone={activity.status === 'CANCELLED' ? 'neutral' : 'warning'}>
              {t(`enums.ActivityStatus.${activity.status}`)}
            </Badge>
          </>
        )}
      </h3>
      <p className="activity-card__category">{t(`enums.ActivityCategory.${activity.category}`)}</p>
      <dl className="facts activity-facts">
        <div>
          <dt>{t('activities.card.organisation')}</dt>
          <dd>{activity.organisationName}</dd>
        </div>
        <div>
          <dt>{t('activities.card.place')}</dt>
          <dd>{activity.place}</dd>
        </div>
        <div>
          <dt>{t('activities.card.municipality')}</dt>
          <dd>{activity.municipality.name}</dd>
        </div>
        <div>
          <dt>{t('activities.card.ages')}</dt>
          <dd>{agesText(t, activity)}</dd>
        </div>
        <div>
          <dt>{t('activities.card.next')}</dt>
          <dd>
            {next ? (
              <time dateTime={next.startsAt ?? next.date}>{formatOccurrence(next, i18n.language)}</time>
            ) : (
              t('activities.card.noNext')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('activities.card.cost')}</dt>
          <dd>{costText(t, i18n.language, activity)}</dd>
        </div>
        {places && (
          <div>
            <dt>{t('activities.card.placesLeft')}</dt>
            <dd>{places}</dd>
          </div>
        )}
      </dl>
      {children}
    </article>
  );
}
