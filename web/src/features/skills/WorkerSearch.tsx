import { useState, type FormEvent } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AssessableWorkersDocument } from './skills.generated';
import type { AssessableWorker } from './model';

/** Finds a trainee (a worker of the supervisor's region) by name or registration number. */
export function WorkerSearch({ onPick }: { onPick(worker: AssessableWorker): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [find, { data, error, loading }] = useLazyQuery(AssessableWorkersDocument, { fetchPolicy: 'network-only' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (search.trim()) void find({ variables: { search: search.trim() } }).catch(() => undefined);
  };
  return (
    <div className="worker-search">
      <form role="search" onSubmit={submit}>
        <label htmlFor="assess-search">{t('skills.search')}</label>
        <input id="assess-search" value={search} onChange={(event) => setSearch(event.target.value)} />
        <Button type="submit" disabled={loading}>
          {t('skills.find')}
        </Button>
      </form>
      {error && <ErrorMessage error={error} />}
      {data && data.assessableWorkers.length === 0 && <p>{t('skills.noWorkers')}</p>}
      {data && data.assessableWorkers.length > 0 && (
        <ul className="worker-search__results">
          {data.assessableWorkers.map((worker) => (
            <li key={worker.id}>
              <Button type="button" onClick={() => onPick(worker)}>
                {t('skills.pick', { name: worker.name, number: worker.registrationNumber })}
              </Button>{' '}
              {worker.facilityName}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
