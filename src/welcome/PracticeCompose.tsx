import { useEffect, useMemo, useRef, useState } from 'react';
import { createSession, guessRole, hintKey, RULES } from '../model/index';
import type { Hint, Report, Role } from '../model/types';
import { CoachView, type CoachActions } from '../panel/CoachView';
import { loadSettings, setRuleEnabled, watchSettings } from '../settings/settings';
import { parseRecipients, SAMPLES, type PracticeSample } from './samples';
import { ROLE_LABELS } from '../panel/format';

const RULE_TITLES: Record<string, string> = Object.fromEntries(RULES.map((r) => [r.id, r.title]));
const RANK = { info: 1, warn: 2, risk: 3 } as const;

interface Segment {
  text: string;
  severity?: Hint['severity'];
  focus?: boolean;
}

/** The body cut into runs of text, each marked with the worst hint over it: drawn behind the textarea. */
export function segments(body: string, hints: readonly Hint[], focus?: { start: number; end: number }): Segment[] {
  const spans = hints.filter((h) => h.end > h.start && h.impact > 0);
  const cuts = new Set<number>([0, body.length]);
  for (const h of spans) cuts.add(h.start).add(h.end);
  if (focus) cuts.add(focus.start).add(focus.end);
  const points = [...cuts].filter((n) => n >= 0 && n <= body.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    let severity: Hint['severity'] | undefined;
    for (const h of spans) if (h.start <= a && h.end >= b && (!severity || RANK[h.severity] > RANK[severity])) severity = h.severity;
    out.push({ text: body.slice(a, b), ...(severity ? { severity } : {}), ...(focus && focus.start <= a && focus.end >= b ? { focus: true } : {}) });
  }
  return out;
}

/**
 * A realistic compose box on the extension's own page, coached live by the
 * same model and the same panel view as in Gmail and Outlook.
 */
export function PracticeCompose({ now = () => new Date(), timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', debounceMs = 150 }: { now?: () => Date; timeZone?: string; debounceMs?: number }) {
  const [sample, setSample] = useState<PracticeSample>(SAMPLES[0]!);
  const [to, setTo] = useState(sample.to);
  const [subject, setSubject] = useState(sample.subject);
  const [body, setBody] = useState(sample.body);
  const [role, setRole] = useState<Role | undefined>(undefined);
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [disabledRules, setDisabledRules] = useState<string[]>([]);
  const [report, setReport] = useState<{ report: Report; body: string } | undefined>();
  const [focus, setFocus] = useState<{ start: number; end: number } | undefined>();
  const [notice, setNotice] = useState<string>('');
  const session = useMemo(() => createSession(), []);
  const area = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadSettings().then((s) => setDisabledRules(s.disabledRules));
    return watchSettings((s) => setDisabledRules(s.disabledRules));
  }, []);

  useEffect(() => {
    const draft = { body, subject, recipients: parseRecipients(to), ...(sample.quoted ? { quoted: sample.quoted } : {}) };
    const t = setTimeout(() => {
      const r = session.analyze(draft, { role: role ?? guessRole(draft), now: now().toISOString(), timeZone, dismissed, disabledRules });
      setReport({ report: r, body });
    }, report ? debounceMs : 0);
    return () => clearTimeout(t);
    // Runs again when the draft or its settings change, not when the report it sets does.
  }, [body, subject, to, role, dismissed, disabledRules, sample]);

  const load = (s: PracticeSample) => {
    setSample(s);
    setTo(s.to);
    setSubject(s.subject);
    setBody(s.body);
    setRole(undefined);
    setDismissed([]);
    setFocus(undefined);
    setNotice('');
  };

  const current = report?.report;
  const excerpts = useMemo(() => (current && report ? current.hints.map((h) => report.body.slice(h.start, h.end)) : []), [current, report]);

  const select = (start: number, end: number) => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(start, end);
    setFocus({ start, end });
  };

  const actions: CoachActions = {
    focus(i) {
      const h = current?.hints[i];
      if (h && report?.body === body) select(h.start, h.end);
    },
    focusSpan(start, end) {
      if (report?.body === body) select(start, end);
    },
    apply(i) {
      const h = current?.hints[i];
      const el = area.current;
      if (!h || h.replacement === undefined || !el) return;
      if (report?.body !== body) return setNotice('The draft changed since this hint was made; it will refresh in a moment.');
      el.focus();
      el.setSelectionRange(h.start, h.end);
      // Through the editing path, so Ctrl+Z undoes it, as in the mail sites.
      let done = false;
      try {
        done = h.replacement === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, h.replacement);
      } catch {
        done = false; // no editing commands here: set the text directly (no undo)
      }
      if (!done) {
        el.setRangeText(h.replacement, h.start, h.end, 'end');
        setBody(el.value);
      }
      setFocus(undefined);
      setNotice('Applied. Press Ctrl+Z (⌘Z on a Mac) in the email to undo.');
    },
    dismiss(i) {
      const h = current?.hints[i];
      if (h) setDismissed((d) => [...d, hintKey(h.rule, excerpts[i] ?? '')]);
    },
    restore() {
      setDismissed([]);
    },
    turnOff(rule) {
      void setRuleEnabled(rule, false).then(() => setNotice('Rule turned off. Turn it back on in Settings.'));
    },
    setRole(r) {
      setRole(r);
    },
  };

  const segs = useMemo(() => segments(body, report?.body === body ? (current?.hints ?? []) : [], focus), [body, current, report, focus]);

  return (
    <div className="practice">
      <div className="practice-samples" role="group" aria-label="Sample drafts">
        {SAMPLES.map((s) => (
          <button key={s.role} type="button" aria-pressed={s === sample} className={s === sample ? 'primary' : ''} onClick={() => load(s)}>
            {ROLE_LABELS[s.role]}: {s.label.toLowerCase()}
          </button>
        ))}
      </div>
      <div className="practice-grid">
        <div className="compose" aria-label="Practice email">
          <div className="compose-field">
            <label htmlFor="practice-to">To</label>
            <input id="practice-to" value={to} onChange={(e) => setTo(e.target.value)} autoComplete="off" />
          </div>
          <div className="compose-field">
            <label htmlFor="practice-subject">Subject</label>
            <input id="practice-subject" value={subject} onChange={(e) => setSubject(e.target.value)} autoComplete="off" />
          </div>
          <label htmlFor="practice-body" className="sr-only">Message</label>
          <div className="compose-body">
            <div className="compose-backdrop" ref={backdrop} aria-hidden="true">
              {segs.map((s, i) =>
                s.severity || s.focus ? (
                  <mark key={i} className={`${s.severity ? `hl-${s.severity}` : ''}${s.focus ? ' hl-focus' : ''}`}>{s.text}</mark>
                ) : (
                  <span key={i}>{s.text}</span>
                ),
              )}
              {'\n'}
            </div>
            <textarea
              id="practice-body"
              ref={area}
              value={body}
              spellCheck
              onChange={(e) => {
                setBody(e.target.value);
                setFocus(undefined);
                setNotice('');
              }}
              onScroll={(e) => {
                if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
              }}
            />
          </div>
          {sample.quoted && (
            <details className="compose-quoted" open>
              <summary>The customer wrote</summary>
              <p>{sample.quoted}</p>
            </details>
          )}
        </div>
        <aside className="practice-coach" aria-label="Coach">
          {notice && <p className="notice" role="status">{notice}</p>}
          {current ? (
            <CoachView
              report={current}
              excerpts={excerpts}
              ruleTitles={RULE_TITLES}
              roleGuessed={!role}
              dismissedCount={dismissed.length}
              actions={actions}
            />
          ) : (
            <p role="status">Reading your draft…</p>
          )}
        </aside>
      </div>
    </div>
  );
}
