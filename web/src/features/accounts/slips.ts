import type { CreatedAccount } from './model';

/**
 * Asks the server for the slips PDF of accounts just made (it keeps no password in the clear, so the list is
 * posted back) and hands it to the browser as a download.
 */
export async function downloadSlips(accounts: CreatedAccount[]): Promise<void> {
  const res = await fetch('/accounts/slips.pdf', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      accounts: accounts.map(({ workerId, username, oneTimePassword }) => ({ workerId, username, oneTimePassword })),
    }),
  });
  if (!res.ok) throw new Error(((await res.json().catch(() => null)) as { message?: string } | null)?.message ?? `HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'account-slips.pdf';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
