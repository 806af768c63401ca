/**
 * Helps a person label emails for eval/ (see eval/README.md).
 *   npx tsx scripts/eval/label-tool.ts show CORPUS_ID...    the email, its sentences numbered with offsets
 *   npx tsx scripts/eval/label-tool.ts spans FILE.txt       sentences and offsets of our own text
 *   npx tsx scripts/eval/label-tool.ts check FILE.jsonl     validates a label file (emails or sentences)
 * Offsets come from the model's own sentence splitter, so labels line up with what the model scores.
 */
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../src/model/text';
import { corpusEmail, parseEmail, parseSentence } from './dataset';

const [cmd, ...args] = process.argv.slice(2);

function printSpans(body: string): void {
  for (const s of splitSentences(body)) console.log(`  [${s.start},${s.end}] ${s.text}`);
}

if (cmd === 'show') {
  for (const id of args) {
    const e = corpusEmail(id);
    console.log(`=== ${id}  (path ${e.source_path})\nsubject: ${e.subject ?? ''}\n--- body\n${e.body}\n--- sentences`);
    printSpans(e.body);
    console.log();
  }
} else if (cmd === 'spans') {
  printSpans(readFileSync(args[0]!, 'utf8'));
} else if (cmd === 'check') {
  let n = 0;
  let sentences = 0;
  for (const file of args) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const v = JSON.parse(line) as Record<string, unknown>;
      const where = `${file}:${i + 1}`;
      if ('text' in v) {
        parseSentence(v, where);
        sentences++;
      } else {
        const e = parseEmail(v, where);
        // Every sentence the splitter finds should be labelled (kinds [] for none).
        const want = splitSentences(e.body).map((s) => `${s.start},${s.end}`);
        const have = new Set(e.sentences.map((s) => `${s.start},${s.end}`));
        const missing = want.filter((k) => !have.has(k));
        if (missing.length) console.log(`${where}: ${missing.length} sentence(s) not labelled: ${missing.slice(0, 5).join(' ')}`);
        sentences += e.sentences.length;
      }
      n++;
    });
  }
  console.log(`ok: ${n} items, ${sentences} labelled sentences`);
} else {
  console.error('usage: label-tool.ts show ID... | spans FILE | check FILE...');
  process.exit(2);
}
