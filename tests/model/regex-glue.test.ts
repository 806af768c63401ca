/**
 * A pattern whose alternatives end some in a space and some in a letter, right before more words, glues the short
 * ones to what follows: "(?:you|your (?:[\w-]+ ){0,2})(?:did not|…)" reads "you did not" as "youdid not", so the
 * phrase never matched a word of real mail (three such phrases were dead for months: "as per our records you did
 * not…", "we ship 20,000 orders a week without a hitch", "sorry to see you go"). This test reads every pattern in the
 * model's source, string or literal, and finds that shape.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lexicon from '../../src/model/lexicon/phrases';

const root = fileURLToPath(new URL('../../src/model', import.meta.url));

/** An alternative that ends in a space, or in an optional run that ends in one ("(?:that )?", "(?:[\w-]+ ){0,2}"). */
const ENDS_SPACE = /(?: |\\\\s|\\s)(?:\)\{\d+,\d+\}\??|\)\?|\)\*|\)\+|\))*$/;
/** An alternative that ends in a letter (not an escape such as "\s"). */
const ENDS_WORD = /[a-z'’]$/i;

/** Every "(?:a|b c )word…" in the text whose alternatives end some in a space and some in a letter, before a letter. */
function gluedAlternations(text: string): string[] {
  const found: string[] = [];
  for (let i = text.indexOf('(?:'); i >= 0; i = text.indexOf('(?:', i + 1)) {
    let depth = 0;
    let j = i;
    let inClass = false;
    let start = i + 3;
    const alts: string[] = [];
    for (; j < text.length; j++) {
      const c = text[j];
      if (c === '\\') { j++; continue; }
      if (inClass) { if (c === ']') inClass = false; continue; }
      if (c === '[') inClass = true;
      else if (c === '\n') break;
      else if (c === '(') depth++;
      else if (c === ')') { depth--; if (depth === 0) { alts.push(text.slice(start, j)); break; } }
      else if (c === '|' && depth === 1) { alts.push(text.slice(start, j)); start = j + 1; }
    }
    if (depth !== 0 || alts.length < 2) continue;
    const after = text.slice(j + 1, j + 6);
    if (!/^[a-z]|^\(\?:[a-z]/i.test(after)) continue;
    if (alts.some((a) => ENDS_SPACE.test(a)) && alts.some((a) => ENDS_WORD.test(a) && a[a.length - 2] !== '\\')) found.push(text.slice(i, j + 6));
  }
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('no alternation glues its short words to the next', () => {
  it('finds the shape in the phrases that were dead', () => {
    expect(gluedAlternations('{ pattern: "as per our records,? (?:you|your (?:[\\\\w-]+ ){0,2})(?:did not|didn\'t)\\\\b" }')).toHaveLength(1);
    expect(gluedAlternations('{ pattern: "(?:we|our (?:[\\\\w-]+ ){1,2})(?:ship|shipped)s? " }')).toHaveLength(1);
    expect(gluedAlternations(String.raw`const NO_FAULT = /\bsorry to (?:see|hear (?:that )?)you(?:'re| are)? (?:go|leav)/i;`)).toHaveLength(1);
  });
  it('leaves suffixes, spaced alternatives and endings alone', () => {
    expect(gluedAlternations(String.raw`/\b(?:delay|late|slow)(?:ed)? in/`)).toEqual([]);
    expect(gluedAlternations('{ pattern: "(?:you |your (?:[\\\\w-]+ ){0,2})(?:did not)" }')).toEqual([]);
    expect(gluedAlternations(String.raw`/(?:see |hear (?:that )?)you/`)).toEqual([]);
    expect(gluedAlternations(String.raw`/(?:see|hear (?:that )?)\b/`)).toEqual([]);
  });
  it('finds none in the model', () => {
    const found = sources(root).flatMap((f) => gluedAlternations(readFileSync(f, 'utf8')).map((m) => `${f.slice(root.length + 1)}: ${m}`));
    expect(found).toEqual([]);
  });
});

describe('no phrase ends in a space', () => {
  // A phrase is matched only where a word ends after it (match.ts), so a phrase that ends in a space ("as one of the
  // largest ") can never match inside a sentence.
  it('every phrase of the lexicon ends on a word, a mark or a group', () => {
    const lists = Object.entries(lexicon).filter(([, v]) => Array.isArray(v)) as [string, { pattern?: string }[]][];
    const bad = lists.flatMap(([name, list]) => list.filter((p) => typeof p?.pattern === 'string' && /\s$/.test(p.pattern)).map((p) => `${name}: "${p.pattern}"`));
    expect(bad).toEqual([]);
  });
});
