import { useEffect, useState } from 'react';
import type { PromiseSettings } from '../../promises/types';
import { loadPromiseSettings, savePromiseSettings, watchPromiseSettings } from '../../promises/store';

const LEADS = [
  [15, '15 minutes'],
  [30, '30 minutes'],
  [60, '1 hour'],
  [120, '2 hours'],
  [240, '4 hours'],
  [1440, '1 day'],
] as const;

/** The options page's reminder settings: how early, when the working day starts, and whether to keep email text. */
export function RemindersSection() {
  const [settings, setSettings] = useState<PromiseSettings>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadPromiseSettings().then(setSettings);
    return watchPromiseSettings(setSettings);
  }, []);
  if (!settings) return <p className="muted">Loading…</p>;
  const save = (patch: Partial<PromiseSettings>) => {
    setSettings({ ...settings, ...patch });
    savePromiseSettings(patch).then(
      (next) => {
        setSettings(next);
        setStatus('Saved.');
      },
      () => setStatus('Couldn’t save that change. Please try again.'),
    );
  };
  return (
    <>
      <p>When you send an email that promises something with a time, Trust Coach reminds you before it is due, even if the browser was closed in between.</p>
      <div className="opt-site-row">
        <label htmlFor="reminder-lead" className="label">Remind me</label>
        <select id="reminder-lead" value={settings.leadMinutes} onChange={(e) => save({ leadMinutes: Number(e.target.value) })}>
          {LEADS.map(([m, label]) => (
            <option key={m} value={m}>{label} before it is due</option>
          ))}
        </select>
      </div>
      <div className="opt-site-row">
        <label htmlFor="reminder-workday" className="label">My working day starts at</label>
        <input id="reminder-workday" type="time" value={settings.workdayStart} onChange={(e) => e.target.value && save({ workdayStart: e.target.value })} aria-describedby="reminder-workday-help" />
      </div>
      <p id="reminder-workday-help" className="muted">Promises with a day but no time (“by Friday”) are reminded then, that morning.</p>
      <div className="opt-site-row">
        <input id="reminder-text" type="checkbox" checked={settings.keepEmailText} onChange={(e) => save({ keepEmailText: e.target.checked })} aria-describedby="reminder-text-help" />
        <label htmlFor="reminder-text">Keep the text of emails with promises</label>
      </div>
      <p id="reminder-text-help" className="muted">Off by default: Trust Coach keeps only the promise, who it was to, the subject and a link back. The text stays on this device either way.</p>
      <p className="sr-only" role="status">{status}</p>
    </>
  );
}
