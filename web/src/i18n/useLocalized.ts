import { useTranslation } from 'react-i18next';

/**
 * Picks the Korean or English variant of API text for the current language, falling back to the other
 * variant when one is missing.
 */
export function useLocalized(): (ko?: string | null, en?: string | null) => string {
  const { i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  return (ko, en) => (english ? en || ko : ko || en) ?? '';
}
