import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { Empty, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ForumSummary, ForumSummaryFragment, forumLinkId } from './forum-summary.tsx';
import { type ForumTheme, forumThemes, isForumTheme } from './forum-themes.ts';

const PAGE_SIZE = 50;

const ForumsQuery = graphql(
  `
  query Forums($first: Int!, $after: String, $theme: ForumTheme) {
    forums(first: $first, after: $after, theme: $theme) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...ForumSummary
        }
      }
    }
  }
`,
  [ForumSummaryFragment],
);

export function ForumsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forums.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const themeParam = searchParams.get('theme');
  const theme = isForumTheme(themeParam) ? themeParam : undefined;

  return (
    <div className="page">
      <h1>{t('forums.title')}</h1>
      <p className="lead">{t('forums.intro')}</p>
      <ThemeFilter
        value={theme}
        onChange={(next) => setSearchParams(next ? { theme: next } : {}, { replace: true })}
      />
      {/* A new filter starts again from the first page. */}
      <ForumList key={theme ?? 'all'} theme={theme} />
    </div>
  );
}

function ThemeFilter({
  value,
  onChange,
}: {
  value: ForumTheme | undefined;
  onChange: (theme: ForumTheme | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const collator = new Intl.Collator(i18n.language);
  const options = forumThemes
    .map((theme) => ({ theme, label: t(`enums.ForumTheme.${theme}`) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <div className="filter">
      <label htmlFor={id}>{t('forums.themeFilter')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(isForumTheme(event.target.value) ? event.target.value : undefined)}
      >
        <option value="">{t('forums.allThemes')}</option>
        {options.map(({ theme, label }) => (
          <option key={theme} value={theme}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

function ForumList({ theme }: { theme: ForumTheme | undefined }) {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: ForumsQuery,
    variables: { first: PAGE_SIZE, after, theme: theme ?? null },
  });
  const connection = result.data?.forums;
  const forums = connection?.edges.map((edge) => edge.node) ?? [];
  const focusFirstNew = useFocusFirstNew(forums);

  if (result.error && !connection) {
    return (
      <QueryError
        title={t('forums.loadError')}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!connection) return <Loading />;
  if (forums.length === 0) {
    return (
      <Empty>
        {theme ? t('forums.emptyForTheme', { theme: t(`enums.ForumTheme.${theme}`) }) : t('forums.empty')}
      </Empty>
    );
  }

  return (
    <>
      <p className="list-status" aria-live="polite">
        {result.fetching
          ? t('forums.loadingMore')
          : t('forums.shown', { shown: forums.length, total: connection.totalCount })}
      </p>
      <ul className="card-list">
        {forums.map((forum) => (
          <li key={forum.id}>
            <ForumSummary forum={forum} />
          </li>
        ))}
      </ul>
      {result.error && (
        <QueryError
          title={t('forums.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <button
          type="button"
          className="button"
          disabled={result.fetching}
          onClick={() => {
            focusFirstNew();
            setAfter(connection.pageInfo.endCursor);
          }}
        >
          {t('forums.loadMore')}
        </button>
      )}
    </>
  );
}

/**
 * After "Visa fler", move focus to the first forum that was added, so keyboard users continue
 * where the new items begin instead of on a button that moved or disappeared.
 */
function useFocusFirstNew(forums: readonly { id: string }[]) {
  const pendingFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = pendingFrom.current;
    if (from === null || forums.length <= from) return;
    pendingFrom.current = null;
    const first = forums[from];
    if (first) document.getElementById(forumLinkId(first.id))?.focus();
  }, [forums]);
  return () => {
    pendingFrom.current = forums.length;
  };
}
