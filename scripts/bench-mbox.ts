/**
 * The CLI on a mailbox (issue 18 §3): builds a 10,000-message mbox from the
 * corpus's emails in a temporary folder at run time (removed afterwards; no
 * corpus text enters the project), runs `trust-coach --summary --json` over it
 * in a child process, as `npm run score` runs it (Node with tsx), and measures
 * the whole run, the start-up (the same command over a one-message mbox),
 * messages a second once started, and peak RSS (also at 1,000 messages, to
 * show memory stays flat while the mbox streams).
 *
 * Part of `npm run bench` (its `--write` also writes the README's mbox block);
 * alone: `npx tsx scripts/bench-mbox.ts [--write] [--messages N]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReadmeBlock } from './readme-block';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'aeslc-enron.jsonl');
const CLI = join(ROOT, 'src', 'cli', 'trust-coach.ts');

export const MBOX_BLOCK_START = '<!-- mbox:start (written by npm run bench -- --write) -->';
export const MBOX_BLOCK_END = '<!-- mbox:end -->';

/** What an mbox message is made of; the corpus gives subject, body, user and folder. */
export interface MboxEmail {
  from: string;
  to?: string;
  subject: string;
  body: string;
}

/**
 * mboxrd escaping: every body line that starts with "From " after any number
 * of ">" gets one more ">", so that no body line can start a message and the
 * reader (src/cli/mailbox.ts) can take exactly one ">" off again.
 */
export function escapeFromLines(body: string): string {
  return body.replace(/^(>*From )/gm, '>$1');
}

/** The message as a mail client stores it: headers, a blank line, the body ending in a newline. */
export function rfc822(e: MboxEmail, index: number): string {
  const body = e.body.replace(/\r\n?/g, '\n');
  return [
    `From: ${e.from}`,
    ...(e.to === undefined ? [] : [`To: ${e.to}`]),
    `Subject: ${e.subject.replace(/[\r\n]+/g, ' ')}`,
    `Message-ID: <bench-${index}@mbox.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body.endsWith('\n') ? body : `${body}\n`,
  ].join('\n');
}

/** An mbox: each message after its envelope line ("From sender asctime"), body lines escaped, a blank line between messages. */
export function buildMbox(emails: readonly MboxEmail[]): string {
  return emails
    .map((e, i) => {
      const sender = /<([^<>\s]+)>/.exec(e.from)?.[1] ?? 'sender@mbox.example';
      const [head, body] = splitMessage(rfc822(e, i + 1));
      return `From ${sender} Mon Dec  4 10:${String(i % 60).padStart(2, '0')}:00 2000\n${head}${escapeFromLines(body)}\n`;
    })
    .join('');
}

function splitMessage(message: string): [string, string] {
  const at = message.indexOf('\n\n') + 2;
  return [message.slice(0, at), message.slice(at)];
}

/** Corpus emails as mbox messages: a sent email is from its user, one in the inbox to them. */
export function corpusEmails(limit: number): MboxEmail[] {
  if (!existsSync(CORPUS)) throw new Error(`bench: the corpus is not at ${CORPUS} (../shared/corpus beside the project)`);
  const out: MboxEmail[] = [];
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (out.length >= limit) break;
    if (!line) continue;
    const r = JSON.parse(line) as { enron_user: string; enron_folder: string; subject: string; body: string };
    const user = `${r.enron_user}@enron.example`;
    out.push(r.enron_folder === 'sent'
      ? { from: `<${user}>`, to: '<colleague@enron.example>', subject: r.subject, body: r.body }
      : { from: '<sender@enron.example>', to: `<${user}>`, subject: r.subject, body: r.body });
  }
  if (out.length < limit) throw new Error(`bench: the corpus has ${out.length} emails, ${limit} wanted`);
  return out;
}

export interface CliRun {
  seconds: number;
  /** Peak resident set size of the CLI's process, in MB. */
  peakRssMb: number;
  emails: number;
  failed: number;
  /** Why messages could not be scored, as the CLI says it, with how many. */
  reasons: Map<string, number>;
}

/** One run of the CLI over a file, in its own process; peak RSS comes from the child itself as it exits. */
function runCli(dir: string, mbox: string): CliRun {
  const preload = join(dir, 'rusage.mjs');
  const report = join(dir, 'rusage.txt');
  writeFileSync(preload, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.BENCH_RUSAGE, String(process.resourceUsage().maxRSS)));\n");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', preload, CLI, '--summary', '--json', '--now', '2026-11-23T10:00:00Z', '--tz', 'UTC', mbox], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BENCH_RUSAGE: report, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.error) throw r.error;
  const summary = JSON.parse(r.stdout) as { emails: number; failed: number };
  const reasons = new Map<string, number>();
  for (const line of r.stderr.split('\n')) {
    const why = /#\d+: (.*)$/.exec(line)?.[1];
    if (why) reasons.set(why, (reasons.get(why) ?? 0) + 1);
  }
  // maxRSS is in kilobytes.
  return { seconds, peakRssMb: Number(readFileSync(report, 'utf8')) / 1024, emails: summary.emails, failed: summary.failed, reasons };
}

export interface MboxFigures {
  messages: number;
  /** The whole run over the big mbox (best of the runs). */
  total: CliRun;
  /** The same command over a one-message mbox: start-up (best of the runs). */
  startup: CliRun;
  /** Over the first 1,000 messages, for memory. */
  thousand: CliRun;
  /** Messages a second once started: (messages - 1) / (total - start-up). */
  perSecond: number;
  /** The machine: CPU cores, and the 1-minute load average when the runs began. */
  cores: number;
  load: number;
}

const best = (runs: CliRun[]): CliRun => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

export function measureMbox(opts: { messages?: number; runs?: number; log?: (s: string) => void } = {}): MboxFigures {
  const messages = opts.messages ?? 10_000;
  const runs = opts.runs ?? 2;
  const log = opts.log ?? (() => {});
  const emails = corpusEmails(messages);
  const dir = mkdtempSync(join(tmpdir(), 'trust-coach-bench-mbox-'));
  try {
    const write = (name: string, n: number) => {
      const file = join(dir, name);
      writeFileSync(file, buildMbox(emails.slice(0, n)));
      return file;
    };
    const one = write('one.mbox', 1);
    const thousandFile = write('thousand.mbox', Math.min(1000, messages));
    const all = write('all.mbox', messages);
    log(`mbox: built ${messages.toLocaleString('en-US')} messages from the corpus in ${dir}`);
    const load = loadavg()[0]!;
    const startup = best(Array.from({ length: runs + 1 }, () => runCli(dir, one)));
    log(`mbox: start-up ${startup.seconds.toFixed(2)} s, peak RSS ${startup.peakRssMb.toFixed(0)} MB`);
    const thousand = runCli(dir, thousandFile);
    log(`mbox: 1,000 messages ${thousand.seconds.toFixed(2)} s, peak RSS ${thousand.peakRssMb.toFixed(0)} MB`);
    const total = best(Array.from({ length: runs }, () => runCli(dir, all)));
    log(`mbox: ${messages.toLocaleString('en-US')} messages ${total.seconds.toFixed(2)} s, peak RSS ${total.peakRssMb.toFixed(0)} MB; not scored: ${JSON.stringify([...total.reasons])}`);
    if (total.emails + total.failed !== messages) throw new Error(`bench: the CLI saw ${total.emails + total.failed} messages of ${messages}`);
    return { messages, total, startup, thousand, perSecond: (messages - 1) / (total.seconds - startup.seconds), cores: availableParallelism(), load };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const n = (v: number) => Math.round(v).toLocaleString('en-US');

/** The CLI's reasons, most frequent first, each with its count. */
function reasonsText(reasons: ReadonlyMap<string, number>): string {
  if (!reasons.size) return 'none';
  return [...reasons].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([why, k]) => `${why.replace(/ \(.*\)$/, '')}: ${n(k)}`).join(', ');
}

/** The README's mbox block, from a run's figures. */
export function mboxBlock(f: MboxFigures): string {
  return (
    `On a ${n(f.messages)}-message mbox built from the corpus's emails at run time, \`--summary\` ` +
    `scores about ${n(f.perSecond)} messages a second once started: ` +
    `${f.total.seconds.toFixed(1)} s in all, ${f.startup.seconds.toFixed(1)} s of it starting up, ` +
    `${n(f.total.emails)} emails scored and ${n(f.total.failed)} refused (${reasonsText(f.total.reasons)}). ` +
    `Peak RSS ${n(f.total.peakRssMb)} MB (${n(f.thousand.peakRssMb)} MB for ${n(Math.min(1000, f.messages))} messages, ${n(f.startup.peakRssMb)} MB for one). ` +
    `Measured on ${f.cores} cores with a load average of ${f.load.toFixed(1)} at the start (other work included).`
  );
}

export function writeMboxBlock(f: MboxFigures): void {
  writeReadmeBlock(MBOX_BLOCK_START, MBOX_BLOCK_END, mboxBlock(f));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--messages');
  const figures = measureMbox({ ...(at > 0 ? { messages: Number(process.argv[at + 1]) } : {}), log: console.log });
  console.log(mboxBlock(figures));
  if (process.argv.includes('--write')) {
    writeMboxBlock(figures);
    console.log('wrote the README mbox block');
  }
}
