import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/index';
import { parseArgs, USAGE } from '../../src/cli/args';
import { CLOCK, hasStackTrace, jsonLines, run, tempDir } from './helpers';

const tmp = tempDir();

const PITCH = 'Hi Dana,\n\nHow is your Brazil expansion going? I have ideas for staffing the new team in São Paulo and would like to share them with you.\n\nSam';
const GENERIC = 'Hi Dana,\n\nHow is the new quarter going? I have some ideas for your hiring plans this year and would love to share them with your team.\n\nSam';

const record = (key: string, strategy: string, name?: string) => ({ key, ...(name ? { name } : {}), strategy, news: '', people: [], lastInteraction: '', checklist: { site: false, news: false, profiles: false, posts: false }, updatedAt: '2026-11-20T09:00:00.000Z' });
const file = (...accounts: unknown[]) => JSON.stringify({ format: 'trust-coach-accounts', version: 1, exportedAt: '2026-11-21T10:00:00.000Z', accounts });

const NORTHWIND = record('northwind.com', 'Expanding into Brazil in Q2', 'Northwind Traders');
const KESTREL = record('kestrel.co.uk', 'Hiring 40 engineers in Leeds', 'Kestrel Labs');

async function kinds(draft: string, ...args: string[]): Promise<string[]> {
  const r = await run([draft, '--json', '--role', 'prospecting', ...CLOCK, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as Report).hints.map((h) => h.kind);
}

describe('--account', () => {
  const pitch = tmp.write('pitch.txt', PITCH);
  const generic = tmp.write('generic.txt', GENERIC);
  const both = tmp.write('both.json', file(KESTREL, NORTHWIND));

  it('is parsed as a value option and explained in --help', () => {
    const r = parseArgs(['a.txt', '--account', 'notes.json']);
    expect(r.ok && r.options.account).toBe('notes.json');
    const inline = parseArgs(['a.txt', '--account=notes.json']);
    expect(inline.ok && inline.options.account).toBe('notes.json');
    expect(parseArgs(['a.txt', '--account'])).toEqual({ ok: false, error: 'option --account needs a value' });
    expect(USAGE).toMatch(/^ {2}--account FILE {4}your research notes: a Trust Coach accounts file/m);
  });

  it('uses the account the recipients belong to', async () => {
    expect(await kinds(pitch, '--to', 'Dana Reyes <dana@eu.northwind.com>', '--account', both)).toContain('account-reference');
    expect(await kinds(generic, '--to', 'Dana Reyes <dana@northwind.com>', '--account', both)).toContain('no-account-reference');
    // Kestrel's notes say nothing about Brazil: the draft uses none of them.
    const forKestrel = await kinds(pitch, '--to', 'Dana Reyes <dana@kestrel.co.uk>', '--account', both);
    expect(forKestrel).toContain('no-account-reference');
    expect(forKestrel).not.toContain('account-reference');
  });

  it('uses no account when none matches and the file has several', async () => {
    const k = await kinds(pitch, '--to', 'Dana Reyes <dana@other.example>', '--account', both);
    expect(k).not.toContain('account-reference');
    expect(k).not.toContain('no-account-reference');
    expect(await kinds(pitch, '--to', 'Dana Reyes', '--account', both)).not.toContain('account-reference');
  });

  it('uses a file’s only account whoever the email is to, and reads one bare account record', async () => {
    const one = tmp.write('one.json', file(NORTHWIND));
    expect(await kinds(pitch, '--account', one)).toContain('account-reference');
    const bare = tmp.write('bare.json', JSON.stringify({ key: 'northwind.com', strategy: 'Expanding into Brazil in Q2' }));
    expect(await kinds(pitch, '--to', 'dana@elsewhere.example', '--account', bare)).toContain('account-reference');
    expect(await kinds(pitch)).not.toContain('account-reference');
  });

  it('applies to every line of a --batch', async () => {
    const batch = tmp.write('batch.jsonl', [JSON.stringify({ body: PITCH, to: 'dana@northwind.com', role: 'prospecting' }), JSON.stringify({ body: PITCH, to: 'dana@other.example', role: 'prospecting' })].join('\n'));
    const r = await run(['--batch', batch, '--account', both, ...CLOCK]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout) as unknown as Report[];
    expect(lines.map((l) => l.hints.some((h) => h.kind === 'account-reference'))).toEqual([true, false]);
  });

  it('refuses a bad file with one clear line per problem, exit 2, and scores nothing', async () => {
    const bad = tmp.write('bad.json', file(NORTHWIND, { key: 'acme.com', people: [{ name: 7 }], stratgy: 'x' }));
    const r = await run([pitch, '--account', bad, ...CLOCK]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.errors).toEqual([
      `trust-coach: ${bad}: accounts[1].people[0].name: expected text (got a number)`,
      `trust-coach: ${bad}: accounts[1].stratgy: not a field Trust Coach knows (check the spelling)`,
    ]);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('says what is wrong with a file that is not an accounts file, of another version, not JSON, or missing', async () => {
    const cases: [string, string][] = [
      [tmp.write('other.json', JSON.stringify({ hello: 'world' })), 'This is not a Trust Coach accounts file.'],
      [tmp.write('nokey.json', JSON.stringify({ name: 'Greenleaf Grocers', news: 'Opened a 12th store in Leeds' })), 'This account has no "key": add the domain of its email addresses'],
      [tmp.write('v3.json', JSON.stringify({ format: 'trust-coach-accounts', version: 3, exportedAt: '2026-11-21T10:00:00Z', accounts: [] })), 'This file is version 3; this version of Trust Coach reads version 1. Update Trust Coach to import it.'],
      [tmp.write('broken.json', '{"format": '), 'This file isn’t valid JSON'],
      [tmp.path('missing.json'), 'no such file'],
    ];
    for (const [path, message] of cases) {
      const r = await run([pitch, '--account', path, ...CLOCK]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.startsWith(`trust-coach: ${path}: ${message}`)).toBe(true);
    }
  });
});
