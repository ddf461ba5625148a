import { useEffect, useState } from 'react';
import type { Outcome } from './outcome';
import { fetchServerTrust } from './serverTrust';

export type TrustState =
  /** No BigInt (Chromium < 67): the browser cannot check signatures; the short code still works. */
  | { status: 'unsupported' }
  | { status: 'loading' }
  /** The verifier chunk could not be loaded (offline before the page was ever opened online). */
  | { status: 'failed' }
  | {
      status: 'ready';
      /** Whether the server answered this time; otherwise the stored key and list are used. */
      online: boolean;
      keyCount: number;
      /** When the revocations this page knows were signed (null: no list yet). */
      listAsOf: string | null;
      verify: (text: string) => Outcome;
    };

export function canVerifyInBrowser(): boolean {
  return typeof BigInt === 'function';
}

/**
 * Loads the verifier chunk and the server's key and revocation list (falling back to what this browser kept),
 * and again whenever the browser comes back online, so a revocation made meanwhile is picked up.
 */
export function useTrust(): TrustState {
  const [state, setState] = useState<TrustState>(() => (canVerifyInBrowser() ? { status: 'loading' } : { status: 'unsupported' }));

  useEffect(() => {
    if (!canVerifyInBrowser()) return;
    let active = true;
    const load = async () => {
      let verifier: typeof import('./verifier');
      try {
        verifier = await import('./verifier');
      } catch {
        if (active) setState({ status: 'failed' });
        return;
      }
      const server = await fetchServerTrust();
      if (!active) return;
      const trust = verifier.updateTrust(server);
      setState({
        status: 'ready',
        online: server.publicKeyMultibase !== null,
        keyCount: trust.keyCount,
        listAsOf: verifier.listAsOf(trust) ?? null,
        verify: (text) => verifier.verifyText(text, trust),
      });
    };
    void load();
    const reload = () => void load();
    window.addEventListener('online', reload);
    return () => {
      active = false;
      window.removeEventListener('online', reload);
    };
  }, []);

  return state;
}
