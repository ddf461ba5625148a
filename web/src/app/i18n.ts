import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ko from '../i18n/ko.json';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from '../i18n/languages';
import { readStored, writeStored } from '../lib/storage';

const STORAGE_KEY = 'dari.language';

function storedLanguage(): Language {
  const value = readStored(STORAGE_KEY);
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

// Korean, the default, ships with the app; English (~9 KB gzipped) is fetched when first chosen.
const lazyTranslations: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (language !== 'en') return callback(null, {});
    import('../i18n/en.json').then(
      (english) => callback(null, english.default),
      (error: Error) => callback(error, null),
    );
  },
};

/** Resolves once the stored language's translation is loaded: render after it, so no text flashes in Korean. */
export const i18nReady = i18n
  .use(lazyTranslations)
  .use(initReactI18next)
  .init({
    resources: { ko: { translation: ko } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((language) => language.code),
    interpolation: { escapeValue: false }, // React already escapes.
    initAsync: false,
    showSupportNotice: false,
  });

document.documentElement.lang = i18n.language;

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  writeStored(STORAGE_KEY, language);
});

export default i18n;
