import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatTimeRange } from '../../ui/datetime.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';
import { meetingPath } from './meeting-path.ts';

export const MeetingItemFragment = graphql(`
  fragment MeetingItem on Meeting {
    id
    title
    startsAt
    endsAt
    mode
    place
    videoUrl
    status
    forum {
      id
      name
    }
  }
`);

export function MeetingItem({
  meeting: data,
  showForum = true,
  headingLevel = 3,
  children,
}: {
  meeting: FragmentOf<typeof MeetingItemFragment>;
  showForum?: boolean;
  /** The level of the meeting's title, one below the heading of the list it is in. */
  headingLevel?: 3 | 4;
  /** More to show at the end, such as answer buttons. */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const meeting = readFragment(MeetingItemFragment, data);
  const cancelled = meeting.status === 'CANCELLED';
  const videoUrl = safeHttpUrl(meeting.videoUrl);
  const titleId = useId();
  const Heading = headingLevel === 4 ? 'h4' : 'h3';

  return (
    <article className={cancelled ? 'meeting meeting--cancelled' : 'meeting'} aria-labelledby={titleId}>
      <p className="meeting__time">
        <time dateTime={meeting.startsAt}>
          {formatTimeRange(meeting.startsAt, meeting.endsAt, i18n.language)}
        </time>
        {cancelled && <Badge tone="warning">{t('meeting.cancelled')}</Badge>}
      </p>
      <Heading className="meeting__title" id={titleId}>
        <Link to={meetingPath(meeting)}>{meeting.title}</Link>
      </Heading>
      {showForum && (
        <p className="meeting__forum">
          <span className="visually-hidden">{t('meeting.forum')}: </span>
          <Link to={`/forum/${encodeURIComponent(meeting.forum.id)}`}>{meeting.forum.name}</Link>
        </p>
      )}
      <dl className="meeting__details">
        <div>
          <dt>{t('meeting.mode')}</dt>
          <dd>{t(`enums.MeetingMode.${meeting.mode}`)}</dd>
        </div>
        {meeting.place && (
          <div>
            <dt>{t('meeting.place')}</dt>
            <dd>{meeting.place}</dd>
          </div>
        )}
        {videoUrl && (
          <div>
            <dt>{t('meeting.video')}</dt>
            <dd>
              <a href={videoUrl}>
                {t('meeting.videoLink')}
                <span className="visually-hidden">: {meeting.title}</span>
              </a>
            </dd>
          </div>
        )}
      </dl>
      {children}
    </article>
  );
}
