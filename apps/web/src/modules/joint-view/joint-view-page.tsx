import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';
import {
  calendarDateInZone,
  formatDate,
  formatTimeRange,
  formatWeekRange,
  timeInZone,
} from '../../ui/datetime.ts';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useViewer } from '../auth/viewer.ts';
import { CalendarFeedSection } from '../calendar/calendar-feed-section.tsx';
import { ActionItemFragment, ActionItemRow, isOpenAction } from '../meetings/action-item.tsx';
import { MeetingItem, MeetingItemFragment } from '../meetings/meeting-item.tsx';
import { meetingPath } from '../meetings/meeting-path.ts';
import { RsvpButtons } from '../meetings/rsvp-buttons.tsx';
import { groupByIsoWeek, type WeekGroup } from './group-by-week.ts';
import { WeekView } from './week-view.tsx';

const JointViewQuery = graphql(
  `
  query JointView($weeks: Int!) {
    jointView(weeks: $weeks) {
      meetings {
        id
        startsAt
        ...MeetingItem
      }
      invitationsAwaitingAnswer {
        id
        title
        ...MeetingItem
      }
      pulsesToAnswer {
        id
        title
        startsAt
        forum {
          id
          name
        }
      }
      actions {
        id
        status
        ...ActionItem
      }
      forums {
        id
        name
        nextMeeting {
          id
          title
          startsAt
          endsAt
          forum {
            id
          }
        }
      }
    }
  }
`,
  [MeetingItemFragment, ActionItemFragment],
);

const MeetingChangedSubscription = graphql(`
  subscription MeetingChanged {
    meetingChanged {
      kind
      meetingId
      forumId
    }
  }
`);

/** Six months ahead, as the list always showed (the API allows 26 weeks). */
const WEEKS = 26;

type View = 'list' | 'week';

export function JointViewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jointView.title'));
  const [search, setSearch] = useSearchParams();
  const view: View = search.get('vy') === 'vecka' ? 'week' : 'list';
  // Cache and network: what awaits the person changes on other pages (a pulse answered, a meeting
  // answered there), and coming back here should show it.
  const [result, reexecute] = useQuery({
    query: JointViewQuery,
    variables: { weeks: WEEKS },
    requestPolicy: 'cache-and-network',
  });
  const [viewerResult] = useViewer();
  const viewer = viewerResult.data?.viewer;
  const [refreshKey, setRefreshKey] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [showAllInvitations, setShowAllInvitations] = useState(false);
  const [showAllActions, setShowAllActions] = useState(false);
  const [showAllPulses, setShowAllPulses] = useState(false);
  const [closedIds, setClosedIds] = useState<ReadonlySet<string>>(new Set());
  const actionsHeading = useRef<HTMLHeadingElement>(null);
  const invitationsHeading = useRef<HTMLHeadingElement>(null);

  // Live updates: any change to a meeting of our forums refetches what the page shows.
  const [subscription] = useSubscription({ query: MeetingChangedSubscription });
  const lastEvent = useRef<unknown>(null);
  useEffect(() => {
    const event = subscription.data?.meetingChanged;
    if (!event || event === lastEvent.current) return;
    lastEvent.current = event;
    reexecute({ requestPolicy: 'network-only' });
    setRefreshKey((key) => key + 1);
    setAnnouncement(t('jointView.liveChanged'));
  }, [subscription.data, reexecute, t]);

  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  // Six months of meetings are a long list: rendered at low priority, in slices, so a slow phone
  // stays responsive while it builds (the previous answer stays on screen meanwhile).
  const data = useDeferredValue(result.data?.jointView);
  const actions = (data?.actions ?? []).filter(
    (action) => isOpenAction(action.status) && !closedIds.has(action.id),
  );

  function chooseView(next: View) {
    const params = new URLSearchParams(search);
    if (next === 'week') params.set('vy', 'vecka');
    else params.delete('vy');
    setSearch(params, { replace: true });
  }

  return (
    <div className="page">
      <h1>{t('jointView.title')}</h1>
      <p className="lead">{t('jointView.intro')}</p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {result.error && !data ? (
        <QueryError title={t('jointView.loadError')} error={result.error} onRetry={refresh} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="invitations-heading" className="section">
            <h2 id="invitations-heading" ref={invitationsHeading} tabIndex={-1}>
              {t('jointView.invitationsHeading')}
            </h2>
            {data.invitationsAwaitingAnswer.length === 0 ? (
              <Empty>{t('jointView.noInvitations')}</Empty>
            ) : (
              <ul className="meeting-list" aria-label={t('jointView.invitationsHeading')}>
                {capped(data.invitationsAwaitingAnswer, showAllInvitations).map((meeting) => (
                  <li key={meeting.id}>
                    <MeetingItem meeting={meeting}>
                      <RsvpButtons
                        meetingId={meeting.id}
                        meetingTitle={meeting.title}
                        onAnswered={(answer) => {
                          setAnnouncement(
                            t('jointView.answered', {
                              title: meeting.title,
                              answer: t(`rsvp.answer.${answer}`),
                            }),
                          );
                          invitationsHeading.current?.focus();
                          refresh();
                        }}
                      />
                    </MeetingItem>
                  </li>
                ))}
              </ul>
            )}
            <ShowAll
              total={data.invitationsAwaitingAnswer.length}
              shown={showAllInvitations}
              onShow={() => setShowAllInvitations(true)}
            />
          </section>

          {data.pulsesToAnswer.length > 0 && (
            <section aria-labelledby="pulses-heading" className="section">
              <h2 id="pulses-heading">{t('pulsesToAnswer.heading')}</h2>
              <p>{t('pulsesToAnswer.intro')}</p>
              <PulsesToAnswer meetings={capped(data.pulsesToAnswer, showAllPulses)} />
              <ShowAll
                total={data.pulsesToAnswer.length}
                shown={showAllPulses}
                onShow={() => setShowAllPulses(true)}
              />
            </section>
          )}

          <section aria-labelledby="actions-heading" className="section">
            <h2 id="actions-heading" ref={actionsHeading} tabIndex={-1}>
              {t('jointView.actionsHeading')}
            </h2>
            {actions.length === 0 ? (
              <Empty>{t('jointView.noActions')}</Empty>
            ) : (
              <ul className="action-list">
                {capped(actions, showAllActions).map((action) => (
                  <li key={action.id}>
                    <ActionItemRow
                      action={action}
                      viewer={viewer}
                      variant="close"
                      showForum
                      onChanged={() => {
                        setClosedIds((ids) => new Set([...ids, action.id]));
                        setAnnouncement(t('jointView.actionClosed'));
                        actionsHeading.current?.focus();
                        refresh();
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
            <ShowAll total={actions.length} shown={showAllActions} onShow={() => setShowAllActions(true)} />
          </section>

          <ForumsSection forums={data.forums} />
          <CalendarFeedSection />

          <section aria-labelledby="meetings-heading" className="section" data-testid="coming-meetings">
            <div className="section__header">
              <h2 id="meetings-heading">{t('jointView.meetingsHeading')}</h2>
              <fieldset className="view-toggle">
                <legend className="visually-hidden">{t('jointView.viewChoice')}</legend>
                <button
                  type="button"
                  className={
                    view === 'week' ? 'button button--small button--pressed' : 'button button--small'
                  }
                  aria-pressed={view === 'week'}
                  onClick={() => chooseView('week')}
                >
                  {t('jointView.weekView')}
                </button>
                <button
                  type="button"
                  className={
                    view === 'list' ? 'button button--small button--pressed' : 'button button--small'
                  }
                  aria-pressed={view === 'list'}
                  onClick={() => chooseView('list')}
                >
                  {t('jointView.listView')}
                </button>
              </fieldset>
            </div>
            {view === 'week' ? (
              <WeekView refreshKey={refreshKey} />
            ) : data.meetings.length === 0 ? (
              <Empty>{t('jointView.empty')}</Empty>
            ) : (
              groupByIsoWeek(data.meetings).map((group) => <WeekSection key={group.key} group={group} />)
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** Long lists start short; the rest is one press away. */
const FIRST = 5;

function capped<T>(items: readonly T[], all: boolean): readonly T[] {
  return all ? items : items.slice(0, FIRST);
}

function ShowAll({ total, shown, onShow }: { total: number; shown: boolean; onShow: () => void }) {
  const { t } = useTranslation();
  if (shown || total <= FIRST) return null;
  return (
    <button type="button" className="button show-all" onClick={onShow}>
      {t('jointView.showAll', { count: total })}
    </button>
  );
}

type JointViewData = ResultOf<typeof JointViewQuery>['jointView'];

function ForumsSection({ forums }: { forums: JointViewData['forums'] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="forums-heading" className="section">
      <h2 id="forums-heading">{t('jointView.forumsHeading')}</h2>
      {forums.length === 0 ? (
        <Empty>{t('jointView.noForums')}</Empty>
      ) : (
        <ul className="forum-next-list">
          {forums.map((forum) => (
            <li key={forum.id}>
              <Link to={`/forum/${encodeURIComponent(forum.id)}`} className="forum-next-list__name">
                {forum.name}
              </Link>
              <span className="forum-next-list__next">
                {forum.nextMeeting ? (
                  <>
                    {t('forums.nextMeeting')}:{' '}
                    <Link to={meetingPath(forum.nextMeeting)}>
                      <time dateTime={forum.nextMeeting.startsAt}>
                        {formatTimeRange(forum.nextMeeting.startsAt, forum.nextMeeting.endsAt, i18n.language)}
                      </time>
                    </Link>
                  </>
                ) : (
                  t('forums.noMeeting')
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Meetings whose pulse awaits the person; no other page lists past meetings, so they are found here. */
function PulsesToAnswer({ meetings }: { meetings: readonly JointViewData['pulsesToAnswer'][number][] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="forum-next-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          {/* The time is in the link's name: a forum's meetings often share one title. */}
          <Link to={meetingPath(meeting)} className="forum-next-list__name">
            {meeting.title},{' '}
            <time dateTime={meeting.startsAt}>
              {t('pulsesToAnswer.when', {
                date: formatDate(meeting.startsAt, i18n.language),
                time: timeInZone(meeting.startsAt),
              })}
            </time>
          </Link>
          <span>
            <span className="visually-hidden">{t('meeting.forum')}: </span>
            {meeting.forum.name}
          </span>
        </li>
      ))}
    </ul>
  );
}

type ComingMeeting = JointViewData['meetings'][number];

function WeekSection({ group }: { group: WeekGroup<ComingMeeting> }) {
  const { t, i18n } = useTranslation();
  const headingId = `week-${group.key}`;
  const range = formatWeekRange(group.monday, i18n.language);
  const currentYear = calendarDateInZone(new Date()).year;
  return (
    <section className="week" aria-labelledby={headingId}>
      <div className="week__header">
        <h3 id={headingId}>
          {group.year === currentYear
            ? t('jointView.week', { week: group.week, range })
            : t('jointView.weekOtherYear', { week: group.week, year: group.year, range })}
        </h3>
        <p className="week__count">{t('jointView.meetingCount', { count: group.items.length })}</p>
      </div>
      <ul className="meeting-list">
        {group.items.map((meeting) => (
          <li key={meeting.id}>
            <MeetingItem meeting={meeting} headingLevel={4} />
          </li>
        ))}
      </ul>
    </section>
  );
}
