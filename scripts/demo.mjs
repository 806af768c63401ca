// Part of `npm start` (after `npm run build`): scores the sample drafts in
// assets/samples with the built CLI. Exits non-zero if the CLI fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const samples = [
  ['prospecting', 'assets/samples/prospecting.txt', ['--to', 'Dana Reyes <dana@northwind.com>']],
  ['support', 'assets/samples/support.txt', ['--to', 'Lee Park <lee@example.org>']],
  ['account', 'assets/samples/account.txt', ['--to', 'Dana Reyes <dana@northwind.com>']],
];
for (const [role, file, extra] of samples) {
  console.log(`\n━━ A ${role} email (${file})`);
  const r = spawnSync(process.execPath, ['dist/cli/trust-coach.js', '--role', role, '--now', '2026-11-23T10:00:00+01:00', '--tz', 'Europe/Berlin', ...extra, file], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
