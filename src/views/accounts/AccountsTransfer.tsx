import { useEffect, useId, useRef, useState } from 'react';
import { exportAccounts, importAccounts, replaceWouldRemove, type ImportMode } from '../../accounts/store';
import { accountLabel, type AccountRecord } from '../../accounts/types';
import { LIMITS } from '../../accounts/schema';
import { downloadText, readFileText } from '../../options/download';
import { AccountsCsvImport } from './AccountsCsvImport';
import { importSummary, megabytes, plural, type Outcome } from './transferWords';

/** Saves text as a file the browser downloads. */
export type Download = (fileName: string, text: string) => void;

/** The default download: the options page's one way to save a file (nothing leaves the device). */
export const downloadFile: Download = (fileName, text) => downloadText(fileName, text);

/** At most this many names in the replace confirmation, then "and N more". */
const NAMES_SHOWN = 5;

/** "This removes 2 accounts not in the file: Acme Logistics, Verdant Foods. Export yours first?" */
export function replaceQuestion(removed: readonly AccountRecord[]): string {
  const names = removed.slice(0, NAMES_SHOWN).map(accountLabel).join(', ');
  const more = removed.length > NAMES_SHOWN ? ` and ${removed.length - NAMES_SHOWN} more` : '';
  return `This removes ${plural(removed.length, 'account')} not in the file: ${names}${more}. Export yours first?`;
}

export interface AccountsTransferProps {
  /** How many accounts are stored (export is off with none). */
  count: number;
  download?: Download;
  /** The clock, for the export's file name and time. */
  now?: () => Date;
  /** Called when an export or import gives its outcome: the page's other messages are out of date. */
  onMessage?(): void;
  /** Changes when another part of the page shows a message: the last export's or import's goes. */
  otherMessage?: number;
  /** How the CSV import gives the page a turn between chunks of work (tests hold it to see the progress). */
  yieldNow?: () => Promise<void>;
}

/** A replace import waiting for the writer's yes: the file's text, and what it would remove. */
interface Confirm {
  fileName: string;
  text: string;
  question: string;
}

/**
 * Export (a JSON file with every account, for a backup or another computer)
 * and import (merge into the stored accounts, or replace them). An import is
 * checked whole before anything is stored: a bad file is refused with every
 * problem listed, and nothing changes. A replace that would remove accounts
 * asks first, naming them; after an import the mode goes back to merge.
 */
export function AccountsTransfer({ count, download = downloadFile, now = () => new Date(), onMessage, otherMessage, yieldNow }: AccountsTransferProps) {
  const id = `acct-io${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcomeState] = useState<Outcome>();
  const [confirm, setConfirm] = useState<Confirm>();
  const importButton = useRef<HTMLButtonElement>(null);
  const noButton = useRef<HTMLButtonElement>(null);
  const focusImport = useRef(false);

  useEffect(() => {
    if (confirm) noButton.current?.focus();
    else if (focusImport.current) {
      focusImport.current = false;
      importButton.current?.focus();
    }
  }, [confirm]);
  useEffect(() => setOutcomeState(undefined), [otherMessage]);

  const setOutcome = (next: Outcome) => {
    setOutcomeState(next);
    onMessage?.();
  };

  const doExport = async () => {
    if (count === 0) return;
    const time = now();
    const fileName = `trust-coach-accounts-${time.toISOString().slice(0, 10)}.json`;
    try {
      // The count is the file's: the list on screen can lag a change another page just stored.
      const file = await exportAccounts(time);
      download(fileName, file.text);
      setOutcome({ tone: 'ok', text: `Exported ${plural(file.count, 'account')} to ${fileName}.` });
    } catch {
      setOutcome({ tone: 'error', text: 'Couldn’t export your accounts. Please try again.', errors: [] });
    }
  };

  const refused = (fileName: string, errors: string[]): Outcome => ({ tone: 'error', text: `Couldn’t import ${fileName}. Nothing was changed.`, errors });

  /** Imports for real; a replace that removes accounts has been confirmed by now. */
  const store = async (fileName: string, text: string, how: ImportMode) => {
    const result = await importAccounts(text, how, now());
    if (!result.ok) {
      setOutcome(refused(fileName, result.errors));
      return;
    }
    setMode('merge');
    setOutcome({ tone: 'ok', text: `Imported ${fileName}: ${importSummary(result)}.` });
  };

  const doImport = async () => {
    if (busy) return;
    if (!file) {
      setOutcome({ tone: 'error', text: 'Choose a file to import first.', errors: [] });
      return;
    }
    // The size first: a file far too big is refused without reading it into memory.
    if (file.size > LIMITS.fileBytes) {
      setOutcome({
        tone: 'error',
        text: `Couldn’t import ${file.name}: the file is too big (${megabytes(file.size)}). A Trust Coach accounts file is at most ${megabytes(LIMITS.fileBytes)}. Nothing was changed.`,
        errors: [],
      });
      return;
    }
    setBusy(true);
    try {
      const text = await readFileText(file, LIMITS.fileBytes);
      if (mode === 'replace') {
        const check = await replaceWouldRemove(text);
        if (!check.ok) {
          setOutcome(refused(file.name, check.errors));
          return;
        }
        if (check.removed.length > 0) {
          setConfirm({ fileName: file.name, text, question: replaceQuestion(check.removed) });
          return;
        }
      }
      await store(file.name, text, mode);
    } catch {
      setOutcome({ tone: 'error', text: `Couldn’t read ${file.name}. Nothing was changed.`, errors: [] });
    } finally {
      setBusy(false);
    }
  };

  const answer = async (yes: boolean) => {
    const asked = confirm;
    focusImport.current = true;
    setConfirm(undefined);
    if (!yes || !asked) return;
    setBusy(true);
    try {
      await store(asked.fileName, asked.text, 'replace');
    } catch {
      setOutcome({ tone: 'error', text: `Couldn’t import ${asked.fileName}. Nothing was changed.`, errors: [] });
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
              setOutcomeState(undefined);
              setConfirm(undefined);
            }}
          />
        </div>
        <div className="acct-modes" role="radiogroup" aria-label="How to import">
          <label>
            <input type="radio" name={`${id}-mode`} value="merge" checked={mode === 'merge'} onChange={() => (setMode('merge'), setConfirm(undefined))} />
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
        {confirm ? (
          <div className="acct-confirm" role="group" aria-labelledby={`${id}-confirm`}>
            <p id={`${id}-confirm`}>{confirm.question}</p>
            <p className="acct-actions">
              <button type="button" onClick={() => void answer(true)}>
                Yes, replace
              </button>
              <button type="button" ref={noButton} onClick={() => void answer(false)}>
                No
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button type="button" className="primary" ref={importButton} onClick={() => void doImport()} aria-disabled={busy || undefined}>
              {busy ? 'Importing…' : 'Import'}
            </button>
          </p>
        )}
      </fieldset>
      <AccountsCsvImport now={now} report={(next) => (next ? setOutcome(next) : setOutcomeState(undefined))} {...(yieldNow ? { yieldNow } : {})} />
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
