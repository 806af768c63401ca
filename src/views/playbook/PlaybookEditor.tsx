import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ROLES, type Role } from '../../model/types';
import { ROLE_LABELS } from '../../panel/format';
import { CoachNotesEditor } from './editor/CoachNotesEditor';
import { cleanDraft, fieldIdCandidates } from './editor/draft';
import { errorMap, FieldErrors } from './editor/errors';
import { SelectField, TextField } from './editor/fields';
import { PhrasesEditor } from './editor/PhrasesEditor';
import { changedRules, RulesTable } from './editor/RulesTable';
import { WeightsEditor } from './editor/WeightsEditor';
import { exportPlaybook } from '../../playbook/export';
import { IssueList } from './IssueList';
import { LIMITS, RULE_IDS, type Playbook } from '../../playbook/schema';
import type { SaveResult } from '../../playbook/store';
import { TwoStep } from './TwoStep';
import { parsePlaybook, validatePlaybook, type PlaybookIssue } from '../../playbook/validate';

export interface PlaybookEditorProps {
  /** What the editor starts from: a stored playbook or a template. */
  initial: Playbook;
  /** The stored playbook's id; undefined for a new one. */
  id?: string | undefined;
  /** Stores the validated playbook (replacing `id`, or as a new one). */
  onSave: (playbook: Playbook, id: string | undefined) => Promise<SaveResult>;
  /** Closes the editor; `savedId` is set after a save. */
  onClose: (savedId?: string) => void;
}

type Tab = 'form' | 'json';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'form', label: 'Form' },
  { id: 'json', label: 'JSON' },
];

const ROLE_OPTIONS = [{ value: '' as const, label: 'Guess from each draft' }, ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))];

/** "All 32 rules: 2 changed by this playbook". */
function rulesSummary(changed: number): string {
  return `All ${RULE_IDS.length} rules: ${changed === 0 ? 'none changed yet' : `${changed} changed by this playbook`}`;
}

/** The first element that can take focus: the element itself or a control inside it. */
function focusable(el: HTMLElement | null): HTMLElement | null {
  if (!el) return null;
  if (el.matches('input, select, textarea, button, [tabindex]')) return el;
  return el.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]');
}

/**
 * Edits one playbook as a form or as JSON. Nothing is stored until Save, and
 * Save stores only a playbook that validates: otherwise the errors are
 * listed, each linked to its field, and storage is untouched. "Apply JSON"
 * likewise replaces the form only when the JSON is valid.
 */
export function PlaybookEditor({ initial, id, onSave, onClose }: PlaybookEditorProps) {
  const [draft, setDraft] = useState<Playbook>(initial);
  const [tab, setTab] = useState<Tab>('form');
  const [jsonText, setJsonText] = useState(() => exportPlaybook(cleanDraft(initial)));
  const [jsonDirty, setJsonDirty] = useState(false);
  const [jsonErrors, setJsonErrors] = useState<PlaybookIssue[]>();
  const [jsonNote, setJsonNote] = useState('');
  const [saveErrors, setSaveErrors] = useState<PlaybookIssue[]>();
  const [saveProblem, setSaveProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const [weightsRole, setWeightsRole] = useState<Role>(initial.defaultRole ?? 'prospecting');
  const [goTo, setGoTo] = useState<string>();
  /** Counts failed attempts: a new alert element each time, so the same errors are announced again. */
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const alertBox = useRef<HTMLDivElement>(null);
  const jsonBox = useRef<HTMLTextAreaElement>(null);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (goTo === undefined) return;
    for (const candidate of fieldIdCandidates(goTo)) {
      const el = focusable(document.getElementById(candidate));
      if (el) {
        // A field in the collapsed rule table: open it first.
        const details = el.closest('details');
        if (details) details.open = true;
        el.focus();
        break;
      }
    }
    setGoTo(undefined);
  }, [goTo]);

  /** After a failed Save, each field shows its problem; these follow the draft as it is fixed. */
  const fieldErrors = useMemo(() => {
    if (!saveErrors) return new Map<string, string>();
    const checked = validatePlaybook(cleanDraft(draft));
    return errorMap(checked.ok ? [] : checked.errors);
  }, [draft, saveErrors]);

  const title = id ? `Edit “${initial.name}”` : 'New playbook';
  const dirty = jsonDirty || JSON.stringify(cleanDraft(draft)) !== JSON.stringify(cleanDraft(initial));

  const change = (next: Playbook) => {
    setDraft(next);
    if (!jsonDirty) setJsonText(exportPlaybook(cleanDraft(next)));
  };

  const selectTab = (next: Tab, focus = false) => {
    if (next === 'json' && !jsonDirty) setJsonText(exportPlaybook(cleanDraft(draft)));
    setTab(next);
    if (focus) tabRefs.current[next]?.focus();
  };

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const to = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    selectTab(TABS[to]!.id, true);
  };

  /** Puts the JSON box's caret on the place a syntax error names, scrolled into view. */
  const showInJson = (at: NonNullable<PlaybookIssue['at']>) => {
    const box = jsonBox.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(at.offset, Math.min(at.offset + 1, box.value.length));
    const lineHeight = Number.parseFloat(getComputedStyle(box).lineHeight) || 20;
    box.scrollTop = Math.max(0, (at.line - 1) * lineHeight - box.clientHeight / 2);
    box.scrollIntoView?.({ block: 'nearest' });
  };

  /** Validates the JSON box; on success the form takes it over. */
  const applyJson = (): Playbook | undefined => {
    const parsed = parsePlaybook(jsonText);
    if (!parsed.ok) {
      setJsonErrors(parsed.errors);
      setAttempt((n) => n + 1);
      setJsonNote('');
      const at = parsed.errors.find((e) => e.at)?.at;
      if (at) showInJson(at);
      return undefined;
    }
    setDraft(parsed.playbook);
    setJsonErrors(undefined);
    setJsonDirty(false);
    setJsonText(exportPlaybook(cleanDraft(parsed.playbook)));
    if (parsed.playbook.weights && !parsed.playbook.weights[weightsRole]) setWeightsRole(parsed.playbook.defaultRole ?? weightsRole);
    return parsed.playbook;
  };

  const save = async () => {
    setSaveProblem('');
    let next: Playbook | undefined = draft;
    if (tab === 'json' && jsonDirty) {
      next = applyJson();
      if (!next) return;
    }
    const cleaned = cleanDraft(next);
    const checked = validatePlaybook(cleaned);
    if (!checked.ok) {
      setSaveErrors(checked.errors);
      setAttempt((n) => n + 1);
      requestAnimationFrame(() => alertBox.current?.focus());
      return;
    }
    setSaving(true);
    try {
      const result = await onSave(checked.playbook, id);
      if (result.ok) {
        onClose(result.id);
        return;
      }
      setSaveErrors(result.errors);
      setAttempt((n) => n + 1);
    } catch {
      setSaveProblem('Couldn’t save the playbook on this device. Please try again.');
    } finally {
      setSaving(false);
    }
  };

  const go = (path: string) => {
    const weights = /^weights\.(\w+)/.exec(path);
    if (weights && (ROLES as readonly string[]).includes(weights[1]!)) setWeightsRole(weights[1] as Role);
    setTab('form');
    setGoTo(path);
    return true;
  };

  return (
    <section className="pb-editor" aria-labelledby="pb-editor-title">
      <h3 id="pb-editor-title" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <div role="tablist" aria-label="Edit the playbook as" className="pb-tabs" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`pb-tab-${t.id}`}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            aria-selected={tab === t.id}
            aria-controls={`pb-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => selectTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>

      <FieldErrors.Provider value={fieldErrors}>
        <div role="tabpanel" id="pb-panel-form" aria-labelledby="pb-tab-form" hidden={tab !== 'form'} className="pb-panel">
          <div className="pb-part">
            <h4>About this playbook</h4>
            <TextField path="name" label="Name" value={draft.name} onChange={(name) => change({ ...draft, name })} required max={LIMITS.name} />
            <TextField path="version" label="Version" value={draft.version} onChange={(version) => change({ ...draft, version })} required help="Any text, e.g. “2026.11” or “1.4.0”: it tells your team which edition they have." />
            <TextField path="description" label="Description" value={draft.description} onChange={(description) => change({ ...draft, description })} multiline max={LIMITS.description} />
            <SelectField<Role>
              path="defaultRole"
              label="Default role"
              value={draft.defaultRole ?? ''}
              options={ROLE_OPTIONS}
              onChange={(r) => change(r === '' ? (({ defaultRole: _d, ...rest }) => rest)(draft) : { ...draft, defaultRole: r })}
              help="The role to coach as when the writer hasn’t picked one."
            />
          </div>
          <div className="pb-part">
            <h4>Phrases</h4>
            <PhrasesEditor draft={draft} onChange={change} />
          </div>
          <div className="pb-part">
            <h4>Coach notes</h4>
            <CoachNotesEditor draft={draft} onChange={change} />
          </div>
          <div className="pb-part">
            <h4>Weights</h4>
            <WeightsEditor draft={draft} onChange={change} role={weightsRole} onRole={setWeightsRole} />
          </div>
          <div className="pb-part">
            <h4>Rules</h4>
            <details className="pb-rules-more">
              <summary>{rulesSummary(changedRules(draft))}</summary>
              <RulesTable draft={draft} onChange={change} />
            </details>
          </div>
        </div>
      </FieldErrors.Provider>

      <div role="tabpanel" id="pb-panel-json" aria-labelledby="pb-tab-json" hidden={tab !== 'json'} className="pb-panel">
        <label htmlFor="pb-json" className="label">
          Playbook JSON
        </label>
        <p id="pb-json-help" className="opt-help muted">
          For power users: edit the whole playbook as text, then choose Apply JSON. The form is only replaced when the JSON is valid.
        </p>
        <textarea
          id="pb-json"
          ref={jsonBox}
          className="pb-json"
          rows={18}
          spellCheck={false}
          autoComplete="off"
          value={jsonText}
          aria-describedby="pb-json-help"
          aria-invalid={jsonErrors ? true : undefined}
          onChange={(e) => {
            setJsonText(e.target.value);
            setJsonDirty(true);
            setJsonNote('');
          }}
        />
        {jsonErrors && (
          <div className="notice error" role="alert" key={`json-${attempt}`}>
            <p>This JSON can’t be used, so the form hasn’t changed. Fix {jsonErrors.length === 1 ? 'this' : `these ${jsonErrors.length} problems`}:</p>
            <IssueList errors={jsonErrors} whole="This text" />
          </div>
        )}
        <div className="pb-row-actions">
          <button
            type="button"
            onClick={() => {
              if (applyJson()) setJsonNote('Applied. The form now shows these changes.');
            }}
          >
            Apply JSON
          </button>
          <button
            type="button"
            disabled={!jsonDirty}
            onClick={() => {
              setJsonText(exportPlaybook(cleanDraft(draft)));
              setJsonDirty(false);
              setJsonErrors(undefined);
              setJsonNote('The JSON is back in step with the form.');
            }}
          >
            Undo JSON edits
          </button>
        </div>
        <p className="pb-status" role="status">
          {jsonNote}
        </p>
      </div>

      {saveErrors && (
        <div className="notice error" role="alert" tabIndex={-1} ref={alertBox} key={`save-${attempt}`}>
          <p>Not saved yet: fix {saveErrors.length === 1 ? 'this' : `these ${saveErrors.length} problems`} first. Choose one to go to its field.</p>
          <IssueList errors={saveErrors} onGo={go} whole="The playbook" />
        </div>
      )}
      {saveProblem && (
        <p className="notice error" role="alert">
          {saveProblem}
        </p>
      )}
      <div className="pb-editor-actions">
        <button type="button" className="primary" onClick={() => void save()} disabled={saving}>
          {saving ? 'Saving…' : 'Save playbook'}
        </button>
        <TwoStep label="Cancel" question="Discard your changes?" confirmLabel="Discard changes" keepLabel="Keep editing" onConfirm={() => onClose()} ask={dirty} />
      </div>
    </section>
  );
}
