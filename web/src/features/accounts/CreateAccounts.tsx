import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { WorkerFilter } from '../registry/model';
import { AccountSlips } from './AccountSlips';
import { CreateWorkerAccountsDocument, MatchingWorkerIdsDocument } from './accounts.generated';

const MAX = 1000;

interface Props {
  selected: Set<string>;
  onSelect: (ids: Set<string>) => void;
  pageIds: string[];
  filter: WorkerFilter;
  matching: number;
}

/** Chooses workers (on the page, or all the filter matches) and makes their accounts in one call. */
export function CreateAccounts({ selected, onSelect, pageIds, filter, matching }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [create, { data, loading, error }] = useMutation(CreateWorkerAccountsDocument);
  const selectMatching = async () => {
    const ids = new Set<string>();
    let after: string | undefined;
    do {
      const { data } = await client.query({ query: MatchingWorkerIdsDocument, variables: { filter, after }, fetchPolicy: 'network-only' });
      for (const worker of data?.workers.items ?? []) ids.add(worker.id);
      after = data?.workers.nextCursor ?? undefined;
    } while (after && ids.size < MAX);
    onSelect(ids);
  };
  const run = async () => {
    await create({ variables: { workerIds: [...selected] } }).catch(() => undefined);
    onSelect(new Set());
  };
  return (
    <div className="create-accounts">
      <Button variant="quiet" onClick={() => onSelect(new Set([...selected, ...pageIds]))}>
        {t('accounts.selectPage')}
      </Button>{' '}
      <Button variant="quiet" disabled={matching === 0 || matching > MAX} onClick={() => void selectMatching()}>
        {t('accounts.selectMatching', { n: matching })}
      </Button>{' '}
      {selected.size > 0 && (
        <Button variant="quiet" onClick={() => onSelect(new Set())}>
          {t('accounts.clear')}
        </Button>
      )}
      <p aria-live="polite">
        {t('accounts.selected', { n: selected.size })} {selected.size > MAX && t('accounts.tooMany')}
      </p>
      <Button onClick={() => void run()} disabled={selected.size === 0 || selected.size > MAX || loading}>
        {t('accounts.create')}
      </Button>
      {error && <ErrorMessage error={error} preferServerMessage />}
      {data && <AccountSlips result={data.createWorkerAccounts} />}
    </div>
  );
}
