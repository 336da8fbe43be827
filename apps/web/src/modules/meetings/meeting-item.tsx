import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatTimeRange } from '../../ui/datetime.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';

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
}: {
  meeting: FragmentOf<typeof MeetingItemFragment>;
  showForum?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const meeting = readFragment(MeetingItemFragment, data);
  const cancelled = meeting.status === 'CANCELLED';
  const videoUrl = safeHttpUrl(meeting.videoUrl);
  const titleId = `meeting-${meeting.id}-title`;

  return (
    <article className={cancelled ? 'meeting meeting--cancelled' : 'meeting'} aria-labelledby={titleId}>
      <p className="meeting__time">
        <time dateTime={meeting.startsAt}>
          {formatTimeRange(meeting.startsAt, meeting.endsAt, i18n.language)}
        </time>
        {cancelled && <Badge tone="warning">{t('meeting.cancelled')}</Badge>}
      </p>
      <h3 className="meeting__title" id={titleId}>
        {meeting.title}
      </h3>
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
    </article>
  );
}
