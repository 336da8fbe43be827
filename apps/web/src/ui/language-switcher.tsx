import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/index.ts';
import { isLanguage } from './datetime.ts';

/** Offers the other language, named in that language ("English" / "Svenska"). */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const target = t('language.switchToLang');
  return (
    <button
      type="button"
      className="language-switcher"
      lang={target}
      onClick={() => {
        if (isLanguage(target)) void changeLanguage(target);
      }}
    >
      {t('language.switchTo')}
    </button>
  );
}
