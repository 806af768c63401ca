/**
 * No regular expression may take more than linear time (issue 18, "Text that
 * cannot freeze the coach"). Three checks:
 * - every regex literal and `new RegExp("…")` in src/, statically, with
 *   eslint-plugin-regexp's super-linear rules (scripts/eslint-regex.config.js,
 *   also `npm run lint:regex`): there must be no finding at all (the ones
 *   once listed here as bounded by their input are fixed, most by the scans
 *   of src/model/chars.ts);
 * - the phrase lexicon, whose patterns are strings compiled at run time (the
 *   static check cannot see them): the combined regexes that compile() builds
 *   go through the same rules;
 * - the sentence splitter, now a scanner, splits exactly as the regex it
 *   replaced.
 */
import { describe, expect, it } from 'vitest';
import { ESLint, Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import * as lexicon from '../../src/model/lexicon/phrases';
import type { Phrase } from '../../src/model/lexicon/phrases';
import { compile, expand } from '../../src/model/match';
import { BLAME_ELSEWHERE } from '../../src/model/blame-elsewhere';
import { splitSentences } from '../../src/model/text';

const root = fileURLToPath(new URL('../..', import.meta.url));

const CHECKED_RULES = ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move'];

describe('static regex check (eslint-plugin-regexp)', () => {
  it('finds no super-linear regex in src/', async () => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: 'scripts/eslint-regex.config.js' });
    const results = await eslint.lintFiles(['src/**/*.ts', 'src/**/*.tsx']);
    const found: string[] = [];
    for (const r of results) {
      const file = r.filePath.slice(root.length).replace(/\\/g, '/');
      for (const m of r.messages) {
        if (m.fatal) throw new Error(`${file}: ${m.message}`);
        if (m.ruleId && CHECKED_RULES.includes(m.ruleId)) found.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(found, 'make these linear (see issue 18): a scan from src/model/chars.ts, or a pattern whose quantifiers cannot trade characters').toEqual([]);
  }, 120_000);
});

/** The sources compile() joins (src/model/match.ts): macros expanded, ' matching ’ too. */
const source = (pattern: string) => expand(pattern).replace(/'/g, "['’]");
const combined = (phrases: readonly Phrase[]) => `(?<![\\w'’])(?:${phrases.map((p) => source(p.pattern)).join('|')})(?![\\w'’])`;

// The lexicon's lists, and the patterns of a reading that runs as a phrase list (blame-elsewhere.ts).
const PHRASE_LISTS = [...Object.entries(lexicon).filter((e): e is [string, Phrase[]] => Array.isArray(e[1])), ['BLAME_ELSEWHERE', [...BLAME_ELSEWHERE]] as [string, Phrase[]]];
const ALTERNATIONS = (Object.entries(lexicon) as [string, unknown][]).filter((e): e is [string, string] => typeof e[1] === 'string');

function lintRegex(src: string, flags: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(`new RegExp(${JSON.stringify(src)}, ${JSON.stringify(flags)});\n`, [
    {
      plugins: { regexp },
      rules: {
        'regexp/no-super-linear-backtracking': 'error',
        'regexp/no-super-linear-move': 'error',
      },
    },
  ]);
}

describe('phrase lexicon regexes (compiled at run time)', () => {
  it('has phrase lists to check', () => {
    expect(PHRASE_LISTS.length).toBeGreaterThan(10);
  });

  it.each(PHRASE_LISTS)('%s: the combined regex compile() builds is linear', (_name, phrases) => {
    // compile() itself must accept the list, and the regex rebuilt here must find what it finds.
    const matcher = compile(phrases);
    const all = new RegExp(combined(phrases), 'gi');
    const sample = phrases.map((p) => p.replacement ?? '').join(' ') + " I hope this email finds you well. We're sorry for any inconvenience. Our platform is industry-leading.";
    const viaRebuilt = [...sample.matchAll(all)].map((m) => m.index);
    expect(matcher.find(sample).map((m) => m.start).every((s) => viaRebuilt.includes(s))).toBe(true);
    expect(lintRegex(combined(phrases), 'gi').map((m) => m.message)).toEqual([]);
    // The per-phrase sticky regexes compile() uses to attribute a match.
    for (const p of phrases) expect(lintRegex(`(?:${source(p.pattern)})(?![\\w'’])`, 'iy').map((m) => `${p.pattern}: ${m.message}`)).toEqual([]);
  });

  it.each(ALTERNATIONS)('%s: the word regex built from it is linear', (_name, alternation) => {
    expect(lintRegex(`(?<![\\w'’])(?:${source(alternation)})(?![\\w'’])`, 'gi').map((m) => m.message)).toEqual([]);
  });
});

// The splitter's old regex, kept here as the reference the scanner must agree with.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd',
  'co', 'corp', 'dept', 'approx', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs',
  'fri', 'sat', 'sun', 'a.m', 'p.m', 'u.s', 'u.k', 'fig', 'ext', 'tel', 'est', 'pst', 'cet',
]);
function referenceSplit(line: string): [number, number][] {
  const re = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
  const out: [number, number][] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(line[s]!)) s++;
    while (e > s && /\s/.test(line[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
  };
  let from = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1) {
      let k = m.index;
      while (k > from && /[A-Za-z.]/.test(line[k - 1] ?? '')) k--;
      const word = line.slice(k, m.index).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
      const next = /^\s+(\S)/.exec(line.slice(end));
      if (next && /[a-z]/.test(next[1] ?? '')) continue;
    }
    push(from, end);
    from = end;
  }
  push(from, line.length);
  return out;
}

describe('sentence splitter', () => {
  const piece = fc.constantFrom('.', '!', '?', '…', '"', "'", '”', '’', ')', ']', ' ', '  ', '\t', '\u00a0', 'Dr', 'e.g', 'a', 'J', 'word', 'Next', 'no', '3', 'x.y');
  it('splits exactly as the regex it replaced (short lines)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const line = parts.join('');
        const got = splitSentences(line).map((s) => [s.start, s.end]);
        expect(got).toEqual(referenceSplit(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts a 1 MB run of end marks into capped sentences', () => {
    // Linearity itself is checked statically above (the splitter has no regex left to check) and
    // timed in `npm run bench`; here only the result on a huge run.
    for (const mark of ['?', '!', '.', '…']) {
      const n = 1_000_000;
      expect(splitSentences(`${mark.repeat(n)}x`).length).toBe(Math.ceil((n + 1) / 600));
    }
  });
});
