import { describe, it, expect } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { DIMENSIONS, type Report } from '../../src/model/index';
import { CLOCK, fixture, hasStackTrace, jsonLines, run, tempDir } from './helpers';

const tmp = tempDir();

const BODY = "Hi Dana,\n\nI checked the export: a renamed date column broke it on Tuesday. I fixed the column and re-ran last night's export.\n\nI'll send you the new file by Thursday at 3pm.\n\nSam";
/** A first email to a prospect, read as prospecting (BODY, a fix with no thread, reads as an update on their account). */
const FIRST = "Hi Dana,\n\nI saw Northwind opened a second warehouse in Reno. How are you scheduling dock slots across both sites today?\n\nSam";
/** A quote full of phrases the model would flag if it scored them, and nothing that asks for anything. */
const QUOTE = 'Sorry for any inconvenience. We are the industry-leading, best-in-class platform and we need to leverage synergies ASAP.';
const SIGNATURE = 'Sam Ortiz | Support Lead\nAcme Widgets, the world\'s leading best-in-class synergy platform. Act now, limited offer!';

async function report(file: string, ...args: string[]): Promise<Report> {
  const r = await run([file, '--json', ...CLOCK, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe('human output', () => {
  const file = tmp.write('draft.txt', "Hi Dana,\n\nSorry for any inconvenience. I'll send the pricing by Thursday at 3pm.\n\nSam");

  it('shows the file, score, band, role and one bar per dimension', async () => {
    const r = await run([file, ...CLOCK, '--role', 'support']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(file);
    expect(lines[1]).toMatch(/^Score \d{1,3}\/100 \((low|fair|good|great)\) · role support$/);
    for (const d of DIMENSIONS) expect(r.stdout).toMatch(new RegExp(`^  ${d} +[█░]{10} +\\d{1,3}$`, 'm'));
  });

  it('lists hints with 1-based line:col, kind, excerpt, suggestion and points, highest impact first', async () => {
    const vague = tmp.write('vague.txt', 'Hi Dana,\n\nSorry for any inconvenience. Our team will look into the export soon and the new file ships on Monday.\n\nSam');
    const r = await run([vague, ...CLOCK, '--role', 'prospecting']);
    expect(r.stdout).toMatch(/^ {2}3:1 +\[non-apology\] .*\+\d+ points\n +“Sorry for any inconvenience”\n +→ \S/m);
    expect(r.stdout).toMatch(/^ {2}- +\[no-question\] .*\n +\(missing\)\n +→ \S/m);
    const points = [...r.stdout.matchAll(/\+(\d+) points/g)].map((m) => Number(m[1]));
    expect(points.length).toBeGreaterThan(1);
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });

  it('lists the commitments found with owner, due time and whether they are specific', async () => {
    const r = await run([file, ...CLOCK, '--role', 'support']);
    expect(r.stdout).toMatch(/^Commitments\n {2}“I'll send the pricing by Thursday at 3pm” · owner me · due 2026-11-26 15:00 \(\+01:00\).* · specific$/m);
  });

  it('says when the role was guessed', async () => {
    expect((await run([file, ...CLOCK])).stdout).toMatch(/role (prospecting|support|account) \(guessed; set it with --role\)/);
    expect((await run([file, ...CLOCK, '--role', 'account'])).stdout).not.toMatch(/guessed/);
  });

  it('uses colour only on a terminal without NO_COLOR', async () => {
    const ansi = /\x1b\[/;
    expect((await run([file, ...CLOCK])).stdout).not.toMatch(ansi);
    expect((await run([file, ...CLOCK], { isTTY: true })).stdout).toMatch(ansi);
    expect((await run([file, ...CLOCK], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
  });

  it('prints the truncation notice for a huge draft', async () => {
    const huge = tmp.write('huge.txt', `Hi Dana,\n\n${'The export runs every night and the report is ready by eight.\n'.repeat(3500)}`);
    const r = await run([huge, ...CLOCK, '--role', 'account']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/only the first [\d,]+ characters/);
  });
});

describe('--json', () => {
  it('prints the Report of one file as a JSON document', async () => {
    const rep = await report(tmp.write('one.txt', BODY), '--role', 'support');
    expect(rep).toMatchObject({ score: expect.any(Number), band: expect.any(String), role: 'support', hints: expect.any(Array), commitments: expect.any(Array) });
    expect(Object.keys(rep.dimensions).sort()).toEqual([...DIMENSIONS].sort());
    expect(rep).not.toHaveProperty('file');
    expect(rep.commitments[0]).toMatchObject({ owner: 'me', specific: true, due: '2026-11-26T15:00:00+01:00' });
  });

  it('prints one JSON object a line, each with its file, for several files', async () => {
    const a = tmp.write('a.txt', FIRST);
    const b = fixture('plain.eml');
    const r = await run([a, b, '--json', ...CLOCK]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual([a, b]);
    expect(lines[0]).toMatchObject({ score: expect.any(Number), role: 'prospecting' });
  });
});

describe('what is scored', () => {
  it('does not score the quoted history of a .txt reply', async () => {
    const alone = await report(tmp.write('alone.txt', BODY), '--role', 'support');
    const replied = await report(tmp.write('replied.txt', `${BODY}\n\nOn Mon, Nov 23, 2026 at 8:02 AM Dana Reyes <dana@northwind.example> wrote:\n> ${QUOTE}`), '--role', 'support');
    expect(replied).toEqual(alone);
  });

  it('drops the signature after "-- "', async () => {
    const alone = await report(tmp.write('nosig.txt', BODY), '--role', 'support');
    const signed = await report(tmp.write('signed.txt', `${BODY}\n-- \n${SIGNATURE}\n`), '--role', 'support');
    expect(signed).toEqual(alone);
  });

  it('scores only the writer part of the reply fixture', async () => {
    const rep = await report(fixture('reply.txt'));
    const bodyLength = readFileSync(fixture('reply.txt'), 'utf8').indexOf('\n-- \n');
    for (const h of rep.hints) expect(h.end).toBeLessThanOrEqual(bodyLength);
    expect(rep.hints.map((h) => h.kind)).not.toContain('boasting');
  });

  it('does not score the quoted history of an HTML email (gmail_quote)', async () => {
    const rep = await report(fixture('html.eml'));
    expect(rep.hints.map((h) => h.kind)).not.toContain('non-apology');
    expect(rep.role).toBe('support');
  });

  it('uses the To: header of an .eml as recipients, and --to overrides it', async () => {
    const kinds = async (...args: string[]) => (await report(fixture('plain.eml'), ...args)).hints.map((h) => h.kind);
    expect(await kinds()).not.toContain('wrong-name');
    expect(await kinds('--to', 'Chris Lang <chris@kestrel-labs.example>')).toContain('wrong-name');
    expect(await kinds('--to', 'Chris Lang')).toContain('wrong-name');
  });

  it('uses --to and --subject for .txt drafts', async () => {
    const file = tmp.write('greet.txt', BODY);
    expect((await report(file, '--to', 'Chris Lang <chris@kestrel-labs.example>')).hints.map((h) => h.kind)).toContain('wrong-name');
    const long = 'Following up on the export problem, the invoice question and the renewal timeline for next year';
    expect((await report(file, '--subject', long)).hints.map((h) => h.kind)).toContain('long-subject');
    expect((await report(file, '--subject', 'Export fixed')).hints.map((h) => h.kind)).not.toContain('long-subject');
  });

  it.each(['plain.eml', 'html.eml', 'qp.eml', 'base64.eml', 'multipart.eml', 'outlook.eml', 'latin1.eml', 'nested.eml', 'encoded-words.eml', 'flowed.eml', 'apple-mail.eml', 'iso-8859-2.eml'])('scores %s', async (name) => {
    const rep = await report(fixture(name));
    expect(rep.score).toBeGreaterThanOrEqual(0);
    expect(rep.score).toBeLessThanOrEqual(100);
  });

  it('reads the clock only when --now is not given', async () => {
    const file = tmp.write('tomorrow.txt', "Hi Dana,\n\nI'll call you tomorrow at 10am.\n\nSam");
    const r = await run([file, '--json', '--tz', 'UTC', '--role', 'account'], { clock: () => new Date('2026-03-02T08:00:00Z') });
    expect((JSON.parse(r.stdout) as Report).commitments[0]?.due).toBe('2026-03-03T10:00:00+00:00');
  });
});

describe('role guessing', () => {
  const role = async (text: string) => (await report(tmp.write('role.txt', text))).role;

  it('guesses support for a reply to a complaint', async () => {
    expect(await role(`${BODY}\n\nOn Mon, 23 Nov 2026, Dana wrote:\n> The export is broken again.`)).toBe('support');
    expect(await role(`${BODY}\n\n> The app crashes every time I open the export.`)).toBe('support');
  });

  it('guesses support when the reply itself names the problem', async () => {
    expect(await role(`Hi Dana,\n\nSorry about the error in the report.\n\nSam\n\n> Thanks for the report.`)).toBe('support');
  });

  it('guesses account for other replies', async () => {
    // (A reply that fixes something broken reads as support now that the role is learned from whole emails.)
    const update = "Hi Dana,\n\nAs discussed on our call, here is the rollout plan for your second site. I'll send the updated order form by Thursday at 3pm.\n\nSam";
    expect(await role(`${update}\n\nOn Mon, 23 Nov 2026, Dana wrote:\n> Looking forward to the new file.`)).toBe('account');
  });

  it('guesses prospecting for a first email', async () => {
    expect(await role(FIRST)).toBe('prospecting');
  });

  it('uses --role when given', async () => {
    expect((await report(fixture('reply.txt'), '--role', 'account')).role).toBe('account');
  });
});

describe('bad input', () => {
  const expectOneError = (r: { code: number; errors: string[]; stderr: string }, pattern: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^trust-coach: /);
    expect(r.errors[0]).toMatch(pattern);
    expect(hasStackTrace(r.stderr)).toBe(false);
  };

  it.each([
    ['a missing file', () => tmp.path('missing.txt'), /missing\.txt: no such file$/],
    ['a folder without .eml files', () => { mkdirSync(tmp.path('empty-folder'), { recursive: true }); return tmp.path('empty-folder'); }, /empty-folder: is a folder without \.eml files$/],
    ['a binary file', () => fixture('binary.txt'), /binary\.txt: binary file/],
    ['invalid UTF-8', () => tmp.write('latin1.txt', Uint8Array.from([0x48, 0x69, 0x20, 0xe9, 0x74, 0xe9, 0x0a])), /latin1\.txt: not valid UTF-8/],
    ['a blank draft', () => tmp.write('blank.txt', '  \n\n\t\n'), /blank\.txt: empty draft/],
    ['a draft that is only quote and signature', () => tmp.write('onlyquote.txt', '\n-- \nSam\n\n> Is it fixed?\n'), /onlyquote\.txt: empty draft/],
    ['an .eml without headers', () => tmp.write('noheaders.eml', 'just some words\nand more\n'), /noheaders\.eml: not an RFC 822 email/],
    ['an .eml with only an attachment', () => tmp.write('attach.eml', 'To: a@b.example\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--x--\n'), /attach\.eml: no text\/plain or text\/html part/],
    ['an .eml whose body is blank', () => tmp.write('blank.eml', 'To: a@b.example\nSubject: hi\n\n\n'), /blank\.eml: empty draft/],
    // The MIME parser's memory grows with lines and parts: 10 MB of them would take gigabytes.
    ['an .eml of 10 MB of empty lines', () => tmp.write('newlines.eml', `To: a@b.example\n\nHi\n${'\n'.repeat(10_000_000)}`), /newlines\.eml: more than 200,000 lines, too many to read as an email$/],
    ['an .eml of 2.5 million empty MIME parts', () => tmp.write('parts.eml', `To: a@b.example\nContent-Type: multipart/mixed; boundary=b\n\n${'--b\n'.repeat(2_500_000)}--b--\n`), /parts\.eml: more than 200,000 lines/],
    ['an .eml with 3 MB of headers', () => tmp.write('headers.eml', `To: a@b.example\n${`X-A: ${'y'.repeat(100)}\n`.repeat(30_000)}\nHi\n`), /headers\.eml: could not be read as an email \(Maximum header size of 2097152 bytes exceeded\)$/],
  ])('reports %s on one stderr line with exit 2', async (_, path, pattern) => {
    const r = await run([path(), ...CLOCK]);
    expectOneError(r, pattern);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['--colour'], /^trust-coach: unknown option --colour/],
    [['--role'], /option --role needs a value/],
    [['--tz', '--json'], /option --tz needs a value/],
    [['--role', 'sales'], /--role must be one of prospecting, support, account/],
    [['--role=sales'], /--role must be one of/],
    [['--now', 'next tuesday'], /--now must be an ISO date-time/],
    [['--now', '2026-13-45T10:00:00Z'], /--now must be an ISO date-time/],
    [['--tz', 'Mars/Olympus'], /unknown time zone "Mars\/Olympus"/],
    [[], /no input files/],
    [['--batch', 'x.jsonl', 'y.txt'], /--batch cannot be combined/],
  ])('rejects %j with one line and exit 2', async (args, pattern) => {
    const r = await run([...(args.length && !args.includes('--batch') ? [fixture('reply.txt')] : []), ...args]);
    expectOneError(r, pattern);
    expect(r.stdout).toBe('');
  });

  it('reports unreadable files without a stack trace', async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'secret.txt'\n    at open (node:fs)"), { code: 'EACCES' });
    const r = await run(['secret.txt'], { readFile: () => Promise.reject(denied) });
    expectOneError(r, /^trust-coach: secret\.txt: permission denied$/);
    const odd = await run(['odd.txt'], { readFile: () => { throw new Error('disk on fire\n    at read (x.js:1:1)'); } });
    expectOneError(odd, /^trust-coach: odd\.txt: disk on fire$/);
  });

  it('still scores the good files when one is bad, and exits 2', async () => {
    const good = tmp.write('good.txt', BODY);
    const r = await run([good, tmp.path('gone.txt'), fixture('plain.eml'), '--json', ...CLOCK]);
    expectOneError(r, /gone\.txt: no such file/);
    expect(jsonLines(r.stdout).map((l) => l.file)).toEqual([good, fixture('plain.eml')]);
  });
});

describe('--batch', () => {
  const lines = [
    JSON.stringify({ body: BODY, subject: 'Export fixed', to: 'Dana Reyes <dana@northwind.example>', role: 'support' }),
    '{"body": "Hi Dana, oops',
    '',
    JSON.stringify({ body: FIRST, to: ['Chris Lang <chris@kestrel-labs.example>', 'ops@kestrel.example'] }),
    JSON.stringify({ body: 42 }),
    JSON.stringify({ subject: 'no body' }),
    JSON.stringify({ body: BODY, role: 'sales' }),
    JSON.stringify({ body: BODY, now: 'tomorrow' }),
    JSON.stringify({ body: BODY, to: 7 }),
    JSON.stringify(['not', 'an', 'object']),
    JSON.stringify({ body: '   ' }),
    JSON.stringify({ body: "Hi Dana,\n\nI'll call you tomorrow at 10am.\n\nSam", now: '2026-03-02T08:00:00Z', quoted: 'Thanks for the update, Sam.' }),
  ];

  it('prints one report a line with its line number, and goes on past bad lines', async () => {
    const batch = tmp.write('batch.jsonl', `${lines.join('\n')}\n`);
    const r = await run(['--batch', batch, ...CLOCK]);
    expect(r.code).toBe(2);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.line)).toEqual([1, 4, 12]);
    expect(out[0]).toMatchObject({ role: 'support', score: expect.any(Number), dimensions: expect.any(Object) });
    expect((out[1]!.hints as { kind: string }[]).map((h) => h.kind)).toContain('wrong-name');
    expect(out[1]!.role).toBe('prospecting');
    expect(out[2]).toMatchObject({ role: 'account', commitments: [expect.objectContaining({ due: '2026-03-03T10:00:00+01:00' })] });

    expect(r.errors).toHaveLength(8);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const byLine = new Map(r.errors.map((e) => [Number(/\.jsonl:(\d+): /.exec(e)?.[1]), e]));
    expect([...byLine.keys()]).toEqual([2, 5, 6, 7, 8, 9, 10, 11]);
    expect(byLine.get(2)).toMatch(/^trust-coach: .*batch\.jsonl:2: not valid JSON/);
    expect(byLine.get(5)).toMatch(/"body" must be a string/);
    expect(byLine.get(6)).toMatch(/"body" is missing/);
    expect(byLine.get(7)).toMatch(/"role" must be one of/);
    expect(byLine.get(8)).toMatch(/"now" must be an ISO date-time/);
    expect(byLine.get(9)).toMatch(/"to" must be a string or an array/);
    expect(byLine.get(10)).toMatch(/JSON object/);
    expect(byLine.get(11)).toMatch(/empty draft/);
  });

  it('exits 0 when every line is good, and --role is the default role', async () => {
    const batch = tmp.write('good.jsonl', [JSON.stringify({ body: BODY }), JSON.stringify({ body: BODY, role: 'support' })].join('\r\n'));
    const r = await run(['--batch', batch, '--role', 'account', ...CLOCK]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout).map((o) => [o.line, o.role])).toEqual([[1, 'account'], [2, 'support']]);
  });

  it('reports a missing batch file', async () => {
    const r = await run(['--batch', tmp.path('nope.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([`trust-coach: ${tmp.path('nope.jsonl')}: no such file`]);
  });
});

describe('--help and --version', () => {
  it('prints usage', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: trust-coach \[options\] FILE\.\.\./);
    for (const opt of ['--role', '--to', '--subject', '--now', '--tz', '--json', '--batch']) expect(r.stdout).toContain(opt);
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const r = await run(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `trust-coach ${pkg.version}\n`, stderr: '' });
  });
});
