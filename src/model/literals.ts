/**
 * The words a pattern cannot match without: for a regex source, a set of lower-case literal strings such that
 * every match contains at least one of them ("sorry (?:for|about) any" needs "sorry"; "(?:apologi[sz]e|regret)"
 * needs "apologi" or "regret"). A phrase list skips the phrases whose literals a sentence lacks, so a sentence
 * is scanned by a few phrases, not hundreds (match.ts). Conservative: `null` where the pattern may match without
 * any literal (an optional group, a class, a back-reference), and any construct it does not know gives `null`.
 */

type Node =
  | { t: 'char'; c: string }
  | { t: 'other' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'repeat'; node: Node; min: number };

/** Lower-case literals of which every match of `src` (as a case-insensitive regex) contains one, or null. */
export function requiredLiterals(src: string): string[] | null {
  let i = 0;
  let ok = true;
  const parseAlt = (): Node => {
    const options: Node[] = [parseSeq()];
    while (src[i] === '|') {
      i++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  };
  const parseSeq = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom = parseAtom();
      atom = parseQuantifier(atom);
      items.push(atom);
    }
    return { t: 'seq', items };
  };
  const parseQuantifier = (atom: Node): Node => {
    const c = src[i];
    let min = -1;
    if (c === '?' || c === '*') { min = 0; i++; }
    else if (c === '+') { min = 1; i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(i, i + 12));
      if (m) { min = Number(m[1]); i += m[0].length; }
    }
    if (min === -1) return atom;
    if (src[i] === '?') i++; // lazy
    return { t: 'repeat', node: atom, min };
  };
  const parseAtom = (): Node => {
    const c = src[i]!;
    if (c === '(') {
      i++;
      let zeroWidth = false;
      if (src[i] === '?') {
        const kind = src.slice(i, i + 3);
        if (kind.startsWith('?:')) i += 2;
        else if (kind.startsWith('?=') || kind.startsWith('?!')) { i += 2; zeroWidth = true; }
        else if (kind === '?<=' || kind === '?<!') { i += 3; zeroWidth = true; }
        else if (kind.startsWith('?<')) { const close = src.indexOf('>', i); if (close === -1) { ok = false; return { t: 'other' }; } i = close + 1; }
        else { ok = false; return { t: 'other' }; }
      }
      const inner = parseAlt();
      if (src[i] !== ')') ok = false;
      i++;
      return zeroWidth ? { t: 'seq', items: [] } : inner;
    }
    if (c === '[') {
      // A class: skip to its closing bracket (escapes included).
      i++;
      if (src[i] === '^') i++;
      if (src[i] === ']') i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return { t: 'other' };
    }
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      i += 2;
      if (/[pPu]/.test(e)) {
        if (src[i] === '{') i = src.indexOf('}', i) + 1;
        else if (e === 'u') i += 4;
        return { t: 'other' };
      }
      if (e === 'x') { i += 2; return { t: 'other' }; }
      if (e === 'c') { i += 1; return { t: 'other' }; }
      if (e === 'k') { i = src.indexOf('>', i) + 1; return { t: 'other' }; }
      if (/[bB]/.test(e)) return { t: 'seq', items: [] };
      if (/\d/.test(e) || /[wWdDsSnrtfvkx0]/.test(e)) return { t: 'other' };
      return /[a-z]/i.test(e) ? { t: 'other' } : { t: 'char', c: e };
    }
    i++;
    if (c === '^' || c === '$') return { t: 'seq', items: [] };
    if (c === '.') return { t: 'other' };
    return { t: 'char', c };
  };
  const tree = parseAlt();
  if (!ok || i !== src.length) return null;
  const l = literals(tree);
  return l && l.every((x) => x.length >= MIN_LITERAL) ? l : null;
}

/** Prefer the clause whose shortest literal is longest (a rarer word), then the one with fewer literals. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** Literals shorter than this say too little to skip a phrase ("a", "we"); a clause of them is no clause. */
const MIN_LITERAL = 3;

function literals(n: Node): string[] | null {
  switch (n.t) {
    case 'char':
      return null;
    case 'other':
      return null;
    case 'repeat':
      return n.min >= 1 ? literals(n.node) : null;
    case 'alt': {
      const all = new Set<string>();
      for (const o of n.options) {
        const l = literals(o);
        if (!l) return null;
        for (const s of l) all.add(s);
      }
      return [...all];
    }
    case 'seq': {
      let best: string[] | null = null;
      let run = '';
      const flush = () => {
        if (run.length >= MIN_LITERAL) best = better(best, [run]);
        run = '';
      };
      for (const item of n.items) {
        // Only ASCII letters and the like fold the same way under toLowerCase as under the regex's i flag.
        if (item.t === 'char' && item.c.charCodeAt(0) < 128) { run += item.c.toLowerCase(); continue; }
        // A zero-width item (\b, a lookaround) sits between characters: the run goes on across it.
        if (item.t === 'seq' && item.items.length === 0) continue;
        flush();
        const l = literals(item);
        if (l && l.every((s) => s.length >= MIN_LITERAL)) best = better(best, l);
      }
      flush();
      return best;
    }
  }
}
