import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { type CombinedError, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatCalendarDate } from '../../ui/datetime.ts';
import { Loading, QueryError } from '../../ui/query-state.tsx';
import { safeHttpUrl } from '../../ui/safe-url.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useViewer } from '../auth/viewer.ts';
import { agesText, costText, placesText } from './activity-card.tsx';
import { formatList, formatOccurrence, languageName, weekdayNames } from './activity-format.ts';
import { CATALOGUE_PATH, calendarFeedUrl, MY_ACTIVITIES_PATH } from './activity-paths.ts';
import { CoordinatorPanel } from './coordinator-actions.tsx';
import { OwnerPanel } from './owner-panel.tsx';
import { activityActorOf, mayApproveActivities } from './permissions.ts';
import { endTime, parseWeeklyRule, WEEKDAYS } from './weekly-times.ts';
import './activities.css';

export const ActivityPageQuery = graphql(`
  query ActivityPage($id: ID!) {
    activity(id: $id) {
      id
      title
      description
      category
      status
      statusReason
      viewerOwns
      organisationName
      place
      minAge
      maxAge
      season
      startsOn
      endsOn
      startTime
      durationMinutes
      recurrence
      exceptionDates
      costKronor
      costNote
      signUp
      signUpUrl
      capacity
      placesLeft
      languages
      accessibility
      contactEmail
      contactPhone
      updatedAt
      municipality {
        code
        name
      }
      upcoming {
        date
        startsAt
        endsAt
      }
    }
  }
`);

export type ActivityDetails = NonNullable<ResultOf<typeof ActivityPageQuery>['activity']>;

/** A malformed id names no activity, which to the reader is "not found". */
function isNotFound(error: CombinedError | undefined): boolean {
  return (
    !!error &&
    !error.networkError &&
    error.graphQLErrors.length > 0 &&
    error.graphQLErrors.every((e) => ['BAD_USER_INPUT', 'NOT_FOUND'].includes(String(e.extensions.code)))
  );
}

/** "Varje tisdag och torsdag, kl. 15:30–17:00", or null when it has no weekly times. */
export function weeklyTimesText(
  t: TFunction,
  language: string,
  activity: { recurrence: string | null; startTime: string | null; durationMinutes: number | null },
): string | null {
  const parts: string[] = [];
  if (activity.recurrence) {
    const days = parseWeeklyRule(activity.recurrence);
    if (days === null) parts.push(t('activities.schedule.custom', { rule: activity.recurrence }));
    else if (days.length === 7) parts.push(t('activities.schedule.everyDay'));
    else {
      const names = weekdayNames(language);
      parts.push(
        t('activities.schedule.weekly', {
          days: formatList(
            days.map((day) => names[WEEKDAYS.indexOf(day)] ?? day),
            language,
          ),
        }),
      );
    }
  }
  if (activity.startTime) {
    const end = activity.durationMinutes ? endTime(activity.startTime, activity.durationMinutes) : null;
    parts.push(
      end
        ? t('activities.schedule.timeRange', { start: activity.startTime, end })
        : t('activities.schedule.time', { start: activity.startTime }),
    );
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * One activity, shareable and public once published: everything about it, its coming times, how
 * to sign up and whom to ask, and for its own organisation the buttons to manage it.
 */
export function ActivityPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({
    query: ActivityPageQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [viewerResult] = useViewer();
  const viewer = viewerResult.data?.viewer;
  const actor = activityActorOf(viewer);
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() => {
    const state: unknown = location.state;
    return state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
      ? state.notice
      : null;
  });
  const activity = result.data?.activity;
  const notFound = (result.data && !activity) || (!result.data && isNotFound(result.error));
  useDocumentTitle(activity ? activity.title : notFound ? t('activities.page.notFoundTitle') : undefined);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const back = activity?.viewerOwns ? (
    <Link to={MY_ACTIVITIES_PATH}>{t('activities.page.backToMine')}</Link>
  ) : (
    <Link to={CATALOGUE_PATH}>{t('activities.page.backToCatalogue')}</Link>
  );

  if (notFound) {
    return (
      <div className="page">
        <p className="back-link">{back}</p>
        <h1>{t('activities.page.notFoundTitle')}</h1>
        <p>{t('activities.page.notFound')}</p>
      </div>
    );
  }
  if (result.error && !activity) {
    return (
      <div className="page">
        <QueryError title={t('activities.page.loadError')} error={result.error} onRetry={refresh} />
      </div>
    );
  }
  if (!activity) return <Loading />;

  const language = i18n.language;
  const weekly = weeklyTimesText(t, language, activity);
  const places = placesText(t, activity);
  const signUpUrl = safeHttpUrl(activity.signUpUrl);
  const languages = activity.languages.map((code) => languageName(code, language));

  return (
    <div className="page activity-page">
      <p className="back-link">{back}</p>
      <article aria-labelledby="activity-title">
        <header>
          <p className="activity-page__eyebrow">
            {t(`enums.ActivityCategory.${activity.category}`)} · {activity.organisationName}
          </p>
          <h1 id="activity-title">
            {activity.title}
            {activity.status !== 'PUBLISHED' && (
              <>
                {' '}
                <Badge tone={activity.status === 'CANCELLED' ? 'neutral' : 'warning'}>
                  {t(`enums.ActivityStatus.${activity.status}`)}
                </Badge>
              </>
            )}
          </h1>
          <dl className="facts activity-facts">
            <div>
              <dt>{t('activities.card.organisation')}</dt>
              <dd>{activity.organisationName}</dd>
            </div>
            <div>
              <dt>{t('activities.card.place')}</dt>
              <dd>
                {activity.place}, {activity.municipality.name}
              </dd>
            </div>
            <div>
              <dt>{t('activities.card.ages')}</dt>
              <dd>{agesText(t, activity)}</dd>
            </div>
            <div>
              <dt>{t('activities.page.period')}</dt>
              <dd>
                {t('activities.schedule.period', {
                  from: formatCalendarDate(activity.startsOn, language),
                  to: formatCalendarDate(activity.endsOn, language),
                })}
              </dd>
            </div>
            {weekly && (
              <div>
                <dt>{t('activities.page.weeklyTimes')}</dt>
                <dd>{weekly}</dd>
              </div>
            )}
            {activity.exceptionDates.length > 0 && (
              <div>
                <dt>{t('activities.page.exceptions')}</dt>
                <dd>
                  {formatList(
                    activity.exceptionDates.map((date) => formatCalendarDate(date, language)),
                    language,
                  )}
                </dd>
              </div>
            )}
            <div>
              <dt>{t('activities.page.season')}</dt>
              <dd>{t(`enums.ActivitySeason.${activity.season}`)}</dd>
            </div>
            <div>
              <dt>{t('activities.card.cost')}</dt>
              <dd>{costText(t, language, activity)}</dd>
            </div>
            {places && (
              <div>
                <dt>{t('activities.card.placesLeft')}</dt>
                <dd>{places}</dd>
              </div>
            )}
            <div>
              <dt>{t('activities.page.languages')}</dt>
              <dd>{formatList(languages, language)}</dd>
            </div>
          </dl>
        </header>
        <div role="status">{notice && <p className="notice">{notice}</p>}</div>

        {!activity.viewerOwns &&
          mayApproveActivities(actor) &&
          actor?.municipality?.code === activity.municipality.code && (
            <CoordinatorPanel
              activity={activity}
              onChanged={(text) => {
                setNotice(text);
                refresh();
              }}
            />
          )}
        {activity.viewerOwns && (
          <OwnerPanel
            activity={activity}
            organisation={viewer?.activeOrganisation?.name ?? activity.organisationName}
            onChanged={(text) => {
              setNotice(text);
              refresh();
            }}
          />
        )}

        <section aria-labelledby="activity-about-heading" className="section">
          <h2 id="activity-about-heading">{t('activities.page.about')}</h2>
          <p className="prewrap activity-page__text">{activity.description}</p>
        </section>

        <section aria-labelledby="activity-upcoming-heading" className="section">
          <h2 id="activity-upcoming-heading">{t('activities.page.upcoming')}</h2>
          {activity.upcoming.length > 0 ? (
            <ul className="occurrence-list">
              {activity.upcoming.map((occurrence) => (
                <li key={occurrence.date}>
                  <time dateTime={occurrence.startsAt ?? occurrence.date}>
                    {formatOccurrence(occurrence, language)}
                  </time>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('activities.page.noUpcoming')}</p>
          )}
        </section>

        <section aria-labelledby="activity-signup-heading" className="section">
          <h2 id="activity-signup-heading">{t('activities.page.signUp')}</h2>
          <p className="prewrap activity-page__text">{activity.signUp}</p>
          {signUpUrl && (
            <p>
              <a
                className="button button--primary"
                href={signUpUrl}
                rel="noopener noreferrer"
                target="_blank"
              >
                {t('activities.page.signUpLink')}
              </a>
            </p>
          )}
        </section>

        <section aria-labelledby="activity-contact-heading" className="section">
          <h2 id="activity-contact-heading">{t('activities.page.contact')}</h2>
          {activity.contactEmail || activity.contactPhone ? (
            <>
              <p>{t('activities.page.contactIntro', { organisation: activity.organisationName })}</p>
              <dl className="facts">
                {activity.contactEmail && (
                  <div>
                    <dt>{t('activities.page.email')}</dt>
                    <dd>
                      <a href={`mailto:${activity.contactEmail}`}>{activity.contactEmail}</a>
                    </dd>
                  </div>
                )}
                {activity.contactPhone && (
                  <div>
                    <dt>{t('activities.page.phone')}</dt>
                    <dd>
                      <a href={`tel:${activity.contactPhone.replace(/[^\d+]/g, '')}`}>
                        {activity.contactPhone}
                      </a>
                    </dd>
                  </div>
                )}
              </dl>
            </>
          ) : (
            <p>{t('activities.page.noContact')}</p>
          )}
        </section>

        <section aria-labelledby="activity-accessibility-heading" className="section">
          <h2 id="activity-accessibility-heading">{t('activities.page.accessibility')}</h2>
          <p className="prewrap activity-page__text">
            {activity.accessibility ?? t('activities.page.noAccessibility')}
          </p>
        </section>

        <section aria-labelledby="activity-calendar-heading" className="section">
          <h2 id="activity-calendar-heading">{t('activities.page.calendar')}</h2>
          <p>{t('activities.page.calendarIntro', { municipality: activity.municipality.name })}</p>
          <p>
            <a href={calendarFeedUrl(activity.municipality.code)}>
              {t('activities.page.subscribe', { municipality: activity.municipality.name })}
            </a>
          </p>
        </section>
      </article>
    </div>
  );
}
