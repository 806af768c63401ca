import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/index';
import { parseArgs, USAGE } from '../../src/cli/args';
import { SALES_PLAYBOOK } from '../../src/playbook/samples';
import { CLOCK, run, tempDir } from './helpers';

const tmp = tempDir();
const DRAFT = 'Hi Dana,\n\nJust checking in to touch base about the pilot. Let me know.\n\nSam';

describe('--playbook', () => {
  const draft = tmp.write('draft.txt', DRAFT);
  const good = tmp.write('sales.json', JSON.stringify(SALES_PLAYBOOK));

  it('is a value option, explained in --help', () => {
    const r = parseArgs(['a.txt', '--playbook', 'team.json']);
    expect(r.ok && r.options.playbook).toBe('team.json');
    expect(USAGE).toMatch(/^ {2}--playbook FILE {3}score against a team playbook/m);
  });

  it('scores with the team\'s phrases, default role and coach notes', async () => {
    const plain = await run([draft, '--json', ...CLOCK]);
    const team = await run([draft, '--json', '--playbook', good, ...CLOCK]);
    expect(team.stderr).toBe('');
    expect(team.code).toBe(0);
    const before = JSON.parse(plain.stdout) as Report;
    const after = JSON.parse(team.stdout) as Report;
    expect(after.role).toBe('prospecting');
    expect(after.hints.filter((h) => h.kind === 'team-phrase').map((h) => h.rule)).toContain('playbook:no-touch-base');
    // "Just checking in" is the built-in generic opener too: one hint for the same words, not two.
    const opener = after.hints.filter((h) => h.start === 10 && h.end === 26);
    expect(opener).toHaveLength(1);
    const account = JSON.parse((await run([draft, '--json', '--role', 'account', '--playbook', good, ...CLOCK])).stdout) as Report;
    expect(account.role).toBe('account');
    expect(account.hints.find((h) => h.kind === 'no-next-step')?.coachNote).toEqual({ note: 'Remember: always offer a time for the next call.', author: 'Priya' });
    expect(after.score).toBeLessThan(before.score);
  });

  it('refuses a bad playbook with the path and reason of each problem, and scores nothing', async () => {
    const bad = tmp.write('bad.json', JSON.stringify({ ...SALES_PLAYBOOK, rules: { 'no-such-rule': { enabled: false }, jargon: { severity: 'loud' } } }));
    const r = await run([draft, '--playbook', bad, ...CLOCK]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(r.stderr).toMatch(/bad\.json: rules › no-such-rule/);
    expect(r.stderr).toMatch(/bad\.json: rules › jargon › severity/);
    const notJson = tmp.write('notjson.json', '{ "name": ');
    const r2 = await run([draft, '--playbook', notJson, ...CLOCK]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/notjson\.json: .*JSON/);
  });
});

describe('--playbook, as text', () => {
  it('prints the coach\'s note under its hint', async () => {
    const draft = tmp.write('note.txt', DRAFT);
    const good = tmp.write('sales2.json', JSON.stringify(SALES_PLAYBOOK));
    const r = await run([draft, '--role', 'account', '--playbook', good, ...CLOCK]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Coach: Remember: always offer a time for the next call. — Priya');
  });
});
