import { useCallback, useEffect, useState } from 'react';
import type { ManagedArea } from '../../playbook/managed';
import { loadPlaybookState, watchPlaybooks, type PlaybookState } from '../../playbook/store';

export interface PlaybooksHook {
  /** Undefined until the first read. */
  state: PlaybookState | undefined;
  loadFailed: boolean;
  /** Reads storage again (after this page changed it, so the page never waits for the watcher). */
  reload: () => Promise<void>;
}

/**
 * The playbooks as stored, kept live: a change from another tab, or a new
 * policy from the administrator, shows here at once.
 */
export function usePlaybooks(area: ManagedArea | undefined): PlaybooksHook {
  const [state, setState] = useState<PlaybookState>();
  const [loadFailed, setLoadFailed] = useState(false);

  const reload = useCallback(async () => {
    try {
      setState(await loadPlaybookState(area));
      setLoadFailed(false);
    } catch {
      setLoadFailed(true);
    }
  }, [area]);

  useEffect(() => {
    let live = true;
    const stop = watchPlaybooks((s) => {
      if (live) setState(s);
    }, area);
    loadPlaybookState(area).then(
      (s) => {
        if (live) setState(s);
      },
      () => {
        if (live) setLoadFailed(true);
      },
    );
    return () => {
      live = false;
      stop();
    };
  }, [area]);

  return { state, loadFailed, reload };
}
