/**
 * trust-coach: scores email drafts from files or a JSON Lines batch.
 * main() never throws; it returns the exit code (0 ok, 2 bad input, 1 internal error).
 */
import { analyze, type Draft, type Report, type Role } from '../model/index';
import pkg from '../../package.json' with { type: 'json' };
import type { AccountRecord } from '../accounts/types';
import { AccountFileError, accountNotesFor, loadAccounts } from './account';
import { loadPlaybook, PlaybookFileError } from './playbook';
import type { Playbook } from '../playbook/schema';
import { parseArgs, USAGE, type Options } from './args';
import { parseBatchLine } from './batch';
import { formatReport, terminalSafe } from './format';
import { writeFile } from 'node:fs/promises';
import { emlFilesIn, isDirectory, looksLikeMbox, mboxMessages } from './mailbox';
import { addReport, formatSummary, newSummary, summaryCsv, summaryJson, type Summary } from './summary';
import { DEFAULT_MAX_BYTES, ReadError, tooLarge, readRegularFile, readSource, STDIN, type ByteSource } from './read';
import { decodeText, draftFromEml, draftFromTxt, guessRole, InputError, isEml, readInput, recipientsFrom, type ReadFile } from './input';

export interface Io {
  /** Receives whole lines, newline included (like process.stdout.write). */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** Reads a named input; defaults to a bounded read of regular files only. */
  readFile?: ReadFile;
  /** What `-` reads; defaults to process.stdin. */
  stdin?: ByteSource;
  /** Environment (for NO_COLOR); defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The clock, used only when --now is not given. */
  clock?: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

interface Run {
  options: Options;
  io: Io;
  readFile: ReadFile;
  maxBytes: number;
  now: string;
  timeZone: string;
  color: boolean;
  /** From --account; undefined without it. */
  accounts?: AccountRecord[];
  /** From --playbook; undefined without it. */
  playbook?: Playbook;
  /** With --summary or --summary-csv: every email scored so far. */
  summary?: Summary;
  /** Reports printed so far (a blank line goes between human reports). */
  printed: number;
}

const PROGRAM = 'trust-coach';

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0] || 'unknown error';
}

/** One line on stderr; names and messages can quote a draft or a file name, so they are made terminal-safe. */
function complain(io: Io, where: string | undefined, what: string): void {
  io.stderr(`${PROGRAM}: ${where ? `${terminalSafe(where)}: ` : ''}${terminalSafe(what).replace(/\n/g, ' ')}\n`);
}

function explain(err: unknown): string {
  return err instanceof InputError ? err.message : `could not be scored: ${firstLine(err)}`;
}

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** --to and --subject win over what the file says. */
function applyOverrides(draft: Draft, options: Options): void {
  if (options.subject !== undefined) draft.subject = options.subject;
  if (options.to.length) draft.recipients = recipientsFrom(options.to);
}

function score(run: Run, draft: Draft, role: Role | undefined, now = run.now): { report: Report; guessed: boolean } {
  // The role: the line's or --role, else the team's default, else guessed from the draft.
  const chosen = role ?? run.options.role ?? run.playbook?.defaultRole;
  const account = run.accounts ? accountNotesFor(run.accounts, draft) : undefined;
  const report = analyze(draft, { role: chosen ?? guessRole(draft), now, timeZone: run.timeZone, ...(account ? { account } : {}), ...(run.playbook ? { playbook: run.playbook } : {}) });
  return { report, guessed: chosen === undefined };
}

async function loadDraft(run: Run, file: string): Promise<Draft> {
  const bytes = await readInput(file, run.readFile, run.maxBytes);
  const draft = isEml(file) ? await draftFromEml(bytes) : draftFromTxt(bytes);
  applyOverrides(draft, run.options);
  return draft;
}

/** Where a draft comes from: a file, or the Nth message of a mailbox; single: the only input, printed as one JSON document. */
interface Source {
  file: string;
  message?: number;
  single?: boolean;
}

const labelOf = (src: Source): string => (src.message === undefined ? src.file : `${src.file}#${src.message}`);

function printReport(run: Run, src: Source, draft: Draft, report: Report, guessed: boolean): void {
  const { io, options } = run;
  if (run.summary) addReport(run.summary, report);
  if (options.summary) return;
  if (options.json && src.single) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.json) io.stdout(`${JSON.stringify({ file: src.file, ...(src.message === undefined ? {} : { message: src.message }), ...report })}\n`);
  else io.stdout(`${run.printed > 0 ? '\n' : ''}${formatReport(labelOf(src), report, draft.body, { color: run.color, roleGuessed: guessed })}`);
  run.printed++;
}

/** Scores one input; a problem is reported on stderr and counted, never thrown. */
async function scoreOne(run: Run, src: Source, load: () => Promise<Draft> | Draft): Promise<boolean> {
  try {
    const draft = await load();
    const { report, guessed } = score(run, draft, undefined);
    printReport(run, src, draft, report, guessed);
    return true;
  } catch (err) {
    complain(run.io, labelOf(src), explain(err));
    if (run.summary) run.summary.failed++;
    return false;
  }
}

async function scoreFolder(run: Run, dir: string): Promise<boolean> {
  const files = await emlFilesIn(dir);
  if (!files.length) throw new InputError('is a folder without .eml files');
  let allGood = true;
  for (const file of files) if (!(await scoreOne(run, { file }, () => loadDraft(run, file)))) allGood = false;
  return allGood;
}

async function scoreMbox(run: Run, file: string): Promise<boolean> {
  let allGood = true;
  for await (const m of mboxMessages(file, run.maxBytes)) {
    const load = async (): Promise<Draft> => {
      if (!m.bytes) throw new InputError(tooLarge(run.maxBytes).message);
      const draft = await draftFromEml(m.bytes);
      applyOverrides(draft, run.options);
      return draft;
    };
    if (!(await scoreOne(run, { file, message: m.index }, load))) allGood = false;
  }
  return allGood;
}

async function scoreFiles(run: Run): Promise<boolean> {
  let allGood = true;
  const single = run.options.files.length === 1;
  for (const file of run.options.files) {
    try {
      if (file !== STDIN && (await isDirectory(file))) {
        if (!(await scoreFolder(run, file))) allGood = false;
      } else if (file !== STDIN && (await looksLikeMbox(file))) {
        if (!(await scoreMbox(run, file))) allGood = false;
      } else if (!(await scoreOne(run, { file, single }, () => loadDraft(run, file)))) allGood = false;
    } catch (err) {
      complain(run.io, file, explain(err instanceof ReadError ? new InputError(err.message) : err));
      if (run.summary) run.summary.failed++;
      allGood = false;
    }
  }
  return allGood;
}

/** Prints --summary and writes --summary-csv; false when the CSV could not be written. */
async function finishSummary(run: Run): Promise<boolean> {
  const { summary, options, io } = run;
  if (!summary) return true;
  if (options.summary) io.stdout(options.json ? `${JSON.stringify(summaryJson(summary))}\n` : formatSummary(summary));
  if (options.summaryCsv === undefined) return true;
  try {
    await writeFile(options.summaryCsv, summaryCsv(summary));
    return true;
  } catch (err) {
    complain(io, options.summaryCsv, `could not write the summary: ${firstLine(err)}`);
    return false;
  }
}

function scoreBatchLine(run: Run, text: string, line: number): void {
  const item = parseBatchLine(text);
  if (run.options.subject !== undefined && item.draft.subject === undefined) item.draft.subject = run.options.subject;
  if (run.options.to.length && !item.draft.recipients) item.draft.recipients = recipientsFrom(run.options.to);
  const { report } = score(run, item.draft, item.role, item.now);
  run.io.stdout(`${JSON.stringify({ line, ...report })}\n`);
}

async function scoreBatch(run: Run, batch: string): Promise<boolean> {
  let text: string;
  try {
    text = decodeText(await readInput(batch, run.readFile, run.maxBytes));
  } catch (err) {
    complain(run.io, batch, explain(err));
    return false;
  }
  let allGood = true;
  text.split(/\r?\n/).forEach((content, i) => {
    if (content.trim() === '') return;
    try {
      scoreBatchLine(run, content, i + 1);
    } catch (err) {
      complain(run.io, `${batch}:${i + 1}`, explain(err));
      allGood = false;
    }
  });
  return allGood;
}

/** Loads --account before any draft is scored: a bad file stops the run, with every problem on its own line. */
async function readAccounts(run: Run, file: string): Promise<boolean> {
  try {
    run.accounts = await loadAccounts(file, run.readFile, run.maxBytes, new Date(run.now));
    return true;
  } catch (err) {
    const problems = err instanceof AccountFileError ? err.problems : [explain(err)];
    for (const p of problems) complain(run.io, file, p);
    return false;
  }
}

/** Loads --playbook before any draft is scored: a bad file stops the run, each problem with its path. */
async function readPlaybook(run: Run, file: string): Promise<boolean> {
  try {
    run.playbook = await loadPlaybook(file, run.readFile, run.maxBytes);
    return true;
  } catch (err) {
    const problems = err instanceof PlaybookFileError ? err.problems : [explain(err)];
    for (const p of problems) complain(run.io, file, p);
    return false;
  }
}

function misuse(options: Options): string | undefined {
  const hasBatch = options.batch !== undefined;
  if (hasBatch && options.files.length) return '--batch cannot be combined with FILE arguments';
  if (!hasBatch && !options.files.length) return 'no input files (see --help)';
  if (hasBatch && (options.summary || options.summaryCsv !== undefined)) return '--summary and --summary-csv work on files, folders and mailboxes, not --batch';
  const stdinUses = [...options.files, options.batch, options.account, options.playbook].filter((f) => f === STDIN).length;
  if (stdinUses > 1) return 'standard input (-) can be read only once';
  return undefined;
}

/** `-` is standard input; anything else must be a regular file. Both stop at the size cap. */
function defaultReadFile(io: Io): ReadFile {
  return (path, maxBytes) => (path === STDIN ? readSource(io.stdin ?? process.stdin, maxBytes) : readRegularFile(path, maxBytes));
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    complain(io, undefined, parsed.error);
    return EXIT_BAD_INPUT;
  }
  const options = parsed.options;
  if (options.help || options.version) {
    io.stdout(options.help ? USAGE : `${PROGRAM} ${pkg.version}\n`);
    return EXIT_OK;
  }
  const problem = misuse(options);
  if (problem) {
    complain(io, undefined, problem);
    return EXIT_BAD_INPUT;
  }
  const env = io.env ?? process.env;
  const state: Run = {
    options,
    io,
    readFile: io.readFile ?? defaultReadFile(io),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    now: options.now ?? (io.clock?.() ?? new Date()).toISOString(),
    timeZone: options.tz ?? systemTimeZone(),
    color: io.isTTY && env.NO_COLOR === undefined,
    printed: 0,
    ...(options.summary || options.summaryCsv !== undefined ? { summary: newSummary() } : {}),
  };
  if (options.account !== undefined && !(await readAccounts(state, options.account))) return EXIT_BAD_INPUT;
  if (options.playbook !== undefined && !(await readPlaybook(state, options.playbook))) return EXIT_BAD_INPUT;
  const ok = options.batch !== undefined ? await scoreBatch(state, options.batch) : await scoreFiles(state);
  const written = await finishSummary(state);
  return ok && written ? EXIT_OK : EXIT_BAD_INPUT;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    try {
      complain(io, undefined, `internal error: ${firstLine(err)}`);
    } catch {
      // stderr itself failed: nothing left to tell.
    }
    return EXIT_INTERNAL;
  }
}
