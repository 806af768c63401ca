import { useEffect, useState } from 'react';
import { listAccounts, watchAccounts } from '../../accounts/store';
import type { AccountRecord } from '../../accounts/types';

export interface AccountsState {
  /** Undefined until the first read from storage. */
  accounts: AccountRecord[] | undefined;
  loadFailed: boolean;
}

/**
 * The stored accounts, kept live: a note saved in the side panel (or an
 * import) shows on the options page at once.
 */
export function useAccounts(): AccountsState {
  const [accounts, setAccounts] = useState<AccountRecord[]>();
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let watched = false;
    const stop = watchAccounts((records) => {
      watched = true;
      if (live) setAccounts(records);
    });
    listAccounts().then(
      (records) => {
        if (live && !watched) setAccounts(records);
      },
      () => {
        if (live) setLoadFailed(true);
      },
    );
    return () => {
      live = false;
      stop();
    };
  }, []);
  return { accounts, loadFailed };
}
