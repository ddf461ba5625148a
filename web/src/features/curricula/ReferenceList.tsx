import { useTranslation } from 'react-i18next';
import type { Reference } from './model';

// Reference URLs come from content files; only web links are made clickable.
const isWebUrl = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

export function ReferenceList({ references }: { references: Reference[] }) {
  const { t } = useTranslation();
  if (references.length === 0) return null;
  return (
    <section className="references">
      <h2>{t('lesson.references')}</h2>
      <ol>
        {references.map((reference, index) => {
          const details = [reference.publisher, reference.year].filter(Boolean).join(', ');
          return (
            <li key={`${index}-${reference.title}`}>
              <cite>{isWebUrl(reference.url) ? <a href={reference.url}>{reference.title}</a> : reference.title}</cite>
              {details && `, ${details}`}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
