/** Human-readable output of a Report for the terminal. */
import { DIMENSIONS, gainOf, type Commitment, type Hint, type Report } from '../model/index';

export interface FormatOptions {
  color: boolean;
  /** The role was guessed, not given with --role. */
  roleGuessed?: boolean;
}

type Paint = (s: string) => string;
interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
  cyan: Paint;
}

const EXCERPT_MAX = 80;
const BAR_CELLS = 10;
const INDENT = '  ';

function palette(color: boolean): Palette {
  const sgr = (open: number, close: number): Paint => (color ? (s) => `\x1b[${open}m${s}\x1b[${close}m` : (s) => s);
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), cyan: sgr(36, 39) };
}

function byScore(p: Palette, score: number): Paint {
  if (score >= 80) return p.green;
  if (score >= 60) return p.yellow;
  return p.red;
}

/**
 * Escape sequences a terminal would act on: CSI (ESC [ … or the 8-bit 0x9B),
 * OSC, DCS, SOS, PM and APC strings (ended by BEL or ST), and two-character
 * ESC sequences. Linear: a string's body cannot hold another opener, so no
 * character is scanned from two starts.
 */
const ESCAPE_SEQUENCE = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x90\x98\x9c-\x9f]*(?:\x07|\x1b\\|\x9c)|\x1b[ -/]*[0-~]/g;
/** C0 controls but tab and newline, DEL and the C1 controls (what is left once sequences are gone). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * Text from a draft (or a file name, or a playbook) made safe to write to a
 * terminal: escape sequences and control characters removed, so a draft
 * cannot recolour, retitle, move the cursor or rewrite what is shown.
 */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** 1-based line and column (in characters) of an offset in text. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (const c of before) if (c === '\n') line++;
  return { line, col: [...before.slice(lineStart)].length + 1 };
}

/** The flagged words on one line, clipped to about 80 characters. */
export function excerpt(body: string, hint: Pick<Hint, 'start' | 'end'>): string {
  const text = terminalSafe(body.slice(hint.start, hint.end)).replace(/\s+/g, ' ').trim();
  const chars = [...text];
  return chars.length <= EXCERPT_MAX ? text : `${chars.slice(0, EXCERPT_MAX - 1).join('').trimEnd()}…`;
}

export function isMissing(hint: Pick<Hint, 'start' | 'end'>): boolean {
  return hint.start === 0 && hint.end === 0;
}

export function bar(score: number): string {
  const filled = Math.max(0, Math.min(BAR_CELLS, Math.round(score / (100 / BAR_CELLS))));
  return '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
}

function headline(report: Report, p: Palette, roleGuessed: boolean): string {
  const score = byScore(p, report.score)(p.bold(`Score ${report.score}/100`));
  return `${score} (${report.band}) · role ${report.role}${roleGuessed ? p.dim(' (guessed; set it with --role)') : ''}`;
}

function dimensionLines(report: Report, p: Palette): string[] {
  const width = Math.max(...DIMENSIONS.map((d) => d.length)) + 2;
  return DIMENSIONS.map((d) => {
    const { score } = report.dimensions[d];
    return `${INDENT}${d.padEnd(width)}${byScore(p, score)(bar(score))}  ${String(score).padStart(3)}`;
  });
}

function severityPaint(p: Palette, hint: Hint): Paint {
  if (hint.impact === 0 && !hint.tip) return p.green;
  return hint.severity === 'risk' ? p.red : hint.severity === 'warn' ? p.yellow : p.cyan;
}

function location(body: string, hint: Hint): string {
  if (isMissing(hint)) return '-';
  const { line, col } = lineCol(body, hint.start);
  return `${line}:${col}`;
}

function hintLines(hint: Hint, body: string, p: Palette, width: number): string[] {
  // What fixing it alone gains, as the panel says it.
  const points = gainOf(hint) > 0 ? `  ${p.bold(`+${gainOf(hint)} points`)}` : '';
  const pad = ' '.repeat(width + 2);
  const shown = isMissing(hint) ? p.dim('(missing)') : p.dim(`“${excerpt(body, hint)}”`);
  return [
    `${INDENT}${p.dim(location(body, hint).padEnd(width))}  ${severityPaint(p, hint)(`[${terminalSafe(hint.kind)}]`)} ${terminalSafe(hint.message)}${points}`,
    `${INDENT}${pad}${shown}`,
    `${INDENT}${pad}→ ${terminalSafe(hint.suggestion)}`,
    ...(hint.coachNote ? [`${INDENT}${pad}${p.bold('Coach:')} ${terminalSafe(hint.coachNote.note)}${hint.coachNote.author ? ` — ${terminalSafe(hint.coachNote.author)}` : ''}`] : []),
  ];
}

function hintSection(hints: readonly Hint[], body: string, p: Palette): string[] {
  if (!hints.length) return [p.green('No hints: nothing to fix.')];
  const width = Math.max(...hints.map((h) => location(body, h).length));
  return [p.bold('Hints'), ...sortHints(hints).flatMap((h) => hintLines(h, body, p, width))];
}

/** Hints by what fixing each gains, then by impact, highest first; positive findings (impact 0) last. Stable for ties. */
export function sortHints(hints: readonly Hint[]): Hint[] {
  return [...hints].sort((a, b) => gainOf(b) - gainOf(a) || b.impact - a.impact);
}

function formatDue(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  return m ? `${m[1]} ${m[2]}${m[3] ? ` (${m[3] === 'Z' ? 'UTC' : m[3]})` : ''}` : iso;
}

function commitmentLine(c: Commitment, p: Palette): string {
  const kind = c.specific ? p.green('specific') : p.yellow('vague');
  const due = c.due ? `due ${terminalSafe(formatDue(c.due))}` : 'no due time';
  const dueText = c.dueText ? ` (“${terminalSafe(c.dueText)}”)` : '';
  return `${INDENT}“${excerpt(c.text, { start: 0, end: c.text.length })}” · owner ${c.owner} · ${due}${dueText} · ${kind}`;
}

export function formatReport(file: string, report: Report, body: string, opts: FormatOptions): string {
  const p = palette(opts.color);
  const lines = [p.bold(terminalSafe(file))];
  if (report.truncated) lines.push(p.yellow(terminalSafe(report.truncated.message)));
  lines.push(headline(report, p, opts.roleGuessed ?? false), '', ...dimensionLines(report, p));
  lines.push('', ...hintSection(report.hints, body, p));
  if (report.commitments.length) lines.push('', p.bold('Commitments'), ...report.commitments.map((c) => commitmentLine(c, p)));
  return `${lines.join('\n')}\n`;
}
