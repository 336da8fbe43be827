import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { ThemeTags } from './theme-tags.tsx';

export const ForumDetailsFragment = graphql(`
  fragment ForumDetails on Forum {
    id
    name
    purpose
    themes
    level
    status
    meetingsPerYear
    mergedInto {
      id
      name
    }
    county {
      code
      name
    }
    municipality {
      code
      name
    }
    host {
      id
      name
      kind
    }
    members {
      id
      name
      kind
    }
  }
`);

export function forumName(data: FragmentOf<typeof ForumDetailsFragment>): string {
  return readFragment(ForumDetailsFragment, data).name;
}

/** The forum's heading and standing facts: purpose, themes, level, area, host, cadence, members. */
export function ForumDetails({ forum: data }: { forum: FragmentOf<typeof ForumDetailsFragment> }) {
  const { t } = useTranslation();
  const forum = readFragment(ForumDetailsFragment, data);
  const area = [forum.municipality?.name, forum.county.name].filter(Boolean).join(', ');

  return (
    <>
      <h1>
        {forum.name}
        {forum.status !== 'ACTIVE' && <Badge tone="neutral">{t(`enums.ForumStatus.${forum.status}`)}</Badge>}
      </h1>
      <p className="lead">
        <span className="visually-hidden">{t('forum.purpose')}: </span>
        {forum.purpose}
      </p>
      <ThemeTags themes={forum.themes} />
      <dl className="facts">
        <div>
          <dt>{t('forums.level')}</dt>
          <dd>{t(`enums.ForumLevel.${forum.level}`)}</dd>
        </div>
        <div>
          <dt>{t('forum.area')}</dt>
          <dd>{area}</dd>
        </div>
        <div>
          <dt>{t('forums.host')}</dt>
          <dd>
            {forum.host.name} ({t(`enums.OrganisationKind.${forum.host.kind}`)})
          </dd>
        </div>
        <div>
          <dt>{t('forum.cadence')}</dt>
          <dd>{t('forum.meetingsPerYear', { count: forum.meetingsPerYear })}</dd>
        </div>
        {forum.mergedInto && (
          <div>
            <dt>{t('forum.mergedInto')}</dt>
            <dd>
              <Link to={`/forum/${encodeURIComponent(forum.mergedInto.id)}`}>{forum.mergedInto.name}</Link>
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('forum.membersHeading')}</h2>
        <ul className="member-list">
          {forum.members.map((member) => (
            <li key={member.id}>
              <span className="member-list__name">{member.name}</span>{' '}
              <span className="member-list__kind">({t(`enums.OrganisationKind.${member.kind}`)})</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
