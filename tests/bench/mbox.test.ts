/**
 * The bench's mbox (scripts/bench-mbox.ts): built the way mail clients write
 * one, so the CLI reads back exactly the messages it was given; and the
 * README's mbox block is what the bench writes, not a hand-written figure.
 * No timing here: speed is for `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildMbox, escapeFromLines, MBOX_BLOCK_END, MBOX_BLOCK_START, mboxBlock, rfc822, type MboxEmail, type MboxFigures } from '../../scripts/bench-mbox';
import { mboxMessages } from '../../src/cli/mailbox';
import { CLOCK, run, tempDir } from '../cli/helpers';

const tmp = tempDir();

// Our own text: body lines that start (after ">"s) with "From " are the ones an mbox must escape.
const EMAILS: MboxEmail[] = [
  { from: '<sam@acme-widgets.example>', to: '<dana@northwind.example>', subject: 'Export fix', body: "Hi Dana,\n\nFrom Monday the export runs nightly. I'll confirm by Friday at 3pm.\n\nSam\n" },
  { from: '<kofi@acme-widgets.example>', subject: 'Counts', body: 'Hi Zoe,\n>From your last note: the counts match.\n>>From the site report: two scanners are missing.\nFrom: is not an envelope\nFromage is cheese\n From with a space is fine\n\nKofi' },
  { from: '<mei@acme-widgets.example>', to: '<lars@nordic-print.example>', subject: 'Proof', body: 'Hi Lars,\n\nShall I ask the printer for a second proof by Wednesday?\n\nFrom\nMei\n' },
];

describe('the mbox the bench builds', () => {
  it('escapes every body line that starts with "From " after any ">"s, and only those', () => {
    expect(escapeFromLines('From Monday\n>From a\n>>From b\nFrom: x\nFromage\n From\nFrom')).toBe('>From Monday\n>>From a\n>>>From b\nFrom: x\nFromage\n From\nFrom');
  });

  it('reads back, message by message, exactly the messages it was built from', async () => {
    const file = tmp.write('bench.mbox', buildMbox(EMAILS));
    const got: string[] = [];
    for await (const m of mboxMessages(file, 1024 * 1024)) got.push(new TextDecoder().decode(m.bytes));
    // Each message keeps the blank line that separated it from the next.
    expect(got).toEqual(EMAILS.map((e, i) => `${rfc822(e, i + 1)}\n`));
  });

  it('is scored by the CLI as exactly that many emails (no escaped line starts a message)', async () => {
    const file = tmp.write('scored.mbox', buildMbox(EMAILS));
    const summary = await run(['--summary', '--json', file, ...CLOCK]);
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout)).toMatchObject({ emails: 3, failed: 0 });
    const second = await run([file, '--json', ...CLOCK]);
    const reports = second.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { message: number });
    expect(reports.map((r) => r.message)).toEqual([1, 2, 3]);
  });
});

/** The sentence mboxBlock writes, with every figure a number. */
const BLOCK =
  /^On a ([\d,]+)-message mbox built from the corpus's emails at run time, `--summary` scores about ([\d,]+) messages a second once started: ([\d.]+) s in all, ([\d.]+) s of it starting up, ([\d,]+) emails scored and ([\d,]+) refused \((?:none|[^()]+: [\d,]+)\)\. Peak RSS ([\d,]+) MB \(([\d,]+) MB for [\d,]+ messages, ([\d,]+) MB for one\)\. Measured on \d+ cores with a load average of [\d.]+ at the start \(other work included\)\.$/;
const num = (s: string) => Number(s.replace(/,/g, ''));

describe("the README's mbox block", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('is the sentence the bench writes', () => {
    const cliRun = (seconds: number, rss: number) => ({ seconds, peakRssMb: rss, emails: 9_990, failed: 10, reasons: new Map([['empty draft (nothing left)', 6], ['more than 200,000 lines, too many to read as an email', 4]]) });
    const figures: MboxFigures = { messages: 10_000, total: cliRun(12.34, 250.4), startup: cliRun(2.5, 180), thousand: cliRun(3.4, 200), perSecond: 9_999 / 9.84, cores: 2, load: 1.25 };
    expect(mboxBlock(figures)).toMatch(BLOCK);
  });

  it('holds one run of the bench: its figures agree with each other', () => {
    expect(readme.split(MBOX_BLOCK_START)).toHaveLength(2);
    const block = readme.slice(readme.indexOf(MBOX_BLOCK_START) + MBOX_BLOCK_START.length, readme.indexOf(MBOX_BLOCK_END)).trim();
    const m = BLOCK.exec(block);
    expect(m, 'run npm run bench -- --write (or npx tsx scripts/bench-mbox.ts --write)').not.toBeNull();
    const [messages, perSecond, total, startup, scored, failed] = m!.slice(1, 7).map(num) as [number, number, number, number, number, number];
    expect(scored + failed).toBe(messages);
    expect(messages).toBe(10_000);
    // Seconds are rounded to 0.1 s: messages a second must follow from them within that rounding.
    expect(perSecond).toBeGreaterThanOrEqual((messages - 1) / (total - startup + 0.1));
    expect(perSecond).toBeLessThanOrEqual((messages - 1) / (total - startup - 0.1));
  });

  it('is the only place the CLI section gives a mailbox speed (no hand-written figures)', () => {
    const section = readme.slice(readme.indexOf('## Score emails from the command line'), readme.indexOf('## Use the model as a library'));
    const outside = section.replace(/<!-- mbox:start[\s\S]*?<!-- mbox:end -->/, '');
    expect(outside).not.toMatch(/messages? a second|MB peak|peak RSS/);
  });
});
