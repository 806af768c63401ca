import { describe, it, expect } from 'vitest';
import { parseArgs, isIsoDateTime } from '../../src/cli/args';

const ok = (argv: string[]) => {
  const r = parseArgs(argv);
  if (!r.ok) throw new Error(r.error);
  return r.options;
};
const error = (argv: string[]) => {
  const r = parseArgs(argv);
  return r.ok ? undefined : r.error;
};

describe('parseArgs', () => {
  it('reads files and every option, in both --opt value and --opt=value forms', () => {
    expect(ok(['a.txt', '--role', 'support', '--to', 'Dana <d@x.example>', '--to=bob@y.example', '--subject=Hi there', '--now', '2026-11-23T10:00:00+01:00', '--tz=Europe/Berlin', '--json', 'b.eml'])).toEqual({
      files: ['a.txt', 'b.eml'],
      role: 'support',
      to: ['Dana <d@x.example>', 'bob@y.example'],
      subject: 'Hi there',
      now: '2026-11-23T10:00:00+01:00',
      tz: 'Europe/Berlin',
      json: true,
      help: false,
      version: false,
    });
  });

  it('knows -h, -V and --batch', () => {
    expect(ok(['-h']).help).toBe(true);
    expect(ok(['-V']).version).toBe(true);
    expect(ok(['--batch', 'x.jsonl']).batch).toBe('x.jsonl');
  });

  it('takes everything after -- as files', () => {
    expect(ok(['--', '--json', '-x.txt']).files).toEqual(['--json', '-x.txt']);
  });

  it('accepts a value starting with a single dash, and an empty subject with =', () => {
    expect(ok(['--subject', '-urgent-', 'a.txt']).subject).toBe('-urgent-');
    expect(ok(['--subject=', 'a.txt']).subject).toBe('');
  });

  it('explains what is wrong', () => {
    expect(error(['--verbose'])).toBe('unknown option --verbose (see --help)');
    expect(error(['-x'])).toBe('unknown option -x (see --help)');
    expect(error(['--json=yes'])).toBe('unknown option --json (see --help)');
    expect(error(['--role'])).toBe('option --role needs a value');
    expect(error(['--to', '--json'])).toBe('option --to needs a value');
    expect(error(['--to', ' '])).toBe('--to needs a recipient');
    expect(error(['--role', 'Support'])).toMatch(/^--role must be one of prospecting, support, account \(got "Support"\)$/);
    expect(error(['--tz', 'Europe/Atlantis'])).toMatch(/unknown time zone "Europe\/Atlantis"/);
    expect(error(['--now', '23/11/2026'])).toMatch(/^--now must be an ISO date-time/);
  });
});

describe('isIsoDateTime', () => {
  it.each(['2026-11-23', '2026-11-23T10:00', '2026-11-23T10:00:00Z', '2026-11-23T10:00:00.123+01:00', '2026-11-23 10:00:00+0100'])('accepts %s', (s) => {
    expect(isIsoDateTime(s)).toBe(true);
  });
  it.each(['', 'now', 'Mon, 23 Nov 2026', '2026-13-01T10:00:00Z', '2026-02-31T10:00:00Z', '2026-11-23T25:00:00Z'])('rejects %j', (s) => {
    expect(isIsoDateTime(s)).toBe(false);
  });
});

describe('an unknown option in the error (issue 18: cut at "=" by a scan)', () => {
  it('names the option without its value', () => {
    expect(error(['--colour=always'])).toBe('unknown option --colour (see --help)');
    expect(error(['--a=b=c'])).toBe('unknown option --a (see --help)');
  });

  it('a run of "=" in the option', () => {
    expect(error([`--x${'='.repeat(50_000)}y`])).toBe('unknown option --x (see --help)');
    expect(error([`-${'x'.repeat(50_000)}`])).toBe(`unknown option -${'x'.repeat(50_000)} (see --help)`);
  });
});
