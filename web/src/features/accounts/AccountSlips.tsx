import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { CreatedAccount, WorkerAccountsResult } from './model';
import { downloadSlips } from './slips';

/** The accounts just made, with their one-time passwords (shown this once), and the slips PDF to hand out. */
export function AccountSlips({
  result,
}: {
  result: Pick<WorkerAccountsResult, 'accounts'> & Partial<Pick<WorkerAccountsResult, 'skipped'>>;
}) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const print = async (accounts: CreatedAccount[]) => {
    setPrinting(true);
    setError(null);
    await downloadSlips(accounts).catch((e: Error) => setError(e.message));
    setPrinting(false);
  };
  return (
    <section className="account-slips" role="status">
      <p>{t('accounts.created', { n: result.accounts.length })}</p>
      {result.skipped && result.skipped.length > 0 && <p>{t('accounts.skipped', { n: result.skipped.length })}</p>}
      {result.accounts.length > 0 && (
        <>
          <Button onClick={() => void print(result.accounts)} disabled={printing}>
            {t('accounts.printSlips')}
          </Button>
          {error && <p className="alert">{error}</p>}
          <div className="table-scroll" tabIndex={0}>
            <table className="registry-table">
              <caption>{t('accounts.slipsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('registry.name')}</th>
                  <th scope="col">{t('registry.facility')}</th>
                  <th scope="col">{t('accounts.username')}</th>
                  <th scope="col">{t('accounts.oneTimePassword')}</th>
                </tr>
              </thead>
              <tbody>
                {result.accounts.map((account) => (
                  <tr key={account.workerId}>
                    <th scope="row">{account.name}</th>
                    <td>{account.facilityName}</td>
                    <td>
                      <code>{account.username}</code>
                    </td>
                    <td>
                      <code>{account.oneTimePassword}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
