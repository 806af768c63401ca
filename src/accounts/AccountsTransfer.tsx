import { useId, useState } from 'react';
import { exportAccounts, importAccounts, type ImportMode } from './store';
import { downloadText } from '../options/download';

/** Saves text as a file the browser downloads. */
export type Download = (fileName: string, text: string) => void;

/** The default download: the options page's one way to save a file (nothing leaves the device). */
export const downloadFile: Download = (fileName, text) => downloadText(fileName, text);

type Outcome = { tone: 'ok'; text: string } | { tone: 'error'; text: string; errors: string[] };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function importSummary(r: { added: number; updated: number; unchanged: number; removed: number }): string {
  const parts = [`${r.added} added`, `${r.updated} updated`];
  if (r.unchanged) parts.push(`${r.unchanged} already up to date`);
  if (r.removed) parts.push(`${r.removed} removed`);
  return parts.join(', ');
}

export interface AccountsTransferProps {
  /** How many accounts are stored (export is off with none). */
  count: number;
  download?: Download;
  /** The clock, for the export's file name and time. */
  now?: () => Date;
}

/**
 * Export (a JSON file with every account, for a backup or another computer)
 * and import (merge into the stored accounts, or replace them). An import is
 * checked whole before anything is stored: a bad file is refused with every
 * problem listed, and nothing changes.
 */
export function AccountsTransfer({ count, download = downloadFile, now = () => new Date() }: AccountsTransferProps) {
  const id = `acct-io${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const doExport = async () => {
    if (count === 0) return;
    const time = now();
    const fileName = `trust-coach-accounts-${time.toISOString().slice(0, 10)}.json`;
    try {
      download(fileName, await exportAccounts(time));
      setOutcome({ tone: 'ok', text: `Exported ${plural(count, 'account')} to ${fileName}.` });
    } catch {
      setOutcome({ tone: 'error', text: 'Couldn’t export your accounts. Please try again.', errors: [] });
    }
  };

  const doImport = async () => {
    if (!file) {
      setOutcome({ tone: 'error', text: 'Choose a file to import first.', errors: [] });
      return;
    }
    setBusy(true);
    try {
      const result = await importAccounts(await file.text(), mode, now());
      setOutcome(
        result.ok
          ? { tone: 'ok', text: `Imported ${file.name}: ${importSummary(result)}.` }
          : { tone: 'error', text: `Couldn’t import ${file.name}. Nothing was changed.`, errors: result.errors },
      );
    } catch {
      setOutcome({ tone: 'error', text: `Couldn’t read ${file.name}. Nothing was changed.`, errors: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="acct-transfer">
      <p>
        Keep a copy of your notes, or move them to another computer. The file stays wherever you save it; Trust Coach sends it nowhere.
      </p>
      <p>
        <button type="button" onClick={() => void doExport()} aria-disabled={count === 0 || undefined} aria-describedby={count === 0 ? `${id}-none` : undefined}>
          Export all accounts
        </button>
        {count === 0 && (
          <span id={`${id}-none`} className="muted">
            {' '}
            Nothing to export yet.
          </span>
        )}
      </p>
      <fieldset className="acct-import">
        <legend>Import from a file</legend>
        <div className="acct-field-edit">
          <label htmlFor={`${id}-file`}>Trust Coach accounts file (.json)</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setOutcome(undefined);
            }}
          />
        </div>
        <div className="acct-modes" role="radiogroup" aria-label="How to import">
          <label>
            <input type="radio" name={`${id}-mode`} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            <span>
              <span className="label">Add to my accounts.</span> <span className="muted">An account in the file replaces yours with the same domain; the rest stay.</span>
            </span>
          </label>
          <label>
            <input type="radio" name={`${id}-mode`} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            <span>
              <span className="label">Replace all my accounts.</span> <span className="muted">Your accounts become exactly the ones in the file.</span>
            </span>
          </label>
        </div>
        <p>
          <button type="button" className="primary" onClick={() => void doImport()} aria-disabled={busy || undefined}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </p>
      </fieldset>
      {outcome?.tone === 'error' && (
        <div className="notice error" role="alert">
          <p>{outcome.text}</p>
          {outcome.errors.length > 0 && (
            <ul className="acct-errors">
              {outcome.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p className={outcome?.tone === 'ok' ? 'notice' : 'sr-only'} role="status">
        {outcome?.tone === 'ok' ? outcome.text : ''}
      </p>
    </div>
  );
}
