import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { isUnreachable } from '../../lib/graphqlError';
import { operationKey, readResponse } from './savedStore';

/** What the offline link needs from the saved store (a seam for specs). */
export type SavedLookup = (key: string) => Promise<unknown>;

/**
 * Answers a query from the saved copy when the server cannot be reached: at once when the browser knows it is
 * offline, otherwise after the request failed. Queries nothing was saved for, and every mutation, go to the
 * server as before (mutations wait in their own queues). Online, pages always get the server's answer.
 */
export function offlineLink(lookup: SavedLookup = readResponse): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.operationType !== 'query' || !operation.operationName) return forward(operation);
    const key = operationKey(operation.operationName, operation.variables);
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: { unsubscribe(): void } | null = null;
      let closed = false;
      const fromSaved = (error: unknown) => {
        void lookup(key)
          .catch(() => undefined)
          .then((data) => {
            if (closed) return;
            if (data === undefined) observer.error(error);
            else {
              observer.next({ data: data as Record<string, unknown> });
              observer.complete();
            }
          });
      };
      const fromServer = () => {
        inner = forward(operation).subscribe({
          next: (result) => observer.next(result),
          error: (error: unknown) => (isUnreachable(error) ? fromSaved(error) : observer.error(error)),
          complete: () => observer.complete(),
        });
      };
      if (navigator.onLine) fromServer();
      else {
        // Known offline: the saved copy without a failed request first; the server only if nothing is saved.
        void lookup(key)
          .catch(() => undefined)
          .then((data) => {
            if (closed) return;
            if (data === undefined) return fromServer();
            observer.next({ data: data as Record<string, unknown> });
            observer.complete();
          });
      }
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  });
}
