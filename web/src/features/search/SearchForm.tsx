import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { searchPath } from './paths';

interface SearchFormProps {
  /** The query being shown, if any. */
  query?: string;
  /** `header`: the compact box in the site header, with its label only for screen readers. */
  variant?: 'page' | 'header';
}

/** Goes to the search page; the query lives in the address (`?q=`) so results can be bookmarked and shared. */
export function SearchForm({ query = '', variant = 'page' }: SearchFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputId = useId();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(searchPath(String(new FormData(event.currentTarget).get('q') ?? '').trim()));
  };

  return (
    <form role="search" className={`search-form search-form--${variant}`} onSubmit={handleSubmit}>
      <label htmlFor={inputId} className={variant === 'header' ? 'visually-hidden' : 'search-form__label'}>
        {t('search.label')}
      </label>
      {/* Keyed by the query so the box follows the address when going back and forth between searches. */}
      <input
        key={query}
        id={inputId}
        name="q"
        type="search"
        defaultValue={query}
        placeholder={variant === 'header' ? t('search.label') : undefined}
        enterKeyHint="search"
      />
      <Button type="submit" variant={variant === 'header' ? 'quiet' : 'primary'}>
        {t('search.submit')}
      </Button>
    </form>
  );
}
