import { useTranslation } from 'react-i18next';

export function ObjectiveList({ objectives, lang }: { objectives: string[]; lang: string }) {
  const { t } = useTranslation();
  if (objectives.length === 0) return null;
  return (
    <section className="objectives">
      <h2>{t('lesson.objectives')}</h2>
      <ul lang={lang}>
        {objectives.map((objective, index) => (
          <li key={index}>{objective}</li>
        ))}
      </ul>
    </section>
  );
}
