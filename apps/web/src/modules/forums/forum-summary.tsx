import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatTimeRange } from '../../ui/datetime.ts';
import { ThemeTags } from './theme-tags.tsx';

export const ForumSummaryFragment = graphql(`
  fragment ForumSummary on Forum {
    id
    name
    level
    status
    themes
    host {
      id
      name
    }
    members {
      id
      name
    }
    nextMeeting {
      id
      startsAt
      endsAt
      mode
      place
      status
    }
  }
`);

export function forumLinkId(forumId: string): string {
  return `forum-link-${forumId}`;
}

/** One forum in the list: what it is about, who hosts it, who sits in it, and when it meets next. */
export function ForumSummary({ forum: data }: { forum: FragmentOf<typeof ForumSummaryFragment> }) {
  const { t, i18n } = useTranslation();
  const forum = readFragment(ForumSummaryFragment, data);
  const next = forum.nextMeeting;
  const titleId = `forum-${forum.id}-title`;

  return (
    <article className="card forum-summary" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        <Link id={forumLinkId(forum.id)} to={`/forum/${encodeURIComponent(forum.id)}`}>
          {forum.name}
        </Link>
        {forum.status !== 'ACTIVE' && <Badge tone="neutral">{t(`enums.ForumStatus.${forum.status}`)}</Badge>}
      </h2>
      <ThemeTags themes={forum.themes} />
      <dl className="facts">
        <div>
          <dt>{t('forums.level')}</dt>
          <dd>{t(`enums.ForumLevel.${forum.level}`)}</dd>
        </div>
        <div>
          <dt>{t('forums.host')}</dt>
          <dd>{forum.host.name}</dd>
        </div>
        <div>
          <dt>{t('forums.members')}</dt>
          <dd>
            <ul className="inline-list">
              {forum.members.map((member) => (
                <li key={member.id}>{member.name}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('forums.nextMeeting')}</dt>
          <dd>
            {next ? (
              <>
                <time dateTime={next.startsAt}>
                  {formatTimeRange(next.startsAt, next.endsAt, i18n.language)}
                </time>
                {next.place ? `, ${next.place}` : ` (${t(`enums.MeetingMode.${next.mode}`)})`}
                {next.status === 'CANCELLED' && <Badge tone="warning">{t('meeting.cancelled')}</Badge>}
              </>
            ) : (
              t('forums.noMeeting')
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
