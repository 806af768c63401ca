import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { AccountCard } from './AccountCard';
import { AccountsTransfer, type Download } from './AccountsTransfer';
import { normalizeAccountKey } from '../../accounts/key';
import { deleteAccount, filterAccounts, saveAccount } from '../../accounts/store';
import { accountLabel, type AccountRecord } from '../../accounts/types';
import { useAccounts } from './useAccounts';
import './accounts.css';

export interface AccountsSectionProps {
  /** Saves the export file; by default the browser downloads it. */
  download?: Download;
  /** The clock, for the export's file name and time. */
  now?: () => Date;
  /** How a CSV import gives the page a turn between chunks of work. */
  yieldNow?: () => Promise<void>;
}

/**
 * Accounts listed at first, and added by each "Show more": a long list costs
 * the page its opening (200 accounts were a third of the options page's
 * work before it could be used). Search always looks through every account.
 */
export const ACCOUNTS_PAGE = 50;

/** One formatter for the whole list: making one costs far more than using it (about 0.25 ms each, twice per account). */
let dayFormat: Intl.DateTimeFormat | undefined;

function updatedText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime()) || d.getTime() === 0) return '';
  dayFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return `Updated ${dayFormat.format(d)}`;
}

/** One account in the list: its name, a button to open its card, and Delete with a second-click confirm. */
function AccountItem({
  record,
  isNew,
  open,
  confirming,
  openRef,
  onToggle,
  onAskDelete,
  onDelete,
  onKeep,
}: {
  record: AccountRecord | undefined;
  /** For an account being added: its key (it is stored on the first save). */
  isNew?: string;
  open: boolean;
  confirming: boolean;
  /** The button that opens the card: "Show more" moves focus to the first one it adds. */
  openRef?: (el: HTMLButtonElement | null) => void;
  onToggle(): void;
  onAskDelete(): void;
  onDelete(): void;
  onKeep(): void;
}) {
  const key = record?.key ?? isNew ?? '';
  const label = record ? accountLabel(record) : key;
  const cardId = `acct-card-${key.replace(/[^a-z0-9]/gi, '-')}`;
  const updated = record ? updatedText(record.updatedAt) : '';
  const noButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) noButton.current?.focus();
  }, [confirming]);
  return (
    <li className="acct-item">
      <div className="acct-item-head">
        <div>
          <button type="button" ref={openRef} className="acct-item-open" aria-expanded={open} aria-controls={open ? cardId : undefined} onClick={onToggle}>
            {label}
          </button>
          <div className="acct-item-meta muted">
            {record?.name && <span>{record.key}</span>}
            {record?.name && updated && <span> · </span>}
            {record ? <span>{updated}</span> : <span>New: not saved yet</span>}
          </div>
        </div>
        {record && (
          <div className="acct-item-actions">
            {confirming ? (
              <>
                <span>Delete?</span>
                <button type="button" onClick={onDelete}>
                  Yes<span className="sr-only">, delete {label}</span>
                </button>
                <button type="button" ref={noButton} onClick={onKeep}>
                  No<span className="sr-only">, keep {label}</span>
                </button>
              </>
            ) : (
              <button type="button" className="quiet" onClick={onAskDelete}>
                Delete{' '}<span className="sr-only">{label}</span>
              </button>
            )}
          </div>
        )}
      </div>
      {open && (
        <div id={cardId}>
          <AccountCard accountKey={key} record={record} recipients={[]} onSave={(r) => saveAccount(r)} headingLevel={4} showTitle={false} />
        </div>
      )}
    </li>
  );
}

/**
 * The options page's Accounts section: every account the writer keeps notes
 * on, with search, add, edit (the account card), delete, and export/import as
 * a JSON file. Reads and writes extension storage itself.
 */
export function AccountsSection({ download, now, yieldNow }: AccountsSectionProps = {}) {
  const id = `acct-sec${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { accounts, loadFailed } = useAccounts();
  const [query, setQuery] = useState('');
  const [openKey, setOpenKey] = useState<string>();
  const [adding, setAdding] = useState<string>();
  const [newKey, setNewKey] = useState('');
  const [addError, setAddError] = useState<string>();
  const [confirmKey, setConfirmKey] = useState<string>();
  const [status, setStatus] = useState('');
  const [deleteError, setDeleteError] = useState<string>();
  /** Bumped when this section says something: the export/import message goes, so only the latest action's shows. */
  const [said, setSaid] = useState(0);
  /** How many of the (matching) accounts the list shows. */
  const [limit, setLimit] = useState(ACCOUNTS_PAGE);
  /** After "Show more": the row whose button takes focus, so the keyboard carries on where the list did. */
  const [focusRow, setFocusRow] = useState<number>();
  const firstAdded = useRef<HTMLButtonElement | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const addBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRow === undefined) return;
    firstAdded.current?.focus();
    setFocusRow(undefined);
  }, [focusRow]);

  // An account being added stops being "new" once it is stored: deleting it later, or an import, must not bring it back blank.
  const addedStored = !!adding && !!accounts?.some((r) => r.key === adding);
  useEffect(() => {
    if (addedStored) setAdding(undefined);
  }, [addedStored]);

  const say = (text: string) => {
    setStatus(text);
    setSaid((n) => n + 1);
  };

  if (loadFailed) {
    return (
      <p className="notice error" role="alert">
        Couldn’t read your account notes. Close this tab and open Settings again.
      </p>
    );
  }
  if (!accounts) return <p className="muted">Loading your accounts…</p>;

  const shown = filterAccounts(accounts, query);
  // An account being added shows until its first save puts it in the list.
  const pending = adding && !addedStored ? adding : undefined;
  // One list, keyed by account, so the new account's card stays the same card when its first save moves it into place.
  const rows: { key: string; record?: AccountRecord }[] = [...(pending ? [{ key: pending }] : []), ...shown.map((r) => ({ key: r.key, record: r }))];
  // The first `limit` rows, and always as far as the open account (the add box opens one that may be further down).
  const listed = Math.max(limit, rows.findIndex((r) => r.key === openKey) + 1);
  const more = rows.length - listed;

  const add = (e: FormEvent) => {
    e.preventDefault();
    const key = normalizeAccountKey(newKey);
    if (!key) {
      setAddError('Enter an email domain like northwind.com, or a free-mail address like dana@gmail.com.');
      return;
    }
    setAddError(undefined);
    setNewKey('');
    setQuery('');
    const existing = accounts.find((r) => r.key === key);
    if (existing) say(`${accountLabel(existing)} is already in your list: its notes are open below.`);
    else {
      setAdding(key);
      say(`Added ${key}. Write your notes below, then Save.`);
    }
    setOpenKey(key);
  };

  const remove = async (record: AccountRecord) => {
    setConfirmKey(undefined);
    setDeleteError(undefined);
    try {
      await deleteAccount(record.key);
      if (openKey === record.key) setOpenKey(undefined);
      if (adding === record.key) setAdding(undefined);
      say(`Deleted ${accountLabel(record)}.`);
      // The list's search box goes with the last account; the add box is always there.
      (accounts.length > 1 ? searchBox : addBox).current?.focus();
    } catch {
      setDeleteError(`Couldn’t delete ${accountLabel(record)}. Please try again.`);
    }
  };

  const item = (record: AccountRecord | undefined, key: string, index: number) => (
    <AccountItem
      key={key}
      record={record}
      isNew={record ? undefined : key}
      open={openKey === key}
      confirming={confirmKey === key}
      {...(index === focusRow ? { openRef: (el: HTMLButtonElement | null) => void (firstAdded.current = el) } : {})}
      onToggle={() => setOpenKey(openKey === key ? undefined : key)}
      onAskDelete={() => setConfirmKey(key)}
      onDelete={() => record && void remove(record)}
      onKeep={() => setConfirmKey(undefined)}
    />
  );

  return (
    <div className="acct-section">
      <p>
        Your research on each customer’s organisation, kept on this device. When you write to someone there, the side panel shows these notes and which of them your email uses.
      </p>

      <form className="acct-add-form" onSubmit={add} noValidate>
        <label htmlFor={`${id}-new`} className="label">
          Add an account
        </label>
        <input
          id={`${id}-new`}
          ref={addBox}
          type="text"
          value={newKey}
          placeholder="northwind.com"
          autoComplete="off"
          aria-describedby={`${id}-new-help${addError ? ` ${id}-new-error` : ''}`}
          aria-invalid={addError ? true : undefined}
          onChange={(e) => setNewKey(e.target.value)}
        />
        <button type="submit">Add</button>
        <p id={`${id}-new-help`} className="acct-help muted">
          The email domain of the company, or the address of someone who uses Gmail, Outlook.com or similar.
        </p>
        {addError && (
          <p id={`${id}-new-error`} className="notice error" role="alert">
            {addError}
          </p>
        )}
      </form>

      <h3 id={`${id}-list-title`}>Your accounts</h3>
      {accounts.length > 0 && (
        <div className="acct-search">
          <label htmlFor={`${id}-search`} className="label">
            Search accounts
          </label>
          <input id={`${id}-search`} ref={searchBox} type="search" value={query} placeholder="Name, domain, person or note" onChange={(e) => setQuery(e.target.value)} />
        </div>
      )}
      {deleteError && (
        <p className="notice error" role="alert">
          {deleteError}
        </p>
      )}
      {accounts.length === 0 && !pending ? (
        <p className="muted">No accounts yet. Add one above, write notes from the side panel while you email someone, or import a file below.</p>
      ) : shown.length === 0 && !pending ? (
        <p className="muted">No account matches “{query}”.</p>
      ) : (
        <>
          <ul className="acct-list" aria-labelledby={`${id}-list-title`}>
            {rows.slice(0, listed).map((row, i) => item(row.record, row.key, i))}
          </ul>
          {more > 0 && (
            <div className="acct-more">
              <p id={`${id}-more`} className="muted">
                Showing {listed} of {rows.length} {query ? 'matching accounts' : 'accounts'}.
              </p>
              <button
                type="button"
                aria-describedby={`${id}-more`}
                onClick={() => {
                  setFocusRow(listed);
                  setLimit(listed + ACCOUNTS_PAGE);
                }}
              >
                Show {Math.min(more, ACCOUNTS_PAGE)} more
              </button>
            </div>
          )}
        </>
      )}

      <h3>Export and import</h3>
      <AccountsTransfer count={accounts.length} onMessage={() => setStatus('')} otherMessage={said} {...(download ? { download } : {})} {...(now ? { now } : {})} {...(yieldNow ? { yieldNow } : {})} />

      <p className="sr-only" role="status">
        {query && accounts.length > 0 ? `${shown.length} of ${accounts.length} accounts match.` : status}
      </p>
    </div>
  );
}
