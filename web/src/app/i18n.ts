import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/en.json';
import ko from '../i18n/ko.json';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from '../i18n/languages';
import { readStored, writeStored } from '../lib/storage';

const STORAGE_KEY = 'dari.language';

function storedLanguage(): Language {
  const value = readStored(STORAGE_KEY);
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

void i18n.use(initReactI18next).init({
  resources: { ko: { translation: ko }, en: { translation: en } },
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
