import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Report } from '../../src/model/index';
import { mboxMessages } from '../../src/cli/mailbox';
import { CLOCK, fixture, hasStackTrace, jsonLines, run, tempDir } from './helpers';

const tmp = tempDir();
const NAMES = ['plain.eml', 'html.eml', 'qp.eml', 'multipart.eml', 'outlook.eml'];
const eml = (name: string) => readFileSync(fixture(name), 'utf8');
const envelope = (i: number) => `From sender${i}@acme-widgets.example Mon Nov 23 10:0${i}:00 2026\n`;
/** An mbox of the fixtures, mboxrd-escaped, as Thunderbird and Takeout write it. */
const mbox = (messages: string[]) => messages.map((m, i) => `${envelope(i)}${m.replace(/^(>*From )/gm, '>$1')}${m.endsWith('\n') ? '' : '\n'}\n`).join('');

async function alone(name: string): Promise<Report> {
  const r = await run([fixture(name), '--json', ...CLOCK]);
  return JSON.parse(r.stdout) as Report;
}

describe('a folder of .eml files', () => {
  const dir = tmp.path('folder');
  mkdirSync(dir, { recursive: true });
  for (const n of NAMES) tmp.write(`folder/${n}`, eml(n));
  tmp.write('folder/notes.txt', 'not an email');

  it('scores each .eml, by name, and nothing else', async () => {
    const r = await run([dir, '--json', ...CLOCK]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.file)).toEqual([...NAMES].sort().map((n) => tmp.path(`folder/${n}`)));
    const { file: _, ...first } = out.find((o) => String(o.file).endsWith('plain.eml'))!;
    expect(first).toEqual(await alone('plain.eml'));
  });
});

describe('an mbox file', () => {
  it('scores message by message, each as its .eml alone, #N naming the message', async () => {
    const file = tmp.write('sent.mbox', mbox(NAMES.map(eml)));
    const r = await run([file, '--json', ...CLOCK]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => [o.file, o.message])).toEqual(NAMES.map((_, i) => [file, i + 1]));
    for (const [i, name] of NAMES.entries()) {
      const { file: _f, message: _m, ...report } = out[i]!;
      expect(report).toEqual(await alone(name));
    }
  });

  it('recognises an mbox without the .mbox name (Thunderbird "Sent") and names messages in human output', async () => {
    const file = tmp.write('Sent', mbox([eml('plain.eml'), eml('qp.eml')]));
    const r = await run([file, ...CLOCK]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith(file))).toEqual([`${file}#1`, `${file}#2`]);
  });

  it('unescapes ">From " lines and does not split on them', async () => {
    const body = 'To: dana@northwind.example\nSubject: hi\n\nHi Dana,\n\nFrom Monday on, the export runs at 6am. I will check it myself on Tuesday at 9am.\n\nSam\n';
    const file = tmp.write('escaped.mbox', mbox([body]));
    expect(readFileSync(file, 'utf8')).toContain('\n>From Monday');
    const messages = [];
    for await (const m of mboxMessages(file, 1_000_000)) messages.push(m);
    expect(messages).toHaveLength(1);
    expect(new TextDecoder().decode(messages[0]!.bytes)).toContain('\nFrom Monday on');
  });

  it('applies the size cap per message: a big one is skipped, the others scored', async () => {
    const big = `To: dana@northwind.example\nSubject: logs\n\nHi Dana,\n\n${'The export log line repeats here.\n'.repeat(2000)}\nSam\n`;
    const file = tmp.write('big.mbox', mbox([eml('plain.eml'), big, eml('qp.eml')]));
    const r = await run([file, '--json', '--max-bytes', '20K', ...CLOCK]);
    expect(r.code).toBe(2);
    expect(jsonLines(r.stdout).map((o) => o.message)).toEqual([1, 3]);
    expect(r.errors).toEqual([`trust-coach: ${file}#2: larger than the size limit of 20,480 bytes; stopped reading (raise it with --max-bytes)`]);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('drops a line longer than the cap as it reads it (bounded memory), and still finds the next message', async () => {
    const file = tmp.write('longline.mbox', `${envelope(1)}To: a@b.example\n\n${'x'.repeat(3_000_000)}\n${envelope(2)}${eml('plain.eml')}`);
    const seen = [];
    for await (const m of mboxMessages(file, 4096)) seen.push({ index: m.index, tooLarge: m.tooLarge ?? false, size: m.bytes?.length ?? 0 });
    expect(seen.map((m) => [m.index, m.tooLarge])).toEqual([[1, true], [2, false]]);
    expect(seen[1]!.size).toBe(Buffer.byteLength(eml('plain.eml')));
  });

  it.runIf(existsSync('/dev/zero'))('refuses a named mailbox that is not a regular file', async () => {
    const r = await run(['/dev/zero', ...CLOCK]);
    expect(r.errors).toEqual(['trust-coach: /dev/zero: not a regular file (a character device); use - to read standard input']);
  });
});

describe('--summary', () => {
  const file = tmp.write('summary.mbox', mbox([...NAMES.map(eml), 'To: a@b.example\n\n\n']));

  it('prints emails scored, average score by role, the most frequent hints and the promises made', async () => {
    const reports = await Promise.all(NAMES.map(alone));
    const r = await run([file, '--summary', ...CLOCK]);
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([`trust-coach: ${file}#6: empty draft (nothing left to score once quoted history and signature are removed)`]);
    expect(r.stdout).toMatch(/^Summary\n {2}Emails scored +5 \(1 could not be scored\)\n {2}Average score +[\d.]+\n {2}By role\n/);
    expect(r.stdout).not.toMatch(/Score \d+\/100/);
    const roles = new Set(reports.map((x) => x.role));
    for (const role of roles) {
      const mine = reports.filter((x) => x.role === role);
      const avg = Math.round((mine.reduce((s, x) => s + x.score, 0) / mine.length) * 10) / 10;
      expect(r.stdout).toMatch(new RegExp(`^ {4}${role} +${avg.toString().replace('.', '\\.')} +\\(${mine.length} emails?\\)$`, 'm'));
    }
    const promises = reports.reduce((s, x) => s + x.commitments.length, 0);
    expect(r.stdout).toMatch(new RegExp(`^ {2}Promises made +${promises} \\(`, 'm'));
    const kinds = new Map<string, number>();
    for (const x of reports) for (const k of new Set(x.hints.filter((h) => h.impact > 0).map((h) => h.kind))) kinds.set(k, (kinds.get(k) ?? 0) + 1);
    const top = [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (top) expect(r.stdout).toMatch(new RegExp(`^ {2}Most frequent hints\\n {4}${top[0]} +${top[1]} emails?$`, 'm'));
  });

  it('prints it as one JSON object with --json, and writes it as CSV', async () => {
    const csv = tmp.path('summary.csv');
    const r = await run([file, '--summary', '--json', '--summary-csv', csv, ...CLOCK]);
    const summary = JSON.parse(r.stdout) as { emails: number; failed: number; byRole: Record<string, { emails: number }>; topHints: { kind: string; emails: number }[] };
    expect(summary).toMatchObject({ emails: 5, failed: 1 });
    expect(Object.values(summary.byRole).reduce((s, x) => s + x.emails, 0)).toBe(5);
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('section,name,count,average_score');
    expect(rows[1]).toMatch(/^total,all,5,[\d.]+$/);
    expect(rows).toContain('total,not scored,1,');
    for (const h of summary.topHints) expect(rows).toContain(`hint,${h.kind},${h.emails},`);
  });

  it('still prints every report with --summary-csv alone, and refuses --summary with --batch', async () => {
    const csv = tmp.path('only.csv');
    const r = await run([fixture('plain.eml'), '--summary-csv', csv, ...CLOCK]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Score \d+\/100/);
    expect(readFileSync(csv, 'utf8')).toMatch(/^section,name,count,average_score\ntotal,all,1,/);
    const b = await run(['--batch', 'x.jsonl', '--summary']);
    expect(b.errors).toEqual(['trust-coach: --summary and --summary-csv work on files, folders and mailboxes, not --batch']);
  });
});

describe('what is not an mbox', () => {
  it('scores a .txt draft that starts with "From " as a draft', async () => {
    const file = tmp.write('from.txt', 'From the team at Acme,\n\nNote: the export is fixed. I will send the file by Thursday at 3pm.\n\nSam\n');
    const r = await run([file, '--json', ...CLOCK]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('message');
    const plain = tmp.write('from-notes', 'From the team at Acme,\nNote: the export is fixed. I will send the file by Thursday at 3pm.\n');
    expect(JSON.parse((await run([plain, '--json', ...CLOCK])).stdout)).not.toHaveProperty('message');
  });
});
