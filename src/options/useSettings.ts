import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSettings, watchSettings, type Settings } from '../settings/settings';

/** The outcome of the last change made on this page. */
export interface SaveStatus {
  /** Which control the change came from (shows a "Saved" mark next to it). */
  key: string;
  tone: 'ok' | 'error';
  /** What the polite status region announces. */
  text: string;
}

export interface SettingsState {
  /** Undefined until the first read from storage. */
  settings: Settings | undefined;
  loadFailed: boolean;
  status: SaveStatus | undefined;
  /**
   * Applies `change` at once (so the control never lags), then runs `write`
   * after any earlier writes from this page; shows `savedText` when stored.
   */
  save(key: string, savedText: string, change: (s: Settings) => Settings, write: () => Promise<Settings>): void;
}

/**
 * The settings as stored on this device, kept live: a change made elsewhere
 * (the side panel's "Turn off this rule" or role switcher) shows here at once.
 * Writes from this page run one after another, so quick clicks never undo
 * each other.
 */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [status, setStatus] = useState<SaveStatus>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Writes from this page not yet stored: until they are, storage lags behind what the page shows. */
  const pending = useRef(0);

  useEffect(() => {
    let live = true;
    let watched = false;
    const stop = watchSettings((s) => {
      watched = true;
      if (live && pending.current === 0) setSettings(s);
    });
    loadSettings().then(
      (s) => {
        if (live && !watched) setSettings(s);
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

  const save = useCallback<SettingsState['save']>((key, savedText, change, write) => {
    setSettings((s) => (s ? change(s) : s));
    pending.current += 1;
    const run = queue.current.then(write);
    queue.current = run.catch(() => undefined);
    run.then(
      (next) => {
        pending.current -= 1;
        // Each write reads storage first, so the last one holds every change, ours and others'.
        if (pending.current === 0) setSettings(next);
        setStatus({ key, tone: 'ok', text: savedText });
      },
      () => {
        pending.current -= 1;
        setStatus({ key, tone: 'error', text: 'Couldn’t save that change. Please try again.' });
        loadSettings().then(setSettings, () => undefined);
      },
    );
  }, []);

  return { settings, loadFailed, status, save };
}
