/**
 * Writes a measured block of the README: the text between `<!-- NAME:start … -->` and
 * `<!-- NAME:end -->`, so every figure there comes from the script that measured it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const README = fileURLToPath(new URL('../README.md', import.meta.url));

/** `start` is the block's whole opening marker (it names the command that writes it). */
export function writeReadmeBlock(start: string, end: string, text: string): void {
  const old = readFileSync(README, 'utf8');
  const a = old.indexOf(start);
  const b = old.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} block`);
  writeFileSync(README, `${old.slice(0, a + start.length)}\n${text}\n${old.slice(b)}`);
}
