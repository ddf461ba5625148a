import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../app/QueryStatus';
import { useTextbooks } from '../features/textbooks/hooks';
import { TextbookCard } from '../features/textbooks/TextbookCard';
import { PageTitle } from '../ui/PageTitle';

export default function TextbooksPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('textbooks.title')} />
      <h1>{t('textbooks.title')}</h1>
      <p className="lead">{t('textbooks.intro')}</p>
      <Textbooks />
    </>
  );
}

function Textbooks() {
  const { t } = useTranslation();
  const { data, error } = useTextbooks();
  if (!data) return <QueryStatus error={error} />;
  if (data.textbooks.length === 0) return <p>{t('textbooks.empty')}</p>;
  return (
    <ul className="card-list">
      {data.textbooks.map((textbook) => (
        <li key={textbook.id}>
          <TextbookCard textbook={textbook} />
        </li>
      ))}
    </ul>
  );
}
