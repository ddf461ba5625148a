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

// Korean is bundled; English (most trainees never switch) is a chunk of its own, loaded when chosen.
const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, done) {
    if (language !== 'en') return done(null, {});
    import('../i18n/en.json').then((module) => done(null, module.default), (error: Error) => done(error, false));
  },
};

void i18n.use(initReactI18next).use(lazyLanguages).init({
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
