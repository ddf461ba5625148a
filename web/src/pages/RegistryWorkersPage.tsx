import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { CreateAccounts } from '../features/accounts/CreateAccounts';
import { ExportLink } from '../features/registry/ExportLink';
import { listStateFromParams, paramsFromListState, stepPage, workersExportUrl } from '../features/registry/filters';
import { useWorkers } from '../features/registry/hooks';
import { ListPager } from '../features/registry/ListPager';
import { RegistryNav } from '../features/registry/RegistryNav';
import { WorkerFilters } from '../features/registry/WorkerFilters';
import { WorkerTable } from '../features/registry/WorkerTable';
import '../features/registry/registry.css';
import { useWideLayout } from '../ui/Layout';
import { PageTitle } from '../ui/PageTitle';

/**
 * The registrar's workers: filtered by facility, cadre, licence status and name, a page at a time (keyset cursors in
 * the address); exported whole; accounts made for those chosen.
 */
export default function RegistryWorkersPage() {
  const { t } = useTranslation();
  useWideLayout();
  const [params, setParams] = useSearchParams();
  const state = listStateFromParams(params);
  const { data, error } = useWorkers(state);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };
  return (
    <>
      <PageTitle title={t('registry.workers')} />
      <p className="eyebrow">{t('registry.title')}</p>
      <h1>{t('registry.workers')}</h1>
      <RegistryNav />
      <WorkerFilters
        key={JSON.stringify(state.filter)}
        filter={state.filter}
        onApply={(filter) => setParams(paramsFromListState({ filter, page: 1 }))}
      />
      <ExportLink href={workersExportUrl(state.filter)} />
      {data ? (
        <>
          <ListPager
            page={state.page}
            total={data.workerCount}
            onPage={(page) => setParams(paramsFromListState(stepPage(state, page, data.workers)))}
          />
          <CreateAccounts
            selected={selected}
            onSelect={setSelected}
            pageIds={data.workers.map((w) => w.id)}
            filter={state.filter}
            matching={data.workerCount}
          />
          <WorkerTable workers={data.workers} selection={{ selected, onToggle: toggle }} />
        </>
      ) : (
        <QueryStatus error={error} />
      )}
    </>
  );
}
