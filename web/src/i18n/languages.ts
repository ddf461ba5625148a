// Native names are used as accessible names so each language is announced in its own tongue.
export const LANGUAGES = [
  { code: 'ko', label: 'KO', name: '조선어' },
  { code: 'en', label: 'EN', name: 'English' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'ko';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}
