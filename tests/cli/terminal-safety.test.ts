import { describe, it, expect } from 'vitest';
import type { Report } from '../../src/model/index';
import { terminalSafe } from '../../src/cli/format';
import { CLOCK, run, tempDir } from './helpers';

const tmp = tempDir();

/** Anything a terminal acts on, once our own colour codes (SGR "ESC [ n m") are taken out. */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const ownColours = (s: string) => s.replace(/\x1b\[\d+m/g, '');

const NASTY = [
  '\x1b]0;owned\x07', // OSC: set the window title
  '\x1b]8;;https://evil.example\x1b\\', // OSC 8 hyperlink, ended by ST
  '\x1b[2J\x1b[H', // clear the screen, cursor home
  '\x1b[31;1m', // colour
  '\x9b2J', // 8-bit CSI
  '\x1bP+q\x1b\\', // DCS
  '\r', // carriage return: rewrites the line
  '\x08\x08', // backspaces
  '\x07', // bell
  '\x7f',
];
const DRAFT = `Hi Dana,\n\nOur team will look ${NASTY.slice(1, 6).join('')}into the ${NASTY.slice(7).join('')}export soon.\n\nI'll send the ${NASTY[0]}file by Thursday at 3pm.\n\nSam${NASTY[6]}`;

describe('terminalSafe', () => {
  it('removes escape sequences and control characters, keeps text, tabs and newlines', () => {
    expect(terminalSafe(`a${NASTY.join('b')}c\td\ne é 😀`)).toBe(`a${'b'.repeat(NASTY.length - 1)}c\td\ne é 😀`);
    expect(terminalSafe('\x1b]0;never ended')).toBe('0;never ended');
    expect(terminalSafe('\x1bc\x1b(B\x1b7')).toBe('');
  });

  it('cleans long runs of openers completely (a quadratic scan would time the test out; speed itself is for the bench)', () => {
    for (const opener of ['\x1b]', '\x9d', '\x1b[', '\x1bP', '\x1b[1;']) {
      expect(CONTROLS.test(terminalSafe(opener.repeat(50_000)))).toBe(false);
    }
  });
});

describe('draft text written to a terminal', () => {
  const file = tmp.write('nasty.txt', DRAFT);

  it.each([false, true])('carries no control sequence from the draft (colour %s)', async (isTTY) => {
    const r = await run([file, ...CLOCK, '--role', 'support'], { isTTY });
    expect(r.code).toBe(0);
    expect(ownColours(r.stdout)).not.toMatch(CONTROLS);
    expect(r.stdout).toContain('“Our team will look into the export soon”');
    expect(r.stdout).toMatch(/“I'll send the file by Thursday at 3pm” · owner me/);
  });

  it('cleans a file name too', async () => {
    const named = tmp.write('evil\x1b[2Jname.txt', DRAFT);
    const r = await run([named, ...CLOCK, '--role', 'support']);
    expect(r.stdout.split('\n')[0]).toBe(tmp.path('evilname.txt'));
  });

  it('cleans what is quoted on stderr', async () => {
    const batch = tmp.write('nasty.jsonl', `${JSON.stringify({ body: 'Hi', role: 'sales\x1b]0;owned\x07\x1b[2J' })}\n`);
    const r = await run(['--batch', batch, ...CLOCK]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(CONTROLS);
    expect(r.errors).toEqual([`trust-coach: ${batch}:1: "role" must be one of prospecting, support, account (got "sales")`]);
  });

  it('leaves --json exact: the escapes are there, JSON-escaped', async () => {
    const r = await run([file, '--json', ...CLOCK, '--role', 'support']);
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
    const rep = JSON.parse(r.stdout) as Report;
    expect(rep.commitments.map((c) => c.text).join('\n')).toContain('\x1b]8;;https://evil.example\x1b\\');
  });
});
