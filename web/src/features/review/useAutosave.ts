import { useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorCode, isUnreachable } from '../../lib/graphqlError';
import { Autosaver, type AutosaveState, type Draft } from './autosave';
import { SaveRevisionDocument } from './review.generated';

/** The editor's autosave for one revision: `change` on every keystroke, `flush` before leaving or submitting. */
export function useAutosave(revisionId: string, initialSaves: number) {
  const client = useApolloClient();
  const [state, setState] = useState<AutosaveState>({ status: 'saved' });
  const saver = useRef<Autosaver | null>(null);
  const saves = useRef(initialSaves);

  useEffect(() => {
    const autosaver = new Autosaver({
      revisionId,
      saves: saves.current,
      save: async (draft, basedOn) => {
        const { data } = await client.mutate({
          mutation: SaveRevisionDocument,
          variables: { id: revisionId, input: { ...draft, saves: basedOn } },
        });
        return data!.saveRevision.saves;
      },
      isConflict: (error) => errorCode(error) === 'SAVE_CONFLICT',
      isTransient: isUnreachable,
      onState: setState,
    });
    saver.current = autosaver;
    const retry = () => void autosaver.flush();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      // Leaving the editor saves what is waiting (it also stays on this device until the server confirms it).
      void autosaver.flush().finally(() => {
        saves.current = autosaver.baseSaves;
        autosaver.dispose();
      });
    };
  }, [client, revisionId]);

  return {
    state,
    change: (draft: Draft) => saver.current?.change(draft),
    flush: () => saver.current?.flush() ?? Promise.resolve(),
    rebase: (serverSaves: number, keepPending: boolean) => saver.current?.rebase(serverSaves, keepPending),
    hasPending: () => saver.current?.hasPending ?? false,
  };
}
