import { useTranslation } from 'react-i18next';
import type { ForumTheme } from './forum-themes.ts';

export function ThemeTags({ themes }: { themes: readonly ForumTheme[] }) {
  const { t } = useTranslation();
  return (
    <ul className="tags">
      {themes.map((theme) => (
        <li key={theme} className="tag">
          {t(`enums.ForumTheme.${theme}`)}
        </li>
      ))}
    </ul>
  );
}
