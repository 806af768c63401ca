import { perSentence, type Doc, type Rule, type SentenceView } from '../rule';
import { q } from '../phrase-rule';
import { compile } from '../match';
import { ABOUT_US_OPENERS, SELF_PITCH } from '../lexicon/phrases';

const pitch = compile(SELF_PITCH);
const opener = compile(ABOUT_US_OPENERS);

/** Words of the reader's company (their email's domain, the account's name): "Northwind is the leading…" praises them. */
export function theirNames(doc: Doc): Set<string> {
  const names = new Set<string>();
  for (const r of doc.draft.recipients ?? []) {
    const domain = r.email?.split('@')[1]?.split('.')[0];
    if (domain) names.add(domain.toLowerCase());
  }
  for (const w of doc.account?.name?.split(/\s+/) ?? []) names.add(w.toLowerCase());
  return names;
}

/**
 * How a sentence pitches us, read once per sentence (an edit reads only the sentences it changed): `true` for a
 * listed opener at its start or the learned layer's reading, else the first word of each listed pitch (to set
 * aside those led by the reader's own company name).
 */
const pitchOf = perSentence((s): true | string[] => {
  if (s.learned.includes('about-us-first')) return true;
  // A line that opens about us ("We are a payroll company", "At Payflow, we…").
  const o = opener.find(s.text)[0];
  if (o && o.start <= 3) return true;
  return pitch.find(s.text).map((m) => m.text.split(/[\s,]+/)[0]!.toLowerCase());
});

/** Does the sentence pitch us (a listed pitch not led by the reader's own company name, a listed opener, or the learned layer's reading)? */
export function pitchesUs(s: Doc['sentences'][number], theirs: ReadonlySet<string>): boolean {
  const p = pitchOf(s.view);
  if (p === true) return true;
  return p.some((first) => !theirs.has(first) && ![...theirs].some((t) => t.length >= 4 && first.startsWith(t)));
}

/**
 * An email is about us when it talks of "we / our" at least MIN times, at least half as often as of "you /
 * your", and at least one of its lines is a pitch about us (the learned layer's reading: "We are the leading…",
 * "Our platform offers…"). Chosen on the labelled train split and checked on dev (scripts/eval): the older
 * test, "we" at least twice as often as "you", flagged internal memos and missed short self-pitches.
 */
const MIN = 3;
const SHARE = 0.5;

const counts = perSentence((s) => {
  let we = 0;
  let you = 0;
  for (const w of s.words) {
    if (/^(?:we|we're|we've|we'll|we'd|us|our|ours)$/.test(w.lower)) we++;
    else if (/^(?:you|your|yours|you're|you've|you'll|you'd)$/.test(w.lower)) you++;
  }
  return { we, you };
});

/**
 * Could a rewrite that changes how often the draft says "we" and "you" (by `delta`) make this rule flag a draft
 * it does not flag now? (Checked by the analysis before it offers such a rewrite: a fix must never lower the
 * score.) Conservative: any pitch counts, whoever's company leads it.
 */
export function selfFocusedCouldFire(views: readonly SentenceView[], delta: { we: number; you: number }): boolean {
  let we = delta.we;
  let you = delta.you;
  for (const v of views) {
    const c = counts(v);
    we += c.we;
    you += c.you;
  }
  if (we < MIN || we < SHARE * you) return false;
  return views.some((v) => {
    const p = pitchOf(v);
    return p === true || p.length > 0;
  });
}

const rule: Rule = {
  id: 'self-focused',
  kind: 'self-focused',
  dimension: 'personalization',
  roles: ['prospecting', 'account'],
  title: 'About us, not them',
  flags: 'An email mostly about "we / our company / our product" rather than the customer (the personal "I will…" does not count against it).',
  why: 'Emails "all about themselves" (seed 002) and pitches that open with the company (seed 003) tell the customer you did not think about them. This is not a pronoun count: the agentic "I" is ownership and is rewarded (Packard et al., 2018).',
  severity: 'warn',
  document(doc) {
    let we = 0;
    let you = 0;
    for (const s of doc.sentences) {
      const c = counts(s.view);
      you += c.you;
      we += c.we;
    }
    const content = doc.sentences.slice(doc.firstContent);
    const theirs = theirNames(doc);
    const aboutUs = content.filter((s) => pitchesUs(s, theirs));
    if (aboutUs.length === 0 || we < MIN || we < SHARE * you) return [];
    const worst = aboutUs.reduce((a, b) => (counts(b.view).we > counts(a.view).we ? b : a));
    // The first line is "Opens with us" (about-us-first): this finding points at another pitch, or at the whole email.
    const shown = aboutUs.filter((s) => s !== content[0]);
    const at = shown.reduce<typeof worst | undefined>((a, b) => (!a || counts(b.view).we > counts(a.view).we ? b : a), undefined);
    return [{
      start: at?.start ?? 0, end: at?.end ?? 0, penalty: 30,
      message: aboutUs.length >= 2
        ? `Most of this email is about us: ${aboutUs.length} of its ${content.length} sentences pitch us, such as ${q(doc.body.slice(worst.start, worst.end))}.`
        : `This email talks about us ${we} times and about them ${you}, and ${q(doc.body.slice(worst.start, worst.end))} pitches us.`,
      suggestion: 'Turn lines around to their side: "your team gets…" instead of "our platform offers…".',
    }];
  },
  examples: {
    flag: [
      'Hi Cal,\n\nWe are a payroll company. Our platform is fast and our team is proud of our support. We have offices in four countries and we ship updates weekly. Could we meet?',
      // Short, and few "we"s more than "you"s, but its lines pitch us: our reach, our award.
      'Hi Cal,\n\nI hope you are well. Payflow now powers over 3,000 payroll teams, and we recently won the HR Tech Award for our engine. Our customers love us. Would you have 15 minutes?',
    ],
    pass: [
      'Hi Cal,\n\nYour team runs payroll for 400 people across four countries. What does a pay run cost you today? We could cut it in half. Could we meet?',
      "Hi Cal,\n\nI will send the contract by Friday, and I'll call you Monday at 10 to walk through your questions.",
      // Praise of the reader's own company is about them.
      { body: 'Hi Cal,\n\nNorthwind is the leading distributor in Ohio, and we saw your new Dayton site. Our team would like to hear how you plan deliveries there. We could share what we learned with other distributors. Would you have 15 minutes?', recipients: [{ name: 'Cal Ortiz', email: 'cal@northwind.com' }], role: 'prospecting' },
    ],
  },
};
export default rule;
