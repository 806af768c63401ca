import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { serializeUnreadable } from '../storage/unreadable';
import { downloadText } from './download';
import { describeCounts, partsChangedBy, readUnreadableParts, reportOf, UNREADABLE_PARTS, type UnreadablePart, type UnreadableParts, type UnreadableReport } from './unreadable';

/** Runs `run` when the browser is next idle (within 2 s at most), or after this task where it can't tell; returns a cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

export interface UnreadableNoticeProps {
  download?: (fileName: string, text: string) => void;
  now?: () => Date;
}

/**
 * Says how many saved entries this version couldn't read, that they are kept,
 * and offers them for download as JSON. Shows nothing when there are none.
 */
export function UnreadableNotice({ download = (name, text) => downloadText(name, text), now = () => new Date() }: UnreadableNoticeProps) {
  const [report, setReport] = useState<UnreadableReport>();

  useEffect(() => {
    let live = true;
    let parts: UnreadableParts = {};
    // The latest read of each part wins, whatever order the reads finish in.
    const latest = new Map<UnreadablePart, number>();
    let reads = 0;
    const load = (names: readonly UnreadablePart[]) => {
      const id = ++reads;
      for (const name of names) latest.set(name, id);
      readUnreadableParts(names).then(
        (read) => {
          if (!live) return;
          const fresh = Object.entries(read).filter(([name]) => latest.get(name as UnreadablePart) === id);
          if (fresh.length === 0) return;
          parts = { ...parts, ...Object.fromEntries(fresh) };
          setReport(reportOf(parts));
        },
        () => undefined,
      );
    };
    // The first check reads every store again and checks each entry (500 history records are 20-30 ms): it waits
    // until the page is idle, so it doesn't hold up the sections reading the same stores to show them.
    const first = whenIdle(() => load(UNREADABLE_PARTS));
    // Later, only what changed is read again: a rule turned off, say, changes none of it.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local') return;
      const names = partsChangedBy(Object.keys(changes));
      if (names.length > 0) load(names);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      first();
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  if (!report || report.entries.length === 0) return null;
  const total = report.entries.length;
  const save = () => {
    const time = now();
    download(`trust-coach-unreadable-${time.toISOString().slice(0, 10)}.json`, serializeUnreadable(report.entries, time));
  };
  return (
    <div className="notice error opt-unreadable" role="status">
      <p>
        Trust Coach couldn’t read {describeCounts(report.counts)} saved on this device. {total === 1 ? 'It may come' : 'They may come'} from a newer version of Trust Coach, or be
        damaged. {total === 1 ? 'It is kept exactly as it was' : 'They are kept exactly as they were'}, not deleted.
      </p>
      <p>
        <button type="button" onClick={save}>
          Download {total === 1 ? 'it' : 'them'} (JSON)
        </button>
      </p>
    </div>
  );
}
