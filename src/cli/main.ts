/**
 * trust-coach: scores email drafts from files or a JSON Lines batch.
 * main() never throws; it returns the exit code (0 ok, 2 bad input, 1 internal error).
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { analyze, type Draft, type Report, type Role } from '../model/index';
import pkg from '../../package.json' with { type: 'json' };
import type { AccountRecord } from '../accounts/types';
import { AccountFileError, accountNotesFor, loadAccounts } from './account';
import { loadPlaybook, PlaybookFileError } from './playbook';
import type { Playbook } from '../playbook/schema';
import { parseArgs, USAGE, type Options } from './args';
import { parseBatchLine } from './batch';
import { formatReport } from './format';
import { decodeText, draftFromEml, draftFromTxt, guessRole, InputError, isEml, readInput, recipientsFrom, type ReadFile } from './input';

export interface Io {
  /** Receives whole lines, newline included (like process.stdout.write). */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  readFile?: ReadFile;
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
  now: string;
  timeZone: string;
  color: boolean;
  /** From --account; undefined without it. */
  accounts?: AccountRecord[];
  /** From --playbook; undefined without it. */
  playbook?: Playbook;
}

const PROGRAM = 'trust-coach';

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0] || 'unknown error';
}

function complain(io: Io, where: string | undefined, what: string): void {
  io.stderr(`${PROGRAM}: ${where ? `${where}: ` : ''}${what}\n`);
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
  const bytes = await readInput(file, run.readFile);
  const draft = isEml(file) ? draftFromEml(bytes) : draftFromTxt(bytes);
  applyOverrides(draft, run.options);
  return draft;
}

function printFileReport(run: Run, file: string, draft: Draft, report: Report, guessed: boolean, index: number): void {
  const { io, options } = run;
  if (options.json && options.files.length === 1) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.json) io.stdout(`${JSON.stringify({ file, ...report })}\n`);
  else io.stdout(`${index > 0 ? '\n' : ''}${formatReport(file, report, draft.body, { color: run.color, roleGuessed: guessed })}`);
}

async function scoreFiles(run: Run): Promise<boolean> {
  let allGood = true;
  let printed = 0;
  for (const file of run.options.files) {
    try {
      const draft = await loadDraft(run, file);
      const { report, guessed } = score(run, draft, undefined);
      printFileReport(run, file, draft, report, guessed, printed++);
    } catch (err) {
      complain(run.io, file, explain(err));
      allGood = false;
    }
  }
  return allGood;
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
    text = decodeText(await readInput(batch, run.readFile));
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
    run.accounts = await loadAccounts(file, run.readFile, new Date(run.now));
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
    run.playbook = await loadPlaybook(file, run.readFile);
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
  return undefined;
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
    readFile: io.readFile ?? ((path) => fsReadFile(path)),
    now: options.now ?? (io.clock?.() ?? new Date()).toISOString(),
    timeZone: options.tz ?? systemTimeZone(),
    color: io.isTTY && env.NO_COLOR === undefined,
  };
  if (options.account !== undefined && !(await readAccounts(state, options.account))) return EXIT_BAD_INPUT;
  if (options.playbook !== undefined && !(await readPlaybook(state, options.playbook))) return EXIT_BAD_INPUT;
  const ok = options.batch !== undefined ? await scoreBatch(state, options.batch) : await scoreFiles(state);
  return ok ? EXIT_OK : EXIT_BAD_INPUT;
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
