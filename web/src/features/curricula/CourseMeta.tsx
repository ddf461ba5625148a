import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { MetaList } from '../../ui/MetaList';
import type { Cadre, CareLevel, Topic } from './enums';

interface CourseMetaProps {
  topic: Topic;
  careLevel: CareLevel;
  creditHours: number;
  lessonCount: number;
  cadres?: Cadre[];
}

export function CourseMeta({ topic, careLevel, creditHours, lessonCount, cadres }: CourseMetaProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  const rows: [string, string][] = [
    [t('meta.topic'), t(`topic.${topic}`)],
    [t('meta.careLevel'), t(`careLevel.${careLevel}`)],
    [t('meta.creditHours'), formatNumber(creditHours, language)],
    [t('meta.lessonCount'), formatNumber(lessonCount, language)],
  ];
  if (cadres?.length) rows.push([t('meta.cadres'), cadres.map((cadre) => t(`cadre.${cadre}`)).join(', ')]);

  return <MetaList rows={rows} />;
}
