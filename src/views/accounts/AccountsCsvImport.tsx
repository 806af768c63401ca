import { useEffect, useMemo, useRef, useState } from 'react';
import { readFileText } from '../../options/download';
import {
  addCrmAccount,
  cannotImport,
  countsText,
  CSV_FIELDS,
  CSV_LIMITS,
  csvAccounts,
  describeExport,
  mapRow,
  nextTurn,
  readCsv,
  recognizeColumns,
  rowList,
  SKIP_REASONS,
  skippedLines,
  type CsvField,
  type CsvMapping,
  type CsvTable,
} from '../../accounts/csv';
import { importAccountRecords } from '../../accounts/store';
import { accountLabel } from '../../accounts/types';
import { importSummary, megabytes, plural, type Outcome } from './transferWords';
import './csv-import.css';

/** Rows the preview shows. */
const PREVIEW_ROWS = 5;

export interface AccountsCsvImportProps {
  /** The clock: the imported accounts' updatedAt. */
  now: () => Date;
  /** Shows an outcome (a summary, or a refusal with its problems) where the section shows them. */
  report(outcome: Outcome | undefined): void;
  /** Waits between chunks of work so the page stays responsive; tests hold it to see the progress. */
  yieldNow?: () => Promise<void>;
}

type Phase =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; fraction: number }
  | { step: 'preview'; fileName: string; table: CsvTable; importing?: number };

/** "Rows 2 and 5 (“Acme”)": where an account came from, for a problem found in it. */
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Progress({ id, label, fraction }: { id: string; label: string; fraction: number }) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="acct-progress">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}

/** The first rows as they would be imported: their account, name, person and notes, or why they are skipped. */
function PreviewTable({ id, table, mapping }: { id: string; table: CsvTable; mapping: CsvMapping }) {
  const rows = [];
  for (let i = 0; i < table.rows.length && rows.length < PREVIEW_ROWS; i++) {
    const r = mapRow(table.rows[i]!, i, mapping, table.headers.length);
    if (!('blank' in r)) rows.push(r);
  }
  return (
    <div className="acct-preview-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="acct-preview">
        <caption id={`${id}-caption`}>The first {plural(rows.length, 'row')} as they would be imported</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Account</th>
            <th scope="col">Company name</th>
            <th scope="col">Person</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            'skipped' in r ? (
              <tr key={r.row} className="is-skipped">
                <th scope="row">{r.row}</th>
                <td colSpan={4}>
                  Skipped: {SKIP_REASONS[r.skipped]}
                  {r.detail ? ` (${r.detail})` : ''}
                </td>
              </tr>
            ) : (
              <tr key={r.row}>
                <th scope="row">{r.row}</th>
                <td>{r.key}</td>
                <td>{r.name ?? ''}</td>
                <td>{r.person ? `${r.person.name}${r.person.role ? `, ${r.person.role}` : ''}` : ''}</td>
                <td>{[...r.notes, ...r.lastInteraction].join(' · ')}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Import from a CRM's CSV export (Salesforce or HubSpot accounts,
 * companies or contacts). Choosing the file reads it (with progress) and
 * shows what it would import: the column for each field, which the writer can
 * change, the first rows as they would become accounts, and how many
 * accounts come from how many rows, with the rows skipped and why. Nothing is
 * stored until Import, which checks every account and merges them into the
 * stored ones through the same path as the JSON import, adding to the notes
 * already there. The parsing and mapping are in csv.ts.
 */
export function AccountsCsvImport({ now, report, yieldNow = nextTurn }: AccountsCsvImportProps) {
  const id = 'acct-csv';
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [mapping, setMapping] = useState<CsvMapping>();
  const fileInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  /** The file being read: a newer choice makes an older read's result stale. */
  const reading = useRef(0);
  const focusNext = useRef<'heading' | 'file'>(undefined);

  const table = phase.step === 'preview' ? phase.table : undefined;
  // Redone when the mapping changes (string work, quick even for 10,000 rows); the time is set at Import.
  const result = useMemo(() => (table && mapping ? csvAccounts(table, mapping, new Date(0)) : undefined), [table, mapping]);
  const problem = result && mapping ? cannotImport(result, mapping) : undefined;

  useEffect(() => {
    if (focusNext.current === 'heading' && phase.step === 'preview') heading.current?.focus();
    if (focusNext.current === 'file' && phase.step === 'idle') fileInput.current?.focus();
    focusNext.current = undefined;
  }, [phase.step]);

  const refuse = (fileName: string, errors: string[], text = `Couldn’t import ${fileName}. Nothing was changed.`) => report({ tone: 'error', text, errors });

  const choose = async (file: File | undefined) => {
    const token = ++reading.current;
    report(undefined);
    if (!file) return setPhase({ step: 'idle' });
    if (file.size > CSV_LIMITS.fileBytes) {
      setPhase({ step: 'idle' });
      return refuse(file.name, [], `Couldn’t import ${file.name}: the file is too big (${megabytes(file.size)}). A CSV file is at most ${megabytes(CSV_LIMITS.fileBytes)}: export fewer rows, or split it. Nothing was changed.`);
    }
    setPhase({ step: 'reading', fileName: file.name, fraction: 0 });
    try {
      const text = await readFileText(file, CSV_LIMITS.fileBytes);
      const read = await readCsv(text, { yieldNow, onProgress: (fraction) => token === reading.current && setPhase({ step: 'reading', fileName: file.name, fraction }) });
      if (token !== reading.current) return;
      if (!read.ok) {
        setPhase({ step: 'idle' });
        return refuse(file.name, read.errors);
      }
      setMapping(recognizeColumns(read.table.headers));
      focusNext.current = 'heading';
      setPhase({ step: 'preview', fileName: file.name, table: read.table });
    } catch {
      if (token !== reading.current) return;
      setPhase({ step: 'idle' });
      refuse(file.name, [], `Couldn’t read ${file.name}. Nothing was changed.`);
    }
  };

  const cancel = () => {
    reading.current++;
    if (fileInput.current) fileInput.current.value = '';
    focusNext.current = 'file';
    setPhase({ step: 'idle' });
  };

  const doImport = async () => {
    if (phase.step !== 'preview' || phase.importing !== undefined || !result || problem) return;
    const { fileName } = phase;
    const at = (fraction: number) => setPhase((p) => (p.step === 'preview' ? { ...p, importing: fraction } : p));
    at(0);
    const label = (i: number) => `${capitalize(rowList(result.sources[i] ?? []))} (“${accountLabel(result.accounts[i]!)}”)`;
    try {
      const time = now();
      const accounts = result.accounts.map((a) => ({ ...a, updatedAt: time.toISOString() }));
      const stored = await importAccountRecords(accounts, time, { combine: addCrmAccount, label, onProgress: at, yieldNow });
      if (!stored.ok) {
        setPhase((p) => (p.step === 'preview' ? { step: 'preview', fileName: p.fileName, table: p.table } : p));
        importButton.current?.focus();
        return refuse(fileName, stored.errors);
      }
      const skipped = result.skipped.length ? ` ${plural(result.skipped.length, 'row')} skipped (no company domain, or past a limit).` : '';
      if (fileInput.current) fileInput.current.value = '';
      focusNext.current = 'file';
      setPhase({ step: 'idle' });
      report({ tone: 'ok', text: `Imported ${fileName}: ${importSummary(stored)}.${skipped}` });
    } catch {
      setPhase((p) => (p.step === 'preview' ? { step: 'preview', fileName: p.fileName, table: p.table } : p));
      refuse(fileName, []);
    }
  };

  const setField = (field: CsvField, value: string) => setMapping((m) => m && { ...m, [field]: value === '' ? null : Number(value) });
  const importing = phase.step === 'preview' ? phase.importing : undefined;
  const skipped = result ? skippedLines(result.skipped) : [];
  const source = table ? describeExport(table.headers) : undefined;

  return (
    <fieldset className="acct-import acct-csv">
      <legend>Import from your CRM</legend>
      <p className="muted" id={`${id}-help`}>
        A CSV export of accounts, companies or contacts from Salesforce or HubSpot. You see what it would import, and can change which column is which, before anything is saved.
      </p>
      <div className="acct-field-edit">
        <label htmlFor={`${id}-file`}>CRM export (.csv)</label>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-help`}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {phase.step === 'reading' && <Progress id={`${id}-reading`} label={`Reading ${phase.fileName}…`} fraction={phase.fraction} />}
      {phase.step === 'preview' && mapping && result && (
        <div className="acct-csv-preview" role="group" aria-labelledby={`${id}-heading`}>
          <h4 id={`${id}-heading`} ref={heading} tabIndex={-1}>
            Check {phase.fileName} before importing
          </h4>
          <div role="status">
            <p>
              {source ? `This looks like ${source}. ` : ''}
              {countsText(result)}
            </p>
            {skipped.length > 0 && (
              <ul className="acct-errors">
                {skipped.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
          <fieldset className="acct-mapping">
            <legend>Which column is which</legend>
            {CSV_FIELDS.map((f) => (
              <div key={f.id} className="acct-mapping-field">
                <label htmlFor={`${id}-map-${f.id}`}>{f.label}</label>
                <select id={`${id}-map-${f.id}`} value={mapping[f.id] ?? ''} disabled={importing !== undefined} onChange={(e) => setField(f.id, e.target.value)}>
                  <option value="">Not imported</option>
                  {phase.table.headers.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `Column ${i + 1} (no name)`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <PreviewTable id={id} table={phase.table} mapping={mapping} />
          {problem && (
            <p className="notice error" id={`${id}-problem`}>
              {problem}
            </p>
          )}
          {importing !== undefined && <Progress id={`${id}-importing`} label={`Importing ${phase.fileName}…`} fraction={importing} />}
          <p className="acct-actions">
            <button
              type="button"
              className="primary"
              ref={importButton}
              onClick={() => void doImport()}
              aria-disabled={problem || importing !== undefined ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
            >
              {importing !== undefined ? 'Importing…' : `Import ${plural(result.accounts.length, 'account')}`}
            </button>
            <button type="button" onClick={cancel} disabled={importing !== undefined}>
              Cancel
            </button>
          </p>
        </div>
      )}
    </fieldset>
  );
}
