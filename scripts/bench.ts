/**
 * Speed benchmark (npm run bench): the model against harper.js and write-good
 * on the same realistic text at 200, 2,000 and 20,000 words, plus a
 * one-character edit through an incremental session. Prints a table and the
 * targets with PASS/FAIL; `--json` adds the raw figures. Then the adversarial
 * inputs (scripts/bench-adversarial.ts) and the CLI on a 10,000-message mbox
 * (scripts/bench-mbox.ts); `--write` writes the README's speed and mbox blocks.
 */
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { writeReadmeBlock } from './readme-block';
import { analyze, createSession, type Context } from '../src/model/index';
import { loadClassifier, type WeightsFile } from '../src/model/learned/classifier';
import weights from '../src/model/learned/weights.json';
import { splitSentences } from '../src/model/text';

const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

// Our own sentence templates (never corpus text): sales, support and account
// mail, good and bad. Slots are filled at random so sentences rarely repeat,
// as in real mail (a repeated sentence is analyzed once, which would flatter us).
const POOL = [
  'Thanks for the call on {day} about the {city} rollout.', 'I looked at the {n} figures {name} shared last week.',
  "I'll send the revised pricing by {day} at {hour}pm.", 'We will set up a short call next week to walk the {team} team through it.',
  'Could you tell me who else from {team} should join?', 'Our platform is the industry-leading solution for {team} teams.',
  'We leverage best-in-class synergy to move the needle for {city}.', 'Sorry for any inconvenience the {n} errors may have caused.',
  'Someone will get back to you soon about ticket {n}.', 'I understand your frustration with the delayed {thing}.',
  'Your {thing} left the {city} warehouse {n} days late because of a labelling error.', 'I have refunded the ${n} shipping fee today.',
  "We've added a check to the {thing} form so it doesn't happen again.", 'What would a faster month-end close free the {team} team to do?',
  'I think maybe we could just try a pilot in {city} for {n} users.', 'The invoice for order {n} is attached, with the credit applied.',
  'Per our policy, refunds for {thing} orders take {n} days to process.', "You'll need to contact our {team} department for that.",
  '{name} from onboarding will call you {day} at {hour}am.', 'How many people run {team} on your side in {city} today?',
  'Northwind cut onboarding in {city} from {n} weeks to two with us.', 'I read your interview about the {city} office opening.',
  'The migration finished at 02:{n} and all {n} records matched.', 'Let me check with the {city} warehouse and confirm by noon {day}.',
  'Thank you for your business.', 'Act now, this offer on {thing} licences expires {day}.', 'Is the {n} December start date still right for {name}?',
  'We are a leading provider of {thing} software for mid-size companies.', "I'll call you at {hour}pm today with the root cause of incident {n}.",
  'Your {team} team asked for SSO; it ships in release 3.{n} on {day}.', "If the dates don't suit {name}, tell me and I'll rework the plan.",
  'Mistakes were made in processing the {thing} renewal.', "As requested, here is the summary of {day}'s workshop in {city}.",
  'Each {city} site will get {n} trainers for the first week.', 'Our engineers reproduced bug {n} on Android this morning.',
  'Would a {n}-minute call on {day} work for {name}?', 'The quote covers {n} seats at ${n} per seat per month.',
  "I'm sorry the {thing} forms arrived with {name}'s name misspelled.", 'Hopefully this sort of helps clarify the {thing} question.',
  "I've attached the signed order form for {city} and the kickoff agenda.",
];
const SLOTS: Record<string, string[]> = {
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  city: ['Austin', 'Lisbon', 'Osaka', 'Denver', 'Leeds', 'Porto', 'Quito', 'Oslo', 'Perth', 'Lyon', 'Cork', 'Graz'],
  name: ['Dana', 'Priya', 'Tom', 'Ana', 'Kofi', 'Mei', 'Lars', 'Ines', 'Ravi', 'Zoe', 'Omar', 'Hana'],
  team: ['payroll', 'finance', 'sales', 'support', 'IT', 'legal', 'ops', 'HR'],
  thing: ['laptop', 'printer', 'licence', 'router', 'badge', 'tablet', 'scanner', 'headset'],
};

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function makeText(words: number, seed = 7): string {
  const rnd = prng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => (k === 'n' ? String(2 + Math.floor(rnd() * 97)) : k === 'hour' ? String(1 + Math.floor(rnd() * 11)) : pick(SLOTS[k]!)));
  const paras: string[] = ['Hi Dana,'];
  let count = 2;
  while (count < words) {
    const n = 2 + Math.floor(rnd() * 4);
    const para: string[] = [];
    for (let i = 0; i < n && count < words; i++) {
      const s = fill(pick(POOL));
      para.push(s);
      count += s.split(/\s+/).length;
    }
    paras.push(para.join(' '));
  }
  return paras.join('\n\n');
}

const context: Context = { role: 'account', now: '2026-11-23T10:00:00+01:00', timeZone: 'Europe/Berlin' };

interface Stat { median: number; p95: number; runs: number }
async function measure(fn: (i: number) => unknown, budgetMs: number, maxRuns = 200): Promise<Stat> {
  // Warm-up: ten runs or 300 ms, so the first figure of the run (200 words, measured first) is not the JIT's cold start.
  const warm = performance.now() + 300;
  for (let w = 0; w < 10 || performance.now() < warm; w++) await fn(-1 - w);
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  for (let i = 0; i < maxRuns && (times.length < 3 || performance.now() < until); i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!, runs: times.length };
}

/** The machine, when the runs began: its cores and 1-minute load average (the figures move with both). */
const machine = { cores: cpus().length, load: loadavg()[0]! };
const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();

const sizes = [200, 2000, 20000];
const results: Record<number, Record<string, Stat>> = {};
for (const size of sizes) {
  const text = makeText(size);
  const budget = size >= 20000 ? 8000 : 3000;
  const r: Record<string, Stat> = {};
  r.full = await measure(() => analyze({ body: text }, context), budget);
  const session = createSession();
  session.analyze({ body: text }, context);
  const mid = Math.floor(text.length / 2);
  r.edit = await measure((i) => session.analyze({ body: i % 2 ? text : `${text.slice(0, mid)}x${text.slice(mid)}` }, context), budget, 400);
  r.harper = await measure((i) => harper.lint(`${text} ${i}`), budget, 50);
  r.writeGood = await measure((i) => writeGood(`${text} ${i}`), budget, 100);
  results[size] = r;
}

// Real text: sent mail of the corpus (read at run time, never copied), joined to 2,000 words.
const corpusPath = new URL('../../shared/corpus/aeslc-enron.jsonl', import.meta.url);
if (!existsSync(corpusPath)) throw new Error('bench: ../shared/corpus/aeslc-enron.jsonl is needed for the real-text figures');
const sent = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { enron_folder: string; body: string }).filter((e) => e.enron_folder === 'sent');
const realParts: string[] = ['Hi Dana,'];
let realWords = 0;
for (const e of sent) {
  if (realWords >= 2000) break;
  realParts.push(e.body.trim());
  realWords += e.body.split(/\s+/).length;
}
const real = realParts.join('\n\n');
const realSession = createSession();
realSession.analyze({ body: real }, context);
const realMid = real.indexOf(' ', Math.floor(real.length / 2));
const realFull = await measure(() => analyze({ body: real }, context), 3000);
const realEdit = await measure((i) => realSession.analyze({ body: i % 2 ? real : `${real.slice(0, realMid)}x${real.slice(realMid)}` }, context), 3000, 400);
// The same reply against its context: a quoted message of 12 asks and 10 notes on the account. Listening and
// research are cached per sentence, so a keystroke stays within 2 ms (40 ms before they were, 4 Dec 2026).
const QUOTED = `On Mon, 30 Nov 2026 at 09:14, Dana Reyes <dana@northwind.example> wrote:\nHi,\n${['Can you refund the duplicate charge?', 'Why did the export fail again last week?', 'When will the fix ship?', 'Do you support single sign-on with Okta?', 'Could someone call me tomorrow?', 'What does the enterprise plan cost per seat?', 'How do I add a second admin?', 'We also need to know whether data stays in the EU.', 'Please send the corrected invoice.', 'Is there a discount for a two-year term?', 'Who is our new account manager?', 'Can we move the renewal date to January?'].join(' ')}\nThanks,\nDana`;
const NOTES = ['Opening a cold-storage hub in Monterrey in Q1', 'Marcus Ortiz is the new VP Operations', 'Complained about driver turnover on the October call', 'Series B of $30M in August', 'Hiring 12 SDRs', 'Piloting self-checkout in 5 Columbus stores', 'Churn spiked after the January price increase', 'Uses spreadsheets for job scheduling', 'Annual gala on Oct 12', 'Prefers Teams calls'].map((text) => ({ text }));
const withContext: Context = { ...context, account: { name: 'Northwind', facts: NOTES } };
const contextSession = createSession();
contextSession.analyze({ body: real, quoted: QUOTED }, withContext);
const contextEdit = await measure((i) => contextSession.analyze({ body: i % 2 ? real : `${real.slice(0, realMid)}x${real.slice(realMid)}`, quoted: QUOTED }, withContext), 3000, 400);
// The learned layer alone, per sentence of real mail (10,000 sentences).
const classifier = loadClassifier(weights as WeightsFile);
const realSentences = sent.slice(0, 3000).flatMap((e) => splitSentences(e.body).map((x) => x.text)).slice(0, 10_000);
const learned = await measure(() => { for (const x of realSentences) classifier.classify(x); }, 3000, 20);
const learnedUs = (learned.median * 1000) / realSentences.length;

const f = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1)).padStart(9);
console.log('Trust Coach benchmark (ms per operation, median / p95)\n');
console.log('words     analyze            one-char edit      harper.js          write-good');
for (const size of sizes) {
  const r = results[size]!;
  console.log(`${String(size).padEnd(9)} ${f(r.full!.median)} /${f(r.full!.p95)} ${f(r.edit!.median)} /${f(r.edit!.p95)} ${f(r.harper!.median)} /${f(r.harper!.p95)} ${f(r.writeGood!.median)} /${f(r.writeGood!.p95)}`);
}
const r200 = results[200]!, r2k = results[2000]!, r20k = results[20000]!;
const targets = [
  { name: 'full analysis of 200 words <= 1/3 of harper.js lint', value: r200.full!.median / r200.harper!.median, ok: r200.full!.median <= r200.harper!.median / 3, show: (v: number) => `${(v * 100).toFixed(0)}% of harper` },
  { name: 'one-char edit in 2,000 words >= 20x faster than full', value: r2k.full!.median / r2k.edit!.median, ok: r2k.full!.median / r2k.edit!.median >= 20, show: (v: number) => `${v.toFixed(0)}x faster` },
  { name: '20,000 words <= 12x the cost of 2,000 words', value: r20k.full!.median / r2k.full!.median, ok: r20k.full!.median / r2k.full!.median <= 12, show: (v: number) => `${v.toFixed(1)}x` },
];
targets.push(
  { name: 'one-char edit in 2,000 words of real sent mail <= 0.5 ms', value: realEdit.median, ok: realEdit.median <= 0.5, show: (v: number) => `${v.toFixed(2)} ms (full analysis ${realFull.median.toFixed(1)} ms)` },
  { name: 'learned layer <= 30 µs per sentence of real mail', value: learnedUs, ok: learnedUs <= 30, show: (v: number) => `${v.toFixed(1)} µs` },
  { name: 'one-char edit in that reply with a quoted message (12 asks) and 10 account notes <= 2 ms', value: contextEdit.median, ok: contextEdit.median <= 2, show: (v: number) => `${v.toFixed(2)} ms (${(v / realEdit.median).toFixed(1)}x the edit without them)` },
);
const uniq = (t: string) => { const ss = t.split(/(?<=[.?!])\s+/); return `${new Set(ss).size} of ${ss.length}`; };
console.log(`\ndistinct sentences: ${sizes.map((n) => `${n} words ${uniq(makeText(n))}`).join('; ')}`);
console.log('ratios: analyze/write-good at 2,000 words', (r2k.full!.median / r2k.writeGood!.median).toFixed(2), '| analyze/harper at 2,000 words', (r2k.full!.median / r2k.harper!.median).toFixed(2));
console.log(`throughput at 2,000 words: ${(1000 / r2k.full!.median).toFixed(1)} full analyses/s, ${(1000 / r2k.edit!.median).toFixed(0)} edits/s`);
console.log(`peak heap used: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB\n`);
for (const t of targets) console.log(`${t.ok ? 'PASS' : 'FAIL'}  ${t.name}: ${t.show(t.value)}`);
if (process.argv.includes('--json')) console.log(JSON.stringify({ results, targets: targets.map(({ name, value, ok }) => ({ name, value, ok })) }, null, 2));

// Adversarial inputs (issue 18): hard text in body, quoted message and subject; its own targets.
const { adversarialSection } = await import('./bench-adversarial');
const adversarial = adversarialSection();
if (process.argv.includes('--json')) console.log(JSON.stringify({ adversarial }, null, 2));

/** What the mail page loads: the built content script's size, raw and gzipped (after `npm run build`). */
function contentScriptSize(): string {
  const file = new URL('../.output/chrome-mv3/content-scripts/compose.js', import.meta.url);
  if (!existsSync(file)) return 'Content script: not built (run `npm run build` first, then this benchmark again).';
  const bytes = readFileSync(file);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return `Content script, what the mail page loads (\`.output/chrome-mv3/content-scripts/compose.js\`): ${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzipped); the model, compromise and chrono stay in the background.`;
}

// `--write`: the README's speed block, written from this run (never by hand).
if (process.argv.includes('--write')) {
  const ms = (v: number) => (v < 1 ? `${v.toFixed(2)} ms` : v < 100 ? `${v.toFixed(1)} ms` : `${Math.round(v).toLocaleString('en-US')} ms`);
  const lines = [
    '| words | full `analyze` | one-character edit (session) | harper.js lint | write-good |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...sizes.map((n) => { const r = results[n]!; return `| ${n.toLocaleString('en-US')} | ${ms(r.full!.median)} | ${ms(r.edit!.median)} | ${ms(r.harper!.median)} | ${ms(r.writeGood!.median)} |`; }),
    '',
    `Real sent mail of the corpus (2,000 words, read at run time): a full analysis ${ms(realFull.median)}, a one-character edit ${ms(realEdit.median)}; the learned layer ${learnedUs.toFixed(1)} µs per sentence.`,
    '',
    `Measured on ${machine.cores} cores with a load average of ${machine.load.toFixed(1)} at the start; on this machine the same code measures up to twice as slow from one run to the next, so a target met by a small margin may fail on a busier run.`,
    '',
    ...[...targets.map((t) => `- ${t.ok ? 'PASS' : 'FAIL'} ${t.name}: ${t.show(t.value)}`), ...adversarial.map((t) => `- ${t.ok ? 'PASS' : 'FAIL'} ${t.name}: ${t.show}`)],
    '',
    contentScriptSize(),
  ];
  writeReadmeBlock('<!-- bench:start (written by npm run bench -- --write) -->', '<!-- bench:end -->', lines.join('\n'));
  console.log('wrote the README speed block');
}

// The CLI on a 10,000-message mbox built from the corpus, in a child process (issue 18 §3): its own README block.
const { measureMbox, mboxBlock, writeMboxBlock } = await import('./bench-mbox');
console.log('');
const mbox = measureMbox({ log: console.log });
console.log(mboxBlock(mbox));
if (process.argv.includes('--json')) console.log(JSON.stringify({ mbox }, (_, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : v), 2));
if (process.argv.includes('--write')) {
  writeMboxBlock(mbox);
  console.log('wrote the README mbox block');
}
