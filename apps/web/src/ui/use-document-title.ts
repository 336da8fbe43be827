import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Forum – Samlad" in the tab and in the browser history. */
export function useDocumentTitle(page: string | undefined) {
  const { t } = useTranslation();
  const title = page ? t('app.documentTitle', { page }) : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
