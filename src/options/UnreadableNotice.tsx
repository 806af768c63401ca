import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { serializeUnreadable } from '../storage/unreadable';
import { downloadText } from './download';
import { describeCounts, loadUnreadable, type UnreadableReport } from './unreadable';

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
    const load = () =>
      void loadUnreadable().then(
        (r) => live && setReport(r),
        () => undefined,
      );
    load();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'local') load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
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
