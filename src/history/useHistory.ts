import { useCallback, useEffect, useRef, useState } from 'react';
import { listRecords, loadHistorySettings, saveHistorySettings, watchHistory, watchHistorySettings } from './store';
import type { HistorySettings, SentRecord } from './types';

export interface HistoryState {
  /** Undefined until the first read from storage. */
  records: SentRecord[] | undefined;
  settings: HistorySettings | undefined;
  loadFailed: boolean;
  /** Applies the change on screen at once, then stores it (which may prune the history). */
  saveSettings(change: Partial<HistorySettings>): Promise<void>;
}

/**
 * The stored history and its settings, kept live: an email sent in another tab
 * shows in the charts without a reload. `now` is the clock that pruning on a
 * retention change reads (injected, like every clock in the code).
 */
export function useHistory(now: () => Date = () => new Date()): HistoryState {
  const [records, setRecords] = useState<SentRecord[]>();
  const [settings, setSettings] = useState<HistorySettings>();
  const [loadFailed, setLoadFailed] = useState(false);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    // A watcher firing before the first read finishes has the newer value: the read must not overwrite it.
    let recordsSeen = false;
    let settingsSeen = false;
    const stopRecords = watchHistory((r) => {
      recordsSeen = true;
      if (live.current) setRecords(r);
    });
    const stopSettings = watchHistorySettings((s) => {
      settingsSeen = true;
      if (live.current) setSettings(s);
    });
    Promise.all([listRecords(), loadHistorySettings()]).then(
      ([r, s]) => {
        if (!live.current) return;
        if (!recordsSeen) setRecords(r);
        if (!settingsSeen) setSettings(s);
      },
      () => {
        if (live.current) setLoadFailed(true);
      },
    );
    return () => {
      live.current = false;
      stopRecords();
      stopSettings();
    };
  }, []);

  const saveSettings = useCallback(async (change: Partial<HistorySettings>) => {
    setSettings((s) => (s ? { ...s, ...change } : s));
    try {
      const next = await saveHistorySettings(change, now());
      if (live.current) setSettings(next);
    } catch (error) {
      loadHistorySettings().then((s) => live.current && setSettings(s), () => undefined);
      throw error;
    }
  }, [now]);

  return { records, settings, loadFailed, saveSettings };
}
