import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { pageBounds, PAGE_SIZE } from './filters';

interface ListPagerProps {
  page: number;
  total: number;
  onPage: (page: number) => void;
  size?: number;
}

/** "1–50 of 523" and previous/next buttons; the range is announced when it changes. */
export function ListPager({ page, total, onPage, size = PAGE_SIZE }: ListPagerProps) {
  const { t } = useTranslation();
  const { from, to, pages } = pageBounds(page, total, size);
  return (
    <div className="list-pager">
      <p className="list-pager__range" aria-live="polite">
        {t('registry.range', { from, to, total })}
      </p>
      {pages > 1 && (
        <nav aria-label={t('registry.pages')}>
          <Button variant="quiet" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('registry.previousPage')}
          </Button>{' '}
          <span>{t('registry.pageOf', { page: Math.min(page, pages), pages })}</span>{' '}
          <Button variant="quiet" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            {t('registry.nextPage')}
          </Button>
        </nav>
      )}
    </div>
  );
}
