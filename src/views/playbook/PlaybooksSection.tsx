import { useMemo, useRef, useState } from 'react';
import { ruleById } from '../../options/rules-view';
import { downloadText, readFileText } from '../../options/download';
import { exportPlaybook, playbookFileName } from '../../playbook/export';
import { IssueList } from './IssueList';
import type { ManagedArea } from '../../playbook/managed';
import { PlaybookEditor } from './PlaybookEditor';
import { playbookTemplates } from '../../playbook/samples';
import type { Playbook } from '../../playbook/schema';
import { defaultManagedArea, deletePlaybook, importPlaybook, savePlaybook, setActive, type StoredPlaybook } from '../../playbook/store';
import { TwoStep } from './TwoStep';
import { usePlaybooks } from './usePlaybooks';
import { MAX_PLAYBOOK_CHARS, type PlaybookIssue } from '../../playbook/validate';
import './playbooks.css';

export interface PlaybooksSectionProps {
  /** Where the administrator's policy is read; the browser's managed storage by default. */
  managedArea?: ManagedArea | undefined;
  /** Saves an exported file; a browser download by default. */
  download?: (fileName: string, text: string) => void;
}

/** "Version 2026.11 · 3 phrases · 2 coach notes · 1 rule locked" */
export function summarize(p: Playbook): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const locked = Object.values(p.rules ?? {}).filter((r) => r?.locked).length;
  return [
    `Version ${p.version}`,
    n(p.phrases?.length ?? 0, 'phrase', 'phrases'),
    n(p.coachNotes?.length ?? 0, 'coach note', 'coach notes'),
    ...(locked > 0 ? [`${n(locked, 'rule', 'rules')} locked`] : []),
  ].join(' · ');
}

interface Editing {
  id?: string;
  initial: Playbook;
}

/**
 * The Playbooks section of the settings page: pick the playbook to coach
 * with, import, export, create, edit and delete. The administrator's
 * playbook, when set, is shown first, is always the one in use, and can't be
 * changed here. A bad file is refused with each error's place and reason, and
 * nothing changes.
 */
export function PlaybooksSection({ managedArea, download = downloadText }: PlaybooksSectionProps) {
  const area = useMemo(() => managedArea ?? defaultManagedArea(), [managedArea]);
  const { state, loadFailed, reload } = usePlaybooks(area);
  const [editing, setEditing] = useState<Editing>();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [importFailure, setImportFailure] = useState<{ file: string; errors: PlaybookIssue[]; attempt: number }>();
  const [template, setTemplate] = useState('blank');
  const templates = useMemo(() => playbookTemplates(), []);
  /** Numbers import failures: each gets a fresh alert, so the same errors are announced again. */
  const failures = useRef(0);

  if (loadFailed) {
    return (
      <p className="notice error" role="alert">
        Couldn’t read your playbooks. Close this tab and open Settings again.
      </p>
    );
  }
  if (!state) return <p className="muted">Loading your playbooks…</p>;

  const { library, managed, locked } = state;
  const managedPlaybook = managed.playbook;
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  /** Runs a storage change; says what happened, or that it failed. */
  const act = async (work: () => Promise<string | undefined>) => {
    setProblem('');
    try {
      const said = await work();
      await reload();
      if (said) setStatus(said);
    } catch {
      setProblem('Couldn’t save that change on this device. Please try again.');
      await reload();
    }
  };

  const pick = (entry: StoredPlaybook | undefined) =>
    act(async () => {
      await setActive(entry?.id);
      return entry ? `Now coaching with “${entry.playbook.name}”.` : 'No playbook: the coach uses its built-in settings.';
    });

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus('');
    let text: string;
    try {
      text = await readFileText(file, MAX_PLAYBOOK_CHARS * 4);
    } catch {
      setImportFailure({ file: file.name, errors: [{ path: '', message: 'couldn’t be read: is it a playbook (.json) file of a few kilobytes?' }], attempt: ++failures.current });
      input.value = '';
      return;
    }
    input.value = '';
    await act(async () => {
      const result = await importPlaybook(text);
      if (!result.ok) {
        setImportFailure({ file: file.name, errors: result.errors, attempt: ++failures.current });
        return undefined;
      }
      setImportFailure(undefined);
      const name = result.playbook.name;
      const inUse = result.activated ? ' It is now the playbook in use: every email is coached with it.' : '';
      return result.updatedFrom
        ? `Updated “${name}” from version ${result.updatedFrom.playbook.version} to ${result.playbook.version}.${inUse}`
        : `Imported “${name}”.${inUse || ' To coach with it, choose it under Playbook in use.'}`;
    });
  };

  const closeEditor = (savedId?: string) => {
    const was = editing;
    setEditing(undefined);
    if (savedId) void reload();
    focusLater(savedId ? `pb-edit-${savedId}` : was?.id ? `pb-edit-${was.id}` : 'pb-new-button');
  };

  const statusRegion = (
    <p className="pb-status" role="status">
      {status}
    </p>
  );

  if (editing) {
    return (
      <div className="pb">
        <PlaybookEditor
          initial={editing.initial}
          id={editing.id}
          onSave={async (playbook, id) => {
            const result = await savePlaybook(playbook, id);
            if (result.ok) setStatus(`Saved “${playbook.name}”.${result.activated ? ' It is now the playbook in use: every email is coached with it.' : ''}`);
            return result;
          }}
          onClose={closeEditor}
        />
        {statusRegion}
      </div>
    );
  }

  const managedActive = managedPlaybook !== undefined;
  const lockedTitles = locked.map((id) => ruleById(id)?.title ?? id);

  return (
    <div className="pb">
      <div className="pb-list">
        <p>
          A playbook is your team’s own coaching: phrases to avoid or include, notes from your manager, and how much each part of the score counts. Pick one and every email you write is
          coached with it.
        </p>

        {managedPlaybook && (
          <div className="notice pb-managed-note">
            <p>
              <span className="label">Set by your administrator:</span> “{managedPlaybook.name}” (version {managedPlaybook.version}) is the playbook everyone on your team coaches
              with. It can’t be edited or deleted here.
            </p>
          </div>
        )}
        {managed.problems.map((p) => (
          <div className="notice error" key={p.key}>
            <p>{p.message}</p>
            <IssueList errors={p.errors} whole="The policy" />
          </div>
        ))}
        {lockedTitles.length > 0 && (
          <p className="pb-locked">
            <span className="label">Locked for your team:</span> {lockedTitles.join(', ')}. These rules follow the playbook; you can’t turn them on or off yourself.
          </p>
        )}

        {state.unreadableActive && !managedActive && (
          <div className="notice error pb-unreadable-active" role="status">
            <p>
              The playbook you picked{state.unreadableActive.name ? `, “${state.unreadableActive.name}”,` : ''} can’t be read by this version of Trust Coach (it may come from a newer
              version, or be damaged), so no playbook is coaching your emails right now. It is kept, not deleted: download it from the notice at the top of this page. It stays
              picked until you choose another playbook below.
            </p>
          </div>
        )}
        <fieldset className="pb-pick">
          <legend>Playbook in use</legend>
          {managedPlaybook && (
            <div className="pb-choice is-managed">
              <div className="pb-choice-head">
                <input type="radio" name="pb-active" id="pb-use-managed" checked readOnly aria-describedby="pb-sum-managed" />
                <label htmlFor="pb-use-managed" className="pb-choice-name">
                  {managedPlaybook.name}
                </label>
                <span className="pb-badge">Set by your administrator</span>
              </div>
              <p id="pb-sum-managed" className="pb-summary muted">
                {summarize(managedPlaybook)}
              </p>
              <div className="pb-row-actions">
                <button type="button" aria-label={`Export ${managedPlaybook.name}`} onClick={() => download(playbookFileName(managedPlaybook), exportPlaybook(managedPlaybook))}>
                  Export
                </button>
              </div>
            </div>
          )}
          <div className="pb-choice">
            <div className="pb-choice-head">
              <input type="radio" name="pb-active" id="pb-use-none" checked={!managedActive && library.activeId === undefined && !state.unreadableActive} disabled={managedActive} onChange={() => void pick(undefined)} />
              <label htmlFor="pb-use-none" className="pb-choice-name">
                No playbook
              </label>
            </div>
            <p className="pb-summary muted">The coach’s built-in rules and weights.</p>
          </div>
          {library.playbooks.map((entry) => {
            const p = entry.playbook;
            return (
              <div className="pb-choice" key={entry.id}>
                <div className="pb-choice-head">
                  <input
                    type="radio"
                    name="pb-active"
                    id={`pb-use-${entry.id}`}
                    checked={!managedActive && library.activeId === entry.id}
                    disabled={managedActive}
                    onChange={() => void pick(entry)}
                    aria-describedby={`pb-sum-${entry.id}`}
                  />
                  <label htmlFor={`pb-use-${entry.id}`} className="pb-choice-name">
                    {p.name}
                  </label>
                </div>
                <p id={`pb-sum-${entry.id}`} className="pb-summary muted">
                  {summarize(p)}
                </p>
                <div className="pb-row-actions">
                  <button
                    type="button"
                    id={`pb-edit-${entry.id}`}
                    aria-label={`Edit ${p.name}`}
                    onClick={() => {
                      setStatus('');
                      setEditing({ id: entry.id, initial: structuredClone(p) });
                    }}
                  >
                    Edit
                  </button>
                  <button type="button" aria-label={`Export ${p.name}`} onClick={() => download(playbookFileName(p), exportPlaybook(p))}>
                    Export
                  </button>
                  <TwoStep
                    label="Delete"
                    srLabel={p.name}
                    question={`Delete “${p.name}” from this device?`}
                    confirmLabel="Delete"
                    keepLabel="Keep it"
                    onConfirm={() =>
                      void act(async () => {
                        await deletePlaybook(entry.id);
                        focusLater('pb-use-none');
                        return `Deleted “${p.name}”.`;
                      })
                    }
                  />
                </div>
              </div>
            );
          })}
        </fieldset>

        <div className="pb-tools">
          <div className="pb-new">
            <label htmlFor="pb-template" className="label">
              Start a new playbook from
            </label>
            <div className="pb-inline">
              <select id="pb-template" value={template} onChange={(e) => setTemplate(e.target.value)}>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </select>
              <button
                type="button"
                id="pb-new-button"
                onClick={() => {
                  const t = templates.find((x) => x.id === template) ?? templates[0]!;
                  setStatus('');
                  setEditing({ initial: structuredClone(t.playbook) });
                }}
              >
                New playbook
              </button>
            </div>
          </div>
          <div className="pb-import">
            <label htmlFor="pb-import" className="label">
              Import a playbook file
            </label>
            <input id="pb-import" type="file" accept=".json,application/json" aria-describedby="pb-import-help" onChange={(e) => void onImport(e.currentTarget)} />
            <p id="pb-import-help" className="opt-help muted">
              A .json playbook, e.g. from your manager. A playbook with the same name as one you have replaces it.
            </p>
          </div>
        </div>

        {importFailure && (
          <div className="notice error" role="alert" key={importFailure.attempt}>
            <p>
              Couldn’t import “{importFailure.file}”, so your playbooks haven’t changed. {importFailure.errors.length === 1 ? 'The problem:' : `${importFailure.errors.length} problems:`}
            </p>
            <IssueList errors={importFailure.errors} />
          </div>
        )}
        {problem && (
          <p className="notice error" role="alert">
            {problem}
          </p>
        )}
      </div>
      {statusRegion}
    </div>
  );
}
