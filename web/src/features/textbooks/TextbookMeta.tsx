import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { MetaList } from '../../ui/MetaList';
import type { Cadre } from '../curricula/enums';
import type { TextbookSummary } from './model';

type TextbookMetaProps = Pick<TextbookSummary, 'topic' | 'careLevel' | 'edition' | 'sectionCount' | 'updatedAt'> & {
  cadres?: Cadre[];
};

export function TextbookMeta({ topic, careLevel, edition, sectionCount, updatedAt, cadres }: TextbookMetaProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  const rows: [string, string][] = [
    [t('meta.topic'), t(`topic.${topic}`)],
    [t('meta.careLevel'), t(`careLevel.${careLevel}`)],
    [t('textbook.edition'), formatNumber(edition, language)],
    [t('textbook.sectionCount'), formatNumber(sectionCount, language)],
    [t('textbook.updatedAt'), formatDate(updatedAt, language)],
  ];
  if (cadres?.length) rows.push([t('meta.cadres'), cadres.map((cadre) => t(`cadre.${cadre}`)).join(', ')]);
  return <MetaList rows={rows} />;
}
