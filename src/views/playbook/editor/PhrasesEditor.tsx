import { useEffect, useState } from 'react';
import { DIMENSIONS, type Dimension, type Severity } from '../../../model/types';
import { DIMENSION_LABELS, SEVERITY_LABELS } from '../../../panel/format';
import { LIMITS, SEVERITIES, type Playbook, type PlaybookPhrase, type RequirePhrase } from '../../../playbook/schema';
import { patternProblem, patternRegExp } from '../../../playbook/pattern';
import { changePhraseType, fieldId, newAvoidPhrase, newRequirePhrase, replaceAt, requireLines, sameLines, withRequireLines } from './draft';
import { useFieldError } from './errors';
import { FieldError, RolesPicker, SelectField, TextField } from './fields';
import { useFocusLater } from './useFocusLater';

const DIMENSION_OPTIONS = DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }));
const SEVERITY_OPTIONS = [
  { value: '' as const, label: `${SEVERITY_LABELS.warn} (default)` },
  ...SEVERITIES.filter((s) => s !== 'warn').map((s) => ({ value: s, label: SEVERITY_LABELS[s] })),
];
const TYPE_OPTIONS = [
  { value: 'avoid' as const, label: 'Avoid: flag it when it appears' },
  { value: 'require' as const, label: 'Require: remind when it’s missing' },
];

const PATTERN_HELP = 'Plain words, any case. Use * for any ending (“apolog*”) or any one word (“per * policy”).';

/** The team's own phrases: ones to avoid (with a message and a rewrite) and ones every email needs. */
export function PhrasesEditor({ draft, onChange }: { draft: Playbook; onChange: (next: Playbook) => void }) {
  const phrases = draft.phrases ?? [];
  const focusLater = useFocusLater();
  const set = (list: PlaybookPhrase[]) => onChange({ ...draft, phrases: list });

  const add = (phrase: PlaybookPhrase) => {
    set([...phrases, phrase]);
    focusLater(fieldId(`phrases[${phrases.length}].pattern`));
  };
  const remove = (i: number) => {
    set(phrases.filter((_, j) => j !== i));
    const left = phrases.length - 1;
    focusLater(left === 0 ? 'pb-add-avoid' : fieldId(`phrases[${Math.min(i, left - 1)}].type`));
  };

  return (
    <>
      <p className="opt-help muted">Phrases to avoid are flagged wherever they appear. Required phrases remind the writer when an email doesn’t include them.</p>
      {phrases.length === 0 && <p className="muted">No phrases yet.</p>}
      <ol className="pb-items">
        {phrases.map((phrase, i) => (
          <li key={i}>
            <PhraseFields phrase={phrase} index={i} onChange={(p) => set(replaceAt(phrases, i, p))} onRemove={() => remove(i)} />
          </li>
        ))}
      </ol>
      <div className="pb-row-actions">
        <button type="button" id="pb-add-avoid" onClick={() => add(newAvoidPhrase())}>
          Add a phrase to avoid
        </button>
        <button type="button" onClick={() => add(newRequirePhrase())}>
          Add a required phrase
        </button>
      </div>
    </>
  );
}

function PhraseFields({ phrase, index, onChange, onRemove }: { phrase: PlaybookPhrase; index: number; onChange: (p: PlaybookPhrase) => void; onRemove: () => void }) {
  const base = `phrases[${index}]`;
  const words = phrase.type === 'avoid' ? phrase.pattern : requireLines(phrase).split('\n').join(', ');
  return (
    <fieldset className="pb-item">
      <legend>
        Phrase {index + 1}
        <span className="muted">{words.trim() ? ` · ${phrase.type === 'avoid' ? 'avoid' : 'require'} “${words.trim()}”` : ''}</span>
      </legend>
      <SelectField path={`${base}.type`} label="Kind" value={phrase.type} options={TYPE_OPTIONS} onChange={(t) => t && onChange(changePhraseType(phrase, t))} />
      {phrase.type === 'avoid' ? (
        <TextField path={`${base}.pattern`} label="Words to avoid" value={phrase.pattern} onChange={(pattern) => onChange({ ...phrase, pattern })} help={PATTERN_HELP} required />
      ) : (
        <RequireWords path={`${base}.pattern`} phrase={phrase} onChange={onChange} />
      )}
      <TextField path={`${base}.message`} label="What the coach says" value={phrase.message} onChange={(message) => onChange({ ...phrase, message })} multiline={2} max={LIMITS.message} required />
      <TextField path={`${base}.suggestion`} label="What to write instead" value={phrase.suggestion} onChange={(suggestion) => onChange({ ...phrase, suggestion })} multiline={2} max={LIMITS.suggestion} />
      {phrase.type === 'avoid' && (
        <TextField
          path={`${base}.replacement`}
          label="One-click replacement"
          value={phrase.replacement}
          onChange={(replacement) => onChange({ ...phrase, replacement })}
          help="Replaces the words found, e.g. “follow up”. Leave it empty when the sentence needs rethinking."
        />
      )}
      <div className="pb-field-row">
        <SelectField<Severity>
          path={`${base}.severity`}
          label="Severity"
          value={phrase.severity ?? ''}
          options={SEVERITY_OPTIONS}
          onChange={(s) => onChange({ ...phrase, severity: s === '' ? undefined : s })}
        />
        <SelectField<Dimension>
          path={`${base}.dimension`}
          label="Counts against"
          value={phrase.dimension}
          options={DIMENSION_OPTIONS}
          onChange={(d) => d && onChange({ ...phrase, dimension: d })}
        />
      </div>
      <RolesPicker path={`${base}.roles`} value={phrase.roles} onChange={(roles) => onChange({ ...phrase, roles })} />
      <PhraseTry id={`${fieldId(base)}-try`} phrase={phrase} />
      <button type="button" className="pb-remove" onClick={onRemove}>
        Remove phrase {index + 1}
      </button>
    </fieldset>
  );
}

/**
 * A required phrase's words, one way of saying it per line. The box keeps
 * what is typed (blank lines included) and follows the playbook when it
 * changes elsewhere, e.g. from the JSON view.
 */
function RequireWords({ path, phrase, onChange }: { path: string; phrase: RequirePhrase; onChange: (p: RequirePhrase) => void }) {
  const fromDraft = requireLines(phrase);
  const [text, setText] = useState(fromDraft);
  useEffect(() => {
    setText((typed) => (sameLines(typed, fromDraft) ? typed : fromDraft));
  }, [fromDraft]);
  const id = fieldId(path);
  const error = useFieldError(path, [path.replace(/\.pattern$/, '.anyOf')]);
  return (
    <div className="pb-field">
      <label htmlFor={id} className="label">
        Words to look for
      </label>
      <FieldError id={`${id}-error`} message={error} />
      <textarea
        id={id}
        rows={3}
        value={text}
        required
        spellCheck
        aria-describedby={error !== undefined ? `${id}-error ${id}-help` : `${id}-help`}
        aria-invalid={error !== undefined || undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(withRequireLines(phrase, e.target.value));
        }}
      />
      <p id={`${id}-help`} className="opt-help muted pb-help">
        One way of saying it per line; any one of them counts, e.g. “case #” and “case number”. {PATTERN_HELP}
      </p>
    </div>
  );
}

/**
 * Try the phrase on a sentence before the team does: says which words it
 * would flag (avoid) or whether the sentence has what is required. Nothing
 * typed here is saved.
 */
function PhraseTry({ id, phrase }: { id: string; phrase: PlaybookPhrase }) {
  const [sample, setSample] = useState('');
  const lines = phrase.type === 'avoid' ? [phrase.pattern] : requireLines(phrase).split('\n');
  const patterns = lines.map((p) => p.trim()).filter((p) => p && !patternProblem(p));
  let result = '';
  if (sample.trim() && patterns.length === 0) result = 'Type the words to look for first.';
  else if (sample.trim()) {
    const found = patterns.flatMap((p) => [...sample.matchAll(patternRegExp(p))].map((m) => m[0]));
    result = phrase.type === 'avoid'
      ? found.length ? `Flags: ${found.map((f) => `“${f}”`).join(', ')}` : 'Not flagged: the words aren’t in this sentence.'
      : found.length ? `Has it: “${found[0]}”. No reminder.` : 'Missing: the writer would be reminded.';
  }
  return (
    <div className="pb-field pb-try">
      <label htmlFor={id} className="label">Try it on a sentence</label>
      <input id={id} type="text" value={sample} onChange={(e) => setSample(e.target.value)} aria-describedby={`${id}-result`} placeholder="e.g. Your case number is HD-2291." />
      <p id={`${id}-result`} className="opt-help muted" role="status">{result}</p>
    </div>
  );
}
