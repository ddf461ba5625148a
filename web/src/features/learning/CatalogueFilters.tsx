import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CADRES, CARE_LEVELS, TOPICS } from '../curricula/enums';
import type { CatalogueFilter } from './model';

type FilterKey = keyof CatalogueFilter;

const CHOICES: { key: FilterKey; label: string; values: readonly string[] }[] = [
  { key: 'cadre', label: 'catalogue.cadre', values: CADRES },
  { key: 'careLevel', label: 'meta.careLevel', values: CARE_LEVELS },
  { key: 'topic', label: 'meta.topic', values: TOPICS },
];

function isChoice(key: FilterKey, value: string | null): boolean {
  return CHOICES.some((choice) => choice.key === key && choice.values.includes(value ?? ''));
}

/** The filter in the address, keeping only values the API knows (a mistyped link shows every course). */
export function filterFromParams(params: URLSearchParams): CatalogueFilter {
  const filter: Record<string, string> = {};
  for (const { key } of CHOICES) {
    const value = params.get(key);
    if (value && isChoice(key, value)) filter[key] = value;
  }
  return filter as CatalogueFilter;
}

/** The address's form of a filter (`?topic=tb&careLevel=primary`), so a choice can be bookmarked and shared. */
export function filterToParams(filter: CatalogueFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const { key } of CHOICES) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

interface CatalogueFiltersProps {
  filter: CatalogueFilter;
  onChange: (filter: CatalogueFilter) => void;
}

/** One select per filter; a choice applies at once. Labels are the same as for a course's details. */
export function CatalogueFilters({ filter, onChange }: CatalogueFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form className="filters" aria-label={t('catalogue.filters')} onSubmit={(event) => event.preventDefault()}>
      {CHOICES.map(({ key, label, values }) => (
        <div className="field filters__field" key={key}>
          <label htmlFor={`${id}-${key}`}>{t(label)}</label>
          <select
            id={`${id}-${key}`}
            value={filter[key] ?? ''}
            onChange={(event) => onChange({ ...filter, [key]: event.target.value || undefined })}
          >
            <option value="">{t('catalogue.all')}</option>
            {values.map((value) => (
              <option key={value} value={value}>
                {t(`${key}.${value}`)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </form>
  );
}
