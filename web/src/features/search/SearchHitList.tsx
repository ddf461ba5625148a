import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import { lessonPath } from '../curricula/paths';
import { sectionPath } from '../textbooks/paths';
import type { SearchHit, SearchQuery } from './model';
import { Snippet } from './Snippet';

/** Where a hit leads and what it is part of: a lesson's course, or a section's textbook. */
function hitTarget(hit: SearchHit) {
  if (hit.kind === 'lesson') return { to: lessonPath(hit.id), source: hit.course };
  return { to: hit.textbook && sectionPath(hit.textbook.id, hit.id), source: hit.textbook };
}

function SearchHitItem({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { to, source } = hitTarget(hit);
  const title = localize(hit.title, hit.titleEn);
  return (
    <article className="search-hit">
      <p className="search-hit__meta">
        <span className={`badge badge--${hit.kind}`}>{t(`search.kind.${hit.kind}`)}</span>
        {source && <span className="search-hit__source">{localize(source.title, source.titleEn)}</span>}
      </p>
      <h2 className="search-hit__title">{to ? <Link to={to}>{title}</Link> : title}</h2>
      {/* Snippets quote the Korean content whatever the interface language. */}
      <p className="search-hit__snippet" lang="ko">
        <Snippet parts={hit.snippet} />
      </p>
    </article>
  );
}

export function SearchHitList({ result }: { result: SearchQuery['search'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  if (result.items.length === 0) return <p className="search-empty">{t('search.empty')}</p>;
  return (
    <>
      <p className="search-total">
        {t('search.total', { total: formatNumber(result.total, language) })}
        {result.total > result.items.length && ` ${t('search.shown', { shown: result.items.length })}`}
      </p>
      <ol className="search-results">
        {result.items.map((hit) => (
          <li key={`${hit.kind}-${hit.id}`}>
            <SearchHitItem hit={hit} />
          </li>
        ))}
      </ol>
    </>
  );
}
