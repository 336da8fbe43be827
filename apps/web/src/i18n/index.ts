import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, type Language } from '../ui/datetime.ts';
import { type Messages, sv } from './sv.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'samlad.language';

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    // Storage can be unavailable (privacy settings); Swedish is then the default.
    return undefined;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'sv';
}

/**
 * English is fetched when first wanted: Swedish, the default and the fallback, is in the initial
 * bundle, and every first visit would otherwise download and parse both (about 25 kB gzipped).
 */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'sv' || i18n.hasResourceBundle(language, 'translation')) return;
  const { en } = await import('./en.ts');
  i18n.addResourceBundle('en', 'translation', en);
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // The choice then lasts for this visit only.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = isLanguage(language) ? language : 'sv';
});

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv } },
  // Until the stored choice (if English) has loaded, below.
  lng: 'sv',
  fallbackLng: 'sv',
  supportedLngs: ['sv', 'en'],
  // English arrives with addResourceBundle, not at init.
  partialBundledLanguages: true,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

/**
 * Settles once the language the person chose last time is ready, so the first render is in it;
 * at once for Swedish. If English cannot be fetched, the app starts in Swedish.
 */
export const i18nReady: Promise<void> = (async () => {
  const language = storedLanguage();
  if (!language || language === 'sv') return;
  try {
    await loadLanguage(language);
    await i18n.changeLanguage(language);
  } catch {
    // Offline or a missing chunk: Swedish it is, and the switcher can try again.
  }
})();

export { i18n };
